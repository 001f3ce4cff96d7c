// Briefings in the renderer: the decks, each deck's composed slides (composed again when its KPIs get new data
// or the engine comes back), and the presentation every screen follows.
import { defineStore } from 'pinia';
import { shallowReactive, shallowRef, watch } from 'vue';
import type { BriefingSession, DeckSummary } from '../../../shared/contract/areas/briefing.js';
import type { Result } from '../../../shared/contract/index.js';
import type { Deck } from '../../../shared/briefing/deck.js';
import { isCallError, type CallError } from '../client/call-error.js';
import { useClient } from '../client/instance.js';
import { useConnectionStore } from './connection.js';
import { useOperatorStore } from './operator.js';

export type Composed = Result<'briefing.compose'>;
const RECOMPOSE_DEBOUNCE_MS = 500;

export const useBriefingStore = defineStore('briefing', () => {
  const client = useClient();
  const connection = useConnectionStore();
  const operator = useOperatorStore();
  const decks = shallowRef<DeckSummary[] | null>(null);
  const composed = shallowReactive(new Map<string, Composed>());
  const errors = shallowReactive(new Map<string, CallError>());
  const session = shallowRef<BriefingSession | null>(null);
  const watched = new Map<string, number>();

  async function loadDecks(): Promise<void> {
    decks.value = (await client.call('briefing.decks.list', {})).decks;
  }

  async function compose(deckId: string): Promise<void> {
    try {
      composed.set(deckId, await client.call('briefing.compose', { deckId }));
      errors.delete(deckId);
    } catch (error) {
      if (isCallError(error)) errors.set(deckId, error);
    }
  }

  /** Keeps a deck composed while a view shows it; returns the function that stops. */
  function watchDeck(deckId: string): () => void {
    watched.set(deckId, (watched.get(deckId) ?? 0) + 1);
    void compose(deckId);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const n = (watched.get(deckId) ?? 1) - 1;
      if (n <= 0) watched.delete(deckId);
      else watched.set(deckId, n);
    };
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  let changed = new Set<string>();
  client.on('data.changed', ({ kpiIds }) => {
    kpiIds.forEach((id) => changed.add(id));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const ids = changed;
      changed = new Set();
      for (const deckId of watched.keys()) if (composed.get(deckId)?.deck.slides.some((s) => ids.has(s.kpiId))) void compose(deckId);
    }, RECOMPOSE_DEBOUNCE_MS);
  });
  client.on('briefing.session', (e) => (session.value = e.session));
  client.on('briefing.decks', ({ deckId }) => {
    if (decks.value) void loadDecks();
    if (watched.has(deckId)) void compose(deckId);
  });
  watch(
    () => connection.generation,
    async (g) => {
      if (g === 0) return;
      session.value = (await client.call('briefing.session.get', {}).catch(() => ({ session: session.value }))).session;
      for (const deckId of watched.keys()) void compose(deckId);
    },
    { immediate: true },
  );

  const who = () => operator.name.trim();

  return {
    decks,
    composed,
    errors,
    session,
    loadDecks,
    compose,
    watchDeck,
    getDeck: (deckId: string) => client.call('briefing.deck.get', { deckId }),
    save: (deck: Deck) => client.call('briefing.deck.save', { deck, operator: who() }),
    remove: (deckId: string) => client.call('briefing.deck.delete', { deckId }),
    start: async (deckId: string) => (session.value = (await client.call('briefing.session.start', { deckId, operator: who() })).session),
    goto: async (slide: number) => (session.value = (await client.call('briefing.session.goto', { slide })).session),
    end: async () => (session.value = (await client.call('briefing.session.end', {})).session),
    exportPdf: (deckId: string) => client.call('briefing.export', { deckId }),
  };
});
