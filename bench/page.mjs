// The page itself in headless Chromium (Debian's, through playwright-core as e2e/ drives it):
// start-up, typing, long tasks, memory and bytes, for release builds of the seeds and of bigger
// corpora.
//
//   node bench/page.mjs [--dist dist] [--dist target/bench-dist-500] [--loads 5] [--interval 120]
//   node bench/page.mjs --words --dist DIST --seeds SEEDS_DIR   (the word tools only: page-words.json)
//   node bench/page.mjs --typing [--views] --dist DIST --seeds SEEDS_DIR
//                                    (keystrokes, and with --views opening the views: page-typing.json)
//
// Default builds: dist/ (the seeds) and target/bench-dist-500 (500 articles), both built with
// `trunk build --release --public-url /crosscheck/` (scripts/bench.sh builds them). Writes
// bench/results/page.json and prints Markdown.
//
// What is measured, all from the page's own clock (performance.now(), 0 = navigation start):
// - first paint: first contentful paint as Chromium reports it (index.html's first screen: the
//   header, a search box that takes typing and the articles' list the build wrote in, before any
//   code has run); articles listed: the first frame with an article's title on screen (not before
//   the first paint), which the first-render budget is read against; app started:
//   `body[data-shell="1"]` (the app's own shell); app ready: `body[data-ready="1"]` (the corpus
//   decoded and the app's own list in place of the first screen's);
// - interactive: the first moment after ready that is followed by 500 ms without a long task;
// - keystroke to highlight: each query of bench/queries.json typed letter by letter into
//   #search, one key at a time; from the keydown event's time stamp to the first animation frame
//   after the last DOM change it caused (results, snippets and marks updated and about to be
//   painted), and to that DOM change itself; a key that changes nothing on screen is counted apart;
//   changes in the sidebar (the filter's counts, which a long collection updates once typing
//   pauses) are not the results and are left out (their work still shows as long tasks);
// - long tasks (PerformanceObserver 'longtask', over 50 ms) while typing: from a query's first
//   keydown to the settled screen after its last key (clearing the box between queries excluded);
// - every other view (and the reader) opened from the header: long tasks from the click until the
//   page is quiet, and while one query is typed there (past the pause that writes the address);
// - the first screen searchable: when the first module (crates/first-screen) says it is (its event
//   `crosscheck-first`), before the app has started;
// - memory after load: JS heap used after a forced garbage collection (CDP Performance.getMetrics)
//   plus the byte length of every WebAssembly memory still alive then (the first module's is let go
//   when the app takes over: held here through a WeakRef, it counts only if it was not freed);
// - bytes: each file of the build raw, gzip -9 and brotli -q 11, which of them the page fetched, and
//   the critical path: what the first screen needs to list and search the articles (index.html with
//   its style sheet, the first module's glue and wasm, the corpus file).
import { readdirSync, readFileSync, statSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startHarness, waitReady } from '../e2e/browser.mjs';
import { REPO, RESULTS, SEEDS, readArticles, targets, sizes, summary, machine, table, ms, bytes } from './lib.mjs';

/** How long without a long task makes the page interactive. */
const QUIET_MS = 500;
/** A key whose effect has settled: this long without a DOM change after a frame has shown it. */
const SETTLED_MS = 80;
/** A key that changed nothing on screen: this long without any DOM change. */
const UNCHANGED_MS = 400;

// Installed in every page before its own scripts: records the body's start-up attributes, long
// tasks, the WebAssembly memories, keydowns in #search, DOM changes and the frames after them.
function instrument() {
  const S = (window.__bench = { marks: {}, longtasks: [], keys: [], muts: [], frames: [], memories: [] });
  const mark = () => {
    const b = document.body;
    if (!b) return;
    if (b.dataset.shell === '1' && S.marks.shell === undefined) S.marks.shell = performance.now();
    if (b.dataset.ready === '1' && S.marks.ready === undefined) S.marks.ready = performance.now();
  };
  new MutationObserver(mark).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-shell', 'data-ready'] });
  addEventListener('crosscheck-first', () => { S.marks.searchable = performance.now(); }, { once: true });
  // The first frame with an article's title in it: the first screen's list (index.html) or the app's.
  const listed = () => {
    if (document.querySelector('.result-title')) S.marks.listed = performance.now();
    else requestAnimationFrame(listed);
  };
  requestAnimationFrame(listed);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) S.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      const instance = result.instance || result;
      if (instance.exports && instance.exports.memory) S.memories.push(new WeakRef(instance.exports.memory));
      return result;
    };
  }
  document.addEventListener('keydown', (e) => {
    // Shift and the like are part of typing a character, not keystrokes of their own.
    if (e.target && e.target.id === 'search' && e.key.length === 1) S.keys.push({ t: e.timeStamp, key: e.key });
  }, true);
  let framePending = false;
  // What a key changes in the results and the header; the filter's per-article counts (the
  // sidebar) are left out: in a long collection they follow once typing pauses (src/search_view.rs).
  const element = (n) => (n.nodeType === 1 ? n : n.parentElement);
  const changed = (records) => {
    if (records.every((r) => element(r.target)?.closest('aside.sidebar'))) return;
    S.muts.push(performance.now());
    if (framePending) return;
    framePending = true;
    requestAnimationFrame(() => {
      framePending = false;
      S.frames.push(performance.now());
    });
  };
  S.watchTyping = () => new MutationObserver(changed).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
}

/** Waits, in the page, until the last key's effect is on screen and settled (or nothing changed). */
function settle({ settledMs, unchangedMs }) {
  const S = window.__bench;
  return new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      const key = S.keys.length ? S.keys[S.keys.length - 1].t : 0;
      const mut = S.muts.length ? S.muts[S.muts.length - 1] : -Infinity;
      const frame = S.frames.length ? S.frames[S.frames.length - 1] : -Infinity;
      if (mut > key && frame > mut && now - mut > settledMs) return resolve(now);
      if (mut <= key && now - key > unchangedMs) return resolve(now);
      setTimeout(tick, 10);
    };
    tick();
  });
}

/** The end of the last long task before the first quiet window of QUIET_MS after `from`. */
function interactiveAt(from, longtasks) {
  let at = from;
  for (const t of [...longtasks].sort((a, b) => a.start - b.start)) {
    if (t.start + t.duration <= at) continue;
    if (t.start > at + QUIET_MS) break;
    at = t.start + t.duration;
  }
  return at;
}

async function measureLoad(harness, url) {
  const page = await harness.newPage();
  await page.addInitScript(instrument);
  await page.goto(url);
  await waitReady(page);
  // Let start-up finish (a quiet window after ready), then read the clock marks and memory.
  await page.waitForFunction((quiet) => {
    const S = window.__bench;
    const last = Math.max(S.marks.ready, ...S.longtasks.map((t) => t.start + t.duration));
    return performance.now() - last > quiet;
  }, QUIET_MS, { polling: 50, timeout: 60_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? null;
  const inPage = await page.evaluate(() => {
    const S = window.__bench;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      marks: S.marks,
      fcp: fcp ? fcp.startTime : null,
      longtasks: S.longtasks,
      wasmMemory: S.memories.reduce((s, m) => s + (m.deref()?.buffer.byteLength ?? 0), 0),
      wasmMemories: S.memories.filter((m) => m.deref()).length,
    };
  });
  await page.close();
  const ready = inPage.marks.ready;
  return {
    fcp: inPage.fcp,
    // Nothing is on screen before the first contentful paint, whatever the frame's clock said.
    listed: Math.max(inPage.marks.listed, inPage.fcp ?? 0),
    shell: inPage.marks.shell ?? null,
    searchable: inPage.marks.searchable ?? null,
    ready,
    interactive: interactiveAt(ready, inPage.longtasks),
    startupLongTasks: inPage.longtasks.filter((t) => t.start < ready + QUIET_MS).map((t) => Math.round(t.duration)),
    jsHeapUsed: metric('JSHeapUsedSize'),
    wasmMemory: inPage.wasmMemory,
    wasmMemories: inPage.wasmMemories,
    memory: metric('JSHeapUsedSize') + inPage.wasmMemory,
  };
}

/** A fresh page of the app, instrumented, ready, watching the DOM for what keys change. */
async function openInstrumented(harness, url) {
  const page = await harness.newPage();
  await page.addInitScript(instrument);
  await page.goto(url);
  await waitReady(page);
  await page.evaluate(() => window.__bench.watchTyping());
  return page;
}

/** Types `text` into the focused box a key at a time: each key's effect settled, then at least `interval` ms between keys. */
async function typeKeys(page, text, interval) {
  for (const ch of [...text]) {
    const t = Date.now();
    await page.keyboard.type(ch);
    await page.evaluate(settle, { settledMs: SETTLED_MS, unchangedMs: UNCHANGED_MS });
    const wait = interval - (Date.now() - t);
    if (wait > 0) await page.waitForTimeout(wait);
  }
}

async function measureTyping(harness, url, { interval }) {
  const page = await openInstrumented(harness, url);
  const box = page.locator('input#search');
  await box.click();
  const windows = [];
  for (const target of targets()) {
    const first = await page.evaluate(() => window.__bench.keys.length);
    await typeKeys(page, target, interval);
    const end = await page.evaluate(() => performance.now());
    windows.push({ target, first, end });
    await box.fill('');
    await page.evaluate(settle, { settledMs: SETTLED_MS, unchangedMs: UNCHANGED_MS });
  }
  const log = await page.evaluate(() => {
    const S = window.__bench;
    return { keys: S.keys, muts: S.muts, frames: S.frames, longtasks: S.longtasks };
  });
  const errors = page.errors;
  await page.close();

  // Each key: the DOM changes between it and the next key, and the first frame after the last.
  // A target's last key ends where its window ends: the box is then cleared (no key event), and
  // what clearing changes is not the key's doing.
  const windowEnd = (i) => windows.find((w, j) => i >= w.first && (j + 1 === windows.length || i < windows[j + 1].first))?.end ?? Infinity;
  const perKey = log.keys.map((k, i) => {
    const next = Math.min(i + 1 < log.keys.length ? log.keys[i + 1].t : Infinity, windowEnd(i));
    const muts = log.muts.filter((m) => m > k.t && m < next);
    if (muts.length === 0) return { key: k.key, changed: false };
    const lastMut = muts[muts.length - 1];
    const frame = log.frames.find((f) => f >= lastMut);
    return { key: k.key, changed: true, toDom: lastMut - k.t, toFrame: frame === undefined ? null : frame - k.t };
  });
  const typed = windows.map((w, i) => {
    const start = log.keys[w.first].t;
    return { target: w.target, start, end: w.end, keys: [w.first, i + 1 < windows.length ? windows[i + 1].first : log.keys.length] };
  });
  const typingTasks = log.longtasks.filter((t) => typed.some((w) => t.start + t.duration > w.start && t.start < w.end));
  const changed = perKey.filter((k) => k.changed);
  return {
    keystrokes: perKey.length,
    changedScreen: changed.length,
    toFrame: summary(changed.map((k) => k.toFrame).filter((x) => x !== null)),
    toDom: summary(changed.map((k) => k.toDom)),
    over16ms: changed.filter((k) => k.toFrame > 16).length,
    longTasks: {
      count: typingTasks.length,
      max: typingTasks.length ? Math.max(...typingTasks.map((t) => t.duration)) : 0,
      total: typingTasks.reduce((s, t) => s + t.duration, 0),
    },
    perTarget: typed.map((w) => {
      const ks = changed.filter((k) => perKey.indexOf(k) >= w.keys[0] && perKey.indexOf(k) < w.keys[1]);
      return { target: w.target, p95ToFrame: summary(ks.map((k) => k.toFrame).filter((x) => x !== null)).p95, keys: ks.map((k) => [k.key, k.toFrame === null ? null : Math.round(k.toFrame * 10) / 10]) };
    }),
    errors,
  };
}

/** The views other than the results list, opened from the header as a reader does. */
const VIEWS = ['Quotes', 'Who is quoted where', 'Names', 'Compare', 'Timeline', 'Profiles', 'Exercises'];
/** What is typed in each view, a key at a time (one of the query set's targets). */
const VIEW_QUERY = 'allegations';

/** Waits, in the page, until nothing in it has changed for `quietMs` (after a frame). */
function quiet({ quietMs }) {
  const S = window.__bench;
  return new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      const mut = S.muts.length ? S.muts[S.muts.length - 1] : -Infinity;
      if (now - mut > quietMs) return resolve(now);
      setTimeout(tick, 20);
    };
    tick();
  });
}

/**
 * Every view in turn (and the reader, from the first result): the long tasks from the click that
 * opens it until the page is quiet, and those while `VIEW_QUERY` is typed into the search box
 * there, a key every `interval` ms, until the screen has settled after the last key.
 */
async function measureViews(harness, url, { interval }) {
  const page = await openInstrumented(harness, url);
  const tasks = async (from, to) => page.evaluate(([a, b]) => window.__bench.longtasks
    .filter((t) => t.start + t.duration > a && t.start < b).map((t) => t.duration), [from, to]);
  const views = [];
  const open = [...VIEWS.map((v) => [v, () => page.click(`nav.views a:text-is("${v}")`)]),
    ['Reader (first article)', async () => { await page.click('nav.views a:text-is("Articles")'); await page.evaluate(quiet, { quietMs: 300 }); await page.click('ol#results a.result-title >> nth=0'); }]];
  for (const [view, go] of open) {
    await page.fill('input#search', '');
    await page.evaluate(quiet, { quietMs: 300 });
    const t0 = await page.evaluate(() => performance.now());
    await go();
    const opened = await page.evaluate(quiet, { quietMs: 300 });
    const opening = await tasks(t0, opened);
    await page.click('input#search');
    const t1 = await page.evaluate(() => performance.now());
    await typeKeys(page, VIEW_QUERY, interval);
    // Past the pause after which the search is written to the address.
    await page.waitForTimeout(500);
    const typed = await page.evaluate(quiet, { quietMs: 300 });
    const typing = await tasks(t1, typed);
    views.push({ view, opening: { count: opening.length, max: Math.max(0, ...opening) }, typing: { count: typing.length, max: Math.max(0, ...typing) } });
  }
  const errors = page.errors;
  await page.close();
  return { query: VIEW_QUERY, views, errors };
}

/** The word tools (issue #21), opened as a reader does: the search typed in Articles, then
 * Words from the header, then each tab. */
const WORD_TABS = ['Concordance', 'Trends', 'Collocates', 'Frequencies and distinctive words'];
/** The search the word tools open with, and what is typed in the concordance afterwards. */
const WORD_QUERY = 'election';
const WORD_TYPED = ['government', 'interference', 'president'];

/**
 * The word tools: for Words (from the header) and each of its tabs, the time from the click to
 * the last change on screen before it is quiet for 300 ms, and the long tasks meanwhile; then
 * every key of the words of `WORD_TYPED` typed into the search box on the concordance, from its keydown
 * to the first change of the page and to the first frame that shows it (the box and the results' count), and after the last key, when the
 * concordance of the whole word was on screen (it follows the search once typing pauses).
 */
async function measureWordViews(harness, url, { interval }) {
  const page = await openInstrumented(harness, url);
  const tasks = async (from, to) => page.evaluate(([a, b]) => window.__bench.longtasks
    .filter((t) => t.start + t.duration > a && t.start < b).map((t) => t.duration), [from, to]);
  await page.click('input#search');
  await page.keyboard.type(WORD_QUERY);
  await page.waitForTimeout(500);
  await page.evaluate(quiet, { quietMs: 300 });
  const views = [];
  const open = [['Words', () => page.click('nav.views a:text-is("Words")')],
    ...WORD_TABS.map((t) => [t, () => page.click(`nav.word-tabs a:text-is("${t}")`)])];
  for (const [view, go] of open) {
    const t0 = await page.evaluate(() => performance.now());
    await go();
    const quietAt = await page.evaluate(quiet, { quietMs: 300 });
    const last = await page.evaluate(([a]) => { const m = window.__bench.muts.filter((x) => x > a); return m.length ? m[m.length - 1] : a; }, [t0]);
    const opening = await tasks(t0, quietAt);
    views.push({ view, openMs: Math.round(last - t0), longTasks: opening.length, longest: Math.round(Math.max(0, ...opening)) });
  }
  await page.click('nav.word-tabs a:text-is("Concordance")');
  await page.evaluate(quiet, { quietMs: 300 });
  // Each word typed into an emptied box; the keys of all of them pooled (a p95 of ten keys would
  // be their maximum).
  const t1 = await page.evaluate(() => performance.now());
  const perKey = [];
  const perKeyToDom = [];
  const settled = [];
  let end = t1;
  for (const word of WORD_TYPED) {
    await page.fill('input#search', '');
    await page.waitForTimeout(500);
    await page.evaluate(quiet, { quietMs: 300 });
    await page.click('input#search');
    const first = await page.evaluate(() => window.__bench.keys.length);
    await typeKeys(page, word, interval);
    await page.waitForTimeout(500);
    end = await page.evaluate(quiet, { quietMs: 300 });
    const log = await page.evaluate(() => ({ keys: window.__bench.keys, muts: window.__bench.muts, frames: window.__bench.frames }));
    const keys = log.keys.slice(first);
    keys.forEach((k, i) => {
      const next = i + 1 < keys.length ? keys[i + 1].t : end;
      const muts = log.muts.filter((m) => m > k.t && m < next);
      if (muts.length === 0) return;
      const frame = log.frames.find((f) => f >= muts[0]);
      if (frame === undefined) return;
      perKey.push(frame - k.t);
      perKeyToDom.push(muts[0] - k.t);
    });
    // After the last key: when the concordance of the whole word was on screen (the pause included).
    const lastKey = keys[keys.length - 1].t;
    settled.push((log.muts.filter((m) => m > lastKey && m < end).pop() ?? lastKey) - lastKey);
  }
  const typingTasks = await tasks(t1, end);
  const errors = page.errors;
  await page.close();
  return { query: WORD_QUERY, views, typed: WORD_TYPED.join(' '), toFrame: summary(perKey), toDom: summary(perKeyToDom), settledMs: Math.round(Math.max(...settled)), keys: perKey.map((x) => Math.round(x * 10) / 10), longTasks: typingTasks.length, longest: Math.round(Math.max(0, ...typingTasks)), errors };
}

/** What the first screen needs to list and search the articles (see the top of this file). */
const CRITICAL = /^(index\.html|crosscheck-first\.js|crosscheck-first_bg\.wasm|corpus-[0-9a-f]+\.bin)$/;

/** Every file of a build with its sizes, whether the page fetched it at load and whether it is on
 * the critical path. */
function buildFiles(dist, fetched) {
  return readdirSync(dist, { recursive: true })
    .filter((f) => statSync(path.join(dist, f)).isFile())
    .sort()
    .map((f) => ({ file: f, fetched: fetched.has(f), critical: CRITICAL.test(f), ...sizes(readFileSync(path.join(dist, f))) }));
}

/** The articles a build was made from: the corpus file's link in index.html says how many. */
function corpusOf(dist) {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const m = /data-articles="(\d+)"/.exec(html);
  return m ? Number(m[1]) : null;
}

function arg(name) {
  const out = [];
  process.argv.forEach((a, i) => { if (a === name) out.push(process.argv[i + 1]); });
  return out;
}

async function main() {
  const dists = arg('--dist').length ? arg('--dist') : ['dist', 'target/bench-dist-500'];
  const sources = arg('--seeds').length ? arg('--seeds') : [SEEDS, path.join(REPO, 'target', 'bench-corpora', '500')];
  const loads = Number(arg('--loads')[0] ?? 5);
  const interval = Number(arg('--interval')[0] ?? 120);
  const runs = [];
  for (const [i, d] of dists.entries()) {
    const dist = path.resolve(REPO, d);
    if (!existsSync(path.join(dist, 'index.html'))) {
      process.stderr.write(`page: ${d} has no index.html (build it first; scripts/bench.sh does): skipped\n`);
      runs.push({ dist: d, skipped: 'not built' });
      continue;
    }
    const articles = readArticles(sources[i]);
    const corpusBytes = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
    const declared = corpusOf(dist);
    if (declared !== null && declared !== articles.length) {
      throw new Error(`${d} was built from ${declared} articles, not the ${articles.length} of ${sources[i]}`);
    }
    const harness = await startHarness({ dist });
    if (process.argv.includes('--typing')) {
      try {
        process.stderr.write(`page: ${d}: typing ${targets().length} queries\n`);
        runs.push({ dist: d, articles: articles.length, corpusBytes, typing: await measureTyping(harness, harness.server.url, { interval }) });
        if (process.argv.includes('--views')) {
          process.stderr.write(`page: ${d}: opening every view and typing in it\n`);
          runs[runs.length - 1].views = await measureViews(harness, harness.server.url, { interval });
        }
      } finally {
        await harness.close();
      }
      continue;
    }
    if (process.argv.includes('--words')) {
      try {
        process.stderr.write(`page: ${d}: the word tools\n`);
        runs.push({ dist: d, articles: articles.length, corpusBytes, words: await measureWordViews(harness, harness.server.url, { interval }) });
      } finally {
        await harness.close();
      }
      continue;
    }
    try {
      const url = harness.server.url;
      process.stderr.write(`page: ${d}: ${loads} loads\n`);
      const before = harness.server.requests.length;
      const samples = [];
      for (let k = 0; k < loads; k++) samples.push(await measureLoad(harness, url));
      const fetched = new Set(harness.server.requests.slice(before).filter((r) => r.status === 200)
        .map((r) => decodeURIComponent(new URL(r.path, 'http://x').pathname.slice(harness.server.base.length)) || 'index.html'));
      process.stderr.write(`page: ${d}: typing ${targets().length} queries\n`);
      const typing = await measureTyping(harness, url, { interval });
      process.stderr.write(`page: ${d}: opening every view and typing in it\n`);
      const views = await measureViews(harness, url, { interval });
      const pick = (k) => summary(samples.map((s) => s[k]));
      runs.push({
        dist: d,
        articles: articles.length,
        corpusBytes,
        loads: samples.length,
        fcp: pick('fcp'),
        listed: pick('listed'),
        shell: samples.every((s) => s.shell !== null) ? pick('shell') : null,
        searchable: samples.every((s) => s.searchable !== null) ? pick('searchable') : null,
        ready: pick('ready'),
        interactive: pick('interactive'),
        startupLongTasks: samples.map((s) => s.startupLongTasks),
        memory: { jsHeapUsed: pick('jsHeapUsed').p50, wasmMemory: pick('wasmMemory').p50, total: pick('memory').p50, wasmMemories: Math.max(...samples.map((s) => s.wasmMemories)) },
        typing,
        views,
        files: buildFiles(dist, fetched),
      });
    } finally {
      await harness.close();
    }
  }
  if (process.argv.includes('--typing')) {
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(path.join(RESULTS, 'page-typing.json'), `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), interval, runs }, null, 2)}\n`);
    console.log(typingTable(runs));
    if (runs.every((r) => r.views)) console.log(`\n${viewsTable(runs)}`);
    return;
  }
  if (process.argv.includes('--words')) {
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(path.join(RESULTS, 'page-words.json'), `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), interval, runs }, null, 2)}\n`);
    for (const r of runs.filter((x) => x.words)) {
      console.log(`\n${r.dist} (${r.articles} articles): opening each word tool after searching "${r.words.query}"\n`);
      console.log(table(['view', 'click to last change (ms)', 'long tasks', 'longest (ms)'], r.words.views.map((v) => [v.view, v.openMs, v.longTasks, v.longest])));
      console.log(`\ntyping "${r.words.typed}" in the concordance (${r.words.toFrame.n} keys): its concordance on screen at most ${r.words.settledMs} ms after a word's last key; key to the first change p50 ${r.words.toDom.p50?.toFixed(1)} ms, p95 ${r.words.toDom.p95?.toFixed(1)} ms; key to first frame p50 ${r.words.toFrame.p50?.toFixed(1)} ms, p95 ${r.words.toFrame.p95?.toFixed(1)} ms, max ${r.words.toFrame.max?.toFixed(1)} ms; long tasks ${r.words.longTasks} (longest ${r.words.longest} ms); errors ${r.words.errors.length}`);
    }
    return;
  }
  const measured = runs.filter((r) => !r.skipped);
  const result = { date: new Date().toISOString(), machine: machine(), chromium: '/usr/bin/chromium, headless, no throttling, local server', interval, runs, budgets: budgets(measured) };
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(path.join(RESULTS, 'page.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(report(result));
}

/** The performance issue's page budgets, from the runs measured. */
function budgets(runs) {
  const seeds = runs.find((r) => r.articles === 5);
  const big = runs.filter((r) => r.articles >= 500).sort((a, b) => b.articles - a.articles)[0];
  const out = {};
  if (seeds) {
    const critical = seeds.files.filter((f) => f.critical).reduce((s, f) => s + f.brotli, 0);
    out.criticalPathSeeds = { rule: 'critical-path bytes at the seeds (index.html, the first module, the corpus; brotli) <= 150 KB', bytes: critical, met: critical <= 150_000 };
    out.keystrokeToHighlightSeeds = { rule: 'p95 keystroke to highlighted results <= 16 ms at the seeds', value: seeds.typing.toFrame.p95, met: seeds.typing.toFrame.p95 <= 16 };
    // Read strictly: the seed articles listed on screen, not only a header and a search box.
    out.firstRenderSeeds = { rule: 'first render of the seed corpus (the articles listed on screen) <= 300 ms (median of the loads)', value: seeds.listed.p50, firstPaint: seeds.fcp.p50, appReady: seeds.ready.p50, met: seeds.listed.p50 <= 300 };
  }
  if (big) {
    out.longTasksTyping = { rule: `no long task over 50 ms while typing at ${big.articles} articles (results list)`, value: big.typing.longTasks.max, count: big.typing.longTasks.count, met: big.typing.longTasks.count === 0 };
    const inViews = big.views.views.filter((v) => v.typing.count > 0);
    out.longTasksTypingViews = { rule: `no long task over 50 ms while typing at ${big.articles} articles (every other view and the reader)`, value: Math.max(0, ...big.views.views.map((v) => v.typing.max)), count: inViews.reduce((s, v) => s + v.typing.count, 0), met: inViews.length === 0 };
  }
  if (seeds && big) {
    // memory = overhead + k x corpus bytes, through the two points; the budget is k <= 3.
    const k = (big.memory.total - seeds.memory.total) / (big.corpusBytes - seeds.corpusBytes);
    const overhead = seeds.memory.total - k * seeds.corpusBytes;
    out.memory = {
      rule: 'memory after load <= 3 x raw corpus bytes + a fixed app overhead',
      bytesPerCorpusByte: k,
      overhead,
      met: k <= 3,
    };
  }
  return out;
}

/** Keystroke to highlighted results, a row a build. */
function typingTable(runs) {
  return table(['build', 'keystrokes (changed the screen)', 'to frame p50', 'p95', 'max', 'to DOM p95', 'over 16 ms', 'long tasks while typing (max)'],
    runs.map((r) => [r.dist, `${r.typing.keystrokes} (${r.typing.changedScreen})`, ms(r.typing.toFrame.p50), ms(r.typing.toFrame.p95), ms(r.typing.toFrame.max),
      ms(r.typing.toDom.p95), r.typing.over16ms, `${r.typing.longTasks.count} (${ms(r.typing.longTasks.max)})`]));
}

/** Opening each view, then typing in it: long tasks, a row a view. */
function viewsTable(runs) {
  return [`Opening each view from the header, then typing "${runs[0]?.views.query}" in it (long tasks over 50 ms: how many, the longest):`, '',
    table(['view', ...runs.flatMap((r) => [`${r.dist}: opening`, 'typing'])],
      (runs[0]?.views.views ?? []).map((v, i) => [v.view, ...runs.flatMap((r) => {
        const w = r.views.views[i];
        return [`${w.opening.count} (${ms(w.opening.max)})`, `${w.typing.count} (${ms(w.typing.max)})`];
      })]))].join('\n');
}

function report(result) {
  const out = [];
  const runs = result.runs.filter((r) => !r.skipped);
  out.push(table(['build', 'articles', 'first paint', 'articles listed', 'first screen searchable', 'app started (data-shell)', 'app ready (data-ready)', 'interactive', 'memory after load (JS heap + wasm; wasm memories alive)'],
    runs.map((r) => [r.dist, r.articles, ms(r.fcp.p50), ms(r.listed.p50), r.searchable ? ms(r.searchable.p50) : 'no first module', r.shell ? ms(r.shell.p50) : 'no data-shell', ms(r.ready.p50), ms(r.interactive.p50),
      `${bytes(r.memory.total)} (${bytes(r.memory.jsHeapUsed)} + ${bytes(r.memory.wasmMemory)}; ${r.memory.wasmMemories})`])), '');
  out.push(typingTable(runs), '');
  out.push(viewsTable(runs), '');
  for (const r of runs) {
    const rows = r.files.map((f) => [f.file, f.fetched ? 'yes' : 'no', f.critical ? 'yes' : '', bytes(f.raw), bytes(f.gzip), bytes(f.brotli)]);
    const sum = (k, which) => r.files.filter(which).reduce((s, f) => s + f[k], 0);
    for (const [label, which] of [['critical path', (f) => f.critical], ['fetched at load', (f) => f.fetched]]) {
      rows.push([`**${label}**`, '', '', bytes(sum('raw', which)), bytes(sum('gzip', which)), `**${bytes(sum('brotli', which))}**`]);
    }
    out.push(`${r.dist} (${r.articles} articles, ${bytes(r.corpusBytes)} bytes of text):`, '', table(['file', 'fetched', 'critical path', 'raw', 'gzip', 'brotli'], rows), '');
  }
  for (const b of Object.values(result.budgets)) {
    const value = b.value !== undefined ? ms(b.value) : b.bytes !== undefined ? `${bytes(b.bytes)} bytes` : `${b.bytesPerCorpusByte.toFixed(2)} bytes per corpus byte + ${bytes(Math.round(b.overhead))}`;
    out.push(`- ${b.rule}: ${value}: ${b.met ? 'met' : 'missed'}`);
  }
  return out.join('\n');
}

main().catch((err) => { console.error(err); process.exit(1); });
