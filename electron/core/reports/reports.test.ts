// The period report read back: the XLSX with exceljs, the PDF through pdftotext; their figures are the
// scorecards' figures.
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_REPORT_CATEGORIES } from '../../../shared/catalog/field-report-categories.js';
import { WorkingCalendar } from '../workflow/calendar/working-calendar.js';
import { scorecards, scorePeriod } from '../workflow/scorecards/scorecards.js';
import { openKit, type Kit } from '../workflow/test-kit.js';
import { gatherReportData, type ReportData } from './report-data.js';
import { periodBounds } from './report-period.js';
import { buildPdf } from './pdf-report.js';
import { buildXlsx } from './xlsx-report.js';

let kit: Kit;
let data: ReportData;
const NOW = new Date('2026-12-20T12:00:00+07:00');

async function seed() {
  // 40 reports over two agencies: on time, late, open within and past the deadline, some rated.
  for (let i = 1; i <= 40; i++) {
    const agency = i % 2 ? 'ubnd-24001' : 'so-xay-dung';
    const day = String(1 + (i % 15)).padStart(2, '0');
    const forwarded = `2026-12-${day}T09:00:00+07:00`;
    const due = `2026-12-${String(Math.min(28, 4 + (i % 15))).padStart(2, '0')}T23:59:59+07:00`;
    const resolved = i % 5 === 0 ? null : `2026-12-${String(Math.min(19, 2 + (i % 15) + (i % 4))).padStart(2, '0')}T10:00:00+07:00`;
    await kit.db.run(
      `INSERT INTO fr_reports (id, source_id, external_id, ingest_key, category, upstream_category, description, channel, reported_at, upstream_updated_at,
         upstream_status, state, agency_key, forwarded_at, due_at, resolved_at, handling_minutes, satisfaction, rated_at, received_at, updated_at, commune_code)
       VALUES (?, 's', ?, ?, ?, 'x', 'x', 'app', ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '24001')`,
      [i, `e${i}`, `s|e${i}`, i % 3 ? 'rac-thai' : 'chieu-sang', forwarded, forwarded, resolved ? 'closed' : 'in-progress', agency, forwarded, due, resolved, resolved ? (Date.parse(resolved) - Date.parse(forwarded)) / 60_000 : null,
        resolved && i % 3 === 0 ? 'hai-long' : resolved && i % 7 === 0 ? 'khong-hai-long' : null, resolved && (i % 3 === 0 || i % 7 === 0) ? resolved : null, forwarded, forwarded],
    );
  }
}

beforeAll(async () => {
  kit = await openKit();
  await seed();
  const names = new Map(FIELD_REPORT_CATEGORIES.map((c) => [c.key, c.name.vi]));
  data = await gatherReportData({ db: kit.db, now: NOW, calendar: new WorkingCalendar([]), categoryName: (k) => names.get(k) ?? k }, periodBounds({ kind: 'month', year: 2026, month: 12 }), null, () => undefined);
});
afterAll(() => kit.db.close());

describe('period report', () => {
  it('gathers the scorecards figures', async () => {
    const period = scorePeriod('2026-12-01T00:00:00+07:00', '2027-01-01T00:00:00+07:00', NOW);
    expect(data.agencies.map(({ name: _n, ...r }) => r)).toEqual(await scorecards(kit.db, 'agency', period));
    expect(data.total.received).toBe(40);
    expect(data.total.openOverdue).toBeGreaterThan(0);
    expect(data.overdue).toHaveLength(data.total.openOverdue);
    expect(data.periodLabel).toBe('Tháng 12/2026');
  });

  it('reports on one agency, also one without activity', async () => {
    const src = { db: kit.db, now: NOW, calendar: new WorkingCalendar([]), categoryName: () => 'x' };
    const one = await gatherReportData(src, periodBounds({ kind: 'quarter', year: 2026, quarter: 4 }), 'so-xay-dung', () => undefined);
    expect(one.scopeName).toBe('Sở Xây dựng');
    const quarter = scorePeriod('2026-10-01T00:00:00+07:00', '2027-01-01T00:00:00+07:00', NOW);
    expect(one.total).toEqual((await scorecards(kit.db, 'agency', quarter, 'so-xay-dung'))[0]);
    expect(one.total.received).toBeGreaterThan(0);
    expect(one.overdue.every((o) => o.agency === 'Sở Xây dựng')).toBe(true);
    const idle = await gatherReportData(src, periodBounds({ kind: 'range', from: '2026-12-01', to: '2026-12-31' }), 'cong-an-tinh', () => undefined);
    expect(idle.total).toMatchObject({ key: 'cong-an-tinh', received: 0, onTimeRate: null });
    expect(periodBounds({ kind: 'range', from: '2026-12-01', to: '2026-12-31' })).toMatchObject({ to: '2027-01-01T00:00:00+07:00', label: 'Từ 01/12/2026 đến 31/12/2026' });
  });

  it('writes an XLSX whose cells, formats and formulas carry the same figures', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await buildXlsx(data, () => undefined)) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Theo cơ quan', 'Theo lĩnh vực', 'Quá hạn', 'Hài lòng']);
    const summary = book.getWorksheet('Tổng hợp')!;
    const value = (label: string) => {
      let found: ExcelJS.CellValue = null;
      summary.eachRow((row) => {
        if (row.getCell(1).value === label) found = row.getCell(2).value;
      });
      return found as unknown;
    };
    expect(value('Phản ánh tiếp nhận')).toBe(data.total.received);
    expect(value('Quá hạn chưa xử lý (tính là trễ hạn)')).toBe(data.total.openOverdue);
    const rate = value('Tỷ lệ xử lý đúng hạn') as { formula: string; result: number };
    expect(rate.formula).toMatch(/^IF\(/);
    expect(rate.result * 100).toBeCloseTo(data.total.onTimeRate!, 1);
    const agencies = book.getWorksheet('Theo cơ quan')!;
    const first = agencies.getRow(6);
    expect(first.getCell(2).value).toBe(data.agencies[0]!.name);
    expect(first.getCell(3).value).toBe(data.agencies[0]!.received);
    expect(first.getCell(3).numFmt).toBe('#,##0');
    expect(first.getCell(9).numFmt).toBe('0.0%');
    expect((first.getCell(9).value as { result: number }).result * 100).toBeCloseTo(data.agencies[0]!.onTimeRate!, 1);
    const total = agencies.getRow(6 + data.agencies.length);
    expect(total.getCell(2).value).toBe('Tổng cộng');
    expect(total.getCell(3).value).toEqual({ formula: `SUM(C6:C${5 + data.agencies.length})`, result: data.agencies.reduce((s, a) => s + a.received, 0) });
    expect(book.getWorksheet('Quá hạn')!.rowCount).toBe(5 + data.overdue.length);
  });

  it('writes a Vietnamese PDF whose text carries the same figures', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'ioc-pdf-')), 'report.pdf');
    await writeFile(file, await buildPdf(data, () => undefined));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('BÁO CÁO KẾT QUẢ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH HIỆN TRƯỜNG');
    expect(text).toContain('Toàn tỉnh Đắk Lắk — Tháng 12/2026');
    const line = (label: string) => text.split('\n').find((l) => l.includes(label))!.replace(label, '').trim();
    expect(line('Phản ánh tiếp nhận')).toBe(String(data.total.received));
    expect(line('Tỷ lệ xử lý đúng hạn')).toBe(`${data.total.onTimeRate!.toLocaleString('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`);
    expect(line('Quá hạn chưa xử lý (tính là trễ hạn)')).toBe(String(data.total.openOverdue));
    for (const agency of data.agencies) {
      const row = text.split('\n').find((l) => l.includes(agency.name))!;
      expect(row.trim().split(/\s{2,}/).slice(2, 4)).toEqual([String(agency.received), String(agency.handled)]);
    }
    expect(text).toContain(`IV. Phản ánh quá hạn chưa xử lý (${data.overdue.length})`);
  });
});
