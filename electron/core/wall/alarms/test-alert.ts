// A CAP warning as the CAP connector stores it (ParsedAlert), for the alarm tests: an Extreme flash flood in
// force on 3 December 2026 from 06:00 to 18:00 Vietnam time; `over` changes what a test needs.
import type { ParsedAlert } from '../../sync/cap/cap-parse.js';

const text = (vi: string | null, en: string | null = vi) => ({ vi, en });
export function testCapAlert(id: string, over: Partial<ParsedAlert> = {}): ParsedAlert {
  return {
    id,
    sender: 'kttv-taynguyen@nchmf.gov.vn',
    senderName: text('Đài Khí tượng Thủy văn khu vực Tây Nguyên', 'Central Highlands Hydro-Meteorological Station'),
    sent: '2026-12-03T06:00:00+07:00',
    status: 'Actual',
    msgType: 'Alert',
    scope: 'Public',
    kind: 'flood',
    categories: ['Met'],
    event: text('Lũ quét', 'Flash flood'),
    urgency: 'Immediate',
    severity: 'Extreme',
    certainty: 'Likely',
    effective: '2026-12-03T06:00:00+07:00',
    onset: null,
    expires: '2026-12-03T18:00:00+07:00',
    headline: text('Cảnh báo lũ quét tại xã Ea Kao', 'Flash flood warning in Ea Kao'),
    description: text(null),
    instruction: text(null),
    areas: [{ description: 'Xã Ea Kao', polygons: [], circles: [], geocodes: [] }],
    references: [],
    ...over,
  };
}
