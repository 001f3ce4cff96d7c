// The video wall as data (DESIGN.md invariant 5): scenes (grid layouts of tiles), playlists (scenes with dwell
// times), walls (a screen each, with dayparts choosing the playlist by time of day and weekday in
// Asia/Ho_Chi_Minh), the alarm settings and the shell's display layout. Validated at load by load.ts.
import { z } from 'zod';
import { localizedTextSchema, thresholdSchema } from '../catalog/schema.js';

export const wallIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'an id is lower-case letters, digits and "-", e.g. "tong-quan"');

/** "HH:mm" in Vietnam time; "24:00" only as the end of a window. */
export const clockTimeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time of day is "HH:mm", e.g. "07:30"');

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const weekdaySchema = z.enum(WEEKDAYS);

/** A weekly time window: on these days (the day it starts), from → to; to < from runs past midnight. */
export const timeWindowSchema = z
  .object({
    days: z.array(weekdaySchema).min(1, 'name at least one day'),
    from: clockTimeSchema,
    to: clockTimeSchema,
  })
  .refine((w) => w.from !== w.to, { message: 'from and to are the same time: the window is empty', path: ['to'] })
  .refine((w) => w.from !== '24:00', { message: '"24:00" can only end a window', path: ['from'] });

/** What a tile shows: a tile kind (tile-kinds.ts) and its options, checked by the kind's schema. */
export const tileContentSchema = z.object({
  kind: z.string().min(1).max(64),
  /** Overrides the kind's own title (e.g. the KPI name). */
  title: localizedTextSchema.optional(),
  options: z.record(z.string(), z.unknown()).default({}),
});

export const tileSchema = tileContentSchema.extend({
  id: wallIdSchema,
  /** 1-based grid position and size. */
  col: z.number().int().min(1),
  row: z.number().int().min(1),
  colSpan: z.number().int().min(1).default(1),
  rowSpan: z.number().int().min(1).default(1),
});

export const sceneSchema = z.object({
  id: wallIdSchema,
  name: localizedTextSchema,
  grid: z.object({ cols: z.number().int().min(1).max(12), rows: z.number().int().min(1).max(12) }),
  tiles: z.array(tileSchema).min(1, 'a scene needs at least one tile'),
});

export const playlistEntrySchema = z.object({
  sceneId: wallIdSchema,
  /** Seconds the scene stays on screen before the next one. */
  dwellSec: z.number().min(1, 'a dwell time must be at least 1 second'),
});

export const playlistSchema = z.object({
  id: wallIdSchema,
  name: localizedTextSchema,
  entries: z.array(playlistEntrySchema).min(1, 'a playlist needs at least one scene'),
});

export const daypartSchema = timeWindowSchema.and(
  z.object({
    id: wallIdSchema,
    name: localizedTextSchema,
    playlistId: wallIdSchema,
  }),
);

/**
 * Which connected display a window goes to. Several fields narrow the match; `index` counts the displays
 * left to right, then top to bottom, from 0. Labels are the monitor names the OS reports.
 */
export const displaySelectorSchema = z
  .object({
    label: z.string().min(1).max(200).optional(),
    id: z.number().int().optional(),
    index: z.number().int().min(0).max(63).optional(),
    primary: z.boolean().optional(),
  })
  .strict()
  .refine((s) => Object.keys(s).length > 0, { message: 'a display selector needs label, id, index or primary' });

export const wallSchema = z.object({
  id: wallIdSchema,
  name: localizedTextSchema,
  /** The display this wall screen runs on in the Electron app; a wall without one is for browsers only. */
  display: displaySelectorSchema.optional(),
  /** The playlist outside every daypart. */
  playlistId: wallIdSchema,
  /** The first daypart that contains the current time chooses the playlist. */
  dayparts: z.array(daypartSchema).default([]),
});

export const alarmRuleSchema = thresholdSchema
  .omit({ severity: true })
  .extend({
    id: wallIdSchema,
    kpiId: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'expected a KPI id such as "health.bed-occupancy"'),
  });

export const alarmSettingsSchema = z.object({
  /** Raise an alarm for every KPI whose latest value crosses a critical threshold of the catalog. */
  kpiCritical: z.boolean().default(true),
  /** Raise an alarm for every CAP warning in force of severity Extreme (critical) or Severe (warning). */
  cap: z.boolean().default(true),
  /** The room's own alarm rules, on top of the catalog's thresholds (treated as critical). */
  rules: z.array(alarmRuleSchema).default([]),
  /** Play a sound on the walls while an alarm is unacknowledged, except in quiet hours. */
  sound: z.boolean().default(true),
  quietHours: z.array(timeWindowSchema).default([]),
});

/** The Electron shell's layout: where the workstation and the briefing audience go, the memory limit of a wall. */
export const shellLayoutSchema = z.object({
  workstation: displaySelectorSchema.optional(),
  briefingAudience: displaySelectorSchema.optional(),
  /** A wall renderer using more than this is reloaded at its next quiet moment. */
  wallMemoryLimitMb: z.number().int().min(256).max(16384).default(1536),
});

export const wallConfigSchema = z.object({
  version: z.literal(1),
  scenes: z.array(sceneSchema).min(1),
  playlists: z.array(playlistSchema).min(1),
  walls: z.array(wallSchema).min(1),
  alarms: alarmSettingsSchema.default({ kpiCritical: true, cap: true, rules: [], sound: true, quietHours: [] }),
  shell: shellLayoutSchema.default({ wallMemoryLimitMb: 1536 }),
});

export type Weekday = z.infer<typeof weekdaySchema>;
export type TimeWindow = z.infer<typeof timeWindowSchema>;
export type TileContent = z.infer<typeof tileContentSchema>;
export type TileContentInput = z.input<typeof tileContentSchema>;
export type Tile = z.infer<typeof tileSchema>;
export type Scene = z.infer<typeof sceneSchema>;
export type PlaylistEntry = z.infer<typeof playlistEntrySchema>;
export type Playlist = z.infer<typeof playlistSchema>;
export type Daypart = z.infer<typeof daypartSchema>;
export type DisplaySelector = z.infer<typeof displaySelectorSchema>;
export type Wall = z.infer<typeof wallSchema>;
export type AlarmRule = z.infer<typeof alarmRuleSchema>;
export type AlarmSettings = z.infer<typeof alarmSettingsSchema>;
export type ShellLayout = z.infer<typeof shellLayoutSchema>;
export type WallConfig = z.infer<typeof wallConfigSchema>;
export type WallConfigInput = z.input<typeof wallConfigSchema>;
