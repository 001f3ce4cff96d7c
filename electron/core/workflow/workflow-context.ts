// What the workflow's handlers share: the categories, the working calendar (rebuilt when its table changes),
// the commune geography, the sink every connector delivers to, and the provenance of the workflow's figures.
import { DEFAULT_ESCALATION_POLICY, FIELD_REPORT_CATEGORIES } from '../../../shared/catalog/field-report-categories.js';
import type { Provenance } from '../../../shared/contract/model.js';
import { formatLocal } from '../../../shared/model/period-math.js';
import type { EngineContext } from '../engine-module.js';
import { loadAdjustments } from './calendar/calendar-store.js';
import { WorkingCalendar } from './calendar/working-calendar.js';
import type { IdentitySealer } from './identity/identity-sealer.js';
import { CategoryMap } from './ingest/category-map.js';
import { CommuneGeographyCache } from './ingest/commune-geography.js';
import { WorkflowFieldReportSink } from './ingest/field-report-sink.js';

export class WorkflowContext {
  readonly categories = new CategoryMap(FIELD_REPORT_CATEGORIES);
  readonly policy = DEFAULT_ESCALATION_POLICY;
  readonly geography = new CommuneGeographyCache();
  readonly sink: WorkflowFieldReportSink;
  private calendarValue = new WorkingCalendar([]);
  /** When the last pull of a field-report feed succeeded. */
  lastPullSuccess: string | null = null;

  constructor(
    readonly engine: EngineContext,
    sealer: IdentitySealer,
  ) {
    this.sink = new WorkflowFieldReportSink({ categories: this.categories, geography: this.geography, sealer });
  }

  get db() {
    return this.engine.db;
  }

  nowIso(): string {
    return formatLocal(this.engine.now().getTime());
  }

  calendar(): WorkingCalendar {
    return this.calendarValue;
  }

  async reloadCalendar(): Promise<void> {
    this.calendarValue = new WorkingCalendar(await loadAdjustments(this.db, this.engine.now()));
  }

  handlingDays = (category: string): number | undefined => this.categories.get(category)?.handlingDays;

  async communeCodes(): Promise<Set<string> | null> {
    const geo = await this.geography.load(this.db);
    return geo.known ? new Set(geo.names.keys()) : null;
  }

  /** The workflow's figures come from the IOC's own system, current to the last ingest. */
  async provenance(): Promise<Provenance> {
    const row = await this.db.get<{ as_of: string | null; synced: string | null }>('SELECT max(upstream_updated_at) AS as_of, max(received_at) AS synced FROM fr_reports');
    const interval = this.engine.options.syncIntervalMs ?? 60_000;
    const fresh = this.lastPullSuccess !== null && this.engine.now().getTime() - new Date(this.lastPullSuccess).getTime() <= Math.max(3 * interval, 10 * 60_000);
    return {
      agency: 'trung-tam-ioc',
      source: 'Hệ thống tiếp nhận phản ánh hiện trường',
      asOf: row?.as_of ?? null,
      syncedAt: row?.synced ?? null,
      freshness: row?.as_of ? (fresh ? 'fresh' : 'stale') : 'missing',
    };
  }
}
