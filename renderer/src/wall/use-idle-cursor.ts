// Hides the mouse pointer over a wall after a few seconds without movement (the Electron shell hides it for
// good on wall windows; this covers a kiosk browser). Listeners are removed on unmount.
import { onBeforeUnmount, onMounted, ref } from 'vue';

export function useIdleCursor(idleMs = 3000) {
  const idle = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wake = () => {
    idle.value = false;
    clearTimeout(timer);
    timer = setTimeout(() => (idle.value = true), idleMs);
  };
  onMounted(() => {
    window.addEventListener('mousemove', wake, { passive: true });
    wake();
  });
  onBeforeUnmount(() => {
    window.removeEventListener('mousemove', wake);
    clearTimeout(timer);
  });
  return idle;
}
