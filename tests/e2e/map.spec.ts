// The operational map end to end, in Chromium against the web host: drawn (pixels), fully offline (no request
// leaves 127.0.0.1), communes clickable, search insensitive to diacritics, the choropleth legend true to the
// data, rejected points listed with their reasons, the view in the URL, and a clear state without boundaries.
import { expect, signInContext, test } from './support/signed-in.js';
import { engineCall, mapPixels, onScreen, recordRequests } from './support/map-page.js';
import { startHost, tempDataDir, type Started } from './support/processes.js';

let host: Started;

test.beforeAll(async () => {
  host = await startHost({ dataDir: await tempDataDir() });
});
test.afterAll(async () => {
  await host?.stop();
});

test('draws the province with its layers and asks nothing of anyone but the app', async ({ page }) => {
  const requests = recordRequests(page);
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
  });
  await page.goto(`${host.url}#/map`);
  const map = page.getByTestId('map-view');
  await expect(map).toHaveAttribute('data-painted', '1');
  await expect(page.getByTestId('legend-layer').first().getByTestId('legend-count')).toHaveAttribute('data-count', /^[1-9]\d*$/);
  await page.waitForTimeout(1000);
  const pixels = await mapPixels(page);
  expect(pixels.colours).toBeGreaterThan(20);
  expect(pixels.nonBackground).toBeGreaterThan(0.3);
  // Labels came from the app's own glyphs (Latin and the Vietnamese ranges).
  expect(requests.all.some((u) => /\/glyphs\/Noto%20Sans%20Regular\/0-255\.pbf$/.test(u))).toBe(true);
  expect(requests.all.some((u) => /\/glyphs\/Noto%20Sans%20Regular\/7680-7935\.pbf$/.test(u))).toBe(true);
  expect(requests.outside).toEqual([]);
  // The shell's CSP (the web host sends the same one) lets MapLibre run: blob: workers, the app's own glyphs.
  expect(refused).toEqual([]);
});

test('a click on a commune opens its detail, with links to the domain panels filtered to it', async ({ page }) => {
  await page.goto(`${host.url}#/map?layers=`);
  await expect(page.getByTestId('map-view')).toHaveAttribute('data-painted', '1');
  const { communes } = await engineCall<{ communes: { code: string; name: string; point: [number, number] }[] }>(page, 'geo.communes', {});
  const commune = communes[17]!;
  const at = await onScreen(page, commune.point);
  await page.mouse.move(at.x, at.y);
  await expect(page.getByTestId('map-tooltip')).toContainText(commune.name);
  await page.mouse.click(at.x, at.y);
  const drawer = page.getByTestId('map-drawer');
  await expect(drawer).toHaveAttribute('data-kind', 'commune');
  await expect(drawer).toHaveAttribute('data-id', commune.code);
  await expect(page.getByTestId('map-drawer-title')).toContainText(commune.name);
  await expect(page).toHaveURL(new RegExp(`commune=${commune.code}`));
  const link = drawer.getByTestId('map-drawer-domain-link').first();
  await expect(link).toHaveAttribute('href', new RegExp(`#/domains/[a-z-]+\\?commune=${commune.code}$`));
});

test('finds a commune by name whatever the diacritics and case', async ({ page }) => {
  await page.goto(`${host.url}#/map?layers=`);
  await expect(page.getByTestId('map-view')).toHaveAttribute('data-painted', '1');
  await page.getByTestId('map-search').locator('input').fill('buon ma thuot');
  const result = page.getByTestId('map-search-result').first();
  await expect(result).toContainText('Buôn Ma Thuột');
  await expect(result).toHaveAttribute('data-kind', 'commune');
  await result.click();
  await expect(page.getByTestId('map-drawer-title')).toContainText('Phường Buôn Ma Thuột');
  await page.getByTestId('map-search').locator('input').fill('TRAM Y TE');
  await expect(page.getByTestId('map-search-result').first()).toContainText('Trạm Y tế');
});

test('the choropleth legend matches the data, and the communes carry its colours', async ({ page }) => {
  await page.goto(`${host.url}#/map?layers=&kpi=environment.aqi`);
  const legend = page.getByTestId('choropleth-legend');
  await expect(legend).toHaveAttribute('data-kpi', 'environment.aqi');
  // On a fresh cache the breakdowns land after the totals; the legend follows when they do.
  await expect(legend).toHaveAttribute('data-period', /^\d{4}-/, { timeout: 60_000 });
  await expect(page.getByTestId('map-view')).toHaveAttribute('data-painted', '1');
  const classes = await page.getByTestId('choropleth-class').evaluateAll((rows) =>
    rows.map((r) => ({ min: Number(r.getAttribute('data-min')), max: Number(r.getAttribute('data-max')), minIncluded: r.getAttribute('data-min-included') === '1', count: Number(r.getAttribute('data-count')) })),
  );
  const periodStart = await legend.getAttribute('data-period');
  const breakdown = await engineCall<{ items: { member: string; v: number }[] }>(page, 'kpi.breakdown', { kpiId: 'environment.aqi', dim: 'commune', periodStart });
  const { communes } = await engineCall<{ communes: { code: string }[] }>(page, 'geo.communes', {});
  const values = new Map(breakdown.items.map((i) => [i.member, i.v]));
  const inClass = (v: number, c: (typeof classes)[number]) => (v > c.min || (c.minIncluded && v === c.min)) && v <= c.max;
  const expected = classes.map((c) => communes.filter((k) => values.has(k.code) && inClass(values.get(k.code)!, c)).length);
  expect(classes.map((c) => c.count)).toEqual(expected);
  expect(expected.reduce((a, b) => a + b, 0)).toBe(communes.filter((k) => values.has(k.code)).length);
  const noData = communes.length - [...values.keys()].filter((code) => communes.some((k) => k.code === code)).length;
  if (noData > 0) await expect(page.getByTestId('choropleth-no-data')).toHaveAttribute('data-count', String(noData));
  // The map paints each commune in its class's colour.
  const code = communes.find((k) => values.has(k.code))!.code;
  const fill = await page.evaluate((c) => {
    const el = document.querySelector('[data-testid="map-view"]') as unknown as { __iocMap: { map: { getFeatureState(t: object): { fill?: string } } } };
    return el.__iocMap.map.getFeatureState({ source: 'communes', id: c }).fill;
  }, code);
  const colours = await page.getByTestId('choropleth-class').locator('.box').evaluateAll((boxes) => boxes.map((b) => getComputedStyle(b).backgroundColor));
  const index = classes.findIndex((c) => inClass(values.get(code)!, c));
  const rgb = (hex: string) => `rgb(${parseInt(hex.slice(1, 3), 16)}, ${parseInt(hex.slice(3, 5), 16)}, ${parseInt(hex.slice(5, 7), 16)})`;
  expect(rgb(fill!)).toBe(colours[index]);
});

test('lists the points it cannot draw, with the reason, and keeps the view in the URL', async ({ page }) => {
  await page.goto(`${host.url}#/map?layers=field-reports&center=108.05,12.68&zoom=9`);
  // The workflow's reports without a position, or placed outside the province, are named, not drawn.
  const reports = page.locator('[data-testid="legend-layer"][data-layer="field-reports"]');
  await expect(reports.getByTestId('legend-not-drawn')).toHaveAttribute('data-count', /^[1-9]\d*$/);
  await reports.getByTestId('legend-not-drawn').click();
  const reasons = await reports.getByTestId('not-drawn-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-reason')));
  expect(new Set(reasons)).toEqual(new Set(['no-coordinates', 'outside-province']));
  await expect(reports.getByTestId('not-drawn-item').first()).toContainText(/Không có tọa độ|Nằm ngoài/);
  await page.getByTestId('layer-toggle-cameras').locator('input').check();
  await expect(page).toHaveURL(/layers=field-reports%2Ccameras|layers=field-reports,cameras/);
  await page.reload();
  await expect(page.getByTestId('map-view')).toHaveAttribute('data-painted', '1');
  await expect(page.locator('[data-testid="legend-layer"][data-layer="cameras"]')).toHaveAttribute('data-on', '1');
  await expect(page.locator('[data-testid="legend-layer"][data-layer="schools"]')).toHaveAttribute('data-on', '0');
  const centre = await page.evaluate(() => {
    const el = document.querySelector('[data-testid="map-view"]') as unknown as { __iocMap: { map: { getCenter(): { lng: number; lat: number }; getZoom(): number } } };
    const c = el.__iocMap.map.getCenter();
    return [c.lng, c.lat, el.__iocMap.map.getZoom()];
  });
  expect(centre[0]).toBeCloseTo(108.05, 2);
  expect(centre[1]).toBeCloseTo(12.68, 2);
  expect(centre[2]).toBeCloseTo(9, 1);
});

test('a field report opens its page from the map; a camera without a grant offers no stream', async ({ page }) => {
  await page.goto(`${host.url}#/map?layers=field-reports,cameras`);
  await expect(page.getByTestId('map-view')).toHaveAttribute('data-painted', '1');
  const { features } = await engineCall<{ features: { id: string; name: string }[] }>(page, 'map.features', { layer: 'field-reports' });
  const report = features.reduce((a, b) => (Number(b.id) > Number(a.id) ? b : a));
  await page.getByTestId('map-search').locator('input').fill(report.name);
  await page.locator(`[data-testid="map-search-result"][data-id="${report.id}"]`).click();
  const drawer = page.getByTestId('map-drawer');
  await expect(drawer).toHaveAttribute('data-id', report.id);
  const open = drawer.getByTestId('map-feature-open-route');
  await expect(open).toHaveAttribute('href', `#/field-reports/${report.id}`);
  await open.click();
  await expect(page).toHaveURL(new RegExp(`#/field-reports/${report.id}$`));

  await page.goto(`${host.url}#/map?layers=cameras`);
  const cameras = await engineCall<{ features: { id: string; name: string; cls: string }[] }>(page, 'map.features', { layer: 'cameras' });
  const camera = cameras.features.find((c) => c.cls === 'online')!;
  await page.getByTestId('map-search').locator('input').fill(camera.name);
  await page.locator(`[data-testid="map-search-result"][data-id="${camera.id}"]`).click();
  await expect(page.getByTestId('map-drawer')).toHaveAttribute('data-id', camera.id);
  await expect(page.getByTestId('map-feature-no-grant')).toBeVisible();
  await expect(page.getByTestId('map-feature-open-stream')).toHaveCount(0);
});

test('says clearly when no boundaries are loaded', async ({ page }) => {
  const lonely = await startHost({ dataDir: await tempDataDir(), upstream: 'http://127.0.0.1:9/' });
  try {
    await signInContext(page.context(), 'ioc-operator', lonely.url);
    await page.goto(`${lonely.url}#/map`);
    await expect(page.getByTestId('map-no-boundaries')).toBeVisible();
    await expect(page.getByTestId('map-no-boundaries')).toContainText('Chưa có ranh giới hành chính');
  } finally {
    await lonely.stop();
  }
});

test('the map panel (wall scene) selects a commune both ways and opens the full map on it', async ({ page }) => {
  await page.goto(`${host.url}#/map/scene?kpi=environment.pm25`);
  const panel = page.getByTestId('map-panel');
  await expect(panel.getByTestId('map-view')).toHaveAttribute('data-painted', '1');
  const { communes } = await engineCall<{ communes: { code: string; fullName: string; point: [number, number] }[] }>(page, 'geo.communes', {});
  const commune = communes[40]!;
  const at = await onScreen(page, commune.point);
  await page.mouse.click(at.x, at.y);
  await expect(panel).toHaveAttribute('data-commune', commune.code);
  await expect(page).toHaveURL(new RegExp(`commune=${commune.code}`));
  await expect(panel.getByTestId('map-panel-selected')).toContainText(commune.fullName);
  // The other way round: the URL (as a domain page would set it) selects the commune in the panel.
  await page.goto(`${host.url}#/map/scene?kpi=environment.pm25&commune=${communes[3]!.code}`);
  await expect(panel).toHaveAttribute('data-commune', communes[3]!.code);
  await panel.getByTestId('map-panel-open').click();
  await expect(page.getByTestId('map-drawer')).toHaveAttribute('data-id', communes[3]!.code);
  await expect(page.getByTestId('choropleth-legend')).toHaveAttribute('data-kpi', 'environment.pm25');
  // The full map opens framed on that commune, not on the whole province.
  await expect(page.getByTestId('map-view')).toHaveAttribute('data-painted', '1');
  await expect(page).toHaveURL(/zoom=(9|1\d)/);
});
