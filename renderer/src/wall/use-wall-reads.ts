// Reads a wall tile keeps current: once on mount, again soon after the engine says field reports changed,
// after every reconnection, and on a slow timer (overdue marks change with time alone). Everything it starts
// stops on unmount, so a wall that rotates scenes for days does not pile up listeners or timers.
import { onBeforeUnmount, shallowRef, watch, type ShallowRef } from 'vue';
import { isCallError, type CallError } from '../client/call-error.js';
import { useClient } from '../client/instance.js';
import { useConnectionStore } from '../stores/connection.js';

const DEBOUNCE_MS = 800;
const REFRESH_MS = 60_000;

export interface LiveRead<T> {
  data: ShallowRef<T | null>;
  error: ShallowRef<CallError | null>;
}

/** `read` is called again on every change of field reports; the last good answer stays up while one fails. */
export function useFieldReportRead<T>(read: () => Promise<T>): LiveRead<T> {
  const client = useClient();
  const connection = useConnectionStore();
  const data = shallowRef<T | null>(null);
  const error = shallowRef<CallError | null>(null);
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  async function refresh() {
    const mine = ++latest;
    try {
      const answer = await read();
      if (mine !== latest) return;
      data.value = answer;
      error.value = null;
    } catch (err) {
      if (mine === latest) error.value = isCallError(err) ? err : null;
    }
  }

  const off = client.on('fieldReports.changed', () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => void refresh(), DEBOUNCE_MS);
  });
  const timer = setInterval(() => void refresh(), REFRESH_MS);
  const stopWatch = watch(() => connection.generation, () => void refresh());
  void refresh();

  onBeforeUnmount(() => {
    latest++;
    off();
    clearTimeout(debounce);
    clearInterval(timer);
    stopWatch();
  });
  return { data, error };
}
