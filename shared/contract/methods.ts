// Every call the UI can make and every event it can receive, declared once (DESIGN.md invariant 2).
// Each area of the product declares its methods and events in areas/<area>.ts; this file only joins them.
import type { z } from 'zod';
import { auditMethods } from './areas/audit.js';
import { authEvents, authMethods } from './areas/auth.js';
import { cameraMethods } from './areas/cameras.js';
import { alertsEvents, alertsMethods } from './areas/alerts.js';
import { briefingEvents, briefingMethods } from './areas/briefing.js';
import { geoMethods } from './areas/geo.js';
import { kpiEvents, kpiMethods } from './areas/kpi.js';
import { mapEvents, mapMethods } from './areas/map.js';
import { agencyMethods } from './areas/agencies.js';
import { fieldReportEvents, fieldReportMethods } from './areas/field-reports.js';
import { reportEvents, reportMethods } from './areas/reports.js';
import { syncEvents, syncMethods } from './areas/sync.js';
import { systemEvents, systemMethods } from './areas/system.js';
import { wallEvents, wallMethods } from './areas/wall.js';
import { disclosureEvents, disclosureMethods } from './areas/disclosure.js';

export const methods = {
  ...systemMethods,
  ...geoMethods,
  ...kpiMethods,
  ...syncMethods,
  ...authMethods,
  ...auditMethods,
  ...cameraMethods,
  ...mapMethods,
  ...alertsMethods,
  ...fieldReportMethods,
  ...agencyMethods,
  ...reportMethods,
  ...wallMethods,
  ...briefingMethods,
  ...disclosureMethods,
} as const;

export const events = {
  ...systemEvents,
  ...kpiEvents,
  ...syncEvents,
  ...authEvents,
  ...mapEvents,
  ...alertsEvents,
  ...fieldReportEvents,
  ...reportEvents,
  ...wallEvents,
  ...briefingEvents,
  ...disclosureEvents,
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
