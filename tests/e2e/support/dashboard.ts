// Helpers for the dashboard specs: what the panels of a page show, checked in the page itself.
import type { Browser, Page } from '@playwright/test';
import { signInContext } from './signed-in.js';

export interface PanelReport {
  kpi: string;
  kind: string;
  state: string;
  /** Distinct colours sampled across the panel's chart canvas (0 without a chart). */
  colours: number;
  painted: boolean;
  freshness: string | null;
  provenance: string;
}

/** Samples every panel of the page: its state, whether its canvas has been painted with more than a blank. */
export function panelReports(page: Page): Promise<PanelReport[]> {
  return page.$$eval('[data-testid=kpi-panel]', (panels) =>
    panels.map((panel) => {
      const canvas = panel.querySelector<HTMLCanvasElement>('[data-testid=echart] canvas');
      let colours = 0;
      if (canvas && canvas.width > 0 && canvas.height > 0) {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        const seen = new Set<number>();
        for (let i = 0; i < data.length && seen.size < 16; i += 4 * 53) if (data[i + 3]! > 0) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        colours = seen.size;
      }
      const badge = panel.querySelector('[data-testid=freshness-badge]');
      return {
        kpi: panel.getAttribute('data-kpi') ?? '',
        kind: panel.getAttribute('data-kind') ?? '',
        state: panel.getAttribute('data-state') ?? '',
        colours,
        painted: panel.querySelector('[data-testid=echart]')?.hasAttribute('data-painted') ?? false,
        freshness: badge?.getAttribute('data-freshness') ?? null,
        provenance: panel.querySelector('[data-testid=provenance]')?.textContent ?? '',
      };
    }),
  );
}

/** Waits until no panel of the page is loading and every chart has been painted. */
export async function waitForPanels(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const panels = Array.from(document.querySelectorAll('[data-testid=kpi-panel]'));
      if (panels.length === 0) return false;
      return panels.every((p) => {
        const state = p.getAttribute('data-state');
        if (state === 'loading') return false;
        const chart = p.querySelector('[data-testid=echart]');
        return !chart || chart.hasAttribute('data-painted');
      });
    },
    undefined,
    { timeout },
  );
}

/** Calls the engine over the page's own WebSocket, as the console does. */
export function engineCall(page: Page, method: string, params: unknown = {}): Promise<unknown> {
  return page.evaluate(
    async ([m, p]) => {
      const ws = new WebSocket(location.origin.replace('http', 'ws') + '/ws');
      await new Promise((r) => ws.addEventListener('open', r, { once: true }));
      const reply = new Promise<unknown>((resolve, reject) => {
        ws.addEventListener('message', (e) => {
          const msg = JSON.parse(e.data as string) as { type: string; id?: number; result?: unknown; error?: unknown };
          if (msg.type === 'result' && msg.id === 1) resolve(msg.result);
          if (msg.type === 'error' && msg.id === 1) reject(new Error(JSON.stringify(msg.error)));
        });
      });
      ws.send(JSON.stringify({ type: 'call', id: 1, method: m, params: p }));
      try {
        return await reply;
      } finally {
        ws.close();
      }
    },
    [method, params] as const,
  );
}

type SyncStatus = { sources: { state: string; lastSuccess: string | null }[] };

/** When the engine's source last finished a pull. */
export async function lastSync(page: Page): Promise<string | null> {
  return ((await engineCall(page, 'sync.status', {})) as SyncStatus).sources[0]?.lastSuccess ?? null;
}

/** Waits until the engine's source has finished a pull after `after` (any pull when null). */
export async function waitForSync(page: Page, after: string | null = null, timeoutMs = 120_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    const status = (await engineCall(page, 'sync.status', {})) as SyncStatus;
    const source = status.sources[0];
    if (source && source.state === 'ok' && source.lastSuccess && source.lastSuccess !== after) return;
    if (Date.now() - started > timeoutMs) throw new Error(`the engine did not finish syncing within ${timeoutMs} ms: ${JSON.stringify(status)}`);
    await page.waitForTimeout(250);
  }
}

/** Before the tests of a spec look at a cache: waits, signed in as an operator, for the host's first full pull. */
export async function waitForFirstSync(browser: Browser, hostUrl: string): Promise<void> {
  const context = await browser.newContext();
  try {
    await signInContext(context, 'ioc-operator', hostUrl);
    const page = await context.newPage();
    await page.goto(hostUrl);
    await waitForSync(page);
  } finally {
    await context.close();
  }
}
