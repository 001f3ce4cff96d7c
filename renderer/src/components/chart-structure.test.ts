import { describe, expect, it } from 'vitest';
import { structureOf } from './chart-structure.js';

describe('structureOf', () => {
  it('is the same for options that differ in data only, and differs when components or series change', () => {
    const a = structureOf({ xAxis: { type: 'category', data: ['a'] }, yAxis: {}, series: [{ id: 'value', type: 'line', data: [1] }] });
    const b = structureOf({ xAxis: { type: 'category', data: ['a', 'b'] }, yAxis: {}, series: [{ id: 'value', type: 'line', data: [1, 2] }] });
    expect(a).toBe(b);
    expect(structureOf({ series: [{ id: 'parts', type: 'pie', data: [] }] })).not.toBe(a);
    expect(structureOf({ xAxis: {}, yAxis: {}, series: [{ id: 'value', type: 'line' }, { id: 'previous', type: 'line' }] })).not.toBe(a);
    expect(structureOf({ visualMap: { type: 'piecewise' }, series: [] })).not.toBe(structureOf({ visualMap: { type: 'continuous' }, series: [] }));
  });
});
