// The period report as a PDF for reading (pdfmake, Roboto as shipped by pdfmake: it has the Vietnamese
// glyphs). A4 landscape: summary, per-agency and per-category tables, overdue list, satisfaction.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { ScoreRow } from '../../../shared/contract/areas/field-reports.js';
import type { NamedRow, ReportData } from './report-data.js';
import { SCORE_COLUMNS, viDate, viDateTime, viNumber, viPercent } from './report-columns.js';

const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto');
let configured = false;

function configure() {
  if (configured) return;
  pdfmake.setFonts({
    Roboto: {
      normal: join(FONT_DIR, 'Roboto-Regular.ttf'),
      bold: join(FONT_DIR, 'Roboto-Medium.ttf'),
      italics: join(FONT_DIR, 'Roboto-Italic.ttf'),
      bolditalics: join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
    },
  });
  // A report embeds nothing from outside: no URLs, no files but the fonts.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));
  configured = true;
}

const cell = (r: ScoreRow, c: (typeof SCORE_COLUMNS)[number]) => {
  const v = c.value(r);
  return { text: c.kind === 'percent' ? viPercent(v) : c.kind === 'hours' ? viNumber(v, 1) : viNumber(v), alignment: 'right' };
};

function scoreTable(heading: string, first: string, rows: NamedRow[]) {
  const body = [
    [{ text: 'STT', style: 'th' }, { text: first, style: 'th' }, ...SCORE_COLUMNS.map((c) => ({ text: c.header, style: 'th' })), { text: 'Xếp hạng', style: 'th' }],
    ...rows.map((r, i) => [String(i + 1), r.name, ...SCORE_COLUMNS.map((c) => cell(r, c)), { text: r.rank === null ? '—' : String(r.rank), alignment: 'right' }]),
  ];
  return [
    { text: heading, style: 'h2', pageBreak: 'before' },
    rows.length ? { table: { headerRows: 1, widths: [22, '*', ...SCORE_COLUMNS.map(() => 44), 34], body }, layout: 'lightHorizontalLines', fontSize: 8 } : { text: 'Không có số liệu trong kỳ.', italics: true },
  ];
}

function summary(t: ScoreRow) {
  const lines: [string, string][] = [
    ['Phản ánh tiếp nhận', viNumber(t.received)],
    ['Đã xử lý trong kỳ', viNumber(t.handled)],
    ['Xử lý đúng hạn', viNumber(t.onTime)],
    ['Xử lý trễ hạn', viNumber(t.handledLate)],
    ['Đang xử lý tại thời điểm báo cáo', viNumber(t.open)],
    ['Quá hạn chưa xử lý (tính là trễ hạn)', viNumber(t.openOverdue)],
    ['Tỷ lệ xử lý đúng hạn', viPercent(t.onTimeRate)],
    ['Thời gian xử lý trung bình (giờ)', viNumber(t.avgHandlingHours, 1)],
    ['Lượt đánh giá của người phản ánh', viNumber(t.rated)],
    ['Tỷ lệ hài lòng', viPercent(t.satisfactionRate)],
  ];
  return { table: { widths: [260, 90], body: lines.map(([k, v]) => [k, { text: v, alignment: 'right', bold: true }]) }, layout: 'lightHorizontalLines' };
}

export async function buildPdf(data: ReportData, onProgress: (part: number) => void): Promise<Buffer> {
  configure();
  const overdueBody = [
    ['STT', 'Mã số', 'Lĩnh vực', 'Cơ quan xử lý', 'Xã, phường', 'Ngày phản ánh', 'Hạn xử lý', 'Số ngày quá hạn'].map((text) => ({ text, style: 'th' })),
    ...data.overdue.map((o, i) => [String(i + 1), `#${o.id}`, o.category, o.agency, o.commune, viDate(o.reportedAt), viDate(o.dueAt), { text: viNumber(o.workingDaysLate), alignment: 'right' }]),
  ];
  const rated = data.satisfaction.reduce((s, x) => s + x.count, 0);
  onProgress(0.3);
  const doc = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [36, 40, 36, 40],
    info: { title: `${data.title} — ${data.periodLabel}`, author: 'Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Đắk Lắk' },
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    styles: { h1: { fontSize: 15, bold: true, alignment: 'center' }, h2: { fontSize: 12, bold: true, margin: [0, 8, 0, 6] }, th: { bold: true, fillColor: '#dce6f1' } },
    footer: (page: number, pages: number) => ({ text: `Trang ${page}/${pages}`, alignment: 'right', margin: [36, 10], fontSize: 8 }),
    content: [
      { text: 'UBND TỈNH ĐẮK LẮK — TRUNG TÂM GIÁM SÁT, ĐIỀU HÀNH ĐÔ THỊ THÔNG MINH', fontSize: 9, bold: true },
      { text: data.title, style: 'h1', margin: [0, 16, 0, 4] },
      { text: `${data.scopeName} — ${data.periodLabel}`, alignment: 'center' },
      { text: `Số liệu tính đến ${viDateTime(data.asOf)}; lập lúc ${viDateTime(data.generatedAt)}`, alignment: 'center', fontSize: 9, margin: [0, 2, 0, 14] },
      { text: 'I. Tổng hợp', style: 'h2' },
      summary(data.total),
      { text: 'Phản ánh còn mở đã quá hạn xử lý được tính là trễ hạn, không tính là đang chờ.', italics: true, fontSize: 8, margin: [0, 4, 0, 0] },
      ...scoreTable('II. Kết quả theo cơ quan xử lý', 'Cơ quan xử lý', data.agencies),
      ...scoreTable('III. Kết quả theo lĩnh vực', 'Lĩnh vực', data.categories),
      { text: `IV. Phản ánh quá hạn chưa xử lý (${viNumber(data.overdue.length)})`, style: 'h2', pageBreak: 'before' },
      data.overdue.length ? { table: { headerRows: 1, widths: [24, 44, 110, '*', 100, 64, 64, 50], body: overdueBody }, layout: 'lightHorizontalLines', fontSize: 8 } : { text: 'Không có phản ánh quá hạn.', italics: true },
      { text: 'V. Mức độ hài lòng của người phản ánh', style: 'h2' },
      {
        table: {
          widths: [200, 80, 80],
          body: [
            ['Mức độ', 'Lượt đánh giá', 'Tỷ lệ'].map((text) => ({ text, style: 'th' })),
            ...data.satisfaction.map((s) => [s.label, { text: viNumber(s.count), alignment: 'right' }, { text: viPercent(rated ? Math.round((s.count / rated) * 1000) / 10 : null), alignment: 'right' }]),
          ],
        },
        layout: 'lightHorizontalLines',
      },
    ],
  };
  const buffer = await pdfmake.createPdf(doc).getBuffer();
  onProgress(0.95);
  return buffer;
}
