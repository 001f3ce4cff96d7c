// Briefings: decks of slides over live KPIs, composed by the engine with the previous period for comparison;
// the running presentation (held in the engine, so the audience screen follows the presenter); PDF export.
import { z } from 'zod';
import { localizedTextSchema, periodSchema, unitSchema } from '../../catalog/schema.js';
import { deckIdSchema, deckSchema } from '../../briefing/deck.js';
import { pointSchema, provenanceSchema } from '../model.js';
import { noParams, type MethodSpec } from './common.js';
import { operatorSchema } from './wall.js';

export const storedDeckSchema = deckSchema.and(z.object({ updatedAt: z.string(), updatedBy: z.string() }));

export const deckSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string(),
  slideCount: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});

const directionSchema = z.enum(['higher-is-better', 'lower-is-better', 'neutral']);
const periodValueSchema = z.object({ periodStart: z.string(), value: z.number() });

export const composedSlideSchema = z.object({
  slideId: z.string(),
  kpiId: z.string(),
  /** The presenter's title, or the KPI's name. */
  title: localizedTextSchema,
  kpiName: localizedTextSchema,
  domain: localizedTextSchema,
  unit: unitSchema,
  period: periodSchema,
  direction: directionSchema,
  current: periodValueSchema.nullable(),
  /** The period before the current one: every slide compares with it. */
  previous: periodValueSchema.nullable(),
  change: z.object({ abs: z.number(), pct: z.number().nullable() }).nullable(),
  /** Province totals over the periods up to the current one, oldest first. */
  trend: z.array(pointSchema),
  communes: z.array(z.object({ code: z.string(), name: z.string(), current: z.number().nullable(), previous: z.number().nullable() })),
  notes: z.string(),
  provenance: provenanceSchema,
});

export const sessionSchema = z.object({
  deckId: z.string(),
  slide: z.number().int().min(0),
  slideCount: z.number().int(),
  startedAt: z.string(),
  by: z.string(),
  revision: z.number().int(),
});

export const briefingMethods = {
  'briefing.decks.list': { params: noParams, result: z.object({ decks: z.array(deckSummarySchema) }) },
  'briefing.deck.get': { params: z.object({ deckId: deckIdSchema }).strict(), result: storedDeckSchema },
  'briefing.deck.save': {
    params: z.object({ deck: deckSchema, operator: operatorSchema }).strict(),
    result: storedDeckSchema,
  },
  'briefing.deck.delete': { params: z.object({ deckId: deckIdSchema }).strict(), result: z.object({ deleted: z.boolean() }) },
  'briefing.compose': {
    params: z.object({ deckId: deckIdSchema }).strict(),
    result: z.object({ deck: storedDeckSchema, slides: z.array(composedSlideSchema), composedAt: z.string() }),
  },
  'briefing.session.get': { params: noParams, result: z.object({ session: sessionSchema.nullable() }) },
  'briefing.session.start': {
    params: z.object({ deckId: deckIdSchema, operator: operatorSchema }).strict(),
    result: z.object({ session: sessionSchema }),
  },
  'briefing.session.goto': {
    params: z.object({ slide: z.number().int().min(0) }).strict(),
    result: z.object({ session: sessionSchema }),
  },
  'briefing.session.end': { params: noParams, result: z.object({ session: z.null() }) },
  /** Writes the deck as PDF where the engine has a printer (the Electron app); "unavailable" in the web host, whose browser prints. */
  'briefing.export': {
    params: z.object({ deckId: deckIdSchema }).strict(),
    result: z.object({ file: z.string().nullable(), cancelled: z.boolean() }),
  },
} as const satisfies Record<string, MethodSpec>;

export const briefingEvents = {
  /** The presentation started, moved or ended. */
  'briefing.session': z.object({ session: sessionSchema.nullable() }),
  /** A deck was saved or deleted. */
  'briefing.decks': z.object({ deckId: z.string() }),
} as const;

export type StoredDeck = z.infer<typeof storedDeckSchema>;
export type DeckSummary = z.infer<typeof deckSummarySchema>;
export type ComposedSlide = z.infer<typeof composedSlideSchema>;
export type BriefingSession = z.infer<typeof sessionSchema>;
