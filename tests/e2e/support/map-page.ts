// Helpers for the map specs: every request recorded (none may leave 127.0.0.1), the map's pixels read back
// from a screenshot, and a way to reach the map instance the page owns.
import type { Page, Request } from '@playwright/test';

/** Records each request the page makes; `outside` lists those to anything but the app on 127.0.0.1. */
export function recordRequests(page: Page) {
  const all: string[] = [];
  const outside: string[] = [];
  page.on('request', (request: Request) => {
    const url = request.url();
    all.push(url);
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).hostname !== '127.0.0.1') outside.push(url);
  });
  return { all, outside };
}

/** Distinct colours (quantised) and the share of pixels that differ from the corner (background) colour. */
export async function mapPixels(page: Page): Promise<{ colours: number; nonBackground: number }> {
  const png = await page.getByTestId('map-view').locator('canvas').first().screenshot();
  return page.evaluate(async (base64) => {
    // An <img> from a data: URL (the page's CSP allows data: images, not data: fetches).
    const bitmap = new Image();
    bitmap.src = `data:image/png;base64,${base64}`;
    await bitmap.decode();
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const key = (i: number) => ((data[i]! >> 3) << 10) | ((data[i + 1]! >> 3) << 5) | (data[i + 2]! >> 3);
    const background = key(0);
    const seen = new Set<number>();
    let differ = 0;
    let total = 0;
    for (let i = 0; i < data.length; i += 4 * 7) {
      const k = key(i);
      seen.add(k);
      total++;
      if (k !== background) differ++;
    }
    return { colours: seen.size, nonBackground: differ / total };
  }, png.toString('base64'));
}

/** Pixel position (in the page) of a place on the map. */
export async function onScreen(page: Page, point: [number, number]) {
  return page.evaluate((p) => {
    const el = document.querySelector('[data-testid="map-view"]') as unknown as { __iocMap: { map: { project(p: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement } } };
    const map = el.__iocMap.map;
    const xy = map.project(p);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + xy.x, y: box.top + xy.y };
  }, point);
}

/** Calls the engine over a WebSocket of its own, as the page does. */
export async function engineCall<T>(page: Page, method: string, params: unknown): Promise<T> {
  return page.evaluate(
    async ([m, p]) => {
      const ws = new WebSocket(location.origin.replace('http', 'ws') + '/ws');
      await new Promise((r) => ws.addEventListener('open', r));
      const answer = await new Promise<{ result?: unknown; error?: unknown }>((resolve) => {
        ws.addEventListener('message', (e) => {
          const msg = JSON.parse(e.data as string) as { type: string; id?: number; result?: unknown; error?: unknown };
          if (msg.type !== 'event' && msg.id === 1) resolve(msg);
        });
        ws.send(JSON.stringify({ type: 'call', id: 1, method: m, params: p }));
      });
      ws.close();
      if (answer.error) throw new Error(JSON.stringify(answer.error));
      return answer.result;
    },
    [method, params] as const,
  ) as Promise<T>;
}
