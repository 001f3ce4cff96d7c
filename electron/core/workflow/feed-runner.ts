// Runs the provincial field-report pull on the sync interval, once the geography is cached (it is needed to
// tell a commune outside the province), seeds the directory from the communes, and climbs the escalation
// ladder after every pull and every minute.
import type { WorkflowNotice } from '../../../shared/contract/areas/field-reports.js';
import { readGeoDocument } from '../store/sync-state.js';
import { PROVINCIAL_SOURCE } from '../sync/sources.js';
import { UpstreamClient } from '../sync/upstream-client.js';
import { seedDirectory } from './directory/directory-store.js';
import { runEscalation } from './escalation/escalation-runner.js';
import { pullProvincialFieldReports } from './ingest/provincial-feed-pull.js';
import type { WorkflowContext } from './workflow-context.js';

const GEO_WAIT_MS = 2000;
const ESCALATION_MS = 60_000;

export class FeedRunner {
  private timer: NodeJS.Timeout | undefined;
  private escalationTimer: NodeJS.Timeout | undefined;
  private readonly abort = new AbortController();
  private running: Promise<void> | undefined;
  private closed = false;
  private seededCommunes = 0;
  private toldIdentity = false;

  constructor(
    private readonly w: WorkflowContext,
    private readonly client: UpstreamClient,
    private readonly onChanged: (count: number) => void,
    private readonly onNotice: (notice: WorkflowNotice) => void,
  ) {}

  start() {
    this.schedule(0);
    this.escalationTimer = setInterval(() => void this.escalate(), ESCALATION_MS);
  }

  async close() {
    this.closed = true;
    clearTimeout(this.timer);
    clearInterval(this.escalationTimer);
    this.abort.abort();
    await this.running?.catch(() => undefined);
  }

  private schedule(ms: number) {
    if (this.closed) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => (this.running = undefined));
    }, ms);
  }

  private async tick() {
    const e = this.w.engine;
    const communes = await readGeoDocument(e.db, 'communes');
    if (!communes) return this.schedule(GEO_WAIT_MS);
    await this.seed(communes.body);
    try {
      const stats = await pullProvincialFieldReports(e.db, this.client, PROVINCIAL_SOURCE.id, this.w.sink, e.now, this.abort.signal);
      this.w.lastPullSuccess = this.w.nowIso();
      if (stats.changed) this.onChanged(stats.changed);
      const sink = this.w.sink;
      // Told once per run: a keychain that is missing stays missing, and a warning a minute is noise.
      if (sink.identitiesNotStored && !this.toldIdentity) {
        e.notices.post('warning', 'reporter-identity-not-stored', `${sink.identitiesNotStored} reporter identities were not stored because the OS keychain is unavailable (${sink.lastSealError}); the reports are kept and the identities remain with the upstream.`, {
          count: sink.identitiesNotStored,
          detail: sink.lastSealError ?? '',
        });
        this.toldIdentity = true;
      }
      if (sink.identitiesNotStored) e.log(`field reports: ${sink.identitiesNotStored} reporter identities not stored (keychain unavailable)`);
      sink.identitiesNotStored = 0;
      e.log(`field reports: received ${stats.received}, new or changed ${stats.changed}, quarantined ${stats.quarantined}`);
    } catch (error) {
      if (!this.closed) e.log(`field reports: pull failed: ${(error as Error).message}`);
    }
    await this.escalate();
    // Keeps the planner's statistics current as the reports grow (SQLite's advice for long-lived connections).
    await e.db.exec('PRAGMA optimize').catch(() => undefined);
    this.schedule(e.options.syncIntervalMs ?? 60_000);
  }

  private async seed(body: string) {
    const items = (JSON.parse(body) as { items?: { code: string; fullName: string }[] }).items ?? [];
    if (items.length === this.seededCommunes) return;
    await seedDirectory(this.w.db, this.w.engine.catalog, this.w.categories.categories, items, this.w.nowIso());
    this.seededCommunes = items.length;
  }

  async escalate(): Promise<void> {
    if (this.closed) return;
    try {
      const created = await runEscalation(this.w.db, this.w.calendar(), this.w.policy, this.w.engine.now());
      for (const notice of created) this.onNotice(notice);
    } catch (error) {
      this.w.engine.log(`field reports: escalation failed: ${(error as Error).message}`);
    }
  }
}
