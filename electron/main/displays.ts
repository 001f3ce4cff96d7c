// Which display gets which window: a pure function of the connected displays, the wall configuration and
// where windows were last time. Run at start and again whenever displays are added, removed or changed.
import type { DisplaySelector, ShellLayout, Wall } from '../../shared/wall/schema.js';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the shell needs of an Electron Display (screen.getAllDisplays()). */
export interface DisplayInfo {
  id: number;
  label: string;
  bounds: Rect;
  workArea: Rect;
  primary: boolean;
}

export type PlannedRole = 'workstation' | 'wall';

export interface WindowPlan {
  /** "workstation" or "wall:<id>": the window's identity across re-plans and restarts. */
  key: string;
  role: PlannedRole;
  wallId: string | null;
  displayId: number;
  /** A wall covers its display; the workstation gets the display's work area (its saved bounds win later). */
  bounds: Rect;
}

export interface DisplayPlan {
  windows: WindowPlan[];
  /** Walls that could not be placed, by name and why. */
  problems: string[];
}

/** Last placement of each window key, so that an ambiguous selector keeps choosing the same display. */
export type Placements = Readonly<Record<string, number>>;

export const wallKey = (wallId: string) => `wall:${wallId}`;

/** Left to right, then top to bottom: the order `index` counts in. */
export function orderDisplays(displays: readonly DisplayInfo[]): DisplayInfo[] {
  return [...displays].sort((a, b) => a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y || a.id - b.id);
}

/** The displays matching every field of the selector, in display order. */
export function matchingDisplays(selector: DisplaySelector, ordered: readonly DisplayInfo[]): DisplayInfo[] {
  return ordered.filter(
    (d, index) =>
      (selector.id === undefined || d.id === selector.id) &&
      (selector.label === undefined || d.label.toLowerCase() === selector.label.toLowerCase()) &&
      (selector.index === undefined || index === selector.index) &&
      (selector.primary === undefined || d.primary === selector.primary),
  );
}

function describeDisplays(ordered: readonly DisplayInfo[]): string {
  return ordered.map((d, i) => `${i}: "${d.label || d.id}" ${d.bounds.width}×${d.bounds.height}${d.primary ? ' primary' : ''}`).join('; ') || 'none';
}

/** Among candidates, the one this key had last time, else the first. */
function pick(candidates: readonly DisplayInfo[], key: string, previous: Placements): DisplayInfo | undefined {
  return candidates.find((d) => d.id === previous[key]) ?? candidates[0];
}

export interface LayoutInput {
  walls: readonly Pick<Wall, 'id' | 'name' | 'display'>[];
  shell: Pick<ShellLayout, 'workstation'>;
}

export function planDisplays(displays: readonly DisplayInfo[], layout: LayoutInput, previous: Placements = {}): DisplayPlan {
  const ordered = orderDisplays(displays);
  const problems: string[] = [];
  const windows: WindowPlan[] = [];
  if (ordered.length === 0) return { windows, problems: ['no display is connected'] };

  const stationCandidates = layout.shell.workstation ? matchingDisplays(layout.shell.workstation, ordered) : ordered.filter((d) => d.primary);
  if (layout.shell.workstation && stationCandidates.length === 0) {
    problems.push(`workstation: no connected display matches ${JSON.stringify(layout.shell.workstation)} (connected: ${describeDisplays(ordered)}); using the primary display`);
  }
  const station = pick(stationCandidates, 'workstation', previous) ?? ordered.find((d) => d.primary) ?? ordered[0]!;
  windows.push({ key: 'workstation', role: 'workstation', wallId: null, displayId: station.id, bounds: station.workArea });
  const taken = new Map<number, string>([[station.id, 'the workstation']]);

  for (const wall of layout.walls) {
    if (!wall.display) continue; // a wall for browsers only (a wall controller PC)
    const name = `wall "${wall.id}" (${wall.name.vi})`;
    const candidates = matchingDisplays(wall.display, ordered);
    if (candidates.length === 0) {
      problems.push(`${name}: no connected display matches ${JSON.stringify(wall.display)} (connected: ${describeDisplays(ordered)})`);
      continue;
    }
    const free = candidates.filter((d) => !taken.has(d.id));
    const display = pick(free, wallKey(wall.id), previous);
    if (!display) {
      problems.push(`${name}: its display "${candidates[0]!.label || candidates[0]!.id}" is already used by ${taken.get(candidates[0]!.id)}`);
      continue;
    }
    taken.set(display.id, name);
    windows.push({ key: wallKey(wall.id), role: 'wall', wallId: wall.id, displayId: display.id, bounds: display.bounds });
  }
  return { windows, problems };
}

/** Where the briefing audience goes: its selector, else a display no window of the plan uses; null when none is free. */
export function pickAudienceDisplay(displays: readonly DisplayInfo[], plan: DisplayPlan, selector?: DisplaySelector): DisplayInfo | null {
  const ordered = orderDisplays(displays);
  if (selector) return matchingDisplays(selector, ordered)[0] ?? null;
  const used = new Set(plan.windows.map((w) => w.displayId));
  return ordered.find((d) => !used.has(d.id)) ?? null;
}

/** True when at least a quarter of `bounds` lies on some display (saved bounds of a display now gone are not). */
export function isVisibleOn(bounds: Rect, displays: readonly DisplayInfo[]): boolean {
  const area = bounds.width * bounds.height;
  if (area <= 0) return false;
  return displays.some((d) => {
    const w = Math.min(bounds.x + bounds.width, d.workArea.x + d.workArea.width) - Math.max(bounds.x, d.workArea.x);
    const h = Math.min(bounds.y + bounds.height, d.workArea.y + d.workArea.height) - Math.max(bounds.y, d.workArea.y);
    return w > 0 && h > 0 && w * h >= area / 4;
  });
}

/** What changed between two plans: windows to open, to move, to close. */
export function diffPlans(before: readonly WindowPlan[], after: readonly WindowPlan[]) {
  const old = new Map(before.map((w) => [w.key, w]));
  const next = new Map(after.map((w) => [w.key, w]));
  const same = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
  return {
    open: after.filter((w) => !old.has(w.key)),
    move: after.filter((w) => {
      const o = old.get(w.key);
      return o !== undefined && (o.displayId !== w.displayId || !same(o.bounds, w.bounds));
    }),
    close: before.filter((w) => !next.has(w.key)),
  };
}
