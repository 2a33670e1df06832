// A long collection (600 generated news-shaped articles: scripts/test.sh writes them with
// corpusgen and builds their corpus into a copy of dist/, target/dist-long): the lists a reader
// does not page through (the filter's boxes, the speaker and article choices, the timeline) are
// drawn a batch a task (src/ui/paging.rs, `use_drawn`) so that no view holds the page while it
// opens. What a reader sees is the same as when they were drawn in one task: every item ends up
// there, in order, and the one chosen in the address is there from the first frame.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { startHarness, openApp, eventually, REPO } from './browser.mjs';

const DIST = process.env.CROSSCHECK_LONG_DIST || path.join(REPO, 'target', 'dist-long');
const SEEDS = process.env.CROSSCHECK_LONG_SEEDS || path.join(REPO, 'target', 'long-seeds');
const skip = !(existsSync(path.join(DIST, 'index.html')) && existsSync(SEEDS)) && `no build at ${DIST}`;
const ARTICLES = skip ? 0 : readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).length;
/** Long enough to need several batches of every list. */
const WAIT = { timeout: 20_000 };

let h;
before(async () => { if (!skip) h = await startHarness({ dist: DIST }); });
after(async () => { await h?.close(); });

const count = (page, selector) => page.locator(selector).count();

test('the filter ends up with a box for every article of a long collection, in order', { skip }, async () => {
  assert.ok(ARTICLES > 500, `a long collection: ${ARTICLES} articles`);
  const page = await h.newPage();
  try {
    await openApp(page, h.server.url);
    await eventually(async () => assert.equal(await count(page, '#article-filter .doc-options input[type=checkbox]'), ARTICLES), WAIT);
    const numbers = await page.locator('#article-filter .doc-options .art-num').evaluateAll((els) => els.map((e) => e.textContent.replace(/\D/g, '')));
    assert.deepEqual(numbers, Array.from({ length: ARTICLES }, (_, i) => String(i + 1)));
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('the speaker choice ends up with every speaker, their counts adding up to every quotation, and a speaker far down the list is chosen from the first frame', { skip }, async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/quotes`);
    const options = () => page.locator('#speaker-filter option').allTextContents();
    const n = (text) => Number(/\((\d+)(?: quotations?)?\)$/.exec(text)[1]);
    // "All speakers (N quotations)" first, "No speaker found (k)" last, every speaker between.
    await eventually(async () => {
      const all = await options();
      assert.ok(all.length > 1000, `thousands of speakers (${all.length} so far)`);
      const total = n(all[0]);
      const sum = all.slice(1).reduce((s, t) => s + n(t), 0);
      assert.equal(sum, total, 'every speaker drawn: their quotations add up to all of them');
    }, WAIT);
    const all = await options();
    const names = await page.locator('#speaker-filter option').evaluateAll((els) => els.map((e) => e.value));
    const far = names[names.length - 2];
    assert.ok(far && far !== '-', `the last speaker listed: ${far}`);
    // Most quoted first, as before.
    const counts = all.slice(1, -1).map(n);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));

    await page.goto(`${h.server.url}#/compare`);
    await page.goto(`${h.server.url}#/quotes?speaker=${encodeURIComponent(far)}`);
    const select = page.locator('#speaker-filter');
    await select.waitFor();
    assert.equal(await select.inputValue(), far, 'chosen at once, not after the batches before it');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('Compare offers every article on both sides, and an article far down is chosen from the first frame', { skip }, async () => {
  const page = await h.newPage();
  try {
    await openApp(page, h.server.url);
    const boxes = page.locator('#article-filter .doc-options input[type=checkbox]');
    await eventually(async () => assert.equal(await boxes.count(), ARTICLES), WAIT);
    const slugs = await boxes.evaluateAll((els) => els.map((e) => e.dataset.doc));
    const last = slugs[slugs.length - 1];
    await page.goto(`${h.server.url}#/compare?a=${encodeURIComponent(last)}`);
    const left = page.locator('#compare-a');
    await left.waitFor();
    assert.equal(await left.inputValue(), last, 'chosen at once, not after the batches before it');
    await eventually(async () => {
      assert.equal(await count(page, '#compare-a option'), ARTICLES);
      assert.equal(await count(page, '#compare-b option'), ARTICLES);
    }, WAIT);
    assert.deepEqual(await page.locator('#compare-a option').evaluateAll((els) => els.map((e) => e.value)), slugs, 'in collection order');
    assert.equal(await left.inputValue(), last);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('the timeline ends up with every dated mention, in date order, in its list and its table', { skip }, async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/timeline`);
    const summary = page.locator('details.timeline-table summary');
    await summary.waitFor();
    const yearOnly = Number(/with (\d+) that give only a year/.exec(await summary.textContent())[1]);
    await eventually(async () => {
      const listed = await count(page, 'ol.timeline li.event');
      const rows = await count(page, '#timeline-table tbody tr');
      assert.ok(listed > 500, `hundreds of dated mentions (${listed} so far)`);
      assert.equal(rows, listed + yearOnly, 'the table has every mention of the list and those giving only a year');
    }, WAIT);
    // Give the batches time to run out, then check nothing more came and the order held.
    await page.waitForTimeout(500);
    const listed = await count(page, 'ol.timeline li.event');
    assert.equal(await count(page, '#timeline-table tbody tr'), listed + yearOnly);
    const years = await page.locator('ol.timeline > li.year > h3').allTextContents();
    assert.deepEqual(years, [...years].sort(), 'years in order');
    assert.equal(new Set(years).size, years.length, 'each year once');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});
