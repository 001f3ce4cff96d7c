// Sync status of the upstream sources, kept current by 'sync.status' events.
import { defineStore } from 'pinia';
import { computed, shallowRef, watch } from 'vue';
import type { Result } from '../../../shared/contract/index.js';
import { isCallError, type CallError } from '../client/call-error.js';
import { useClient } from '../client/instance.js';
import { useConnectionStore } from './connection.js';
import { oldestTime } from './sync-summary.js';

export const useSyncStore = defineStore('sync', () => {
  const client = useClient();
  const connection = useConnectionStore();
  const status = shallowRef<Result<'sync.status'> | null>(null);
  const error = shallowRef<CallError | null>(null);
  const loading = shallowRef(false);

  async function load(): Promise<void> {
    loading.value = true;
    try {
      status.value = await client.call('sync.status', {});
      error.value = null;
    } catch (err) {
      error.value = isCallError(err) ? err : null;
    } finally {
      loading.value = false;
    }
  }

  async function syncNow(sourceId?: string): Promise<boolean> {
    const r = await client.call('sync.now', sourceId ? { sourceId } : {});
    return r.started;
  }

  async function cancel(sourceId: string): Promise<boolean> {
    return (await client.call('sync.cancel', { sourceId })).cancelled;
  }

  /** Sends a secret to the engine once, to be kept in the OS keychain; the renderer keeps no copy. */
  async function setCredential(sourceId: string, secret: string | null): Promise<boolean> {
    return (await client.call('sync.setCredential', { sourceId, secret })).stored;
  }

  client.on('sync.status', (payload) => {
    status.value = payload;
  });

  watch(
    () => connection.generation,
    (g) => {
      if (g > 0) void load();
    },
    { immediate: true },
  );

  const sources = computed(() => status.value?.sources ?? []);
  /** null while unknown. */
  const online = computed<boolean | null>(() => status.value?.online ?? null);
  const syncing = computed(() => sources.value.some((s) => s.state === 'syncing'));
  /** The oldest "last success" of the sources: what the cached data is current to. */
  const oldestAsOf = computed(() => oldestTime(sources.value.map((s) => s.lastSuccess)));

  return { status, error, loading, sources, online, syncing, oldestAsOf, load, syncNow, cancel, setCredential };
});
