// A scenario control for tests and demos: "push a breach" republishes a KPI's latest completed period as a
// new version whose province value crosses one of its thresholds, published now, so the next incremental
// sync brings it in like any revision; "resolve" publishes the correction. Breakdowns follow the province
// value (sums are apportioned, maxima and means shift with it).
import { z } from 'zod';
import type { Severity, Threshold } from '../../shared/catalog/schema.js';
import { evaluateThresholds, SEVERITY_RANK } from '../../shared/catalog/thresholds.js';
import { addPeriods, floorPeriod, formatLocal } from '../../shared/model/period-math.js';
import type { KpiModel } from './kpi-model.js';

export const breachPushSchema = z
  .object({
    kpiId: z.string().min(1).max(100),
    severity: z.enum(['warning', 'critical']).optional(),
  })
  .strict();

export type BreachPush = z.infer<typeof breachPushSchema>;

/** A period republished by the scenario: a pushed breach, or the correction that ends it. */
export interface PushedBreach {
  kpiId: string;
  /** Epoch ms of the period start. */
  start: number;
  /** Province value in units of 1/scale; null for a correction back to the natural value. */
  units: number | null;
  version: number;
  /** Epoch ms of the publication of this version. */
  updatedAt: number;
  breach: { severity: Severity; threshold: Threshold } | null;
}

/** Versions of pushed breaches start here, far above any natural revision. */
const PUSHED_VERSION_BASE = 1000;

export class BreachPushError extends Error {}

const isUpper = (op: Threshold['op']) => op === '>' || op === '>=';

/** A value (in units) that crosses `t` with a margin and stays within the KPI's bounds, or null. */
function crossing(m: KpiModel, t: Threshold): number | null {
  const [lo, hi] = m.boundUnits;
  const margin = Math.max(1, Math.round((hi - lo) * 0.03));
  const edge = t.value * m.scale;
  const units = isUpper(t.op) ? Math.min(hi, Math.floor(edge) + margin) : Math.max(lo, Math.ceil(edge) - margin);
  const state = evaluateThresholds(m.kpi.thresholds, units / m.scale);
  return state.severity === t.severity ? units : null;
}

export class PushedBreaches {
  private readonly byKpi = new Map<string, Map<number, PushedBreach>>();
  private pushes = 0;

  /** Pushes a breach of the wanted severity (the most severe reachable one by default) for the latest completed period. */
  push(m: KpiModel, nowMs: number, severity?: 'warning' | 'critical'): PushedBreach {
    const candidates = m.kpi.thresholds
      .filter((t) => SEVERITY_RANK[t.severity] >= SEVERITY_RANK.warning && (!severity || t.severity === severity))
      .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
    let chosen: { t: Threshold; units: number } | undefined;
    for (const t of candidates) {
      const units = crossing(m, t);
      if (units !== null) {
        chosen = { t, units };
        break;
      }
    }
    if (!chosen) {
      throw new BreachPushError(
        m.kpi.thresholds.length === 0
          ? `${m.kpi.id} has no thresholds to breach`
          : `${m.kpi.id} has no ${severity ?? 'warning or critical'} threshold that a value within its range can cross`,
      );
    }
    const start = addPeriods(m.kpi.period, floorPeriod(m.kpi.period, nowMs), -1);
    const pushed: PushedBreach = {
      kpiId: m.kpi.id,
      start,
      units: chosen.units,
      version: PUSHED_VERSION_BASE + ++this.pushes,
      updatedAt: Math.floor(nowMs / 1000) * 1000,
      breach: { severity: chosen.t.severity, threshold: chosen.t },
    };
    let periods = this.byKpi.get(m.kpi.id);
    if (!periods) this.byKpi.set(m.kpi.id, (periods = new Map()));
    periods.set(start, pushed);
    return pushed;
  }

  /** The pushed breach of a period, once it is published at `nowMs`. */
  at(kpiId: string, start: number, nowMs: number): PushedBreach | undefined {
    const pushed = this.byKpi.get(kpiId)?.get(start);
    return pushed && pushed.updatedAt <= nowMs ? pushed : undefined;
  }

  /**
   * Ends the pushed breaches (of one KPI, or all) the way an agency would: by publishing a correction, a
   * newer version with the natural value, so a console that synced the breach sees it end.
   */
  resolve(nowMs: number, kpiId?: string): number {
    let resolved = 0;
    for (const [id, periods] of this.byKpi) {
      if (kpiId && id !== kpiId) continue;
      for (const [start, pushed] of periods) {
        if (!pushed.breach) continue;
        periods.set(start, { ...pushed, units: null, breach: null, version: PUSHED_VERSION_BASE + ++this.pushes, updatedAt: Math.floor(nowMs / 1000) * 1000 });
        resolved++;
      }
    }
    return resolved;
  }

  list() {
    return [...this.byKpi.values()].flatMap((periods) =>
      [...periods.values()].map((b) => ({
        kpiId: b.kpiId,
        periodStart: formatLocal(b.start),
        version: b.version,
        updatedAt: formatLocal(b.updatedAt),
        breach: b.breach ? { severity: b.breach.severity, op: b.breach.threshold.op, value: b.breach.threshold.value } : null,
      })),
    );
  }
}
