// The audit log as CSV, stamped with who exported it and when. Cells that a spreadsheet would run as a formula
// are defused with a leading apostrophe.
import type { AuditRow } from './audit-log.js';

export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: (string | number | null)[]): string {
  return cells.map(csvCell).join(',');
}

export async function auditCsv(rows: AsyncIterable<AuditRow>, stamp: { by: string; at: string }): Promise<{ content: string; rows: number }> {
  const lines = [csvLine(['exported_by', stamp.by]), csvLine(['exported_at', stamp.at]), '', csvLine(['seq', 'at', 'actor_id', 'actor', 'action', 'target', 'details', 'hash'])];
  let count = 0;
  for await (const r of rows) {
    lines.push(csvLine([r.seq, r.at, r.actor_id, r.actor_name, r.action, r.target, r.details, r.hash]));
    count += 1;
  }
  return { content: `${lines.join('\r\n')}\r\n`, rows: count };
}
