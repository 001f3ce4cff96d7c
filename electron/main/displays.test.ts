import { describe, expect, it } from 'vitest';
import { diffPlans, isVisibleOn, matchingDisplays, orderDisplays, pickAudienceDisplay, planDisplays, type DisplayInfo, type LayoutInput } from './displays.js';

const display = (id: number, x: number, label: string, primary = false, width = 1920): DisplayInfo => ({
  id,
  label,
  primary,
  bounds: { x, y: 0, width, height: 1080 },
  workArea: { x, y: 0, width, height: 1040 },
});
const desk = display(10, 0, 'DELL P2419H', true);
const left = display(21, 1920, 'SAMSUNG LH55', false, 3840);
const right = display(22, 5760, 'SAMSUNG LH55', false, 3840);
const t = (vi: string) => ({ vi, en: vi });
const layout: LayoutInput = {
  walls: [
    { id: 'chinh', name: t('Màn hình chính'), display: { index: 1 } },
    { id: 'phu', name: t('Màn hình phụ'), display: { index: 2 } },
    { id: 'trinh-duyet', name: t('Chỉ trình duyệt') },
  ],
  shell: {},
};

describe('planDisplays', () => {
  it('puts the workstation on the primary display and each wall on its display, covering it', () => {
    const plan = planDisplays([right, desk, left], layout);
    expect(plan.problems).toEqual([]);
    expect(plan.windows).toEqual([
      { key: 'workstation', role: 'workstation', wallId: null, displayId: 10, bounds: desk.workArea },
      { key: 'wall:chinh', role: 'wall', wallId: 'chinh', displayId: 21, bounds: left.bounds },
      { key: 'wall:phu', role: 'wall', wallId: 'phu', displayId: 22, bounds: right.bounds },
    ]);
  });

  it('names a wall whose display is not there, with what is connected', () => {
    const plan = planDisplays([desk, left], layout);
    expect(plan.windows.map((w) => w.key)).toEqual(['workstation', 'wall:chinh']);
    expect(plan.problems).toEqual([
      'wall "phu" (Màn hình phụ): no connected display matches {"index":2} (connected: 0: "DELL P2419H" 1920×1080 primary; 1: "SAMSUNG LH55" 3840×1080)',
    ]);
  });

  it('follows hot-plug: a display removed closes its wall, added back reopens it', () => {
    const all = planDisplays([desk, left, right], layout);
    const unplugged = planDisplays([desk, left], layout);
    expect(diffPlans(all.windows, unplugged.windows)).toEqual({ open: [], move: [], close: [all.windows[2]] });
    const back = planDisplays([desk, left, right], layout);
    expect(diffPlans(unplugged.windows, back.windows).open.map((w) => w.key)).toEqual(['wall:phu']);
    // A display moved in the arrangement moves its wall.
    const moved = planDisplays([desk, { ...left, bounds: { ...left.bounds, y: 1080 }, workArea: { ...left.workArea, y: 1080 } }, right], layout);
    expect(diffPlans(all.windows, moved.windows).move.map((w) => w.key)).toEqual(['wall:chinh']);
  });

  it('matches labels and keeps an ambiguous selector on the display it had last time', () => {
    const byLabel: LayoutInput = { walls: [{ id: 'chinh', name: t('Chính'), display: { label: 'samsung lh55' } }], shell: {} };
    expect(planDisplays([desk, left, right], byLabel).windows[1]!.displayId).toBe(21);
    expect(planDisplays([desk, left, right], byLabel, { 'wall:chinh': 22 }).windows[1]!.displayId).toBe(22);
  });

  it('never puts a wall on a display already taken, and says by whom', () => {
    const clash: LayoutInput = {
      walls: [
        { id: 'a', name: t('A'), display: { id: 21 } },
        { id: 'b', name: t('B'), display: { id: 21 } },
        { id: 'c', name: t('C'), display: { primary: true } },
      ],
      shell: {},
    };
    const plan = planDisplays([desk, left], clash);
    expect(plan.windows.map((w) => w.key)).toEqual(['workstation', 'wall:a']);
    expect(plan.problems).toEqual([
      'wall "b" (B): its display "SAMSUNG LH55" is already used by wall "a" (A)',
      'wall "c" (C): its display "DELL P2419H" is already used by the workstation',
    ]);
  });

  it('places the workstation by its selector, falling back to the primary display with a problem', () => {
    expect(planDisplays([desk, left], { walls: [], shell: { workstation: { label: 'SAMSUNG LH55' } } }).windows[0]!.displayId).toBe(21);
    const missing = planDisplays([desk, left], { walls: [], shell: { workstation: { label: 'LG' } } });
    expect(missing.windows[0]!.displayId).toBe(10);
    expect(missing.problems[0]).toMatch(/^workstation: no connected display matches/);
    expect(planDisplays([], layout)).toEqual({ windows: [], problems: ['no display is connected'] });
  });
});

describe('display helpers', () => {
  it('orders displays left to right, then top to bottom, and matches every field given', () => {
    expect(orderDisplays([right, desk, left]).map((d) => d.id)).toEqual([10, 21, 22]);
    expect(matchingDisplays({ primary: false, index: 2 }, orderDisplays([desk, left, right])).map((d) => d.id)).toEqual([22]);
  });

  it('finds a free display for the briefing audience, or the one its selector names', () => {
    const plan = planDisplays([desk, left], { walls: [], shell: {} });
    expect(pickAudienceDisplay([desk, left], plan)?.id).toBe(21);
    expect(pickAudienceDisplay([desk], planDisplays([desk], { walls: [], shell: {} }))).toBeNull();
    expect(pickAudienceDisplay([desk, left], plan, { primary: true })?.id).toBe(10);
  });

  it('says whether saved bounds are still on a connected display', () => {
    expect(isVisibleOn({ x: 100, y: 100, width: 800, height: 600 }, [desk])).toBe(true);
    expect(isVisibleOn({ x: 1800, y: 100, width: 800, height: 600 }, [desk])).toBe(false); // mostly off the only display
    expect(isVisibleOn({ x: 2000, y: 0, width: 800, height: 600 }, [desk, left])).toBe(true);
    expect(isVisibleOn({ x: 0, y: 0, width: 0, height: 0 }, [desk])).toBe(false);
  });
});
