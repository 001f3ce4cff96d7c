// The handling workflow as an explicit state machine (Art. 4.5, 6.7): which action moves a report from which
// state to which, and who may take it. Pure: the engine asks it before every change and records the answer.
import type { ActorRole, ReportAction, ReportState, TriageVerdict } from '../../../shared/model/field-report-workflow.js';

export interface Actor {
  id: string;
  name: string;
  role: ActorRole;
  /** The agency an agency officer or leader belongs to; null for IOC staff. */
  agencyKey: string | null;
}

/** What the machine needs to know about the report. */
export interface ReportFacts {
  state: ReportState;
  agencyKey: string | null;
  rated: boolean;
}

type Side = 'ioc' | 'agency' | 'supervisor';

interface Rule {
  from: readonly ReportState[];
  /** The next state; a function when it depends on the action's parameters. */
  to: ReportState | ((p: { verdict?: TriageVerdict }) => ReportState) | 'same';
  side: Side;
}

export const RULES: Record<ReportAction, Rule> = {
  triage: { from: ['received'], to: (p) => (p.verdict === 'valid' ? 'triaged' : 'rejected'), side: 'ioc' },
  'mark-duplicate': { from: ['received', 'triaged'], to: 'duplicate', side: 'ioc' },
  forward: { from: ['triaged', 'returned'], to: 'forwarded', side: 'ioc' },
  acknowledge: { from: ['forwarded'], to: 'acknowledged', side: 'agency' },
  start: { from: ['acknowledged'], to: 'in-progress', side: 'agency' },
  return: { from: ['forwarded', 'acknowledged', 'in-progress'], to: 'returned', side: 'agency' },
  resolve: { from: ['acknowledged', 'in-progress'], to: 'resolved', side: 'agency' },
  'request-rework': { from: ['resolved'], to: 'in-progress', side: 'ioc' },
  publish: { from: ['resolved'], to: 'published', side: 'ioc' },
  close: { from: ['published'], to: 'closed', side: 'ioc' },
  reopen: { from: ['rejected', 'duplicate'], to: 'received', side: 'supervisor' },
  rate: { from: ['published', 'closed'], to: 'same', side: 'ioc' },
};

export type Refusal = 'illegal-transition' | 'not-permitted' | 'not-assigned' | 'already-rated';

export type Decision = { ok: true; to: ReportState } | { ok: false; refusal: Refusal; reason: string };

const IOC_ROLES: readonly ActorRole[] = ['ioc-operator', 'ioc-supervisor', 'demo'];
const AGENCY_ROLES: readonly ActorRole[] = ['agency-officer', 'agency-leader'];

function permitted(side: Side, actor: Actor): boolean {
  if (actor.role === 'demo') return true;
  if (side === 'supervisor') return actor.role === 'ioc-supervisor';
  if (side === 'ioc') return IOC_ROLES.includes(actor.role);
  return AGENCY_ROLES.includes(actor.role);
}

/** Whether `actor` may take `action` on a report in this state, and where it leads. */
export function decide(report: ReportFacts, action: ReportAction, actor: Actor, params: { verdict?: TriageVerdict } = {}): Decision {
  const rule = RULES[action];
  if (!rule.from.includes(report.state)) {
    return { ok: false, refusal: 'illegal-transition', reason: `"${action}" is not possible on a report that is ${report.state}; it is possible from: ${rule.from.join(', ')}` };
  }
  if (!permitted(rule.side, actor)) {
    const who = rule.side === 'agency' ? 'the processing agency' : rule.side === 'supervisor' ? 'an IOC supervisor' : 'the IOC';
    return { ok: false, refusal: 'not-permitted', reason: `"${action}" is taken by ${who}, not by a ${actor.role}` };
  }
  if (rule.side === 'agency' && actor.role !== 'demo' && actor.agencyKey !== report.agencyKey) {
    return { ok: false, refusal: 'not-assigned', reason: `the report is assigned to ${report.agencyKey ?? 'no agency'}, not to ${actor.agencyKey ?? 'the actor'}` };
  }
  if (action === 'rate' && report.rated) return { ok: false, refusal: 'already-rated', reason: 'the reporter has already rated this report' };
  const to = rule.to === 'same' ? report.state : typeof rule.to === 'function' ? rule.to(params) : rule.to;
  return { ok: true, to };
}

/** The actions `actor` could take now: what the UI offers as buttons. */
export function allowedActions(report: ReportFacts, actor: Actor): ReportAction[] {
  return (Object.keys(RULES) as ReportAction[]).filter((a) => decide(report, a, actor, { verdict: 'valid' }).ok);
}
