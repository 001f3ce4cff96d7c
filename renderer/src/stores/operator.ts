// The name of the operator at this workstation: recorded with every wall command, acknowledgement and deck.
// Kept on this machine; the access area replaces it with the signed-in user.
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';

const KEY = 'ioc.operator';

function stored(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export const useOperatorStore = defineStore('operator', () => {
  const name = ref(stored());
  watch(name, (next) => {
    try {
      localStorage.setItem(KEY, next.trim());
    } catch {
      // not persisted; still used
    }
  });
  return { name, known: computed(() => name.value.trim().length > 0) };
});
