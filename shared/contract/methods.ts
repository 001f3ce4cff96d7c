// Every call the UI can make and every event it can receive, declared once (DESIGN.md invariant 2).
// Each area of the product declares its methods and events in areas/<area>.ts; this file only joins them.
import type { z } from 'zod';
import { briefingEvents, briefingMethods } from './areas/briefing.js';
import { geoMethods } from './areas/geo.js';
import { kpiEvents, kpiMethods } from './areas/kpi.js';
import { syncEvents, syncMethods } from './areas/sync.js';
import { systemEvents, systemMethods } from './areas/system.js';
import { wallEvents, wallMethods } from './areas/wall.js';

export const methods = {
  ...systemMethods,
  ...geoMethods,
  ...kpiMethods,
  ...syncMethods,
  ...wallMethods,
  ...briefingMethods,
} as const;

export const events = {
  ...systemEvents,
  ...kpiEvents,
  ...syncEvents,
  ...wallEvents,
  ...briefingEvents,
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type ParamsInput<M extends MethodName> = z.input<Methods[M]['params']>;
export type Params<M extends MethodName> = z.output<Methods[M]['params']>;
export type Result<M extends MethodName> = z.output<Methods[M]['result']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}
