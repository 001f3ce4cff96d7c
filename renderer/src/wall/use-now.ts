// The engine's clock in milliseconds, advancing every second while the component is mounted.
import { computed, onBeforeUnmount, ref } from 'vue';
import { useConnectionStore } from '../stores/connection.js';

export function useEngineNow(everyMs = 1000) {
  const connection = useConnectionStore();
  const local = ref(Date.now());
  const timer = setInterval(() => (local.value = Date.now()), everyMs);
  onBeforeUnmount(() => clearInterval(timer));
  return computed(() => local.value + connection.clockOffsetMs);
}
