// Screenshots of views for looking at them (not a test): node e2e/shoot.mjs OUTDIR WIDTH [dark] ROUTE...
// Serves dist/ under /crosscheck/ like the tests and saves OUTDIR/<n>-<width>.png per route.
import { startHarness, openApp } from './browser.mjs';
const [out, width, ...rest] = process.argv.slice(2);
const dark = rest[0] === 'dark';
const routes = dark ? rest.slice(1) : rest;
const h = await startHarness();
try {
  const page = await h.newPage({ viewport: { width: Number(width), height: width > 600 ? 900 : 844 }, colorScheme: dark ? 'dark' : 'light' });
  let i = 0;
  for (const r of routes) {
    await openApp(page, `${h.server.url}${r}`);
    await page.waitForTimeout(600);
    const file = `${out}/${String(i++).padStart(2, '0')}-${width}${dark ? '-dark' : ''}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file, r);
  }
} finally {
  await h.close();
}
