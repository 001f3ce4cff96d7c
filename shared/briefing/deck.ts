// A briefing deck ("họp giao ban" and ad-hoc leadership briefings): slides built from live KPIs, each for a
// period (the latest by default) and optionally a few communes, with the presenter's notes.
import { z } from 'zod';

export const deckIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a deck id is lower-case letters, digits and "-"');

export const slideSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a slide id is lower-case letters, digits and "-"'),
    kpiId: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'expected a KPI id such as "health.bed-occupancy"'),
    /** A title of the presenter's own; the KPI's name otherwise. */
    title: z.string().trim().max(200).optional(),
    /** The period shown (its start, ISO with offset); null for the latest period with data. */
    periodStart: z.iso.datetime({ offset: true }).nullable().default(null),
    /** Communes and wards compared on the slide (codes), at most twelve. */
    communes: z.array(z.string().regex(/^\d{1,8}$/, 'a commune code is digits')).max(12).default([]),
    notes: z.string().max(4000).default(''),
  })
  .strict();

export const deckSchema = z
  .object({
    id: deckIdSchema,
    title: z.string().trim().min(1, 'a deck needs a title').max(200),
    subtitle: z.string().trim().max(300).default(''),
    slides: z.array(slideSchema).min(1, 'a deck needs at least one slide').max(60),
  })
  .strict()
  .refine((d) => new Set(d.slides.map((s) => s.id)).size === d.slides.length, { message: 'two slides have the same id', path: ['slides'] });

export type Slide = z.infer<typeof slideSchema>;
export type SlideInput = z.input<typeof slideSchema>;
export type Deck = z.infer<typeof deckSchema>;
export type DeckInput = z.input<typeof deckSchema>;
