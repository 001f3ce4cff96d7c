// What the dashboards benchmark reads from the page: when every panel is painted, how often and how fast
// the charts were updated, and the JS heap after a full garbage collection.
import type { CDPSession, Page } from '@playwright/test';

// The bench compiles as Node code, without the DOM library (it must not leak into the engine's types):
// the functions that run in the page name the few browser APIs they use through this shape.
interface PageElement {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): PageElement | null;
}
interface PageWindow {
  document: { querySelectorAll(selector: string): ArrayLike<PageElement> };
  location: { hash: string };
  requestAnimationFrame(callback: () => void): number;
}

/** Navigates inside the app and measures, in the page, the time until every panel is settled and painted. */
export function timeToPainted(page: Page, hash: string, timeoutMs = 60_000): Promise<number> {
  return page.evaluate(
    ([target, timeout]) =>
      new Promise<number>((resolve, reject) => {
        const w = globalThis as unknown as PageWindow;
        const started = performance.now();
        w.location.hash = target;
        const settled = () => {
          const panels = Array.from(w.document.querySelectorAll('[data-testid=kpi-panel]'));
          if (panels.length === 0 || !w.location.hash.startsWith(target)) return false;
          return panels.every((p) => {
            if (p.getAttribute('data-state') === 'loading') return false;
            const chart = p.querySelector('[data-testid=echart]');
            return !chart || chart.hasAttribute('data-painted');
          });
        };
        const tick = () => {
          if (settled()) resolve(performance.now() - started);
          else if (performance.now() - started > timeout) reject(new Error(`${target} not painted within ${timeout} ms`));
          else w.requestAnimationFrame(tick);
        };
        w.requestAnimationFrame(tick);
      }),
    [hash, timeoutMs] as const,
  );
}

/** How many charts the page shows. */
export function chartCount(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as PageWindow).document.querySelectorAll('[data-testid=echart]').length);
}

export interface HeapFigures {
  usedMiB: number;
  nodes: number;
  listeners: number;
}

/** The JS heap in use after two full collections, and the DOM node and listener counts. */
export async function heapAfterGc(cdp: CDPSession): Promise<HeapFigures> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { usedMiB: heap.usedSize / 1048576, nodes: dom.nodes, listeners: dom.jsEventListeners };
}
