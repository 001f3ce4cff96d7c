// Live updates for the dashboards benchmark, driven inside the page so that nothing but the console is
// measured: an init script wraps the page's WebSocket to the engine so the bench can announce new data
// ('data.changed', as the engine does after a sync) and nudge the figures of every answer, so each update
// really changes what the panels draw. Everything else is the real console and the real engine.
import type { Page } from '@playwright/test';

interface BenchSocket {
  readyState: number;
  deliver?: (ev: { data: unknown }) => void;
}

/** Installed before the app loads; exposes `__bench.announce(kpiIds)` and `__bench.rounds(n, kpiIds)`. */
function install() {
  const g = globalThis as unknown as Record<string, unknown> & {
    WebSocket: new (url: string, protocols?: string | string[]) => BenchSocket & { onmessage: unknown };
    requestAnimationFrame(cb: () => void): number;
    document: { querySelectorAll(s: string): ArrayLike<{ dataset: Record<string, string | undefined> }> };
  };
  const Native = g.WebSocket;
  const sockets: BenchSocket[] = [];
  let round = 0;
  let calls = 0;
  const nudge = (result: unknown, factor: number) => {
    if (!result || typeof result !== 'object') return;
    const r = result as { points?: { v: number }[]; items?: { v: number }[]; values?: (number | null)[][] };
    for (const p of r.points ?? []) p.v *= factor;
    for (const i of r.items ?? []) i.v *= factor;
    for (const row of r.values ?? []) row.forEach((v, j) => (row[j] = v === null ? null : v * factor));
  };
  class Wrapped extends (Native as unknown as { new (url: string, protocols?: string | string[]): object }) {
    deliver?: (ev: { data: unknown }) => void;
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols);
      sockets.push(this as unknown as BenchSocket);
    }
    send(data: string) {
      calls++;
      (Native.prototype as unknown as { send(d: string): void }).send.call(this, data);
    }
    set onmessage(handler: ((ev: { data: unknown }) => void) | null) {
      const native = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Wrapped.prototype), 'onmessage')!.set!;
      if (!handler) {
        this.deliver = undefined;
        native.call(this, null);
        return;
      }
      this.deliver = (ev) => handler.call(this, ev);
      const wrapped = (ev: { data: unknown }) => {
        if (round === 0 || typeof ev.data !== 'string') return handler.call(this, ev);
        const msg = JSON.parse(ev.data) as { type: string; result?: unknown };
        if (msg.type === 'result') nudge(msg.result, 1 + 0.02 * Math.sin(round));
        handler.call(this, { data: JSON.stringify(msg) });
      };
      native.call(this, wrapped);
    }
  }
  g.WebSocket = Wrapped as never;
  const charts = () => Array.from(g.document.querySelectorAll('[data-testid=echart]'));
  const announce = (kpiIds: string[]) => {
    round++;
    const event = JSON.stringify({ type: 'event', event: 'data.changed', payload: { kpiIds } });
    for (const s of sockets) if (s.readyState === 1) s.deliver?.({ data: event });
  };
  /** n update rounds: announce, wait until every chart is updated and painted; setOption durations, engine calls. */
  const rounds = async (n: number, kpiIds: string[]) => {
    const setOptionMs: number[] = [];
    const callsBefore = calls;
    const started = performance.now();
    for (let i = 0; i < n; i++) {
      const before = charts().map((c) => Number(c.dataset.updates ?? 0));
      announce(kpiIds);
      await new Promise<void>((resolve, reject) => {
        const started = performance.now();
        const tick = () => {
          const now = charts();
          const done = now.length === before.length && now.every((c, k) => Number(c.dataset.updates ?? 0) > before[k]! && Number(c.dataset.painted ?? -1) >= Number(c.dataset.updates));
          if (done) resolve();
          else if (performance.now() - started > 30_000) reject(new Error(`round ${i + 1}: the charts were not all updated within 30 s`));
          else g.requestAnimationFrame(tick);
        };
        g.requestAnimationFrame(tick);
      });
      for (const c of charts()) setOptionMs.push(Number(c.dataset.setOptionMs));
    }
    return { setOptionMs, calls: calls - callsBefore, ms: performance.now() - started };
  };
  g.__bench = { announce, rounds };
}

export async function installLiveUpdates(page: Page): Promise<void> {
  await page.addInitScript(install);
}

export interface Rounds {
  /** Every chart's setOption duration, every round. */
  setOptionMs: number[];
  /** Engine calls the page made. */
  calls: number;
  /** Wall time of the rounds, in the page. */
  ms: number;
}

/** Runs `n` live-update rounds in the page. */
export function liveRounds(page: Page, n: number, kpiIds: readonly string[]): Promise<Rounds> {
  return page.evaluate(
    ([count, ids]) => (globalThis as unknown as { __bench: { rounds(n: number, ids: string[]): Promise<Rounds> } }).__bench.rounds(count, [...ids]),
    [n, kpiIds] as const,
  );
}
