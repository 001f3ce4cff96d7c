// A deck on screen: keeps it composed while mounted (recomposed on new data and after reconnection).
import { computed, onBeforeUnmount, watch, type Ref } from 'vue';
import { useBriefingStore } from '../stores/briefing.js';
import { useCatalogStore } from '../stores/catalog.js';

export function useDeck(deckId: Ref<string>) {
  const briefing = useBriefingStore();
  const catalog = useCatalogStore();
  let stop: (() => void) | undefined;
  watch(
    deckId,
    (id) => {
      stop?.();
      stop = briefing.watchDeck(id);
    },
    { immediate: true },
  );
  onBeforeUnmount(() => stop?.());
  const composed = computed(() => briefing.composed.get(deckId.value));
  return {
    composed,
    error: computed(() => briefing.errors.get(deckId.value) ?? null),
    ready: computed(() => composed.value !== undefined && catalog.loaded),
    session: computed(() => (briefing.session?.deckId === deckId.value ? briefing.session : null)),
  };
}
