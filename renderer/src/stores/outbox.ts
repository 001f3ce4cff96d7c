// The outbox queue (changes waiting to go upstream), kept current by 'sync.outbox' events.
import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { OutboxItemView } from '../../../shared/contract/areas/sync-model.js';
import { isCallError, type CallError } from '../client/call-error.js';
import { useClient } from '../client/instance.js';

export const useOutboxStore = defineStore('outbox', () => {
  const client = useClient();
  const items = shallowRef<OutboxItemView[]>([]);
  const pending = shallowRef(0);
  const error = shallowRef<CallError | null>(null);

  async function load(): Promise<void> {
    try {
      const r = await client.call('sync.outbox', {});
      items.value = r.items;
      pending.value = r.pending;
      error.value = null;
    } catch (err) {
      error.value = isCallError(err) ? err : null;
    }
  }

  async function retry(id?: number): Promise<number> {
    const r = await client.call('sync.outboxRetry', id === undefined ? {} : { id });
    await load();
    return r.retried;
  }

  client.on('sync.outbox', () => void load());

  return { items, pending, error, load, retry };
});
