// Who may call what: ONE matrix over every contract method and event, deny by default (issue 8 item 2).
// A method missing here is a type error and fails access-matrix.test.ts, so every new method gets classified.
// The engine enforces it at the dispatch boundary (electron/core/access/authorize.ts); the UI only reads it.
import type { EventName, MethodName } from './methods.js';
import { AGENCY_SCOPED_ROLES, ROLES, UNIT_SCOPED_ROLES, type Role } from './roles.js';

/**
 * - `public`: no session needed (sign-in itself, the engine's hello).
 * - `session`: any signed-in role.
 * - a list of roles: only those.
 * `scope` narrows what a scoped role reaches: `agency` (its agency's KPIs, applied at dispatch), `unit` (its police
 * unit and grants, applied by the cameras module), `redact` (anonymous callers get a reduced answer).
 * `whenLocked`: still callable while the session is locked (to unlock or sign out).
 */
export interface AccessRule {
  allow: 'public' | 'session' | readonly Role[];
  scope?: 'agency' | 'unit' | 'redact';
  whenLocked?: true;
}

const ALL: readonly Role[] = ROLES;
const READERS: readonly Role[] = ['ioc-operator', 'ioc-supervisor', 'agency-handler', 'agency-leader', 'provincial-leader', 'wall-display', 'administrator'];
const OPERATORS: readonly Role[] = ['ioc-operator', 'ioc-supervisor', 'administrator'];
const CAMERA_VIEWERS: readonly Role[] = ['ioc-operator', 'ioc-supervisor', 'police-camera-unit', 'wall-display'];
const GRANT_READERS: readonly Role[] = ['ioc-supervisor', 'police-camera-unit'];
const GRANTORS: readonly Role[] = ['police-camera-unit'];
const AUDITORS: readonly Role[] = ['ioc-supervisor', 'administrator'];
const ADMINS: readonly Role[] = ['administrator'];
const CONFIGURERS: readonly Role[] = ['ioc-supervisor', 'administrator'];
/** Who works field reports; the workflow's state machine decides which side (IOC or agency) takes which action. */
const HANDLERS: readonly Role[] = ['ioc-operator', 'ioc-supervisor', 'agency-handler', 'agency-leader'];
/** Who reads the field-report queues: the handlers and the provincial leadership (supervision, Art. 2.7 c). */
const CASE_READERS: readonly Role[] = [...HANDLERS, 'provincial-leader'];
/** Who builds period reports for the People's Committee (an export: permissioned and audited). */
const REPORTERS: readonly Role[] = ['ioc-operator', 'ioc-supervisor', 'provincial-leader'];
const DIRECTORY_KEEPERS: readonly Role[] = ['ioc-operator', 'ioc-supervisor', 'administrator'];
/** Who opens the operational map: the readers and the police camera units (for the cameras they may see). Each
 * layer narrows it further: field reports to who reads the workflow's map points, cameras to camera viewers. */
const MAP_VIEWERS: readonly Role[] = [...READERS, 'police-camera-unit'];
/** Who sees the walls and briefings: the whole province's figures, so not the agency roles (scoped to their own). */
const WALL_VIEWERS: readonly Role[] = ['ioc-operator', 'ioc-supervisor', 'provincial-leader', 'wall-display', 'administrator'];
/** Who steers the video wall and acknowledges its alarms from a workstation. */
const WALL_CONTROLLERS: readonly Role[] = ['ioc-operator', 'ioc-supervisor'];
/** Who composes and presents leadership briefings (họp giao ban). */
const BRIEFERS: readonly Role[] = ['ioc-operator', 'ioc-supervisor', 'provincial-leader'];
/** Who records an authority's request for a reporter's identity and reads it once approved (Art. 6.9): the IOC only. */
const DISCLOSURE_REQUESTERS: readonly Role[] = ['ioc-operator', 'ioc-supervisor'];
/** Who approves, rejects and revokes a disclosure (never their own request: the engine checks the four eyes). */
const DISCLOSURE_APPROVERS: readonly Role[] = ['ioc-supervisor'];

export const ACCESS_MATRIX = {
  'system.hello': { allow: 'public', scope: 'redact' },
  'catalog.get': { allow: READERS, scope: 'agency' },
  'geo.communes': { allow: 'session' },
  'kpi.series': { allow: READERS, scope: 'agency' },
  'kpi.breakdown': { allow: READERS, scope: 'agency' },
  'kpi.latest': { allow: READERS, scope: 'agency' },
  'kpi.matrix': { allow: READERS, scope: 'agency' },
  'kpi.breaches': { allow: READERS, scope: 'agency' },
  'sync.status': { allow: 'session' },
  'sync.now': { allow: OPERATORS },
  'sync.cancel': { allow: OPERATORS },
  'sync.quarantine': { allow: OPERATORS },
  'sync.reprocess': { allow: CONFIGURERS },
  'sync.discard': { allow: CONFIGURERS },
  'sync.outbox': { allow: OPERATORS },
  'sync.outboxRetry': { allow: CONFIGURERS },
  'sync.setCredential': { allow: ADMINS },
  'alerts.list': { allow: READERS },

  'fieldReports.list': { allow: CASE_READERS },
  'fieldReports.get': { allow: CASE_READERS },
  'fieldReports.transition': { allow: HANDLERS },
  'fieldReports.counts': { allow: CASE_READERS },
  'fieldReports.scorecards': { allow: READERS },
  'fieldReports.trend': { allow: READERS },
  'fieldReports.mapPoints': { allow: READERS },
  'fieldReports.categories': { allow: 'session' },
  'fieldReports.notices': { allow: HANDLERS },
  'fieldReports.markNoticesRead': { allow: HANDLERS },
  'agencies.list': { allow: 'session' },
  'agencies.saveContact': { allow: DIRECTORY_KEEPERS },
  'agencies.endContact': { allow: DIRECTORY_KEEPERS },
  'agencies.setCategories': { allow: CONFIGURERS },
  'calendar.year': { allow: 'session' },
  'calendar.setAdjustment': { allow: CONFIGURERS },
  'calendar.removeAdjustment': { allow: CONFIGURERS },
  'reports.build': { allow: REPORTERS },
  'reports.jobs': { allow: REPORTERS },
  'reports.download': { allow: REPORTERS },

  'wall.config.get': { allow: WALL_VIEWERS },
  'wall.state.get': { allow: WALL_VIEWERS },
  'wall.states.list': { allow: WALL_VIEWERS },
  'wall.control': { allow: WALL_CONTROLLERS },
  'wall.alarms.list': { allow: WALL_VIEWERS },
  'wall.alarms.ack': { allow: WALL_CONTROLLERS },
  'wall.breaches': { allow: WALL_VIEWERS },
  'wall.fieldReports': { allow: WALL_VIEWERS },
  'wall.incident': { allow: WALL_VIEWERS },
  'wall.displays.report': { allow: [...WALL_CONTROLLERS, 'administrator'] },
  'wall.displays.get': { allow: [...WALL_CONTROLLERS, 'administrator'] },
  'briefing.decks.list': { allow: BRIEFERS },
  'briefing.deck.get': { allow: BRIEFERS },
  'briefing.deck.save': { allow: BRIEFERS },
  'briefing.deck.delete': { allow: BRIEFERS },
  'briefing.compose': { allow: BRIEFERS },
  'briefing.session.get': { allow: WALL_VIEWERS },
  'briefing.session.start': { allow: BRIEFERS },
  'briefing.session.goto': { allow: BRIEFERS },
  'briefing.session.end': { allow: BRIEFERS },
  'briefing.export': { allow: BRIEFERS },

  'auth.session': { allow: 'public' },
  'auth.login': { allow: 'public' },
  'auth.logout': { allow: 'public' },
  'auth.sso.begin': { allow: 'public' },
  'auth.lock': { allow: 'session', whenLocked: true },
  'auth.unlock': { allow: 'session', whenLocked: true },
  'auth.touch': { allow: 'session' },
  'auth.changePassword': { allow: 'session' },
  'access.accounts.list': { allow: ADMINS },
  'access.accounts.create': { allow: ADMINS },
  'access.accounts.update': { allow: ADMINS },
  'access.devices.list': { allow: ADMINS },
  'access.devices.enrol': { allow: ADMINS },
  'access.devices.revoke': { allow: ADMINS },

  'audit.list': { allow: AUDITORS },
  'audit.verify': { allow: AUDITORS },
  'audit.export': { allow: AUDITORS },

  'cameras.list': { allow: CAMERA_VIEWERS, scope: 'unit' },
  'cameras.units': { allow: [...CAMERA_VIEWERS, 'administrator'] },
  'cameras.stream': { allow: CAMERA_VIEWERS, scope: 'unit' },
  'cameras.grants.list': { allow: GRANT_READERS, scope: 'unit' },
  'cameras.grants.create': { allow: GRANTORS, scope: 'unit' },
  'cameras.grants.revoke': { allow: GRANTORS, scope: 'unit' },

  'map.layers': { allow: MAP_VIEWERS },
  'map.features': { allow: MAP_VIEWERS },
  'map.boundaries': { allow: MAP_VIEWERS },
  'map.search': { allow: MAP_VIEWERS },
  'map.basemap': { allow: MAP_VIEWERS },
  'map.setBasemap': { allow: CONFIGURERS },
  'map.basemapFetch': { allow: MAP_VIEWERS },
  'map.basemapBytes': { allow: MAP_VIEWERS },

  'identity.requestDisclosure': { allow: DISCLOSURE_REQUESTERS },
  'identity.decideDisclosure': { allow: DISCLOSURE_APPROVERS },
  'identity.listDisclosures': { allow: DISCLOSURE_REQUESTERS },
  'identity.revealIdentity': { allow: DISCLOSURE_REQUESTERS },
  'identity.revokeDisclosure': { allow: DISCLOSURE_APPROVERS },
} as const satisfies Record<MethodName, AccessRule>;

/** Events are data too: a connection hears only those its session may hear. */
export const EVENT_ACCESS = {
  'engine.notice': { allow: 'session' },
  'data.changed': { allow: READERS },
  'sync.status': { allow: 'session' },
  'auth.session': { allow: 'public' },
  'map.changed': { allow: MAP_VIEWERS },
  'sync.quarantine': { allow: OPERATORS },
  'sync.outbox': { allow: OPERATORS },
  'alerts.changed': { allow: READERS },
  'fieldReports.changed': { allow: READERS },
  'fieldReports.notice': { allow: HANDLERS },
  'reports.progress': { allow: REPORTERS },
  'wall.state': { allow: WALL_VIEWERS },
  'wall.config': { allow: WALL_VIEWERS },
  'wall.alarms': { allow: WALL_VIEWERS },
  'wall.displays': { allow: [...WALL_CONTROLLERS, 'administrator'] },
  'briefing.session': { allow: WALL_VIEWERS },
  'briefing.decks': { allow: BRIEFERS },
  'map.basemapChanged': { allow: MAP_VIEWERS },
  'identity.disclosureChanged': { allow: DISCLOSURE_REQUESTERS },
} as const satisfies Record<EventName, AccessRule>;

export type Grant = 'allowed' | 'allowed-scoped' | 'denied';

/** What a set of roles gets under a rule: scoped when every role that opens it is a scoped one. */
export function evaluateRule(rule: AccessRule, roles: readonly Role[] | null): Grant {
  if (rule.allow === 'public') return 'allowed';
  if (roles === null || roles.length === 0) return 'denied';
  const opening = rule.allow === 'session' ? roles : roles.filter((r) => (rule.allow as readonly Role[]).includes(r));
  if (opening.length === 0) return 'denied';
  const scopedRoles = rule.scope === 'agency' ? AGENCY_SCOPED_ROLES : rule.scope === 'unit' ? UNIT_SCOPED_ROLES : [];
  return opening.every((r) => scopedRoles.includes(r)) && scopedRoles.length > 0 ? 'allowed-scoped' : 'allowed';
}

export function ruleFor(method: MethodName): AccessRule {
  return (ACCESS_MATRIX as Record<MethodName, AccessRule>)[method];
}

/** The methods a session with these roles may call (the UI's "can I?"). */
export function permittedMethods(roles: readonly Role[] | null): MethodName[] {
  return (Object.keys(ACCESS_MATRIX) as MethodName[]).filter((m) => evaluateRule(ruleFor(m), roles) !== 'denied');
}

export { ALL as ALL_ROLES };
