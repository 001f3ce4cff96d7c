import { describe, expect, it } from 'vitest';
import { mapProvincialFieldReport } from './provincial-feed-mapping.js';
import { withoutIdentity } from './provincial-feed-pull.js';

const record = {
  id: 'PA-2026120310-1', category_code: 'rac-thai', description: 'Rác tồn đọng', lat: 12.66, lon: 108.04, address: '12 Lê Duẩn',
  commune_code: '24001', media_urls: [], channel: 'hotline-1022', reported_at: '2026-12-03T10:10:06+07:00', updated_at: '2026-12-03T10:10:06+07:00',
  version: 1, status: 'open', status_notes: null, agency_responsible: null, reporter: { name: 'Lê Thị Mai', phone: '0912345678' },
};

describe('provincial field-report mapping', () => {
  it('maps the exchange structure to the inbound report', () => {
    expect(mapProvincialFieldReport(record)).toEqual({
      ok: true,
      report: {
        externalId: 'PA-2026120310-1', category: 'rac-thai', description: 'Rác tồn đọng', lat: 12.66, lon: 108.04, address: '12 Lê Duẩn', communeCode: '24001',
        mediaUrls: [], channel: 'hotline-1022', reportedAt: '2026-12-03T10:10:06+07:00', updatedAt: '2026-12-03T10:10:06+07:00', upstreamStatus: 'open',
        statusNotes: null, agencyResponsible: null, reporter: { name: 'Lê Thị Mai', phone: '0912345678' },
      },
    });
    const mapped = mapProvincialFieldReport({ ...record, channel: 'zalo', lat: 12.66, lon: null });
    expect(mapped.ok && mapped.report).toMatchObject({ channel: 'other', lat: null, lon: null });
  });

  it('says why a record cannot be read, and quarantines it without the identity', () => {
    expect(mapProvincialFieldReport({ ...record, id: '' })).toEqual({ ok: false, reason: 'id: the report has no id' });
    expect(mapProvincialFieldReport({ ...record, lat: 'north' })).toMatchObject({ ok: false, reason: expect.stringContaining('lat') });
    expect(JSON.stringify(withoutIdentity({ ...record, id: '' }))).not.toMatch(/Mai|0912345678/);
    expect(withoutIdentity({ ...record, reporter: null })).toMatchObject({ reporter: null });
  });
});
