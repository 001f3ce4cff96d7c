import { describe, expect, it } from 'vitest';
import { AreaIndex, type PolygonGeometry } from '../../../shared/map/geometry.js';
import { intakeRecords } from './feature-intake.js';

const square = (x: number, y: number, size: number): PolygonGeometry => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]],
});
const areas = {
  province: new AreaIndex([{ key: '66', geometry: square(108, 12, 1) }]),
  communes: new AreaIndex([
    { key: 'A', geometry: square(108, 12, 0.5) },
    { key: 'B', geometry: square(108.5, 12, 0.5) },
  ]),
};
const at = '2026-03-01T08:00:00+07:00';
const record = (id: string, geometry: unknown, extra: Record<string, unknown> = {}) => ({ id, name: `Điểm ${id}`, geometry, commune: 'A', properties: {}, updated_at: at, ...extra });

describe('intakeRecords', () => {
  it('keeps drawable points with the commune their position lies in', () => {
    const { rows } = intakeRecords([record('1', { type: 'Point', coordinates: [108.7, 12.2] })], areas);
    expect(rows).toEqual([expect.objectContaining({ id: '1', lon: 108.7, lat: 12.2, commune: 'B', rejectReason: null, nameFolded: 'diem 1' })]);
  });

  it('keeps every undrawable record with its reason instead of dropping it', () => {
    const { rows, malformed } = intakeRecords(
      [
        record('none', null),
        record('empty', { type: 'Point', coordinates: [] }),
        record('zeros', { type: 'Point', coordinates: [0, 0] }),
        record('nan', { type: 'Point', coordinates: ['108.2', 12.2] }),
        record('far', { type: 'Point', coordinates: [105.8, 21.0] }),
        record('line', { type: 'LineString', coordinates: [[108.1, 12.1], [108.2, 12.2]] }),
      ],
      areas,
    );
    expect(malformed).toEqual([]);
    expect(rows.map((r) => [r.id, r.rejectReason])).toEqual([
      ['none', 'no-coordinates'],
      ['empty', 'no-coordinates'],
      ['zeros', 'invalid-coordinates'],
      ['nan', 'invalid-coordinates'],
      ['far', 'outside-province'],
      ['line', 'invalid-geometry'],
    ]);
    expect(rows.every((r) => r.rejectDetail)).toBe(true);
  });

  it('quarantines records without the exchange structure and keeps the rest', () => {
    const { rows, malformed } = intakeRecords(
      [{ name: 'no id', geometry: null, updated_at: at }, record('ok', { type: 'Point', coordinates: [108.2, 12.2] }), 'text', record('t', null, { updated_at: 'yesterday' })],
      areas,
    );
    expect(rows.map((r) => r.id)).toEqual(['ok']);
    expect(malformed).toHaveLength(3);
    expect(malformed[0]!.reason).toMatch(/id/);
    expect(malformed[2]!.reason).toMatch(/updated_at/);
  });

  it('turns tombstones into deleted rows and tracks the newest change', () => {
    const { rows, newestUpdatedAt } = intakeRecords(
      [record('gone', null, { deleted: true, updated_at: '2026-03-02T08:00:00+07:00' }), record('1', { type: 'Point', coordinates: [108.2, 12.2] })],
      areas,
    );
    expect(rows[0]).toMatchObject({ id: 'gone', deleted: true, rejectReason: null });
    expect(newestUpdatedAt).toBe('2026-03-02T08:00:00+07:00');
  });

  it('cannot judge "outside the province" without boundaries, and keeps the upstream commune', () => {
    const { rows } = intakeRecords([record('far', { type: 'Point', coordinates: [105.8, 21.0] })], { province: null, communes: null });
    expect(rows[0]).toMatchObject({ rejectReason: null, commune: 'A' });
  });
});
