import { describe, expect, it } from 'vitest';
import { AreaIndex, bboxOf, boundaryProblem, pointOf, type PolygonGeometry } from './geometry.js';

const square = (x: number, y: number, size = 1): PolygonGeometry => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]],
});

describe('pointOf', () => {
  it('accepts a GeoJSON point', () => {
    expect(pointOf({ type: 'Point', coordinates: [108.05, 12.68] })).toEqual({ position: [108.05, 12.68] });
  });

  it('says why a point cannot be drawn', () => {
    expect(pointOf(null)).toMatchObject({ reason: 'no-coordinates' });
    expect(pointOf({ type: 'Point', coordinates: [] })).toMatchObject({ reason: 'no-coordinates' });
    expect(pointOf({ type: 'Point' })).toMatchObject({ reason: 'no-coordinates' });
    expect(pointOf({ type: 'Point', coordinates: [108, 'x'] })).toMatchObject({ reason: 'invalid-coordinates' });
    expect(pointOf({ type: 'Point', coordinates: [200, 12] })).toMatchObject({ reason: 'invalid-coordinates' });
    expect(pointOf({ type: 'Point', coordinates: [Number.NaN, 12] })).toMatchObject({ reason: 'invalid-coordinates' });
    expect(pointOf({ type: 'Point', coordinates: [0, 0] })).toMatchObject({ reason: 'invalid-coordinates' });
    expect(pointOf({ type: 'LineString', coordinates: [[1, 2], [3, 4]] })).toMatchObject({ reason: 'invalid-geometry' });
    expect(pointOf('108,12')).toMatchObject({ reason: 'invalid-geometry' });
  });
});

describe('boundaryProblem', () => {
  it('accepts polygons and multipolygons with closed rings', () => {
    expect(boundaryProblem(square(0, 0))).toBeNull();
    expect(boundaryProblem({ type: 'MultiPolygon', coordinates: [square(0, 0).coordinates, square(2, 2).coordinates] })).toBeNull();
  });

  it('names what is wrong', () => {
    expect(boundaryProblem(null)).toBe('no geometry');
    expect(boundaryProblem({ type: 'Point', coordinates: [1, 2] })).toMatch(/expected a Polygon/);
    expect(boundaryProblem({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 0]]] })).toMatch(/3 positions/);
    expect(boundaryProblem({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] })).toMatch(/not closed/);
    expect(boundaryProblem({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 'a'], [0, 0]]] })).toMatch(/longitude\/latitude/);
    expect(boundaryProblem({ type: 'MultiPolygon', coordinates: [] })).toMatch(/no polygons/);
    expect(boundaryProblem({ type: 'Polygon', coordinates: [] })).toMatch(/no rings/);
  });
});

describe('AreaIndex', () => {
  const index = new AreaIndex([
    { key: 'a', geometry: square(0, 0) },
    { key: 'b', geometry: square(1, 0) },
    {
      key: 'holed',
      geometry: {
        type: 'Polygon',
        coordinates: [square(10, 10, 4).coordinates[0] as number[][], [[11, 11], [11, 12], [12, 12], [12, 11], [11, 11]]],
      },
    },
  ]);

  it('locates points in the right area', () => {
    expect(index.locate([0.5, 0.5])).toBe('a');
    expect(index.locate([1.5, 0.5])).toBe('b');
    expect(index.locate([5, 5])).toBeNull();
  });

  it('respects holes', () => {
    expect(index.locate([10.5, 10.5])).toBe('holed');
    expect(index.locate([11.5, 11.5])).toBeNull();
  });

  it('knows its bounding box', () => {
    expect(index.bbox).toEqual([0, 0, 14, 14]);
    expect(bboxOf(square(2, 3))).toEqual([2, 3, 3, 4]);
  });
});
