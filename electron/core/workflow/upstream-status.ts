// How the console's workflow states read upstream: Open311 knows only open and closed, so the detail goes in
// status_notes, in Vietnamese, as citizens read it on the portal.
import type { ReportState } from '../../../shared/model/field-report-workflow.js';

const CLOSED: readonly ReportState[] = ['published', 'closed', 'rejected', 'duplicate'];

function dateOf(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

const NOTES: Record<ReportState, (agency: string | null, due: string | null) => string> = {
  received: () => 'Đã tiếp nhận phản ánh',
  triaged: () => 'Phản ánh hợp lệ, đang chuyển cơ quan xử lý',
  rejected: () => 'Phản ánh không đủ điều kiện xử lý',
  duplicate: () => 'Phản ánh trùng với phản ánh đã tiếp nhận',
  forwarded: (a, due) => `Đã chuyển ${a ?? 'cơ quan xử lý'} xử lý${due ? `, hạn xử lý ${dateOf(due)}` : ''}`,
  acknowledged: (a) => `${a ?? 'Cơ quan xử lý'} đã tiếp nhận`,
  'in-progress': (a) => `${a ?? 'Cơ quan xử lý'} đang xử lý`,
  returned: () => 'Đang chuyển lại cơ quan xử lý phù hợp',
  resolved: (a) => `${a ?? 'Cơ quan xử lý'} đã xử lý xong, đang chờ công khai kết quả`,
  published: () => 'Đã công khai kết quả xử lý',
  closed: () => 'Đã kết thúc xử lý',
};

export function upstreamStatusOf(state: ReportState, agencyName: string | null, dueAt: string | null) {
  return {
    upstreamStatus: CLOSED.includes(state) ? ('closed' as const) : ('open' as const),
    statusNotes: NOTES[state](agencyName, dueAt),
    agencyResponsible: agencyName,
  };
}
