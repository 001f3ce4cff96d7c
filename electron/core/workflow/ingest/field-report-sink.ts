// The workflow's side of every connector: a page of normalised reports lands here inside the connector's
// transaction. New reports start as "received"; anything doubtful is kept and flagged for triage with the
// reason, never dropped. Re-delivery is idempotent and an older version never overwrites a newer one.
import type { FieldReportSink, InboundFieldReport } from '../../../../shared/model/field-report-inbound.js';
import { formatLocal, parseInstant } from '../../../../shared/model/period-math.js';
import type { Database } from '../../store/database.js';
import type { IdentitySealer } from '../identity/identity-sealer.js';
import type { FlagEntry, ReportRow } from '../report-row.js';
import type { CategoryMap } from './category-map.js';
import type { CommuneGeography, CommuneGeographyCache } from './commune-geography.js';

/** Reports of one category this close in space and time to an earlier one are flagged as possible duplicates. */
const NEAR_DEGREES = 0.0009; // ≈ 100 m
const NEAR_MS = 72 * 3_600_000;

export interface SinkDeps {
  categories: CategoryMap;
  geography: CommuneGeographyCache;
  sealer: IdentitySealer;
}

const time = (text: string): string | null => {
  const ms = parseInstant(text);
  return ms === null ? null : formatLocal(ms);
};

function locate(r: InboundFieldReport, geo: CommuneGeography, flags: FlagEntry[]): string | null {
  const hasPoint = r.lat !== null && r.lon !== null;
  if (!hasPoint) flags.push({ flag: 'no-location', detail: r.address ? `no coordinates; address "${r.address}"` : 'no coordinates and no address' });
  if (!geo.known) return r.communeCode;
  if (r.communeCode !== null) {
    if (geo.names.has(r.communeCode)) return r.communeCode;
    flags.push({ flag: 'outside-province', detail: `commune code ${r.communeCode} is not a commune of the province` });
    return null;
  }
  if (!hasPoint) return null;
  const found = geo.locator.locate(r.lon!, r.lat!);
  if (!found) flags.push({ flag: 'outside-province', detail: `the point ${r.lat}, ${r.lon} lies outside every commune of the province` });
  return found;
}

export class WorkflowFieldReportSink implements FieldReportSink<Database> {
  /** Identities that could not be sealed since the last look (the module tells the operator). */
  identitiesNotStored = 0;
  lastSealError: string | null = null;

  constructor(private readonly deps: SinkDeps) {}

  async accept(tx: Database, sourceId: string, reports: readonly InboundFieldReport[], receivedAt: string): Promise<number> {
    const geo = await this.deps.geography.load(tx);
    let changed = 0;
    for (const report of reports) if (await this.acceptOne(tx, geo, sourceId, report, receivedAt)) changed++;
    return changed;
  }

  private async acceptOne(tx: Database, geo: CommuneGeography, sourceId: string, r: InboundFieldReport, receivedAt: string): Promise<boolean> {
    const flags: FlagEntry[] = [];
    const reportedAt = time(r.reportedAt);
    if (!reportedAt) flags.push({ flag: 'bad-time', detail: `reportedAt "${r.reportedAt}" is not a time; the arrival time is used` });
    const reported = reportedAt ?? receivedAt;
    const updatedAt = time(r.updatedAt) ?? reported;

    const primaryKey = `${sourceId}|${r.externalId}`;
    let ingestKey = primaryKey;
    let existing = await tx.get<ReportRow>('SELECT * FROM fr_reports WHERE ingest_key = ?', [primaryKey]);
    if (existing && existing.reported_at !== reported) {
      // The upstream reused an id for another report: keep both, the second flagged.
      flags.push({ flag: 'duplicate-id', detail: `id ${r.externalId} is also used by report #${existing.id}, reported ${existing.reported_at}` });
      ingestKey = `${primaryKey}|${reported}`;
      existing = await tx.get<ReportRow>('SELECT * FROM fr_reports WHERE ingest_key = ?', [ingestKey]);
    }
    if (existing) return this.update(tx, existing, r, updatedAt, receivedAt);

    const category = this.deps.categories.resolve(r.category);
    if (!category) flags.push({ flag: 'unknown-category', detail: `category code "${r.category}" is not one the console knows` });
    const communeCode = locate(r, geo, flags);
    if (category && r.lat !== null && r.lon !== null) {
      const near = await this.nearby(tx, category.key, r.lat, r.lon, reported);
      if (near) flags.push({ flag: 'possible-duplicate', detail: `#${near}` });
    }
    const { lastID: id } = await tx.run(
      `INSERT INTO fr_reports (source_id, external_id, ingest_key, category, upstream_category, description, lat, lon, address, commune_code,
         media_urls, channel, reported_at, upstream_updated_at, upstream_status, status_notes, agency_responsible_upstream, flags, state,
         received_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?)`,
      [
        sourceId, r.externalId, ingestKey, category?.key ?? null, r.category, r.description, r.lat, r.lon, r.address, communeCode,
        JSON.stringify(r.mediaUrls), r.channel, reported, updatedAt, r.upstreamStatus, r.statusNotes, r.agencyResponsible, JSON.stringify(flags),
        receivedAt, receivedAt,
      ],
    );
    await tx.run(
      `INSERT INTO fr_events (report_id, action, from_state, to_state, actor_id, actor_name, actor_role, at, note, data)
       VALUES (?, 'ingested', NULL, 'received', ?, ?, 'system', ?, NULL, ?)`,
      [id, `connector:${sourceId}`, sourceId, receivedAt, JSON.stringify({ channel: r.channel, flags: flags.map((f) => f.flag) })],
    );
    const identity = r.reporter && Object.values(r.reporter).some((v) => v) ? r.reporter : null;
    if (identity) await this.storeIdentity(tx, id, ingestKey, JSON.stringify(identity), receivedAt);
    return true;
  }

  /**
   * Seals the identity apart from the report. Without a working keychain it is not stored at all (never in
   * clear): the report is kept, the timeline says so, and the upstream still holds the identity.
   */
  private async storeIdentity(tx: Database, id: number, ingestKey: string, plaintext: string, at: string) {
    try {
      const sealed = await this.deps.sealer.seal(plaintext, `report:${ingestKey}`);
      await tx.run('INSERT INTO fr_reporter_identities (report_id, sealed, sealer, stored_at) VALUES (?, ?, ?, ?)', [id, sealed, this.deps.sealer.id, at]);
    } catch (error) {
      this.identitiesNotStored++;
      this.lastSealError = (error as Error).message;
      await tx.run(`UPDATE fr_events SET data = json_set(data, '$.identity', 'not stored: the keychain is unavailable') WHERE report_id = ? AND action = 'ingested'`, [id]);
    }
  }

  /** A newer upstream version refreshes what the upstream owns; the workflow's own fields stay. */
  private async update(tx: Database, row: ReportRow, r: InboundFieldReport, updatedAt: string, receivedAt: string): Promise<boolean> {
    if (updatedAt <= row.upstream_updated_at) return false;
    await tx.run(
      `UPDATE fr_reports SET description = ?, address = ?, media_urls = ?, upstream_updated_at = ?, upstream_status = ?, status_notes = ?,
         agency_responsible_upstream = ?, updated_at = ? WHERE id = ?`,
      [r.description, r.address, JSON.stringify(r.mediaUrls), updatedAt, r.upstreamStatus, r.statusNotes, r.agencyResponsible, receivedAt, row.id],
    );
    await tx.run(
      `INSERT INTO fr_events (report_id, action, from_state, to_state, actor_id, actor_name, actor_role, at, note, data)
       VALUES (?, 'upstream-update', ?, ?, ?, ?, 'system', ?, ?, ?)`,
      [row.id, row.state, row.state, `connector:${row.source_id}`, row.source_id, receivedAt, r.statusNotes, JSON.stringify({ upstreamStatus: r.upstreamStatus, updatedAt })],
    );
    return true;
  }

  private async nearby(tx: Database, category: string, lat: number, lon: number, reported: string): Promise<number | null> {
    const ms = parseInstant(reported)!;
    const row = await tx.get<{ id: number }>(
      `SELECT id FROM fr_reports WHERE category = ? AND reported_at BETWEEN ? AND ? AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?
         AND state NOT IN ('rejected', 'duplicate') ORDER BY reported_at LIMIT 1`,
      [category, formatLocal(ms - NEAR_MS), formatLocal(ms + NEAR_MS), lat - NEAR_DEGREES, lat + NEAR_DEGREES, lon - NEAR_DEGREES, lon + NEAR_DEGREES],
    );
    return row?.id ?? null;
  }
}
