// The build as a static host serves it: under a sub-path, self-contained, nothing fetched from
// elsewhere. Also leaves screenshots of the search view and the reader in e2e/artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import {
  startHarness, openApp, holdApp, eventually, slug, resultSlugs, readerState, typeQuery, parseHitStatus, screenshot,
} from './browser.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const sorted = (xs) => [...xs].sort();

/** Load, search, open an article, step to the next hit, come back: a typical visit. */
async function typicalVisit(page) {
  await openApp(page, h.server.url);
  await typeQuery(page, 'Kislyak');
  await eventually(async () => assert.deepEqual(sorted(await resultSlugs(page)), sorted([slug('002'), slug('004')])));
  await page.locator(`li.result[data-doc="${slug('002')}"] a.result-title`).click();
  await page.locator(`article#reader[data-doc="${slug('002')}"]`).waitFor();
  await eventually(async () => parseHitStatus((await readerState(page)).hitStatus));
  await page.click('button#next-hit');
  await eventually(async () => assert.match((await readerState(page)).hitStatus, /^Hit 2 of \d+$/));
  await page.goBack();
  await page.locator('ol#results > li.result').first().waitFor();
}

/** Then the other screens: quotes (filter, open one), the grid, names, compare, timeline. */
async function classSession(page) {
  await page.fill('#search', '');
  await page.click('nav.views a:has-text("Quotes")');
  await page.locator('ol#quotes > li.quote-item').first().waitFor();
  await page.selectOption('#speaker-filter', 'Rex Tillerson');
  await page.locator('ol#quotes > li.quote-item .quote-text').first().click();
  await page.locator('#quote-sel').waitFor();
  await page.click('nav.views a:has-text("Who is quoted where")');
  await page.locator('#speaker-grid').waitFor();
  await page.click('nav.views a:has-text("Names")');
  await page.locator('#entity-grid a.entity-name').first().click();
  await page.locator('#entity-mentions').waitFor();
  await page.click('nav.views a:has-text("Compare")');
  await page.locator('.compare-col').first().waitFor();
  await page.click('nav.views a:has-text("Timeline")');
  await page.locator('#timeline-table').waitFor({ state: 'attached' });
}

test('no request leaves the page\'s origin, and none is made after load, through a whole class session', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, h.server.url);
    const loaded = page.requests.length;
    await typicalVisit(page);
    await classSession(page);
    assert.ok(page.requests.some((u) => u.endsWith('.wasm')), 'the wasm module was fetched (requests are being recorded)');
    const after = page.requests.slice(loaded).filter((u) => !u.startsWith('blob:') && !u.startsWith('data:'));
    // A reload in typicalVisit's first step fetches the page's own files again; nothing else.
    assert.ok(after.every((u) => u.startsWith(`${h.server.origin}/crosscheck/`)), `after load: ${after}`);
    const foreign = page.requests.filter((u) => !(u.startsWith(`${h.server.origin}/`) || u.startsWith('data:') || u.startsWith('blob:')));
    assert.deepEqual(foreign, [], `every request goes to ${h.server.origin}`);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('the build is served under /crosscheck/: every asset found there, wasm as application/wasm', async () => {
  const page = await h.newPage();
  try {
    const before = h.server.requests.length;
    await openApp(page, h.server.url);
    const seen = h.server.requests.slice(before).filter((r) => r.path !== '/favicon.ico');
    const paths = seen.map((r) => new URL(r.path, h.server.origin).pathname);
    assert.ok(paths.includes('/crosscheck/'), `the page itself: ${paths}`);
    assert.ok(paths.some((p) => p.endsWith('.js')), `a script: ${paths}`);
    assert.ok(paths.some((p) => p.endsWith('.wasm')), `the wasm module: ${paths}`);
    for (const r of seen) {
      assert.ok(r.path.startsWith('/crosscheck/'), `${r.path} is under /crosscheck/`);
      assert.equal(r.status, 200, `${r.path} answered ${r.status}`);
    }
    const wasm = page.responses.filter((r) => new URL(r.url).pathname.endsWith('.wasm'));
    assert.ok(wasm.length >= 1, 'a .wasm file was loaded');
    for (const r of wasm) assert.equal(r.type, 'application/wasm', `${r.url} content type`);
  } finally {
    await page.close();
  }
});

test('screenshots of the search view and the reader', async (t) => {
  const page = await h.newPage();
  try {
    await openApp(page, h.server.url);
    await typeQuery(page, 'Kislyak');
    await eventually(async () => assert.deepEqual(sorted(await resultSlugs(page)), sorted([slug('002'), slug('004')])));
    const search = await screenshot(page, 'search');

    await page.locator(`li.result[data-doc="${slug('002')}"] a.result-title`).click();
    await page.locator(`article#reader[data-doc="${slug('002')}"]`).waitFor();
    await page.click('button#next-hit');
    await eventually(async () => assert.match((await readerState(page)).hitStatus, /^Hit 2 of \d+$/));
    const reader = await screenshot(page, 'reader');

    for (const file of [search, reader]) {
      assert.ok(statSync(file).size > 1000, `${file} is a real picture`);
      t.diagnostic(`screenshot: ${file}`);
    }
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('the articles arrive as their own file beside the app, fetched once, after the shell is on screen', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, h.server.url);
    const corpus = page.requests.filter((u) => /\/crosscheck\/corpus-[0-9a-f]{16}\.bin$/.test(u));
    assert.equal(corpus.length, 1, `one corpus request (the preload is reused by the app): ${page.requests}`);
    assert.equal(await page.evaluate(() => document.body.dataset.shell), '1', 'the shell marked itself');
    assert.ok(await page.locator('ol#results, #results-empty, main#app').count() > 0);
  } finally {
    await page.close();
  }
});

test('when the articles cannot be downloaded the page says so and keeps its search box', async () => {
  const page = await h.newPage();
  try {
    await page.route(/corpus-[0-9a-f]+\.bin$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(`${h.server.url}#/quotes?q=Kislyak`);
    const alert = page.locator('#loading.error[role="alert"]');
    await alert.waitFor({ timeout: 30_000 });
    const text = await alert.textContent();
    assert.match(text, /could not download its articles \(corpus-[0-9a-f]+\.bin\): the server answered 404/);
    assert.match(text, /Reload the page/);
    assert.equal(await page.inputValue('#search'), 'Kislyak', 'the search box still shows the query from the link');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('a corpus that is not one (a stale or damaged file) is reported, not a panic', async () => {
  const page = await h.newPage();
  try {
    await page.route(/corpus-[0-9a-f]+\.bin$/, (route) => route.fulfill({ status: 200, body: 'XCHECK00 not a corpus' }));
    await page.goto(h.server.url);
    const alert = page.locator('#loading.error[role="alert"]');
    await alert.waitFor({ timeout: 30_000 });
    assert.match(await alert.textContent(), /cannot open its articles: .*Rebuild the app from its seeds/);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('the first screen is painted before the app\'s code arrives, and what is typed there is searched once it starts', async () => {
  const page = await h.newPage();
  try {
    const release = await holdApp(page);
    await page.goto(h.server.url);
    const boot = page.locator('#boot-search');
    await boot.waitFor();
    assert.ok(await boot.isVisible(), 'the search box is on screen before the app has started');
    assert.match(await page.locator('#boot-status').textContent(), /Starting Crosscheck/);
    assert.equal(await page.evaluate(() => document.body.dataset.shell), undefined, 'the app has not started yet');
    await screenshot(page, 'first-screen-before-the-app');
    await boot.click();
    await boot.pressSequentially('Kislyak', { delay: 15 });
    release();

    await page.waitForFunction(() => document.body.dataset.ready === '1');
    assert.equal(await page.locator('#boot').count(), 0, 'the first screen is gone');
    assert.equal(await page.inputValue('input#search'), 'Kislyak', 'the typed words are in the app\'s search box');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search', 'and the box has the focus');
    await eventually(async () => assert.deepEqual(sorted(await resultSlugs(page)), sorted([slug('002'), slug('004')])));
    assert.match(page.url(), /#\/\?q=Kislyak$/);
    // Typing goes on in the app's box.
    await page.keyboard.type(' -flynn');
    await eventually(async () => assert.deepEqual(await resultSlugs(page), [slug('004')]));
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('the articles are listed before the app\'s code arrives, and the app\'s list takes their place without moving them', async () => {
  // Where each title, line and box of the list is, and what it says and links to; and the views'
  // links, "Articles" marked as the view on screen.
  const layout = (page) => page.evaluate(() => [
    ...[...document.querySelectorAll('.result-title, .result-meta, .lead, .doc-name, .switch, .file-button')]
      .map((e) => { const r = e.getBoundingClientRect(); return { text: e.textContent, href: e.getAttribute('href'), x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width) }; }),
    ...[...document.querySelectorAll('.views a')]
      .map((e) => { const r = e.getBoundingClientRect(), s = getComputedStyle(e); return { text: e.textContent.trim(), x: Math.round(r.x), y: Math.round(r.y), background: s.backgroundColor, weight: s.fontWeight }; }),
  ]);
  const marked = (page) => page.evaluate(() => [...document.querySelectorAll('.views a')]
    .filter((e) => getComputedStyle(e).backgroundColor !== 'rgba(0, 0, 0, 0)').map((e) => e.textContent.trim()));
  for (const width of [1280, 360]) {
    const page = await h.newPage();
    try {
      await page.setViewportSize({ width, height: 800 });
      const release = await holdApp(page);
      await page.goto(h.server.url);
      await page.locator('#boot-layout .result-title').first().waitFor();
      assert.equal(await page.evaluate(() => document.body.dataset.shell), undefined, 'the app has not started yet');
      const before = await layout(page);
      assert.deepEqual(before.filter((e) => e.href).map((e) => e.href), [1, 2, 3, 4, 5].map((n) => `#/article/${slug(String(n - 1).padStart(3, '0'))}`));
      assert.match(before[0].text, /Did Trump Administration Ask Putin for Help/);
      assert.ok(before.some((e) => e.text === 'By Dan Desai Martin · 10 December 2019 · 877 words · 1179 words of boilerplate'));
      assert.ok(await page.locator('#boot-status').isVisible(), '"Starting Crosscheck…" shows over the list');
      assert.deepEqual(await marked(page), ['Articles'], 'the first screen marks the view it shows');
      if (width === 360) await screenshot(page, 'first-screen-articles-360');
      release();
      await page.waitForFunction(() => document.body.dataset.ready === '1');
      assert.equal(await page.locator('#boot').count(), 0, 'the first screen is gone');
      assert.equal(await page.locator('#results .result').count(), 5);
      assert.deepEqual(await layout(page), before, `at ${width} px the app's list reads and sits exactly as the first screen's`);
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
    }
  }
  // At any other address the first screen does not show the list, which is not what will open.
  const page = await h.newPage();
  try {
    const release = await holdApp(page);
    await page.goto(`${h.server.url}#/quotes`);
    await page.locator('#boot-status').waitFor();
    assert.equal(await page.locator('#boot-layout').isVisible(), false);
    assert.deepEqual(await marked(page), [], 'nor does it mark "Articles" as the view');
    release();
    await page.waitForFunction(() => document.body.dataset.ready === '1');
    await page.locator('#quotes').waitFor();
    assert.equal(await page.locator('#boot').count(), 0);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('the address follows the search box once typing pauses, and Enter writes it at once', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, h.server.url);
    await typeQuery(page, 'Kislyak');
    // The results follow every key; the address catches up when typing pauses.
    await eventually(async () => assert.deepEqual(sorted(await resultSlugs(page)), sorted([slug('002'), slug('004')])));
    await eventually(async () => assert.match(page.url(), /#\/\?q=Kislyak$/));
    const history = await page.evaluate(() => history.length);
    await page.locator('input#search').pressSequentially(' lavrov', { delay: 15 });
    await page.keyboard.press('Enter');
    assert.match(page.url(), /#\/\?q=Kislyak\+lavrov$/, 'Enter writes the address at once');
    assert.equal(await page.evaluate(() => history.length), history, 'refining a search replaces its history entry');
    await page.goBack();
    await eventually(async () => assert.equal(await page.inputValue('input#search'), ''), { timeout: 5_000 });
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});
