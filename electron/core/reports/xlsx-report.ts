// The period report as an Excel workbook (exceljs): real numbers with number formats, rates as formulas over
// the counts (with their values cached, so any reader sees them), totals as SUM formulas.
import ExcelJS from 'exceljs';
import type { ScoreRow } from '../../../shared/contract/areas/field-reports.js';
import type { NamedRow, ReportData } from './report-data.js';
import { viDate, viDateTime } from './report-columns.js';

const COUNT = '#,##0';
const PERCENT = '0.0%';
const HOURS = '#,##0.0';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };

function title(sheet: ExcelJS.Worksheet, data: ReportData, subtitle: string, width: number) {
  sheet.addRow([data.title]).font = { bold: true, size: 13 };
  sheet.addRow([`${subtitle} — ${data.scopeName} — ${data.periodLabel}`]).font = { italic: true };
  sheet.addRow([`Số liệu tính đến ${viDateTime(data.asOf)}; lập lúc ${viDateTime(data.generatedAt)}`]);
  for (const r of [1, 2, 3]) sheet.mergeCells(r, 1, r, width);
  sheet.addRow([]);
}

function header(sheet: ExcelJS.Worksheet, labels: string[]) {
  const row = sheet.addRow(labels);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  row.eachCell((c) => (c.fill = HEADER_FILL));
  return row.number;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

function sumRows(rows: readonly ScoreRow[]): ScoreRow {
  const add = (f: (r: ScoreRow) => number) => rows.reduce((s, r) => s + f(r), 0);
  return {
    key: '', received: add((r) => r.received), handled: add((r) => r.handled), onTime: add((r) => r.onTime), handledLate: add((r) => r.handledLate),
    open: add((r) => r.open), openOverdue: add((r) => r.openOverdue), late: add((r) => r.late), onTimeRate: null, avgHandlingHours: null,
    rated: add((r) => r.rated), satisfied: add((r) => r.satisfied), satisfactionRate: null, rank: null,
  };
}

/** One row of a score table; columns C.. are fixed: see the header in `scoreTable`. */
function scoreRow(sheet: ExcelJS.Worksheet, index: number | string, name: string, r: ScoreRow) {
  const row = sheet.addRow([index, name, r.received, r.handled, r.onTime, r.late, r.open, r.openOverdue, null, r.avgHandlingHours, r.rated, r.satisfied, null, r.rank]);
  const n = row.number;
  row.getCell(9).value = { formula: `IF((D${n}+H${n})>0,E${n}/(D${n}+H${n}),"")`, result: ratio(r.onTime, r.handled + r.openOverdue) ?? '' };
  row.getCell(13).value = { formula: `IF(K${n}>0,L${n}/K${n},"")`, result: ratio(r.satisfied, r.rated) ?? '' };
  return row;
}

function scoreTable(sheet: ExcelJS.Worksheet, data: ReportData, firstHeader: string, rows: NamedRow[], total: ScoreRow) {
  sheet.columns = [8, 42, 11, 11, 11, 11, 11, 13, 12, 12, 11, 11, 12, 9].map((width) => ({ width }));
  title(sheet, data, firstHeader === 'Cơ quan xử lý' ? 'Kết quả theo cơ quan xử lý' : 'Kết quả theo lĩnh vực', 14);
  const top = header(sheet, ['STT', firstHeader, 'Tiếp nhận', 'Đã xử lý', 'Đúng hạn', 'Trễ hạn', 'Đang xử lý', 'Quá hạn còn mở', 'Tỷ lệ đúng hạn', 'TG xử lý TB (giờ)', 'Lượt đánh giá', 'Hài lòng', 'Tỷ lệ hài lòng', 'Xếp hạng']);
  rows.forEach((r, i) => scoreRow(sheet, i + 1, r.name, r));
  const first = top + 1;
  const last = top + rows.length;
  // The total of a table is the sum of its rows (rates over the sums), whatever the province-wide figure is.
  const sums = rows.length ? sumRows(rows) : { ...total, rank: null };
  const sum = scoreRow(sheet, '', 'Tổng cộng', sums);
  sum.font = { bold: true };
  if (rows.length) {
    const cached: Record<string, number> = { C: sums.received, D: sums.handled, E: sums.onTime, F: sums.late, G: sums.open, H: sums.openOverdue, K: sums.rated, L: sums.satisfied };
    for (const [col, result] of Object.entries(cached)) sheet.getCell(`${col}${sum.number}`).value = { formula: `SUM(${col}${first}:${col}${last})`, result };
  }
  for (let r = first; r <= sum.number; r++) {
    for (const col of ['C', 'D', 'E', 'F', 'G', 'H', 'K', 'L', 'N']) sheet.getCell(`${col}${r}`).numFmt = COUNT;
    for (const col of ['I', 'M']) sheet.getCell(`${col}${r}`).numFmt = PERCENT;
    sheet.getCell(`J${r}`).numFmt = HOURS;
  }
  sheet.views = [{ state: 'frozen', ySplit: top, xSplit: 2 }];
  sheet.autoFilter = { from: { row: top, column: 1 }, to: { row: last, column: 14 } };
}

function summarySheet(book: ExcelJS.Workbook, data: ReportData) {
  const sheet = book.addWorksheet('Tổng hợp');
  sheet.columns = [{ width: 48 }, { width: 16 }];
  title(sheet, data, 'Tổng hợp', 2);
  const t = data.total;
  const start = header(sheet, ['Chỉ tiêu', 'Giá trị']) + 1;
  const lines: [string, number | null, string][] = [
    ['Phản ánh tiếp nhận', t.received, COUNT],
    ['Đã xử lý trong kỳ', t.handled, COUNT],
    ['Xử lý đúng hạn', t.onTime, COUNT],
    ['Xử lý trễ hạn', t.handledLate, COUNT],
    ['Đang xử lý tại thời điểm báo cáo', t.open, COUNT],
    ['Quá hạn chưa xử lý (tính là trễ hạn)', t.openOverdue, COUNT],
    ['Tổng trễ hạn', t.late, COUNT],
    ['Tỷ lệ xử lý đúng hạn', null, PERCENT],
    ['Thời gian xử lý trung bình (giờ)', t.avgHandlingHours, HOURS],
    ['Lượt đánh giá của người phản ánh', t.rated, COUNT],
    ['Hài lòng và rất hài lòng', t.satisfied, COUNT],
    ['Tỷ lệ hài lòng', null, PERCENT],
  ];
  lines.forEach(([label, value, fmt]) => {
    const row = sheet.addRow([label, value]);
    row.getCell(2).numFmt = fmt;
  });
  const at = (i: number) => `B${start + i}`;
  sheet.getCell(at(7)).value = { formula: `IF((${at(1)}+${at(5)})>0,${at(2)}/(${at(1)}+${at(5)}),"")`, result: ratio(t.onTime, t.handled + t.openOverdue) ?? '' };
  sheet.getCell(at(11)).value = { formula: `IF(${at(9)}>0,${at(10)}/${at(9)},"")`, result: ratio(t.satisfied, t.rated) ?? '' };
  sheet.addRow([]);
  sheet.addRow(['Ghi chú: phản ánh còn mở đã quá hạn xử lý được tính là trễ hạn, không tính là đang chờ.']).font = { italic: true };
}

function overdueSheet(book: ExcelJS.Workbook, data: ReportData) {
  const sheet = book.addWorksheet('Quá hạn');
  sheet.columns = [8, 10, 24, 30, 40, 26, 16, 16, 14].map((width) => ({ width }));
  title(sheet, data, 'Danh sách phản ánh quá hạn chưa xử lý', 9);
  const top = header(sheet, ['STT', 'Mã số', 'Mã nguồn', 'Lĩnh vực', 'Cơ quan xử lý', 'Xã, phường', 'Ngày phản ánh', 'Hạn xử lý', 'Số ngày làm việc quá hạn']);
  data.overdue.forEach((o, i) => {
    const row = sheet.addRow([i + 1, o.id, o.externalId, o.category, o.agency, o.commune, viDate(o.reportedAt), viDate(o.dueAt), o.workingDaysLate]);
    row.getCell(9).numFmt = COUNT;
  });
  sheet.views = [{ state: 'frozen', ySplit: top }];
}

function satisfactionSheet(book: ExcelJS.Workbook, data: ReportData) {
  const sheet = book.addWorksheet('Hài lòng');
  sheet.columns = [{ width: 30 }, { width: 14 }, { width: 14 }];
  title(sheet, data, 'Mức độ hài lòng của người phản ánh', 3);
  const top = header(sheet, ['Mức độ', 'Lượt đánh giá', 'Tỷ lệ']);
  const total = data.satisfaction.reduce((s, x) => s + x.count, 0);
  const last = top + data.satisfaction.length;
  for (const s of data.satisfaction) {
    const row = sheet.addRow([s.label, s.count]);
    row.getCell(2).numFmt = COUNT;
    row.getCell(3).value = { formula: `IF(SUM(B${top + 1}:B${last})>0,B${row.number}/SUM(B${top + 1}:B${last}),"")`, result: ratio(s.count, total) ?? '' };
    row.getCell(3).numFmt = PERCENT;
  }
  const sum = sheet.addRow(['Tổng cộng', { formula: `SUM(B${top + 1}:B${last})`, result: total }]);
  sum.font = { bold: true };
  sum.getCell(2).numFmt = COUNT;
}

export async function buildXlsx(data: ReportData, onProgress: (part: number) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'IOC Đắk Lắk';
  book.created = new Date(data.generatedAt);
  summarySheet(book, data);
  onProgress(0.2);
  scoreTable(book.addWorksheet('Theo cơ quan'), data, 'Cơ quan xử lý', data.agencies, data.total);
  onProgress(0.4);
  scoreTable(book.addWorksheet('Theo lĩnh vực'), data, 'Lĩnh vực', data.categories, data.total);
  onProgress(0.6);
  overdueSheet(book, data);
  satisfactionSheet(book, data);
  onProgress(0.8);
  return Buffer.from(await book.xlsx.writeBuffer());
}
