import { describe, expect, it } from 'vitest';
import { directoryWarnings } from './directory-warnings.js';

describe('directory warnings (Art. 4.3)', () => {
  it('warns when the leader or the focal person is missing', () => {
    expect(directoryWarnings([], '2026-12-03').map((w) => `${w.code}:${w.role}`)).toEqual(['missing:leader', 'missing:focal']);
    expect(directoryWarnings([{ role: 'leader', fromDate: '2026-01-01', toDate: null }], '2026-12-03')).toEqual([
      { code: 'missing', role: 'focal', since: null, deadline: null },
    ]);
  });

  it('gives seven days to name a successor, then warns that it is overdue', () => {
    const contacts = [
      { role: 'leader' as const, fromDate: '2025-01-01', toDate: null },
      { role: 'focal' as const, fromDate: '2025-01-01', toDate: '2026-11-25' },
    ];
    expect(directoryWarnings(contacts, '2026-11-24')).toEqual([]);
    expect(directoryWarnings(contacts, '2026-12-02')).toEqual([{ code: 'successor-pending', role: 'focal', since: '2026-11-25', deadline: '2026-12-02' }]);
    expect(directoryWarnings(contacts, '2026-12-03')).toEqual([{ code: 'successor-overdue', role: 'focal', since: '2026-11-25', deadline: '2026-12-02' }]);
    const succeeded = [...contacts, { role: 'focal' as const, fromDate: '2026-11-28', toDate: null }];
    expect(directoryWarnings(succeeded, '2026-12-03')).toEqual([]);
  });

  it('does not count a person named for a later date as serving yet', () => {
    expect(directoryWarnings([{ role: 'leader', fromDate: '2027-01-01', toDate: null }, { role: 'focal', fromDate: '2026-01-01', toDate: null }], '2026-12-03')).toEqual([
      { code: 'missing', role: 'leader', since: null, deadline: null },
    ]);
  });
});
