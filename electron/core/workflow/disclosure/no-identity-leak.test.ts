// "No reporter identity appears in logs, exports or the renderer without a disclosure" (issue 8): a report whose
// reporter carries distinctive strings goes through the workflow into a period report (XLSX and PDF), the
// audit log and its CSV export, the engine's log lines, the queue, the search and the detail; none holds them.
// Then an approved disclosure shows them in identity.revealIdentity's answer, and still nowhere else.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectInProcess } from '../../in-process-client.js';
import { inbound, startDisclosureKit, type DisclosureKit } from './disclosure-test-kit.js';

const IDENTITY = { name: 'Zuyên Quỳnh Thư Độc Nhất', phone: '0977123450', email: 'zuyen.quynh.7731@example.vn' };
const DISTINCTIVE = [IDENTITY.name, 'Zuyên', IDENTITY.phone, '977123450', IDENTITY.email, 'zuyen.quynh'];
const lines: string[] = [];
let kit: DisclosureKit;
let reportId: number;
let operator: ReturnType<typeof connectInProcess>;
let supervisor: ReturnType<typeof connectInProcess>;

function expectNoIdentity(where: string, text: string) {
  for (const s of DISTINCTIVE) expect(text.includes(s), `${where} holds "${s}"`).toBe(false);
}

async function exported(format: 'xlsx' | 'pdf'): Promise<string> {
  const job = await operator.call('reports.build', { format, period: { kind: 'month', year: 2026, month: 3 } });
  const done = await operator.waitFor('reports.progress', (j) => j.id === job.id && (j.state === 'done' || j.state === 'failed'), 60_000);
  expect(done.state, done.error ?? '').toBe('done');
  const bytes = Buffer.from((await operator.call('reports.download', { jobId: job.id })).base64, 'base64');
  if (format === 'pdf') {
    const file = join(kit.dataDir, 'leak-check.pdf');
    await writeFile(file, bytes);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  }
  // Cells read back with exceljs (the file itself is compressed, so a byte search would prove nothing).
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.text)))));
  return cells.join('\n');
}

beforeAll(async () => {
  kit = await startDisclosureKit({ log: (line) => void lines.push(line) });
  [reportId] = (await kit.deliver([inbound({ externalId: 'LEAK-1', reportedAt: '2026-03-01T07:30:00+07:00', updatedAt: '2026-03-01T07:30:00+07:00', reporter: IDENTITY })])) as [number];
  operator = connectInProcess(kit.engine, { as: { roles: ['ioc-operator'], username: 'vanhanh' } });
  supervisor = connectInProcess(kit.engine, { as: { roles: ['ioc-supervisor'], username: 'giamsat' } });
  // Through the workflow to an agency, and past its deadline: the report is on the period report's overdue list.
  await operator.call('fieldReports.transition', { id: reportId, idempotencyKey: 'leak-triage', action: 'triage', verdict: 'valid' });
  await operator.call('fieldReports.transition', { id: reportId, idempotencyKey: 'leak-forward', action: 'forward', agencyKey: 'ubnd-24001' });
  kit.clock.advance(20 * 86_400_000);
  // Twenty days on, the shift's sessions have ended: the next shift signs in.
  operator.close();
  supervisor.close();
  operator = connectInProcess(kit.engine, { as: { roles: ['ioc-operator'], username: 'vanhanh' } });
  supervisor = connectInProcess(kit.engine, { as: { roles: ['ioc-supervisor'], username: 'giamsat' } });
}, 60_000);

afterAll(async () => {
  operator?.close();
  supervisor?.close();
  await kit?.close();
});

describe('no reporter identity without a disclosure', () => {
  it('is absent from the queue, the search, the detail, the exports, the audit log and the engine log', async () => {
    const detail = await operator.call('fieldReports.get', { id: reportId });
    expect(detail.hasReporterIdentity).toBe(true);
    expectNoIdentity('fieldReports.get', JSON.stringify(detail));
    expectNoIdentity('fieldReports.list', JSON.stringify(await operator.call('fieldReports.list', { limit: 200 })));
    expect((await operator.call('fieldReports.list', { search: 'Zuyên' })).total).toBe(0);
    expectNoIdentity('fieldReports.mapPoints', JSON.stringify(await operator.call('fieldReports.mapPoints', {})));

    const xlsx = await exported('xlsx');
    const pdf = await exported('pdf');
    // The report is in both (so the check looked at the right rows), its reporter is not.
    expect(xlsx).toContain('LEAK-1');
    expect(pdf).toContain(`#${reportId}`);
    expectNoIdentity('the XLSX report', xlsx);
    expectNoIdentity('the PDF report', pdf);

    const d = await operator.call('identity.requestDisclosure', { reportId, authority: 'Công an tỉnh Đắk Lắk', documentNumber: '45/CV-PC02', documentDate: '2026-03-20', reason: 'Xác minh người phản ánh theo đề nghị' });
    expectNoIdentity('the disclosure request', JSON.stringify(await operator.call('identity.listDisclosures', { reportId })));
    await expect(operator.call('identity.revealIdentity', { requestId: d.requestId })).rejects.toMatchObject({ code: 'forbidden' });
    expectNoIdentity('the audit log', JSON.stringify((await supervisor.call('audit.list', { limit: 500 })).entries));
    expectNoIdentity('the engine log', lines.join('\n'));
  });

  it('appears only in revealIdentity once a supervisor approved, and then still nowhere else', async () => {
    const pending = await operator.call('identity.requestDisclosure', { reportId, authority: 'Tòa án nhân dân tỉnh Đắk Lắk', documentNumber: '7/TA-HS', documentDate: '2026-03-21', reason: 'Triệu tập người làm chứng theo quyết định' });
    await supervisor.call('identity.decideDisclosure', { requestId: pending.requestId, decision: 'approve', validForHours: 4 });
    const shown = await operator.call('identity.revealIdentity', { requestId: pending.requestId });
    expect(shown.identity).toEqual(IDENTITY);
    expectNoIdentity('fieldReports.get after the reveal', JSON.stringify(await operator.call('fieldReports.get', { id: reportId })));
    expectNoIdentity('the disclosure list after the reveal', JSON.stringify(await supervisor.call('identity.listDisclosures', {})));
    const audit = await supervisor.call('audit.export', {});
    expect(audit.content).toContain('identity.disclosure.reveal');
    expectNoIdentity('the audit CSV', audit.content);
    expectNoIdentity('the engine log after the reveal', lines.join('\n'));
    expect((await supervisor.call('audit.verify', {})).ok).toBe(true);
  });
});
