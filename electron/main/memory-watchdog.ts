// Reloads a wall renderer that has grown past its memory limit, at a quiet moment: no alarm waiting for
// acknowledgement, nothing pushed by an operator, and just after a scene change (the screen changes anyway).
// A wall that is never quiet (held for days) is reloaded anyway once it has been over the limit for long.
import type { App, WebContents } from 'electron';

export interface WatchdogPolicy {
  limitMb: number;
  /** Reload even when not quiet after this long over the limit. */
  forceAfterMs: number;
  /** At most one reload of a window per this period. */
  minIntervalMs: number;
}

export const DEFAULT_WATCHDOG_POLICY: Omit<WatchdogPolicy, 'limitMb'> = { forceAfterMs: 30 * 60_000, minIntervalMs: 10 * 60_000 };

export interface WatchdogMemory {
  /** Since when the window has been over the limit; null while under it. */
  overSince: number | null;
  lastReloadAt: number | null;
}

export type WatchdogAction = 'ok' | 'wait' | 'reload';

export function watchdogDecision(
  usageMb: number,
  quiet: boolean,
  memory: WatchdogMemory,
  now: number,
  policy: WatchdogPolicy,
): { action: WatchdogAction; memory: WatchdogMemory } {
  if (usageMb <= policy.limitMb) return { action: 'ok', memory: { ...memory, overSince: null } };
  const overSince = memory.overSince ?? now;
  const tooSoon = memory.lastReloadAt !== null && now - memory.lastReloadAt < policy.minIntervalMs;
  if (tooSoon || (!quiet && now - overSince < policy.forceAfterMs)) return { action: 'wait', memory: { ...memory, overSince } };
  return { action: 'reload', memory: { overSince: null, lastReloadAt: now } };
}

export interface QuietInput {
  unacknowledgedAlarms: number;
  pushedTiles: number;
  /** Epoch ms the current scene started. */
  sceneStartedAt: number;
  now: number;
}

/** A moment when a reload goes unnoticed: right after a scene change, with nothing urgent or pushed on screen. */
export function isQuietMoment(i: QuietInput, windowMs = 5_000): boolean {
  return i.unacknowledgedAlarms === 0 && i.pushedTiles === 0 && i.now - i.sceneStartedAt >= 0 && i.now - i.sceneStartedAt < windowMs;
}

/** Resident memory of a renderer in MB, from app.getAppMetrics() (working set; privateBytes where the OS gives it). */
export function rendererMemoryMb(app: Pick<App, 'getAppMetrics'>, contents: Pick<WebContents, 'getOSProcessId'>): number | null {
  const pid = contents.getOSProcessId();
  const metric = app.getAppMetrics().find((m) => m.pid === pid);
  if (!metric) return null;
  return (metric.memory.privateBytes ?? metric.memory.workingSetSize) / 1024;
}

export interface WatchedWindow {
  key: string;
  contents: WebContents;
  /** Whether now is a quiet moment for this window's wall. */
  quiet(): boolean;
}

export interface MemoryWatchdogOptions {
  app: Pick<App, 'getAppMetrics'>;
  windows: () => WatchedWindow[];
  policy: () => WatchdogPolicy;
  log: (line: string) => void;
  /** How often to sample (default 5 s: often enough to catch the few seconds after a scene change). */
  intervalMs?: number;
  now?: () => number;
}

export function enableMemoryWatchdog(o: MemoryWatchdogOptions): () => void {
  const now = o.now ?? Date.now;
  const memories = new Map<string, WatchdogMemory>();
  const timer = setInterval(() => {
    const seen = new Set<string>();
    for (const w of o.windows()) {
      seen.add(w.key);
      if (w.contents.isDestroyed()) continue;
      const usage = rendererMemoryMb(o.app, w.contents);
      if (usage === null) continue;
      const policy = o.policy();
      const decision = watchdogDecision(usage, w.quiet(), memories.get(w.key) ?? { overSince: null, lastReloadAt: null }, now(), policy);
      memories.set(w.key, decision.memory);
      if (decision.action === 'reload') {
        o.log(`${w.key}: renderer at ${Math.round(usage)} MB (limit ${policy.limitMb} MB): reloading`);
        w.contents.reload();
      }
    }
    for (const key of memories.keys()) if (!seen.has(key)) memories.delete(key);
  }, o.intervalMs ?? 5_000);
  timer.unref?.();
  return () => clearInterval(timer);
}
