// Browser side of the end-to-end tests: starts Debian's Chromium through playwright-core (which
// downloads no browser of its own) and offers the few helpers the tests share.
import { chromium } from 'playwright-core';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, DEFAULT_DIST } from './server.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(HERE, '..');
export const ARTIFACTS = path.join(HERE, 'artifacts');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
/** How long the app may take to load its wasm and render (a generous bound, not a measurement). */
export const READY_TIMEOUT = 30_000;
/** How long a view may take to reflect an action before an assertion on it fails. */
export const SETTLE_TIMEOUT = 10_000;

// --- the corpus --------------------------------------------------------------------------------
/** Article slugs (file stems of seeds/*.txt) in corpus order. */
export const SLUGS = readdirSync(path.join(REPO, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -'.txt'.length))
  .sort();
/** slug('002') -> '002_ed4ec6554b1582a8' */
export function slug(prefix) {
  const s = SLUGS.find((x) => x.startsWith(`${prefix}_`));
  if (!s) throw new Error(`no seed article ${prefix}_* in seeds/`);
  return s;
}

// --- browser and server ------------------------------------------------------------------------
/**
 * Start the static server on dist/ (under /crosscheck/) and Chromium with a fresh HOME.
 * Playwright gives each launch its own new temporary user-data dir.
 */
export async function startHarness({ dist = DEFAULT_DIST, files = {} } = {}) {
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html is missing: build first with ` +
      '`trunk build --release --public-url /crosscheck/` (scripts/test.sh does)');
  }
  const server = await startServer({ root: dist, files });
  const home = await mkdtemp(path.join(tmpdir(), 'crosscheck-e2e-'));
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      env: {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: path.join(home, '.config'),
        XDG_CACHE_HOME: path.join(home, '.cache'),
      },
    });
  } catch (err) {
    await server.close();
    await rm(home, { recursive: true, force: true });
    throw err;
  }
  return {
    server,
    browser,
    /** A new page in a new browser context (no shared storage): a fresh visitor. */
    newPage: (options) => newPage(browser, options),
    async close() {
      await browser.close().catch(() => {});
      await server.close();
      await rm(home, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh page that records what it requests and what goes wrong in it:
 * `page.requests` (every URL), `page.errors` (uncaught exceptions and Rust panics).
 */
export async function newPage(browser, { viewport = { width: 1280, height: 900 } } = {}) {
  // Reduced motion: scrolling to a hit, a quotation or a passage is instant, so a click on the
  // reader's sticky bar never lands while a smooth scroll is still moving it (two failures of
  // full runs: the bar's Previous and its back link). The smooth scrolling itself, and its
  // switching off by the preference, are tested in a11y.test.mjs.
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.requests = [];
  page.responses = [];
  page.errors = [];
  page.on('request', (req) => page.requests.push(req.url()));
  page.on('response', (res) => page.responses.push({ url: res.url(), status: res.status(), type: res.headers()['content-type'] || '' }));
  page.on('pageerror', (err) => page.errors.push(`uncaught: ${err.message}`));
  page.on('console', (msg) => {
    const text = msg.text();
    if (/panicked at|RuntimeError|unreachable executed/i.test(text)) page.errors.push(`console.${msg.type()}: ${text}`);
  });
  page.on('crash', () => page.errors.push('the page crashed'));
  const close = page.close.bind(page);
  page.close = async () => { await close().catch(() => {}); await context.close().catch(() => {}); };
  return page;
}

// --- waiting ------------------------------------------------------------------------------------
/** Wait until the app says it has rendered (`body[data-ready="1"]` and `main#app`). */
export async function waitReady(page) {
  await page.waitForFunction(() => document.body && document.body.dataset.ready === '1', null, { timeout: READY_TIMEOUT });
  await page.locator('main#app').waitFor({ state: 'attached', timeout: READY_TIMEOUT });
}

/**
 * Hold the app's wasm back, as a slow connection would, so the first screen (index.html alone) can
 * be looked at; call the function returned to let it through.
 */
export async function holdApp(page) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/crosscheck-app-[0-9a-f]+_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  return release;
}

/** Open the app at `url` (the server's /crosscheck/ URL, optionally with a #/... route). */
export async function openApp(page, url) {
  await page.goto(url);
  await waitReady(page);
}

/**
 * Retry `check` (an async function that throws on failure, e.g. with node:assert) until it
 * passes; after `timeout` ms rethrow its last error. This waits for the view to settle; the
 * assertion is what `check` asserts, never how long it took.
 */
export async function eventually(check, { timeout = SETTLE_TIMEOUT, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/**
 * Wait until the page has stopped scrolling (the same scroll position over five frames): a step
 * that scrolls smoothly to its target moves a sticky bar until the scroll ends, and a click sent
 * meanwhile can land beside the button it aimed at.
 */
export async function scrollSettled(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        let last = window.scrollY;
        let same = 0;
        const frame = () => {
          same = window.scrollY === last ? same + 1 : 0;
          last = window.scrollY;
          if (same >= 5) resolve();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

// --- reading the view -----------------------------------------------------------------------------
const squash = (s) => (s || '').replace(/\s+/g, ' ').trim();

/** data-doc of each listed result, in the order shown. */
export async function resultSlugs(page) {
  return page.$$eval('ol#results > li.result', (els) => els.map((e) => e.dataset.doc));
}

/** The titles shown in the result list, in order. */
export async function resultTitles(page) {
  const titles = await page.$$eval('ol#results > li.result a.result-title', (els) => els.map((e) => e.textContent));
  return titles.map(squash);
}

/** { slug: [text of each mark in that result's snippets] } for the listed results. */
export async function snippetMarks(page) {
  const rows = await page.$$eval('ol#results > li.result', (els) => els.map((e) => [
    e.dataset.doc,
    [...e.querySelectorAll('li.snippet mark')].map((m) => m.textContent),
  ]));
  return Object.fromEntries(rows.map(([doc, marks]) => [doc, marks.map(squash)]));
}

/** { slug: text of .result-hits } for the listed results. */
export async function resultHits(page) {
  const rows = await page.$$eval('ol#results > li.result', (els) => els.map((e) => [
    e.dataset.doc, e.querySelector('.result-hits')?.textContent ?? null,
  ]));
  return Object.fromEntries(rows.map(([doc, text]) => [doc, text === null ? null : squash(text)]));
}

/**
 * The article filter: [{ doc, checked, count }] in order, where count is the text of the
 * .doc-count that belongs to the box (the one in the box's smallest enclosing element that has
 * exactly one; else the one at the same position among all of them).
 */
export async function articleFilter(page) {
  return page.$eval('fieldset#article-filter', (fs) => {
    const boxes = [...fs.querySelectorAll('input[type=checkbox][data-doc]')];
    const all = [...fs.querySelectorAll('.doc-count')];
    // A count the page hides (no search: nothing to count) is no count.
    const text = (e) => (e && e.checkVisibility() ? e.textContent.replace(/\s+/g, ' ').trim() : null);
    return boxes.map((box, i) => {
      let scope = box.parentElement;
      while (scope && scope !== fs && scope.querySelectorAll('.doc-count').length === 0) scope = scope.parentElement;
      const own = scope && scope !== fs && scope.querySelectorAll('.doc-count').length === 1
        ? scope.querySelector('.doc-count')
        : (all.length === boxes.length ? all[i] : null);
      return { doc: box.dataset.doc, checked: box.checked, count: text(own) };
    });
  });
}

/** The reader's state: { doc, title, hitStatus, marks: [text], current: index of the current mark or -1 }. */
export async function readerState(page) {
  return page.$eval('article#reader', (el) => {
    const marks = [...el.querySelectorAll('mark.hit')];
    return {
      doc: el.dataset.doc,
      title: (el.querySelector('h2.reader-title')?.textContent || '').replace(/\s+/g, ' ').trim(),
      hitStatus: (document.querySelector('#hit-status')?.textContent || '').replace(/\s+/g, ' ').trim(),
      marks: marks.map((m) => m.textContent.replace(/\s+/g, ' ').trim()),
      current: marks.findIndex((m) => m.classList.contains('current')),
      currentCount: el.querySelectorAll('mark.hit.current').length,
    };
  });
}

/** The query notes shown (text of each .query-note in #query-notes). */
export async function queryNotes(page) {
  return page.$$eval('#query-notes .query-note', (els) => els.map((e) => e.textContent.replace(/\s+/g, ' ').trim()));
}

// --- acting like a user ---------------------------------------------------------------------------
/** Click into the search box, clear it, and type `text` key by key. */
export async function typeQuery(page, text) {
  const box = page.locator('input#search');
  await box.click();
  await box.fill('');
  await box.pressSequentially(text, { delay: 15 });
}

/** Parse "Hit 2 of 3" into { n: 2, of: 3 } (throws on anything else). */
export function parseHitStatus(text) {
  const m = /^Hit (\d+) of (\d+)$/.exec(text);
  if (!m) throw new Error(`#hit-status reads ${JSON.stringify(text)}, expected "Hit N of M"`);
  return { n: Number(m[1]), of: Number(m[2]) };
}

/** Save a full-page screenshot to e2e/artifacts/NAME.png; returns its path. */
export async function screenshot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
