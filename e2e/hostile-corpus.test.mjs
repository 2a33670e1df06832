// A corpus with markup and odd file names, built like the real one (CROSSCHECK_SEEDS, see
// scripts/test.sh): what is in an article is shown as text and nothing in it runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startHarness, openApp, eventually, REPO, resultSlugs, typeQuery } from './browser.mjs';

const DIST = process.env.CROSSCHECK_HOSTILE_DIST || path.join(REPO, 'target', 'dist-hostile');

let h;
before(async () => { h = await startHarness({ dist: DIST }); });
after(async () => { await h?.close(); });

test('an article containing <script> and onerror= shows them as text and runs nothing', { skip: !existsSync(DIST) && `no build at ${DIST}` }, async () => {
  const page = await h.newPage();
  try {
    await openApp(page, h.server.url);
    const slugs = await resultSlugs(page);
    assert.equal(slugs.length, 2);
    assert.ok(slugs.every((s) => /^[\p{L}\p{N}_-]+$/u.test(s)), `URL-safe slugs: ${slugs}`);
    await typeQuery(page, 'onerror');
    await eventually(async () => assert.equal((await resultSlugs(page)).length, 1));
    await page.locator('ol#results a.result-title').first().click();
    await page.locator('article#reader').waitFor();
    const text = await page.textContent('article#reader');
    assert.ok(text.includes('<script>window.__pwned = 1; document.title = "pwned";</script>'), 'the script tag is shown as text');
    assert.ok(text.includes('<img src="x" onerror="window.__pwned = 2">'), 'the img tag is shown as text');
    assert.equal(await page.locator('article#reader script, article#reader img, article#reader a[href^="javascript"]').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing ran');
    assert.notEqual(await page.title(), 'pwned');
    // The article with a non-ASCII, spaced file name opens by its link.
    await page.goto(`${h.server.url}#/`);
    await page.locator('ol#results li.result', { hasText: 'Umlauten' }).locator('a.result-title').click();
    await eventually(async () => assert.match(await page.textContent('article#reader'), /Ökonomin/));
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});
