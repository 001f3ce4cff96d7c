import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const p = await b.newPage();
await p.goto('http://127.0.0.1:4794/');
for (let i = 0; i < 3; i++) {
  await p.waitForTimeout(2000);
  await p.goto('http://127.0.0.1:4794/#/domains/health?i=' + i);
  await p.waitForTimeout(500);
  console.log(i, p.url(), await p.locator('h1').first().innerText().catch(() => '?'));
}
await b.close();
