// Bench section of `npm run bench`: the field-report workflow with 200,000 reports in the cache — p95 of the
// queue's filtered query and the time to build every agency's scorecard for a year; also a year's period
// report. Figures, not pass/fail. The rows are generated in SQL (two years of reports, a realistic mix of
// states, deadlines, ratings and flags) so that seeding takes seconds.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FIELD_REPORT_CATEGORIES } from '../../shared/catalog/field-report-categories.js';
import { defaultCatalog } from '../../shared/catalog/index.js';
import { reportListParamsSchema } from '../../shared/contract/areas/field-reports.js';
import { formatLocal } from '../../shared/model/period-math.js';
import { gatherReportData } from '../../electron/core/reports/report-data.js';
import { periodBounds } from '../../electron/core/reports/report-period.js';
import { buildPdf } from '../../electron/core/reports/pdf-report.js';
import { buildXlsx } from '../../electron/core/reports/xlsx-report.js';
import { openCache } from '../../electron/core/store/open-cache.js';
import { WorkingCalendar } from '../../electron/core/workflow/calendar/working-calendar.js';
import { DEFAULT_ADJUSTMENTS } from '../../electron/core/workflow/calendar/calendar-adjustments.js';
import { seedDirectory } from '../../electron/core/workflow/directory/directory-store.js';
import { listReports } from '../../electron/core/workflow/report-queries.js';
import { scorecards, scorePeriod } from '../../electron/core/workflow/scorecards/scorecards.js';

const REPORTS = 200_000;
const geoDir = process.env.IOC_GEO_DIR ?? resolve(import.meta.dirname, '../../../../shared/data/geo');

function communes(): { code: string; fullName: string }[] {
  const file = join(geoDir, 'dak-lak-communes.json');
  if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { units: { code: string; fullName: string }[] }).units;
  return Array.from({ length: 102 }, (_, i) => ({ code: String(24000 + i), fullName: `Xã ${i + 1}` }));
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

export async function benchFieldReports(): Promise<void> {
  const { db } = await openCache(await mkdtemp(join(tmpdir(), 'ioc-bench-fr-')));
  const now = new Date();
  const nowIso = formatLocal(now.getTime());
  const units = communes();
  await seedDirectory(db, defaultCatalog, FIELD_REPORT_CATEGORIES, units, nowIso);
  const started = performance.now();
  const cats = JSON.stringify(FIELD_REPORT_CATEGORIES.map((c) => c.key));
  const handlers = JSON.stringify(FIELD_REPORT_CATEGORIES.map((c) => (c.defaultHandler === 'commune' || c.defaultHandler === null ? '' : c.defaultHandler)));
  const days = JSON.stringify(FIELD_REPORT_CATEGORIES.map((c) => c.handlingDays));
  const codes = JSON.stringify(units.map((u) => u.code));
  const nowSec = Math.floor(now.getTime() / 1000);
  // Two years of reports, one every ~5 minutes; h is a per-row hash that picks state, speed and rating.
  await db.exec(`
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${REPORTS}),
    r AS (SELECT i, (i * 2654435761) % 1000 AS h, ${nowSec} - i * 315 AS t, (i * 7) % ${FIELD_REPORT_CATEGORIES.length} AS c, (i * 31) % ${units.length} AS m FROM n),
    s AS (SELECT *, json_extract('${cats}', '$[' || c || ']') AS category, json_extract('${codes}', '$[' || m || ']') AS commune,
            json_extract('${handlers}', '$[' || c || ']') AS handler, json_extract('${days}', '$[' || c || ']') AS hdays,
            CASE WHEN i < 3000 THEN (CASE WHEN h < 150 THEN 'received' WHEN h < 250 THEN 'triaged' WHEN h < 450 THEN 'forwarded' WHEN h < 600 THEN 'acknowledged' WHEN h < 850 THEN 'in-progress' ELSE 'resolved' END)
                 ELSE (CASE WHEN h < 20 THEN 'in-progress' WHEN h < 50 THEN 'rejected' WHEN h < 70 THEN 'duplicate' WHEN h < 150 THEN 'published' ELSE 'closed' END) END AS state
          FROM r)
    INSERT INTO fr_reports (source_id, external_id, ingest_key, category, upstream_category, description, lat, lon, commune_code, channel, reported_at,
      upstream_updated_at, upstream_status, flags, state, agency_key, forwarded_at, due_at, resolved_at, handling_minutes, satisfaction, rated_at, received_at, updated_at)
    SELECT 'bench', 'PA-' || i, 'bench|PA-' || i, category, category,
      'Phản ánh số ' || i || ': ' || CASE c WHEN 0 THEN 'lấn chiếm vỉa hè' WHEN 4 THEN 'rác thải tồn đọng' WHEN 5 THEN 'ổ gà trên đường' ELSE 'cần kiểm tra' END,
      12.5 + (h % 100) / 100.0, 108.0 + (i % 100) / 100.0, commune, CASE h % 4 WHEN 0 THEN 'app' WHEN 1 THEN 'web-portal' WHEN 2 THEN 'hotline-1022' ELSE 'social-media' END,
      strftime('%Y-%m-%dT%H:%M:%S+07:00', t + 25200, 'unixepoch'), strftime('%Y-%m-%dT%H:%M:%S+07:00', t + 25200, 'unixepoch'), 'open',
      CASE WHEN h % 33 = 0 THEN '[{"flag":"no-location","detail":"bench"}]' ELSE '[]' END, state,
      CASE WHEN state IN ('received', 'triaged', 'rejected', 'duplicate') THEN NULL WHEN handler = '' THEN 'ubnd-' || commune ELSE handler END,
      CASE WHEN state IN ('received', 'triaged', 'rejected', 'duplicate') THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%S+07:00', t + 25200 + 7200, 'unixepoch') END,
      CASE WHEN state IN ('received', 'triaged', 'rejected', 'duplicate') THEN NULL ELSE strftime('%Y-%m-%dT23:59:59+07:00', t + 25200 + 7200 + hdays * 120960, 'unixepoch') END,
      CASE WHEN state IN ('resolved', 'published', 'closed') THEN strftime('%Y-%m-%dT%H:%M:%S+07:00', t + 25200 + 7200 + (h % 100) * hdays * 1500, 'unixepoch') END,
      CASE WHEN state IN ('resolved', 'published', 'closed') THEN (h % 100) * hdays * 25 END,
      CASE WHEN state IN ('published', 'closed') AND h % 5 < 2 THEN CASE WHEN h % 10 < 6 THEN 'hai-long' WHEN h % 10 < 9 THEN 'rat-hai-long' ELSE 'khong-hai-long' END END,
      CASE WHEN state IN ('published', 'closed') AND h % 5 < 2 THEN strftime('%Y-%m-%dT%H:%M:%S+07:00', t + 25200 + 7200 + (h % 100) * hdays * 1500 + 86400, 'unixepoch') END,
      strftime('%Y-%m-%dT%H:%M:%S+07:00', t + 25200, 'unixepoch'), strftime('%Y-%m-%dT%H:%M:%S+07:00', t + 25200, 'unixepoch')
    FROM s;
    ANALYZE;`);
  const seeded = await db.get<{ n: number }>('SELECT count(*) AS n FROM fr_reports');
  console.log(`field reports: ${seeded!.n} reports seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const agencies = (await db.all<{ key: string }>('SELECT key FROM fr_agencies')).map((a) => a.key);
  const open = ['forwarded', 'acknowledged', 'in-progress'] as const;
  const filters = [
    () => ({ states: ['received', 'triaged', 'forwarded', 'acknowledged', 'in-progress', 'returned', 'resolved'] as const }),
    (i: number) => ({ agencyKey: agencies[i % agencies.length], states: open }),
    (i: number) => ({ category: FIELD_REPORT_CATEGORIES[i % 9]!.key, communeCode: units[i % units.length]!.code }),
    () => ({ overdue: true, sort: 'due-asc' as const }),
    () => ({ flagged: true, states: ['received'] as const }),
    (i: number) => ({ search: i % 2 ? 'ổ gà' : `#${1 + i * 97}` }),
    (i: number) => ({ offset: (i % 40) * 50 }),
  ];
  const times: number[] = [];
  for (let i = 0; i < 280; i++) {
    const params = reportListParamsSchema.parse({ limit: 50, ...filters[i % filters.length]!(i) });
    const t = performance.now();
    await listReports(db, params, nowIso);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`field reports: queue filtered query (page of 50 + total), p50 ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))}, max ${ms(times.at(-1)!)}`);

  const year = now.getFullYear() - 1;
  const period = scorePeriod(`${year}-01-01T00:00:00+07:00`, `${year + 1}-01-01T00:00:00+07:00`, now);
  const cardTimes: number[] = [];
  let rows = 0;
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    rows = (await scorecards(db, 'agency', period)).length;
    cardTimes.push(performance.now() - t);
  }
  cardTimes.sort((a, b) => a - b);
  console.log(`field reports: scorecards of all ${rows} agencies for ${year}, median ${ms(pct(cardTimes, 50))}, max ${ms(cardTimes.at(-1)!)}`);

  const names = new Map(FIELD_REPORT_CATEGORIES.map((c) => [c.key, c.name.vi]));
  const sources = { db, now, calendar: new WorkingCalendar(DEFAULT_ADJUSTMENTS), categoryName: (k: string) => names.get(k) ?? k };
  let t = performance.now();
  const data = await gatherReportData(sources, periodBounds({ kind: 'year', year }), null, () => undefined);
  const gathered = performance.now() - t;
  t = performance.now();
  const xlsx = await buildXlsx(data, () => undefined);
  const xlsxMs = performance.now() - t;
  t = performance.now();
  const pdf = await buildPdf(data, () => undefined);
  console.log(
    `field reports: period report for ${year} (${data.agencies.length} agencies, ${data.overdue.length} overdue listed): data ${ms(gathered)}, XLSX ${ms(xlsxMs)} (${Math.round(xlsx.length / 1024)} KiB), PDF ${ms(performance.now() - t)} (${Math.round(pdf.length / 1024)} KiB)`,
  );
  await db.close();
}
