// The video wall: its configuration, the state of every wall screen (held in the engine, so every screen
// follows and a restarted one comes back where it was), operator control, alarms and the shell's displays.
import { z } from 'zod';
import { localizedTextSchema, severitySchema } from '../../catalog/schema.js';
import { tileContentSchema, wallConfigSchema, wallIdSchema } from '../../wall/schema.js';
import { provenanceSchema } from '../model.js';
import { reportStateSchema } from './field-reports.js';
import { breachSchema } from './kpi.js';
import { isoDateTime, kpiId, noParams, type MethodSpec } from './common.js';

/** Who did it, as the workstation gives it; the engine records the signed-in person instead whenever there is one. */
export const operatorSchema = z.string().trim().min(1, 'say who is acting').max(80).optional();

export const tileOverrideSchema = z.object({
  tileId: z.string(),
  content: tileContentSchema,
  by: z.string(),
  at: z.string(),
  /** When the tile reverts to its scene's content by itself. */
  until: z.string(),
});

export const wallStateSchema = z.object({
  wallId: z.string(),
  playlistId: z.string(),
  daypartId: z.string().nullable(),
  sceneId: z.string(),
  /** Position in the playlist; a scene jumped to from outside it has index -1. */
  index: z.number().int(),
  count: z.number().int(),
  sceneStartedAt: z.string(),
  /** When the scene changes by itself; null while held or while something is pushed. */
  nextChangeAt: z.string().nullable(),
  hold: z.object({ by: z.string(), at: z.string() }).nullable(),
  overrides: z.array(tileOverrideSchema),
  /** Increases with every change; a screen ignores states older than the one it shows. */
  revision: z.number().int(),
  updatedAt: z.string(),
});

export const wallCommandSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('next') }).strict(),
  z.object({ action: z.literal('previous') }).strict(),
  z.object({ action: z.literal('hold') }).strict(),
  z.object({ action: z.literal('resume') }).strict(),
  z.object({ action: z.literal('jump'), sceneId: wallIdSchema }).strict(),
  z
    .object({
      action: z.literal('push'),
      tileId: wallIdSchema,
      content: tileContentSchema,
      /** How long the pushed content stays before the tile reverts (10 s to 4 h). */
      durationSec: z.number().int().min(10).max(14_400).default(300),
    })
    .strict(),
  z.object({ action: z.literal('revert'), tileId: wallIdSchema }).strict(),
]);

export const alarmSchema = z.object({
  id: z.number().int(),
  /** What raised it: "kpi" (a critical catalog threshold), "rule" (the room's own rule), "cap" (a CAP warning) … */
  source: z.string(),
  key: z.string(),
  severity: severitySchema,
  title: localizedTextSchema,
  detail: localizedTextSchema.nullable(),
  kpiId: z.string().nullable(),
  value: z.number().nullable(),
  raisedAt: z.string(),
  /** When the condition ended; the alarm stays on the walls until acknowledged even so. */
  clearedAt: z.string().nullable(),
  acknowledged: z.object({ by: z.string(), at: z.string() }).nullable(),
});

/** The wall lists the KPI area's breaches (kpi.breaches): one way of finding them for the whole console. */
export { breachSchema } from './kpi.js';

/** A field report as the wall shows it: what, where, how far along; never who reported it nor their words. */
export const wallReportSchema = z.object({
  id: z.number().int(),
  category: z.string().nullable(),
  communeCode: z.string().nullable(),
  state: reportStateSchema,
  reportedAt: z.string(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  agencyKey: z.string().nullable(),
});

/** One report on a wall tile: the above, where it is, and its timeline by step (no names, no notes). */
export const wallIncidentSchema = wallReportSchema.extend({
  /** The citizen's description, shortened; it carries no identity (that is sealed apart, Art. 6.9). */
  summary: z.string(),
  address: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  communeBoundary: z.object({ type: z.string(), coordinates: z.unknown() }).nullable(),
  timeline: z.array(z.object({ action: z.string(), toState: reportStateSchema.nullable(), at: z.string(), role: z.string(), agencyKey: z.string().nullable() })),
  provenance: provenanceSchema,
});

export const wallConfigStateSchema = z.object({
  config: wallConfigSchema,
  source: z.enum(['demo', 'file']),
  /** The file read, when the source is a file. */
  file: z.string().nullable(),
  loadedAt: z.string(),
  /** The last attempt that was refused (the wall kept the configuration above): when and why. */
  rejected: z.object({ at: z.string(), problems: z.array(z.string()) }).nullable(),
});

const rectangleSchema = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });

export const displayReportSchema = z.object({
  displays: z.array(z.object({ id: z.number(), label: z.string(), bounds: rectangleSchema, primary: z.boolean() })).max(64),
  windows: z.array(z.object({ key: z.string(), role: z.string(), wallId: z.string().nullable(), displayId: z.number() })).max(64),
  problems: z.array(z.string().max(500)).max(64),
});

export const wallMethods = {
  'wall.config.get': { params: noParams, result: wallConfigStateSchema },
  'wall.state.get': { params: z.object({ wallId: wallIdSchema }).strict(), result: wallStateSchema },
  'wall.states.list': { params: noParams, result: z.object({ states: z.array(wallStateSchema) }) },
  'wall.control': {
    params: z.object({ wallId: wallIdSchema, command: wallCommandSchema, operator: operatorSchema }).strict(),
    result: wallStateSchema,
  },
  'wall.alarms.list': {
    params: z.object({ history: z.boolean().default(false) }).strict(),
    result: z.object({ alarms: z.array(alarmSchema) }),
  },
  'wall.alarms.ack': {
    params: z.object({ alarmId: z.number().int().positive(), operator: operatorSchema }).strict(),
    result: alarmSchema,
  },
  'wall.breaches': {
    params: z.object({ kpiIds: z.array(kpiId).max(500).optional() }).strict(),
    result: z.object({ breaches: z.array(breachSchema), at: isoDateTime }),
  },
  /** The ticker of the latest field reports, readable by a wall display (which may not read the queues). */
  'wall.fieldReports': {
    params: z.object({ limit: z.number().int().min(1).max(30).default(8), categories: z.array(z.string().min(1).max(100)).max(30).optional() }).strict(),
    result: z.object({ items: z.array(wallReportSchema), total: z.number().int(), asOf: z.string(), provenance: provenanceSchema }),
  },
  /** One report for an incident tile. */
  'wall.incident': { params: z.object({ reportId: z.number().int().positive() }).strict(), result: wallIncidentSchema },
  'wall.displays.report': { params: displayReportSchema.strict(), result: z.object({ ok: z.literal(true) }) },
  'wall.displays.get': {
    params: noParams,
    result: displayReportSchema.extend({ reportedAt: z.string().nullable() }),
  },
} as const satisfies Record<string, MethodSpec>;

export const wallEvents = {
  /** One wall's state changed (rotation, command, revert, configuration). */
  'wall.state': wallStateSchema,
  /** A configuration was loaded or refused. */
  'wall.config': wallConfigStateSchema,
  /** The alarms still to show: unacknowledged, or acknowledged but still active. */
  'wall.alarms': z.object({ alarms: z.array(alarmSchema) }),
  'wall.displays': displayReportSchema.extend({ reportedAt: z.string().nullable() }),
} as const;

export type WallState = z.infer<typeof wallStateSchema>;
export type WallCommand = z.infer<typeof wallCommandSchema>;
export type WallCommandInput = z.input<typeof wallCommandSchema>;
export type TileOverride = z.infer<typeof tileOverrideSchema>;
export type Alarm = z.infer<typeof alarmSchema>;
export type { Breach } from './kpi.js';
export type WallConfigState = z.infer<typeof wallConfigStateSchema>;
export type WallReport = z.infer<typeof wallReportSchema>;
export type WallIncident = z.infer<typeof wallIncidentSchema>;
export type DisplayReport = z.infer<typeof displayReportSchema>;
