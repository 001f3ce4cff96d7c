// The link to the engine: transport state, the engine's hello, its clock, and a generation counter
// that increases on every successful (re)connection so other stores know to reload.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { Result } from '../../../shared/contract/index.js';
import { isCallError, type CallError } from '../client/call-error.js';
import { useClient } from '../client/instance.js';
import type { TransportState } from '../client/transport.js';
import { useNoticesStore } from './notices.js';

const TICK_MS = 30_000;

export const useConnectionStore = defineStore('connection', () => {
  const client = useClient();
  const notices = useNoticesStore();
  const state = ref<TransportState>(client.state);
  const hello = shallowRef<Result<'system.hello'> | null>(null);
  const error = shallowRef<CallError | null>(null);
  const generation = ref(0);
  const clockOffsetMs = ref(0);
  const tick = ref(Date.now());
  /** True once the transport has been open at least once (distinguishes "starting" from "lost"). */
  const everOpen = ref(false);

  async function greet(): Promise<void> {
    try {
      const h = await client.call('system.hello', {});
      hello.value = h;
      error.value = null;
      const engineNow = Date.parse(h.now);
      clockOffsetMs.value = Number.isNaN(engineNow) ? 0 : engineNow - Date.now();
      h.notices.forEach(notices.push);
      generation.value++;
    } catch (err) {
      error.value = isCallError(err) ? err : null;
    }
  }

  client.onState((s) => {
    state.value = s;
    if (s === 'open') {
      everOpen.value = true;
      void greet();
    }
  });

  setInterval(() => (tick.value = Date.now()), TICK_MS);

  /** The engine's idea of now (its clock decides freshness), advancing every 30 s. */
  const now = computed(() => new Date(tick.value + clockOffsetMs.value));
  const ready = computed(() => state.value === 'open' && hello.value !== null);

  return { state, hello, error, generation, everOpen, now, clockOffsetMs, ready, greet };
});
