// Things the engine wants the operator to know (cache rebuilt, damaged file moved aside …), shown one at a time.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Notice } from '../../../shared/contract/index.js';
import { useClient } from '../client/instance.js';

export const useNoticesStore = defineStore('notices', () => {
  const client = useClient();
  const queue = ref<Notice[]>([]);
  const seen = new Set<string>();

  function push(notice: Notice): void {
    const key = `${notice.code}|${notice.at}|${notice.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    queue.value = [...queue.value, notice];
  }

  function dismiss(): void {
    queue.value = queue.value.slice(1);
  }

  client.on('engine.notice', push);

  return { queue, current: computed(() => queue.value[0] ?? null), push, dismiss };
});
