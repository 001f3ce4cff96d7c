// The video wall end to end: a wall page and a workstation page in Chromium against the real web host.
// The workstation steers the wall (next, hold, push, revert) and the wall follows; an alarm shows on the wall
// until it is acknowledged at the workstation; the wall comes back by itself after the web host restarts;
// a bad wall.json is refused by name while the wall keeps going.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, signInContext, test } from './support/signed-in.js';
import { startHost, tempDataDir, type Started } from './support/processes.js';

const t = (vi: string, en = vi) => ({ vi, en });
const kpiTile = (id: string, col: number, kpiId: string) => ({ id, kind: 'kpi', col, row: 1, options: { kpiId } });
const config = {
  version: 1,
  scenes: [
    { id: 'mot', name: t('Cảnh một', 'Scene one'), grid: { cols: 2, rows: 1 }, tiles: [{ id: 'dong-ho', kind: 'clock', col: 1, row: 1 }, kpiTile('aqi', 2, 'environment.aqi')] },
    { id: 'hai', name: t('Cảnh hai', 'Scene two'), grid: { cols: 2, rows: 1 }, tiles: [kpiTile('giuong', 1, 'health.bed-occupancy'), { id: 'canh-bao', kind: 'breach-list', col: 2, row: 1 }] },
    { id: 'ba', name: t('Cảnh ba', 'Scene three'), grid: { cols: 1, rows: 1 }, tiles: [{ id: 'chinh', kind: 'headlines', col: 1, row: 1 }] },
    {
      id: 'bon',
      name: t('Cảnh bốn', 'Scene four'),
      grid: { cols: 2, rows: 1 },
      tiles: [{ id: 'tin', kind: 'field-reports', col: 1, row: 1, options: { limit: 5 } }, { id: 'o-day', kind: 'clock', col: 2, row: 1 }],
    },
  ],
  playlists: [{ id: 'thu', name: t('Thử'), entries: [{ sceneId: 'mot', dwellSec: 600 }, { sceneId: 'hai', dwellSec: 600 }, { sceneId: 'ba', dwellSec: 600 }, { sceneId: 'bon', dwellSec: 600 }] }],
  walls: [{ id: 'e2e', name: t('Màn hình thử', 'Test wall'), playlistId: 'thu' }],
  alarms: {
    kpiCritical: false,
    cap: false,
    rules: [{ id: 'dien-tap', kpiId: 'health.bed-occupancy', op: '>=', value: 0, label: t('Diễn tập báo động', 'Alarm drill') }],
    sound: true,
    quietHours: [],
  },
};

let dataDir: string;
let host: Started;

test.beforeAll(async () => {
  dataDir = await tempDataDir();
  await writeFile(join(dataDir, 'wall.json'), JSON.stringify(config));
  host = await startHost({ dataDir });
});
test.afterAll(async () => {
  await host?.stop();
});

/** The wall screen runs as an enrolled wall display, the desk as a signed-in operator: two browsers of the room. */
async function openPages(browser: import('@playwright/test').Browser): Promise<{ wall: Page; desk: Page }> {
  const wallContext = await browser.newContext();
  await signInContext(wallContext, 'wall-display', host.url);
  const deskContext = await browser.newContext();
  await signInContext(deskContext, 'ioc-operator', host.url);
  const wall = await wallContext.newPage();
  const desk = await deskContext.newPage();
  await wall.goto(`${host.url}#/wall/e2e`);
  await desk.goto(`${host.url}#/wall-control`);
  await expect(wall.getByTestId('wall')).toHaveAttribute('data-scene-id', /.+/);
  await expect(desk.getByTestId('wall-card')).toHaveCount(1);
  return { wall, desk };
}

/** How long the wall took to show what the workstation asked (reported, not asserted). */
function followed(since: number, label: string) {
  const description = `${label}: ${Date.now() - since} ms`;
  test.info().annotations.push({ type: 'latency', description });
  console.log(`wall followed ${description}`);
}

test('the workstation steers the wall and the wall follows', async ({ browser }) => {
  const { wall, desk } = await openPages(browser);
  const screen = wall.getByTestId('wall');
  await expect(screen).toHaveAttribute('data-scene-id', 'mot');
  await expect(wall.getByTestId('wall-scene-name')).toHaveText('Cảnh một');
  await expect(wall.locator('[data-tile-id=aqi] [data-testid=provenance]')).toBeVisible();

  let at = Date.now();
  await desk.getByTestId('wall-next').click();
  await expect(screen).toHaveAttribute('data-scene-id', 'hai');
  followed(at, 'next');
  await expect(wall.getByTestId('breach-list')).toBeVisible();

  at = Date.now();
  await desk.getByTestId('wall-hold').click();
  await expect(wall.getByTestId('wall-held')).toContainText('Nguyễn Thị Vận Hành');
  followed(at, 'hold');

  // Push the AQI panel onto the bed-occupancy tile for a while.
  await desk.getByTestId('push-kpi').click();
  await desk.keyboard.type('VN_AQI');
  await desk.getByRole('option', { name: /VN_AQI/ }).first().click();
  at = Date.now();
  await desk.getByTestId('push-submit').click();
  const tile = wall.locator('[data-testid=wall-tile][data-tile-id=giuong]');
  await expect(tile).toHaveAttribute('data-pushed', 'true');
  followed(at, 'push');
  await expect(tile.locator('[data-testid=kpi-panel]')).toHaveAttribute('data-kpi', 'environment.aqi');
  await expect(tile.getByTestId('pushed-bar')).toContainText('Nguyễn Thị Vận Hành');

  await desk.getByTestId('override-revert').click();
  await expect(tile).toHaveAttribute('data-pushed', 'false');
  await expect(tile.locator('[data-testid=kpi-panel]')).toHaveAttribute('data-kpi', 'health.bed-occupancy');

  await desk.getByTestId('wall-resume').click();
  await expect(wall.getByTestId('wall-held')).toBeHidden();
  // A reloaded wall comes back on the same scene: the state lives in the engine.
  await wall.reload();
  await expect(screen).toHaveAttribute('data-scene-id', 'hai');
  await wall.context().close();
  await desk.context().close();
});

/** From the page on the desk, "Đưa lên màn hình lớn" onto the clock tile of scene four; returns when it was sent. */
async function pushToClockTile(desk: Page): Promise<number> {
  await desk.getByTestId('push-to-wall').click();
  const dialog = desk.getByTestId('push-to-wall-dialog');
  await dialog.getByTestId('push-to-wall-tile').click();
  await desk.getByRole('option', { name: /^o-day/ }).click();
  const at = Date.now();
  await dialog.getByTestId('push-to-wall-send').click();
  await expect(desk.getByTestId('push-to-wall-done')).toContainText('Đã đưa lên Màn hình thử, ô o-day');
  return at;
}

test('the ticker shows the latest reports; a map view and an incident pushed from their pages show on the wall and revert', async ({ browser }) => {
  test.setTimeout(120_000);
  const { wall, desk } = await openPages(browser);
  const go = (hash: string) => desk.evaluate((h) => (location.hash = h), hash);
  await desk.getByTestId('wall-jump-select').click();
  await desk.getByRole('option', { name: 'Cảnh bốn' }).click();
  await desk.getByTestId('wall-jump').click();
  await expect(wall.getByTestId('wall')).toHaveAttribute('data-scene-id', 'bon');
  const row = wall.getByTestId('report-ticker-row').first();
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(row).toContainText(/tiếp nhận \d{2}\/\d{2} \d{2}:\d{2}/);
  await expect(row.getByTestId('state-chip')).toBeVisible();
  const reportId = (await row.getAttribute('data-id'))!;

  // The map page's view, onto the clock tile.
  await go('#/map?center=108.05,12.68&zoom=11&layers=field-reports,cameras&kpi=environment.aqi');
  await expect(desk.getByTestId('map-view')).toHaveAttribute('data-state', 'ready');
  let at = await pushToClockTile(desk);
  const tile = wall.locator('[data-testid=wall-tile][data-tile-id=o-day]');
  await expect(tile).toHaveAttribute('data-kind', 'map');
  followed(at, 'push a map view');
  await expect(tile.getByTestId('map-tile')).toHaveAttribute('data-layers', 'field-reports,cameras');
  await expect(tile.getByTestId('map-tile')).toHaveAttribute('data-center', /^108\.0\d*,12\.6\d*$/);
  await expect(tile.getByTestId('map-view')).toHaveAttribute('data-state', 'ready');
  await expect(tile.getByTestId('map-tile-kpi')).toHaveAttribute('data-kpi', 'environment.aqi');
  await expect(tile.getByTestId('pushed-bar')).toContainText('Nguyễn Thị Vận Hành');

  // The report from the ticker, from its detail page, onto the same tile.
  await go(`#/field-reports/${reportId}`);
  await expect(desk.getByTestId('page-title')).toContainText(`Phản ánh #${reportId}`);
  at = await pushToClockTile(desk);
  await expect(tile).toHaveAttribute('data-kind', 'incident');
  followed(at, 'push an incident');
  await expect(tile.getByTestId('incident-tile')).toHaveAttribute('data-report-id', reportId);
  await expect(tile.getByTestId('incident-title')).toContainText(`Phản ánh #${reportId}`);
  await expect(tile.locator('[data-testid=incident-step][data-action=ingested]')).toBeVisible();

  // Reverted at the control page: the clock is back.
  await go('#/wall-control');
  await desk.locator('[data-testid=override-row][data-tile-id=o-day]').getByTestId('override-revert').click();
  await expect(tile).toHaveAttribute('data-pushed', 'false');
  await expect(tile).toHaveAttribute('data-kind', 'clock');
  await desk.getByTestId('wall-jump-select').click();
  await desk.getByRole('option', { name: 'Cảnh hai' }).click();
  await desk.getByTestId('wall-jump').click();
  await expect(wall.getByTestId('wall')).toHaveAttribute('data-scene-id', 'hai');
  await wall.context().close();
  await desk.context().close();
});

test('an alarm shows on the wall until acknowledged at the workstation', async ({ browser }) => {
  const { wall, desk } = await openPages(browser);
  const banner = wall.getByTestId('alarm-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Công suất sử dụng giường bệnh: Diễn tập báo động');
  await expect(banner).toHaveAttribute('data-sound', /playing|blocked/);
  const row = desk.getByTestId('alarm-row').filter({ hasText: 'Diễn tập báo động' });
  const at = Date.now();
  await row.getByTestId('alarm-ack').click();
  await expect(banner).toBeHidden();
  followed(at, 'acknowledge');
  await expect(row).toHaveAttribute('data-acknowledged', 'true');
  await expect(row).toContainText('Nguyễn Thị Vận Hành xác nhận lúc');
  await wall.context().close();
  await desk.context().close();
});

test('a bad wall.json is refused by name and the wall keeps its configuration', async ({ browser }) => {
  const { wall, desk } = await openPages(browser);
  const bad = structuredClone(config);
  bad.playlists[0]!.entries[1]!.dwellSec = 0;
  (bad.scenes[0]!.tiles[1] as { options: unknown }).options = { kpiId: 'environment.khong-co' };
  await writeFile(join(dataDir, 'wall.json'), JSON.stringify(bad));
  const refused = desk.getByTestId('wall-config-rejected');
  await expect(refused).toContainText('dwellSec: a dwell time must be at least 1 second');
  await expect(refused).toContainText('scene "mot" > tile "aqi": unknown KPI "environment.khong-co"');
  await expect(wall.getByTestId('wall')).toHaveAttribute('data-scene-id', /^(mot|hai|ba)$/);
  await writeFile(join(dataDir, 'wall.json'), JSON.stringify(config));
  await expect(refused).toBeHidden();
  await wall.context().close();
  await desk.context().close();
});

test('the wall recovers by itself after the web host restarts', async ({ browser }) => {
  test.setTimeout(120_000);
  const { wall, desk } = await openPages(browser);
  const screen = wall.getByTestId('wall');
  const scene = await screen.getAttribute('data-scene-id');
  await wall.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  const port = Number(new URL(host.url).port);
  await host.stop();
  await expect(wall.getByTestId('wall-lost')).toBeVisible();
  await expect(screen).toHaveAttribute('data-scene-id', scene!); // the last picture stays up
  host = await startHost({ dataDir, port });
  const at = Date.now();
  await expect(screen).toHaveAttribute('data-connection', 'open', { timeout: 30_000 });
  await expect(wall.getByTestId('wall-lost')).toBeHidden();
  followed(at, 'reconnect after restart');
  await expect(screen).toHaveAttribute('data-scene-id', scene!);
  expect(await wall.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await wall.context().close();
  await desk.context().close();
});
