import { describe, expect, it } from 'vitest';
import { countDataPoints } from '../components/chart-points.js';
import { barRankingOption, barRankingPanel, rankAll, rankingTable, rankItems } from './bar-ranking.js';
import { bedOccupancy, breakdownOf, communeBreakdown, ctxOf, visits } from './test-fixtures.js';

const names = new Map([
  ['24121', 'Phường Buôn Ma Thuột'],
  ['24133', 'Xã Hòa Phú'],
]);
const ctx = ctxOf(bedOccupancy, { memberNames: names, dim: 'commune' });
type Bars = { data: { value: number; itemStyle: { color: string } }[]; label: { formatter: (p: { dataIndex: number }) => string } };

describe('bar-ranking', () => {
  const many = communeBreakdown(Array.from({ length: 15 }, (_, i) => [`m${String(i).padStart(2, '0')}`, i] as [string, number]));

  it('ranks the highest first, keeps the top N and names the members', () => {
    const data = { breakdown: communeBreakdown([['a', 1], ['24121', 97], ['24133', 60], ['b', 70]]) };
    expect(rankItems(data, { ...ctx, topN: 3 }).map((r) => [r.rank, r.name])).toEqual([
      [1, 'Phường Buôn Ma Thuột'],
      [2, 'b'],
      [3, 'Xã Hòa Phú'],
    ]);
  });

  it('shows the lowest N on request, lowest first', () => {
    expect(rankItems({ breakdown: many }, { ...ctx, topN: 3, order: 'bottom' }).map((r) => r.v)).toEqual([0, 1, 2]);
  });

  it('always shows the filtered member, with its rank, even outside the top N', () => {
    const shown = rankItems({ breakdown: many }, { ...ctx, topN: 3, selected: 'm02' });
    expect(shown.map((r) => [r.member, r.rank, r.selected])).toEqual([
      ['m14', 1, false],
      ['m13', 2, false],
      ['m12', 3, false],
      ['m02', 13, true],
    ]);
    const option = barRankingOption({ breakdown: many }, { ...ctx, topN: 3, selected: 'm02' })!;
    expect((option.yAxis as { data: string[] }).data.at(-1)).toBe('#13 m02');
    expect((option.series as Bars[])[0]!.data.at(-1)!.itemStyle.color).toBe('#6a1b9a');
  });

  it('colours bars by threshold state for rates, and not for a sum over several periods', () => {
    const option = barRankingOption({ breakdown: communeBreakdown([['24121', 97], ['24133', 60]]) }, ctx)!;
    const bars = (option.series as Bars[])[0]!;
    expect(bars.data).toEqual([
      { value: 97, itemStyle: { color: '#c62828' } },
      { value: 60, itemStyle: { color: '#1565c0' } },
    ]);
    expect(bars.label.formatter({ dataIndex: 0 })).toBe('97%');
    const summed = barRankingOption({ breakdown: breakdownOf(visits, 'commune', [['x', 50000]], 7) }, ctxOf(visits, { dim: 'commune' }))!;
    expect((summed.series as Bars[])[0]!.data[0]!.itemStyle.color).toBe('#1565c0');
  });

  it('defaults to ten members and has nothing to draw without items', () => {
    expect(countDataPoints(barRankingOption({ breakdown: many }, ctx))).toBe(10);
    expect(barRankingOption({ breakdown: communeBreakdown([]) }, ctx)).toBeNull();
  });

  it('tables every member with rank, value and, for sums, the share and the total', () => {
    const table = rankingTable({ breakdown: breakdownOf(visits, 'commune', [['24121', 300], ['24133', 100]], 7) }, ctxOf(visits, { memberNames: names, dim: 'commune', selected: '24133' }));
    expect(table.columns.map((c) => c.label)).toEqual(['Hạng', 'Xã, phường', 'Giá trị', 'Tỷ trọng']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', 'Phường Buôn Ma Thuột', '300', '75%'],
      ['2', 'Xã Hòa Phú', '100', '25%'],
    ]);
    expect(table.rows[1]!.selected).toBe(true);
    expect(table.footer).toEqual(['', 'Tổng', '400', '100%']);
    expect(rankAll({ breakdown: communeBreakdown([['a', Number.NaN], ['b', 2]]) }, ctx).map((r) => r.member)).toEqual(['b']);
  });

  it('narrows the page to a clicked commune or agency, never to a category', () => {
    const data = { breakdown: communeBreakdown([['24121', 97], ['24133', 60]]) };
    expect(barRankingPanel.drill!({ dataIndex: 1 }, data, ctx)).toEqual({ kind: 'member', dim: 'commune', member: '24133' });
    expect(barRankingPanel.drill!({ dataIndex: 0 }, data, { ...ctx, dim: 'category' })).toBeNull();
    expect(barRankingPanel.drill!({ dataIndex: 9 }, data, ctx)).toBeNull();
  });

  it('asks for the breakdown the page filters by, else by commune', () => {
    expect(barRankingPanel.needs(visits, {})).toEqual({ breakdown: 'commune' });
    expect(barRankingPanel.needs(visits, { scope: { dim: 'agency', member: 'so-y-te' } })).toEqual({ breakdown: 'agency' });
    expect(barRankingPanel.needs(visits, { dim: 'agency' })).toEqual({ breakdown: 'agency' });
  });
});
