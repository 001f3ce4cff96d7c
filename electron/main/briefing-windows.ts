// The windows of a running briefing: the presenter's view (notes, next slide) on the workstation's display
// and the audience view full screen on another display. They follow the presentation held in the engine:
// opened when it starts, moved to another deck, closed when it ends.
import type { BriefingSession } from '../../shared/contract/areas/briefing.js';
import type { DisplaySelector } from '../../shared/wall/schema.js';
import { pickAudienceDisplay, type DisplayInfo, type DisplayPlan, type Rect } from './displays.js';
import { audiencePlacement } from './kiosk.js';
import type { DisplaySleepLock } from './power-save.js';
import type { WindowRegistry } from './windows.js';

export const PRESENTER_KEY = 'briefing';
export const AUDIENCE_KEY = 'audience';

export interface BriefingWindowPlan {
  presenter: { hash: string; bounds: Rect } | null;
  audience: { hash: string; bounds: Rect; displayId: number } | null;
}

/** Pure: where the presenter and audience windows go for this session (none without a session). */
export function planBriefingWindows(
  session: Pick<BriefingSession, 'deckId'> | null,
  displays: readonly DisplayInfo[],
  plan: DisplayPlan,
  audienceSelector?: DisplaySelector,
): BriefingWindowPlan {
  if (!session) return { presenter: null, audience: null };
  const stationId = plan.windows.find((w) => w.key === 'workstation')?.displayId;
  const station = displays.find((d) => d.id === stationId) ?? displays.find((d) => d.primary) ?? displays[0];
  const audience = pickAudienceDisplay(displays, plan, audienceSelector);
  const deck = encodeURIComponent(session.deckId);
  return {
    presenter: station ? { hash: `#/briefing/${deck}/present`, bounds: station.workArea } : null,
    // With one display only, the room sees the presenter's screen: no audience window.
    audience: audience && audience.id !== station?.id ? { hash: `#/briefing/${deck}/audience`, bounds: audience.bounds, displayId: audience.id } : null,
  };
}

export interface BriefingWindowDeps {
  registry: Pick<WindowRegistry, 'open' | 'get' | 'close'>;
  lock: DisplaySleepLock;
  log: (line: string) => void;
}

/** Applies a briefing window plan: opens, re-targets or closes the two windows. */
export function applyBriefingWindows(plan: BriefingWindowPlan, { registry, lock, log }: BriefingWindowDeps): void {
  const place = (key: string, want: { hash: string; bounds: Rect } | null, open: () => void) => {
    const win = registry.get(key);
    if (!want) {
      if (win) registry.close(key);
      if (key === AUDIENCE_KEY) lock.release(key);
      return;
    }
    if (!win) return open();
    const url = win.webContents.getURL();
    if (!url.endsWith(want.hash)) void win.loadURL(url.replace(/#.*$/, '') + want.hash).catch((e: unknown) => log(`${key}: ${String(e)}`));
  };
  place(PRESENTER_KEY, plan.presenter, () => {
    const win = registry.open('briefing', { key: PRESENTER_KEY, hash: plan.presenter!.hash, placement: { ...plan.presenter!.bounds } });
    win.maximize();
  });
  place(AUDIENCE_KEY, plan.audience, () => {
    registry.open('audience', { key: AUDIENCE_KEY, hash: plan.audience!.hash, placement: audiencePlacement(plan.audience!.bounds) });
    lock.hold(AUDIENCE_KEY);
  });
}
