// Briefings as an engine module: decks (kept in the cache), their composition from live KPIs, the running
// presentation (one at a time; the audience screen follows it) and PDF export through the shell's printer.
import type { Deck } from '../../../shared/briefing/deck.js';
import { findKpi } from '../../../shared/catalog/load.js';
import type { BriefingSession } from '../../../shared/contract/areas/briefing.js';
import { EngineError } from '../../../shared/contract/envelope.js';
import { actingName } from '../access/acting-name.js';
import { toVnIso } from '../../../shared/model/periods.js';
import type { EngineContext, EngineModule, HandlersFor } from '../engine-module.js';
import { KpiQueries } from '../kpi/kpi-queries.js';
import { PROVINCIAL_SOURCE } from '../sync/sources.js';
import { composeSlide, readCommuneNames } from './compose.js';
import { deleteDeck, listDecks, readDeck, writeDeck } from './deck-store.js';

type BriefingMethod =
  | 'briefing.decks.list'
  | 'briefing.deck.get'
  | 'briefing.deck.save'
  | 'briefing.deck.delete'
  | 'briefing.compose'
  | 'briefing.session.get'
  | 'briefing.session.start'
  | 'briefing.session.goto'
  | 'briefing.session.end'
  | 'briefing.export';

/** Slides naming KPIs the catalog does not have, by name. */
export function deckProblems(deck: Deck, ctx: Pick<EngineContext, 'catalog'>): string[] {
  return deck.slides.filter((s) => !findKpi(ctx.catalog, s.kpiId)).map((s) => `slide "${s.id}": unknown KPI "${s.kpiId}"`);
}

export function createBriefingModule(ctx: EngineContext): EngineModule {
  const queries = new KpiQueries(ctx.db, ctx.catalog, PROVINCIAL_SOURCE.name, ctx.now);
  let session: BriefingSession | null = null;

  const requireDeck = async (deckId: string) => {
    const deck = await readDeck(ctx.db, deckId);
    if (!deck) throw new EngineError('not-found', `there is no briefing deck "${deckId}"`);
    return deck;
  };
  const publish = () => ctx.hub.emit('briefing.session', { session });

  const handlers: HandlersFor<BriefingMethod> = {
    'briefing.decks.list': async () => ({ decks: await listDecks(ctx.db) }),
    'briefing.deck.get': (p) => requireDeck(p.deckId),
    'briefing.deck.save': async (p, caller) => {
      const problems = deckProblems(p.deck, ctx);
      if (problems.length) throw new EngineError('invalid-params', `the deck "${p.deck.id}" names KPIs that do not exist`, problems);
      await writeDeck(ctx.db, p.deck, actingName(caller, p.operator), toVnIso(ctx.now()));
      ctx.hub.emit('briefing.decks', { deckId: p.deck.id });
      if (session?.deckId === p.deck.id) {
        session = { ...session, slideCount: p.deck.slides.length, slide: Math.min(session.slide, p.deck.slides.length - 1), revision: session.revision + 1 };
        publish();
      }
      return requireDeck(p.deck.id);
    },
    'briefing.deck.delete': async (p) => {
      const deleted = await deleteDeck(ctx.db, p.deckId);
      if (deleted) ctx.hub.emit('briefing.decks', { deckId: p.deckId });
      if (deleted && session?.deckId === p.deckId) {
        session = null;
        publish();
      }
      return { deleted };
    },
    'briefing.compose': async (p) => {
      const deck = await requireDeck(p.deckId);
      const names = await readCommuneNames(ctx.db);
      const deps = { db: ctx.db, catalog: ctx.catalog, provenance: queries.provenance.bind(queries) };
      const slides = await Promise.all(deck.slides.map((s) => composeSlide(deps, s, names)));
      return { deck, slides, composedAt: toVnIso(ctx.now()) };
    },
    'briefing.session.get': async () => ({ session }),
    'briefing.session.start': async (p, caller) => {
      const deck = await requireDeck(p.deckId);
      const by = actingName(caller, p.operator);
      session = { deckId: deck.id, slide: 0, slideCount: deck.slides.length, startedAt: toVnIso(ctx.now()), by, revision: (session?.revision ?? 0) + 1 };
      ctx.log(`briefing "${deck.id}" started by ${by}`);
      publish();
      return { session };
    },
    'briefing.session.goto': async (p) => {
      if (!session) throw new EngineError('not-found', 'no briefing is being presented');
      if (p.slide >= session.slideCount) throw new EngineError('invalid-params', `slide ${p.slide + 1} does not exist: the deck has ${session.slideCount}`);
      session = { ...session, slide: p.slide, revision: session.revision + 1 };
      publish();
      return { session };
    },
    'briefing.session.end': async () => {
      session = null;
      publish();
      return { session: null };
    },
    'briefing.export': async (p, caller) => {
      const deck = await requireDeck(p.deckId);
      if (!ctx.options.printer) throw new EngineError('unavailable', 'this engine has no PDF printer: print from the browser');
      const day = toVnIso(ctx.now()).slice(0, 10);
      const printed = await ctx.options.printer({ route: `#/briefing/${deck.id}/print`, suggestedName: `${deck.id}-${day}.pdf` });
      if (printed.file) await ctx.audit.record(caller, 'export.briefing', deck.id, { file: printed.file });
      return printed;
    },
  };
  return { name: 'briefing', handlers };
}
