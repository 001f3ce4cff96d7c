// The vocabulary of the field-report workflow, shared by the engine (which enforces it) and the contract.
export const REPORT_STATES = [
  'received',
  'triaged',
  'rejected',
  'duplicate',
  'forwarded',
  'acknowledged',
  'in-progress',
  'returned',
  'resolved',
  'published',
  'closed',
] as const;

export type ReportState = (typeof REPORT_STATES)[number];

export const REPORT_ACTIONS = [
  'triage',
  'mark-duplicate',
  'forward',
  'acknowledge',
  'start',
  'return',
  'resolve',
  'request-rework',
  'publish',
  'close',
  'reopen',
  'rate',
] as const;

export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** States in which the item is with a processing agency and its deadline runs. */
export const AGENCY_OPEN_STATES: readonly ReportState[] = ['forwarded', 'acknowledged', 'in-progress'];

export const TRIAGE_VERDICTS = ['valid', 'invalid', 'abusive'] as const;
export type TriageVerdict = (typeof TRIAGE_VERDICTS)[number];

/** Reporter satisfaction on the four-level scale of the province's surveys. */
export const SATISFACTION_LEVELS = ['rat-hai-long', 'hai-long', 'chap-nhan', 'khong-hai-long'] as const;
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];
/** Levels that count as satisfied in the satisfaction rate. */
export const SATISFIED_LEVELS: readonly SatisfactionLevel[] = ['rat-hai-long', 'hai-long'];

/** Why a report needs a human look at triage. */
export const TRIAGE_FLAGS = ['unknown-category', 'no-location', 'outside-province', 'duplicate-id', 'possible-duplicate', 'bad-time'] as const;
export type TriageFlag = (typeof TRIAGE_FLAGS)[number];

// `observer`: roles that read the workflow (provincial leadership, administrators) and take no action in it.
export const ACTOR_ROLES = ['ioc-operator', 'ioc-supervisor', 'agency-officer', 'agency-leader', 'observer', 'demo'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];
