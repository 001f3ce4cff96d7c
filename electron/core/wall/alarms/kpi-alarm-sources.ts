// Two alarm sources over the KPIs: the catalog's critical thresholds ("kpi", the KPI area's breaches as
// kpi.breaches finds them) and the room's own rules from the wall configuration ("rule", over the latest values).
// Both look again whenever new observations land.
import type { Catalog } from '../../../../shared/catalog/schema.js';
import { matches } from '../../../../shared/catalog/thresholds.js';
import type { Breach } from '../../../../shared/contract/areas/kpi.js';
import type { LatestValue } from '../../../../shared/contract/model.js';
import type { AlarmSettings } from '../../../../shared/wall/schema.js';
import type { EventHub } from '../../event-hub.js';
import type { AlarmCandidate } from './alarm-store.js';
import type { AlarmSource } from './alarm-service.js';
import { watchHub } from './watch-hub.js';

export interface KpiAlarmDeps {
  catalog: Catalog;
  hub: EventHub;
  settings: () => AlarmSettings;
  /** Latest values of these KPIs (the KPI queries). */
  latest: (kpiIds: string[]) => Promise<LatestValue[]>;
  /** The KPIs in breach of a catalog threshold (the KPI area's breaches, as kpi.breaches answers). */
  breaches: () => Promise<Breach[]>;
  /** Also look again this often, whatever happens (default 60 s). */
  intervalMs?: number;
}

function kpiOf(catalog: Catalog, kpiId: string) {
  return catalog.domains.flatMap((d) => d.kpis).find((k) => k.id === kpiId);
}

export function kpiThresholdSource(deps: KpiAlarmDeps): AlarmSource {
  return {
    id: 'kpi',
    async current(): Promise<AlarmCandidate[]> {
      if (!deps.settings().kpiCritical) return [];
      const breaches = (await deps.breaches()).filter((b) => b.severity === 'critical');
      return breaches.map((b) => {
        const kpi = kpiOf(deps.catalog, b.kpiId)!;
        return {
          source: 'kpi',
          key: `kpi:${b.kpiId}`,
          severity: 'critical',
          title: { vi: `${kpi.name.vi}: ${b.threshold.label.vi}`, en: `${kpi.name.en}: ${b.threshold.label.en}` },
          detail: null,
          kpiId: b.kpiId,
          value: b.value,
        };
      });
    },
    watch: (changed) => watchHub(deps.hub, 'data.changed', changed, deps.intervalMs),
  };
}

export function alarmRuleSource(deps: KpiAlarmDeps): AlarmSource {
  return {
    id: 'rule',
    async current(): Promise<AlarmCandidate[]> {
      const rules = deps.settings().rules;
      if (!rules.length) return [];
      const latest = new Map((await deps.latest([...new Set(rules.map((r) => r.kpiId))])).map((v) => [v.kpiId, v]));
      const out: AlarmCandidate[] = [];
      for (const rule of rules) {
        const value = latest.get(rule.kpiId)?.value ?? null;
        const kpi = kpiOf(deps.catalog, rule.kpiId);
        if (value === null || !kpi || !matches({ ...rule, severity: 'critical' }, value)) continue;
        out.push({
          source: 'rule',
          key: `rule:${rule.id}`,
          severity: 'critical',
          title: { vi: `${kpi.name.vi}: ${rule.label.vi}`, en: `${kpi.name.en}: ${rule.label.en}` },
          detail: null,
          kpiId: rule.kpiId,
          value,
        });
      }
      return out;
    },
    watch: (changed) => watchHub(deps.hub, 'data.changed', changed, deps.intervalMs),
  };
}
