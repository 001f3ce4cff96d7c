import { describe, expect, it } from 'vitest';
import { checkObservation, observationRecordSchema } from './provincial-api-schema.js';

const good = { member: '22015', period_start: '2026-12-01T00:00:00+07:00', value: 12.5, updated_at: '2026-12-02T02:00:00+07:00', version: 1 };
const samples: unknown[] = [
  good,
  { ...good, updated_at: '2026-12-02T02:00:00Z' },
  { ...good, value: 'n/a' },
  { ...good, value: null },
  { ...good, value: Number.NaN },
  { ...good, period_start: 'not-a-date' },
  { ...good, period_start: '2026-12-01' },
  { ...good, period_start: '2026-12-01T00:00:00' },
  { ...good, version: -1 },
  { ...good, version: 1.5 },
  { ...good, member: 'x'.repeat(65) },
  { member: 1 },
  null,
  [],
  'text',
];

describe('checkObservation', () => {
  it('agrees with the documented zod schema', () => {
    for (const sample of samples) {
      const { period_start: _p, ...withoutPeriod } = good;
      for (const s of [sample, withoutPeriod]) expect(checkObservation(s) === null, JSON.stringify(s)).toBe(observationRecordSchema.safeParse(s).success);
    }
  });

  it('names the field in plain words', () => {
    expect(checkObservation({ ...good, value: 'n/a' })).toBe('value: expected a number, got "n/a"');
    expect(checkObservation({ ...good, period_start: undefined })).toMatch(/^period_start: expected an ISO 8601 date-time, got nothing/);
  });
});
