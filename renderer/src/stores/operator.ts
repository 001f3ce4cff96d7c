// The person at this workstation, as wall commands, acknowledgements and decks name them: the signed-in user
// (the engine records the session's user in any case; this is what the page shows and sends).
import { defineStore } from 'pinia';
import { computed } from 'vue';
import { useSessionStore } from './session.js';

export const useOperatorStore = defineStore('operator', () => {
  const session = useSessionStore();
  const name = computed(() => session.user?.displayName ?? '');
  return { name, known: computed(() => name.value.length > 0) };
});
