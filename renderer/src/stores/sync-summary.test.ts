import { describe, expect, it } from 'vitest';
import { seriesWindow } from './kpi-window.js';
import { classifySyncError, oldestTime } from './sync-summary.js';

describe('oldestTime', () => {
  it('finds the earliest time and ignores nulls', () => {
    expect(oldestTime(['2025-03-05T14:00:00+07:00', null, '2025-03-05T06:00:00Z'])).toBe('2025-03-05T06:00:00Z');
    expect(oldestTime([null])).toBeNull();
  });
});

describe('classifySyncError', () => {
  it.each([
    ['cannot reach 127.0.0.1:4010: connect ECONNREFUSED 127.0.0.1:4010', 'unreachable'],
    ['fetch failed', 'unreachable'],
    ['cannot reach upstream: The operation was aborted due to timeout', 'timeout'],
    ['the upstream refused our credentials (HTTP 401)', 'auth'],
    ['the upstream answered HTTP 404', 'notFound'],
    ['the upstream answered HTTP 429: slow down', 'rateLimited'],
    ['the upstream answered HTTP 503: maintenance', 'server'],
    ['the upstream answered with something that is not JSON (<html>)', 'invalid'],
    ['the observations of health.beds (total) do not match the exchange structure', 'invalid'],
    ['unable to verify the first certificate', 'tls'],
    ['127.0.0.1:4010 did not answer in time (timed out)', 'timeout'],
    ['the answer from 127.0.0.1:4010 is larger than the 32.0 MiB this source may send in one page', 'tooLarge'],
    ['the alert feed is not well-formed XML: Unexpected end (line 3)', 'xml'],
  ])('%s → %s', (raw, problem) => {
    expect(classifySyncError(raw)?.problem).toBe(problem);
  });

  it('keeps the status of server errors and leaves unknown messages alone', () => {
    expect(classifySyncError('the upstream answered HTTP 502')).toEqual({ problem: 'server', status: '502' });
    expect(classifySyncError('the pull was cancelled')).toEqual({ problem: 'cancelled' });
    expect(classifySyncError('something odd happened')).toBeUndefined();
    expect(classifySyncError(null)).toBeUndefined();
  });
});

describe('seriesWindow', () => {
  it('looks back by period, in +07:00', () => {
    const now = new Date('2025-03-05T07:00:00Z');
    expect(seriesWindow('hourly', now)).toEqual({ from: '2025-03-03T14:00:00+07:00', to: '2025-03-05T14:00:00+07:00' });
    expect(seriesWindow('daily', now).from).toBe('2025-01-04T14:00:00+07:00');
  });
});
