// Reloads a crashed or hung renderer by itself, a few times a minute at most (a wall runs for weeks).
import type { RenderProcessGoneDetails, WebContents } from 'electron';

export interface ReloadPolicy {
  /** Reloads allowed within windowMs. */
  maxReloads: number;
  windowMs: number;
}

export const DEFAULT_RELOAD_POLICY: ReloadPolicy = { maxReloads: 3, windowMs: 60_000 };

export type RendererTrouble = Pick<RenderProcessGoneDetails, 'reason'> | { reason: 'unresponsive' };

/** Reasons a reload cannot fix: the window is closing, or the binary failed its integrity check. */
const NO_RELOAD: ReadonlySet<string> = new Set(['clean-exit', 'integrity-failure']);

/** Timestamps of reloads still inside the policy window. */
export function recentReloads(reloads: readonly number[], now: number, policy: ReloadPolicy = DEFAULT_RELOAD_POLICY): number[] {
  return reloads.filter((at) => now - at < policy.windowMs && at <= now);
}

export function shouldReload(
  details: RendererTrouble,
  reloads: readonly number[],
  now: number,
  policy: ReloadPolicy = DEFAULT_RELOAD_POLICY,
): boolean {
  if (NO_RELOAD.has(details.reason)) return false;
  return recentReloads(reloads, now, policy).length < policy.maxReloads;
}

export interface CrashRecoveryOptions {
  log: (line: string) => void;
  now?: () => number;
  policy?: ReloadPolicy;
}

export function enableCrashRecovery(contents: WebContents, { log, now = Date.now, policy = DEFAULT_RELOAD_POLICY }: CrashRecoveryOptions): void {
  let reloads: number[] = [];
  let retry: NodeJS.Timeout | null = null;

  const attempt = (details: RendererTrouble) => {
    if (contents.isDestroyed()) return;
    const at = now();
    if (!shouldReload(details, reloads, at, policy)) {
      if (!NO_RELOAD.has(details.reason) && retry === null) {
        log(`renderer ${details.reason}: reload limit reached, retrying in ${policy.windowMs} ms`);
        retry = setTimeout(() => {
          retry = null;
          attempt(details);
        }, policy.windowMs);
      }
      return;
    }
    if (details.reason === 'unresponsive') {
      // A hung renderer is killed first; its render-process-gone then brings the reload.
      log('renderer unresponsive: restarting it');
      contents.forcefullyCrashRenderer();
      return;
    }
    reloads = [...recentReloads(reloads, at, policy), at];
    log(`renderer gone (${details.reason}): reloading`);
    contents.reload();
  };

  contents.on('render-process-gone', (_event, details) => attempt(details));
  contents.on('unresponsive', () => attempt({ reason: 'unresponsive' }));
  const cancelRetry = () => {
    if (retry !== null) clearTimeout(retry);
    retry = null;
  };
  contents.on('responsive', cancelRetry);
  contents.once('destroyed', cancelRetry);
}
