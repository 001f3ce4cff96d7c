import { describe, expect, it } from 'vitest';
import { readOpen311Request, requestList } from './open311-records.js';

// A request as the GeoReport v2 specification shows it.
const standard = {
  service_request_id: 'DL-2026-000123',
  status: 'open',
  status_notes: 'Đã tiếp nhận, chuyển Sở Xây dựng xử lý.',
  service_name: 'Hư hỏng hạ tầng giao thông',
  service_code: 'ha-tang-giao-thong',
  description: 'Mặt đường xuất hiện ổ gà lớn.',
  agency_responsible: 'Sở Xây dựng',
  service_notice: '',
  requested_datetime: '2026-12-01T08:15:00+07:00',
  updated_datetime: '2026-12-01T09:00:00+07:00',
  expected_datetime: '2026-12-08T08:15:00+07:00',
  address: 'Phường Buôn Ma Thuột',
  address_id: null,
  zipcode: null,
  lat: 12.6667,
  long: 108.05,
  media_url: 'https://phananh.daklak.gov.vn/media/1.jpg',
};

describe('readOpen311Request', () => {
  it('maps a standard request to an InboundFieldReport', () => {
    const read = readOpen311Request(standard);
    expect(read).toEqual({
      ok: true,
      variations: [],
      report: expect.objectContaining({
        externalId: 'DL-2026-000123',
        category: 'ha-tang-giao-thong',
        lat: 12.6667,
        lon: 108.05,
        upstreamStatus: 'open',
        reportedAt: '2026-12-01T08:15:00+07:00',
        updatedAt: '2026-12-01T09:00:00+07:00',
        mediaUrls: ['https://phananh.daklak.gov.vn/media/1.jpg'],
        agencyResponsible: 'Sở Xây dựng',
        channel: 'other',
        reporter: null,
      }),
    });
  });

  it('tolerates the variations of real servers and says which it met', () => {
    const { long, ...rest } = standard;
    const read = readOpen311Request({
      ...rest,
      service_request_id: 123,
      lon: String(long),
      lat: '12.6667',
      status: 'In_Progress',
      requested_datetime: '2026-12-01 08:15:00+0700',
      updated_datetime: '2026-12-01T09:00:00',
      media_url: '',
    });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.report).toMatchObject({ externalId: '123', lat: 12.6667, lon: 108.05, upstreamStatus: 'open', reportedAt: '2026-12-01T08:15:00+07:00', updatedAt: '2026-12-01T09:00:00+07:00', mediaUrls: [] });
    expect(read.variations).toEqual(
      expect.arrayContaining(['numeric service_request_id', 'status "in_progress" read as open', 'offsets without a colon (+0700)', 'times without an offset, read as Vietnam time', 'longitude as "lon"', 'coordinates as text']),
    );
  });

  it('says in plain words what it could not read', () => {
    expect(readOpen311Request({ token: 'abc', service_code: 'x', status: 'open', requested_datetime: '2026-12-01T08:15:00Z' })).toEqual({
      ok: false,
      reason: 'service_request_id: missing (the request has only a token, it is not accepted yet)',
    });
    const bad = readOpen311Request({ ...standard, status: 'maybe', lat: 'không rõ', requested_datetime: 'hôm qua' });
    expect(bad).toEqual({ ok: false, reason: expect.stringContaining('status: "maybe" is neither open nor closed') });
    expect(!bad.ok && bad.reason).toMatch(/lat: "không rõ" is not a latitude/);
    expect(!bad.ok && bad.reason).toMatch(/requested_datetime: "hôm qua" is not a date-time/);
    expect(readOpen311Request({ ...standard, lat: 95 })).toMatchObject({ ok: false, reason: expect.stringMatching(/lat/) });
    expect(readOpen311Request([])).toMatchObject({ ok: false });
  });
});

describe('requestList', () => {
  it('reads bare and wrapped lists, and the server error list', () => {
    expect(requestList([standard]).items).toHaveLength(1);
    expect(requestList({ service_requests: [standard, standard] })).toEqual({ items: [standard, standard], variation: 'requests wrapped in "service_requests"' });
    expect(requestList({ request: standard }).items).toHaveLength(1);
    expect(() => requestList([{ code: 400, description: 'Invalid start_date' }])).toThrow(/errors: 400 Invalid start_date/);
    expect(() => requestList('<html>')).toThrow(/not a list of service requests/);
  });
});
