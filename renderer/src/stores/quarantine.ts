// Quarantined inbound records, as the Data sources view lists them; reloaded when the engine says they changed.
import { defineStore } from 'pinia';
import { shallowRef, watch } from 'vue';
import type { QuarantineItem } from '../../../shared/contract/areas/sync-model.js';
import type { Result } from '../../../shared/contract/index.js';
import { isCallError, type CallError } from '../client/call-error.js';
import { useClient } from '../client/instance.js';

export const useQuarantineStore = defineStore('quarantine', () => {
  const client = useClient();
  const items = shallowRef<QuarantineItem[]>([]);
  const total = shallowRef(0);
  const pending = shallowRef<number | null>(null);
  const error = shallowRef<CallError | null>(null);
  const filter = shallowRef<{ sourceId: string | null; status: QuarantineItem['status'] }>({ sourceId: null, status: 'pending' });

  async function load(): Promise<void> {
    try {
      const { sourceId, status } = filter.value;
      const r = await client.call('sync.quarantine', { status, limit: 200, ...(sourceId ? { sourceId } : {}) });
      items.value = r.items;
      total.value = r.total;
      error.value = null;
    } catch (err) {
      error.value = isCallError(err) ? err : null;
    }
  }

  async function reprocess(ids: number[], raw?: string): Promise<Result<'sync.reprocess'>['results']> {
    const r = await client.call('sync.reprocess', raw === undefined ? { ids } : { ids, raw });
    await load();
    return r.results;
  }

  async function discard(ids: number[]): Promise<number> {
    const r = await client.call('sync.discard', { ids });
    await load();
    return r.discarded;
  }

  client.on('sync.quarantine', (p) => {
    pending.value = p.pending;
    void load();
  });
  watch(filter, () => void load());

  return { items, total, pending, error, filter, load, reprocess, discard };
});
