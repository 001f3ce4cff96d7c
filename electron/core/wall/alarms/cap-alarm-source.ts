// CAP 1.2 warnings as an alarm source ("cap"): every alert the sync area has stored that is in force now
// (actual, not expired, cancelled or superseded) with severity Extreme or Severe. It looks again when the
// CAP connector says alerts changed, and on a timer, since an alert also ends by expiring with nobody saying so.
// Quiet hours and acknowledgement are the alarm service's, as for the KPI sources.
import type { Alert } from '../../../../shared/contract/areas/alerts.js';
import type { AlarmSettings } from '../../../../shared/wall/schema.js';
import type { EventHub } from '../../event-hub.js';
import type { Database } from '../../store/database.js';
import { listAlerts } from '../../sync/cap/cap-store.js';
import type { AlarmCandidate } from './alarm-store.js';
import type { AlarmSource } from './alarm-service.js';
import { watchHub } from './watch-hub.js';

export interface CapAlarmDeps {
  db: Database;
  hub: EventHub;
  now: () => Date;
  settings: () => AlarmSettings;
  intervalMs?: number;
}

const SEVERITY = { Extreme: 'critical', Severe: 'warning' } as const;

/** The alert's text in a language, else in the other one, else its event's name. */
function textOf(alert: Alert, key: 'headline' | 'event'): { vi: string; en: string } {
  const t = alert[key];
  const vi = t.vi ?? t.en ?? alert.event.vi ?? alert.event.en ?? alert.id;
  return { vi, en: t.en ?? vi };
}

export function capAlarmCandidate(alert: Alert): AlarmCandidate | null {
  if (alert.state !== 'active' || alert.status !== 'Actual') return null;
  if (alert.severity !== 'Extreme' && alert.severity !== 'Severe') return null;
  const areas = alert.areas.map((a) => a.description).filter((d) => d.length > 0).join('; ');
  const sender = { vi: alert.senderName.vi ?? alert.senderName.en ?? alert.sender, en: alert.senderName.en ?? alert.senderName.vi ?? alert.sender };
  return {
    source: 'cap',
    key: `cap:${alert.sender}|${alert.id}`,
    severity: SEVERITY[alert.severity],
    title: textOf(alert, 'headline'),
    detail: { vi: [sender.vi, areas].filter(Boolean).join(' · '), en: [sender.en, areas].filter(Boolean).join(' · ') },
    kpiId: null,
    value: null,
  };
}

export function capAlarmSource(deps: CapAlarmDeps): AlarmSource {
  return {
    id: 'cap',
    async current(): Promise<AlarmCandidate[]> {
      if (!deps.settings().cap) return [];
      const alerts = await listAlerts(deps.db, deps.now(), { includeInactive: false, limit: 500 });
      return alerts.flatMap((a) => capAlarmCandidate(a) ?? []);
    },
    watch: (changed) => watchHub(deps.hub, 'alerts.changed', changed, deps.intervalMs),
  };
}
