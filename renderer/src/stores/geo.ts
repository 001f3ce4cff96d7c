// Commune and ward names, for rankings by commune (fetched once, on first use).
import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import type { Commune } from '../../../shared/contract/index.js';
import { useClient } from '../client/instance.js';

export const useGeoStore = defineStore('geo', () => {
  const client = useClient();
  const communes = shallowRef<Commune[]>([]);
  let inflight: Promise<void> | undefined;
  let loaded = false;

  function load(): Promise<void> {
    if (loaded) return Promise.resolve();
    inflight ??= client
      .call('geo.communes', {})
      .then((r) => {
        communes.value = r.communes;
        loaded = true;
      })
      .catch(() => undefined)
      .finally(() => (inflight = undefined));
    return inflight;
  }

  const communeNames = computed(() => new Map(communes.value.map((c) => [c.code, c.name])));

  return { communes, communeNames, load };
});
