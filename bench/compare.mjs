// Side by side, in one run: Crosscheck's engine compiled to wasm against MiniSearch and
// FlexSearch, on the same documents and the same keystrokes, at several corpus sizes; and
// Pagefind (its binary from npm) in headless Chromium for the static-search case.
//
//   node bench/compare.mjs [--sizes 5,50,500,5000] [--full-max 500] [--no-pagefind] [--no-decode] [--budget-ms 3000]
//
// Needs target/bench-wasm (crates/engine-wasm through wasm-bindgen) and `npm ci` in bench/ and
// e2e/; scripts/bench.sh does all of it. Writes bench/results/compare.json and prints Markdown.
//
// The in-memory engines run in Node, not in Chromium: both run V8 with the same wasm and
// JavaScript compilers, and the browser would add nothing to a function call that touches no
// DOM, while Node gives a forced garbage collection (--expose-gc) for memory deltas. Each engine
// and size runs in its own fresh Node process, so no engine inherits another's heap or JIT state.
// Pagefind is made for the browser (it fetches its index in chunks), so it runs in Chromium.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  REPO, RESULTS, ENGINE_WASM, corpusDir, readArticles, keystrokes, targets, sizes, summary, machine, table, ms, bytes,
} from './lib.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** How many results a keystroke shows where an engine computes what is shown (Pagefind, highlight). */
const SHOWN = 10;

// --- the engines, as each is configured for search-as-you-type ---------------------------------
// Each: build(articles) -> handle; keystroke(handle, typed) -> a number that depends on the work
// (so it cannot be optimised away); found(handle, typed) -> documents found; serialize(handle) ->
// bytes a page would ship instead of building; memory(before, after) -> bytes; drop(handle).
/** Crosscheck's wasm module, built or decoded by `make(wasm, articles, options)`. */
function crosscheck(label, make, extra = {}) {
  return {
    label,
    load: () => require(ENGINE_WASM),
    build: make,
    keystroke: (w, e, q) => e.keystroke(q),
    found: (w, e, q) => e.found(q),
    serialize: (w, e) => e.toBytes(),
    drop: (w, e) => e.free(),
    ...extra,
  };
}

/** Hands the articles to the wasm module and builds them with `how` ('buildSearch' or 'buildFull'). */
function fromTexts(how) {
  return (w, articles) => {
    const texts = new w.Texts();
    for (const a of articles) texts.add(a.name, a.text);
    const engine = texts[how]();
    texts.free();
    return engine;
  };
}

const ENGINES = {
  crosscheck: crosscheck('Crosscheck (wasm)', fromTexts('buildSearch'), { highlight: (w, e, q) => e.highlight(q, SHOWN) }),
  'crosscheck-full': crosscheck('Crosscheck (wasm), whole corpus as the page ships it', fromTexts('buildFull')),
  'crosscheck-decode': crosscheck('Crosscheck (wasm), decoding the corpus bytes built natively',
    (w, articles, { corpusFile }) => w.Engine.fromBytes(readFileSync(corpusFile))),
  minisearch: {
    label: 'MiniSearch 7.2.0',
    load() {
      return require('minisearch');
    },
    build(MiniSearch, articles) {
      // One text field, as Crosscheck indexes the whole file. Every word must match (as in
      // Crosscheck), the last one also as a prefix (it is still being typed). No fuzzy matching.
      const ms = new MiniSearch({
        fields: ['text'],
        searchOptions: { combineWith: 'AND', prefix: (term, i, terms) => i === terms.length - 1 },
      });
      ms.addAll(articles.map((a, id) => ({ id, text: a.text })));
      return ms;
    },
    keystroke: (M, ms, q) => {
      const r = ms.search(q);
      return r.length + (r.length ? r[0].terms.length : 0);
    },
    found: (M, ms, q) => ms.search(q).length,
    serialize: (M, ms) => Buffer.from(JSON.stringify(ms)),
    drop() {},
  },
  flexsearch: {
    label: 'FlexSearch 0.8.212',
    load() {
      return require('flexsearch');
    },
    build(FlexSearch, articles) {
      // tokenize "forward" indexes every word's prefixes: FlexSearch's way to search as one types
      // (it applies to every word of the query, not only the last). The default encoder folds case
      // and diacritics. Multi-word queries intersect (every word must match).
      const index = new FlexSearch.Index({ tokenize: 'forward' });
      articles.forEach((a, id) => index.add(id, a.text));
      return index;
    },
    keystroke: (F, index, q, n) => index.search(q, { limit: n }).length,
    found: (F, index, q, n) => index.search(q, { limit: n }).length,
    serialize(F, index) {
      const parts = {};
      index.export((key, data) => { parts[key] = data; });
      return Buffer.from(JSON.stringify(parts));
    },
    drop() {},
  },
};

// --- one engine on one corpus, in its own process -------------------------------------------------
function memoryNow(w, engineName) {
  globalThis.gc();
  globalThis.gc();
  const m = process.memoryUsage();
  const wasm = engineName.startsWith('crosscheck') ? { live: w.liveBytes(), linear: w.memoryBytes() } : null;
  return { heapUsed: m.heapUsed, arrayBuffers: m.arrayBuffers, wasm };
}

/** Runs `fn` repeatedly until `budgetMs` is spent (at least `min`, at most `max` times). */
function repeat(fn, { budgetMs, min = 1, max = 20 }) {
  const start = performance.now();
  for (let i = 0; i < max && (i < min || performance.now() - start < budgetMs); i++) fn(i);
}

async function worker(engineName, dir, { corpusFile, budgetMs }) {
  const engine = ENGINES[engineName];
  const w = engine.load();
  const articles = readArticles(dir);
  const n = articles.length;
  const keys = keystrokes();
  const corpusBytes = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0);

  const before = memoryNow(w, engineName);
  let t = performance.now();
  const handle = engine.build(w, articles, { corpusFile });
  const buildCold = performance.now() - t;
  const after = memoryNow(w, engineName);
  const memory = {
    jsHeap: after.heapUsed - before.heapUsed + (after.arrayBuffers - before.arrayBuffers),
    ...(after.wasm ? { wasmLive: after.wasm.live - before.wasm.live, wasmLinearGrowth: after.wasm.linear - before.wasm.linear } : {}),
  };
  memory.total = memory.jsHeap + (memory.wasmLive ?? 0);

  const serialized = engine.serialize(w, handle);
  const size = sizes(serialized);

  // Sanity: the same word must be found by every engine, or the comparison compares nothing.
  const probe = targets()[0];
  const foundProbe = engine.found(w, handle, probe, n);
  if (!(foundProbe > 0)) throw new Error(`${engineName} finds nothing for ${JSON.stringify(probe)} in ${dir}`);

  // More builds (warm JIT) for the build time; each dropped before the next.
  const builds = [buildCold];
  repeat(() => {
    t = performance.now();
    const h = engine.build(w, articles, { corpusFile });
    builds.push(performance.now() - t);
    engine.drop(w, h);
  }, { budgetMs, min: 0, max: 4 });
  const warmBuilds = builds.slice(1);

  // Keystrokes: one warm-up pass over the whole sequence, then timed passes; every sample kept.
  const time = (fn) => {
    let sink = 0;
    for (const q of keys) sink += fn(q);
    const samples = [];
    repeat(() => {
      for (const q of keys) {
        const a = performance.now();
        sink += fn(q);
        samples.push(performance.now() - a);
      }
    }, { budgetMs, min: 1, max: 10 });
    if (sink < 0) console.error(sink);
    return summary(samples);
  };
  const perKeystroke = time((q) => engine.keystroke(w, handle, q, n));
  const withHighlight = engine.highlight ? time((q) => engine.highlight(w, handle, q)) : null;
  const found = Object.fromEntries(targets().map((q) => [q, engine.found(w, handle, q, n)]));

  return {
    engine: engineName,
    label: engine.label,
    articles: n,
    corpusBytes,
    keystrokes: keys.length,
    buildMs: { cold: buildCold, warm: warmBuilds.length ? summary(warmBuilds).p50 : null, runs: builds.length },
    perKeystroke,
    withHighlight,
    serialized: size,
    memory,
    found,
  };
}

// --- Pagefind in Chromium -----------------------------------------------------------------------
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One HTML page per article (title = first line, paragraphs at blank lines) and an empty index.html. */
function writeSite(articles, site) {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(path.join(site, 'a'), { recursive: true });
  writeFileSync(path.join(site, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind bench</title></head><body></body></html>\n');
  for (const a of articles) {
    const [title, ...rest] = a.text.trim().split('\n');
    const paras = rest.join('\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`
      + `<body><main data-pagefind-body><h1>${escapeHtml(title)}</h1>\n${paras.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</main></body></html>\n`;
    writeFileSync(path.join(site, 'a', a.name.replace(/\.txt$/, '.html')), html);
  }
}

function dirFiles(dir) {
  return readdirSync(dir, { recursive: true }).map((f) => path.join(dir, f)).filter((f) => statSync(f).isFile());
}

async function pagefind(n, dir) {
  const articles = readArticles(dir);
  const site = path.join(REPO, 'target', 'bench-pagefind', String(n));
  writeSite(articles, site);
  const bin = path.join(HERE, 'node_modules', '.bin', 'pagefind');
  let t = performance.now();
  execFileSync(bin, ['--site', site, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const buildMs = performance.now() - t;
  // What a search page needs of Pagefind's output (its UI bundles are left out).
  const needed = (f) => !/pagefind-(component-|modular-)?ui|pagefind-highlight|wasm\.unknown/.test(path.basename(f));
  const indexFiles = dirFiles(path.join(site, 'pagefind')).filter(needed);
  const total = { raw: 0, gzip: 0, brotli: 0, files: indexFiles.length };
  for (const f of indexFiles) {
    const s = sizes(readFileSync(f));
    total.raw += s.raw; total.gzip += s.gzip; total.brotli += s.brotli;
  }

  const { startHarness } = await import('../e2e/browser.mjs');
  const harness = await startHarness({ dist: site });
  try {
    const { server } = harness;
    // Bytes fetched, counted at the server (Pagefind fetches from a web worker, whose requests a
    // page's resource timing does not list): the size of each file answered with 200.
    const served = (from) => {
      const got = server.requests.slice(from).filter((r) => r.status === 200 && r.path.includes('/pagefind/'));
      const body = got.reduce((sum, r) => sum + statSync(path.join(site, decodeURIComponent(new URL(r.path, 'http://x').pathname.slice(server.base.length)))).size, 0);
      return { requests: got.length, bytes: body };
    };
    const page = await harness.newPage();
    await page.goto(`${server.url}index.html`);
    const mark0 = server.requests.length;
    const initMs = await page.evaluate(async () => {
      const t0 = performance.now();
      const pf = await import(new URL('pagefind/pagefind.js', location.href).href);
      await pf.init();
      window.pf = pf;
      return performance.now() - t0;
    });
    const init = served(mark0);
    const keys = keystrokes();
    const samples = [];
    for (const q of keys) {
      const mark = server.requests.length;
      const t = await page.evaluate(async ({ q, shown }) => {
        const a = performance.now();
        const s = await window.pf.search(q);
        const b = performance.now();
        await Promise.all(s.results.slice(0, shown).map((r) => r.data()));
        return { searchMs: b - a, withResultsMs: performance.now() - a, found: s.results.length };
      }, { q, shown: SHOWN });
      samples.push({ q, ...t, ...served(mark) });
    }
    const found = {};
    for (const q of targets()) found[q] = await page.evaluate(async (q) => (await window.pf.search(q)).results.length, q);
    const all = served(mark0);
    await page.close();
    return {
      engine: 'pagefind',
      label: 'Pagefind 1.6.0 (Chromium, fetched from a local server)',
      articles: n,
      corpusBytes: articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0),
      keystrokes: keys.length,
      buildMs: { cold: buildMs, warm: null, runs: 1, note: 'the pagefind binary over one HTML page per article, process start included' },
      index: total,
      initMs,
      initBytes: init.bytes,
      initRequests: init.requests,
      perKeystroke: summary(samples.map((s) => s.withResultsMs)),
      perKeystrokeSearch: summary(samples.map((s) => s.searchMs)),
      perKeystrokeBytes: summary(samples.map((s) => s.bytes)),
      bytesFetched: all.bytes,
      requests: all.requests,
      found,
    };
  } finally {
    await harness.close();
  }
}

// --- the run --------------------------------------------------------------------------------------
/** Corpus bytes built natively (the page's build step), for the decode run; null if no tool is there. */
function nativeCorpus(n, dir) {
  const out = path.join(REPO, 'target', 'bench-corpus-bytes', `${n}.bin`);
  mkdirSync(path.dirname(out), { recursive: true });
  const tools = [
    ['crates/corpus-build', ['run', '--quiet', '--profile', 'tool', '-p', 'crosscheck-corpus-build', '--', dir, '--out', out]],
    ['crates/cli', ['run', '--quiet', '--release', '-p', 'crosscheck-cli', '--bin', 'crosscheck', '--', 'index', dir, '--out', out]],
  ];
  for (const [crate, args] of tools) {
    if (!existsSync(path.join(REPO, crate, 'Cargo.toml'))) continue;
    const r = spawnSync('cargo', args, { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status === 0 && existsSync(out)) return { file: out, tool: crate };
  }
  return null;
}

function runWorker(engine, dir, extra, budgetMs) {
  const args = ['--expose-gc', '--max-old-space-size=12000', fileURLToPath(import.meta.url), '--worker', engine, dir, '--budget-ms', String(budgetMs)];
  if (extra.corpusFile) args.push('--corpus-file', extra.corpusFile);
  const r = spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`${engine} on ${dir} failed (exit ${r.status})`);
  return JSON.parse(r.stdout);
}

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

async function main() {
  const budgetMs = Number(arg('--budget-ms', 3000));
  if (process.argv[2] === '--worker') {
    const result = await worker(process.argv[3], process.argv[4], { corpusFile: arg('--corpus-file'), budgetMs });
    process.stdout.write(JSON.stringify(result));
    return;
  }
  if (!existsSync(ENGINE_WASM)) throw new Error(`${ENGINE_WASM} is missing: run scripts/bench.sh (it builds crates/engine-wasm)`);
  const wanted = arg('--sizes', '5,50,500,5000').split(',').map(Number);
  const fullMax = Number(arg('--full-max', 500));
  const withPagefind = !process.argv.includes('--no-pagefind');

  // Sizes measured earlier with the same keystrokes are kept, so sizes can be run apart
  // (`--sizes 5000` after `--sizes 5,50,500`); the file is written after every size.
  const file = path.join(RESULTS, 'compare.json');
  const earlier = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  const keep = earlier && JSON.stringify(earlier.targets) === JSON.stringify(targets()) ? earlier.runs.filter((r) => !wanted.includes(r.articles)) : [];
  const runs = [];
  const result = {
    date: new Date().toISOString(),
    machine: machine(),
    where: 'Crosscheck, MiniSearch, FlexSearch: Node (V8), one fresh process per engine and size; Pagefind: headless Chromium against a local static server',
    keystrokes: keystrokes().length,
    targets: targets(),
    runs,
  };
  const save = () => {
    result.runs = [...keep, ...runs].sort((a, b) => a.articles - b.articles);
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  };
  for (const n of wanted) {
    const dir = corpusDir(n);
    if (!dir) {
      process.stderr.write(`compare: no corpus of ${n} articles (crates/corpusgen is not there yet): skipped\n`);
      runs.push({ articles: n, skipped: 'no corpus of this size (crates/corpusgen missing)' });
      continue;
    }
    const entry = { articles: n, dir: path.relative(REPO, dir), date: new Date().toISOString(), engines: [] };
    // --no-decode: skip building the corpus natively (six minutes at 5,000 articles) and its decode run.
    const native = process.argv.includes('--no-decode') ? null : nativeCorpus(n, dir);
    const plan = [
      ['crosscheck', {}],
      ...(n <= fullMax ? [['crosscheck-full', {}]] : []),
      ...(native ? [['crosscheck-decode', { corpusFile: native.file }]] : []),
      ['minisearch', {}],
      ['flexsearch', {}],
    ];
    for (const [engine, extra] of plan) {
      process.stderr.write(`compare: ${n} articles, ${engine}\n`);
      try {
        const r = runWorker(engine, dir, extra, budgetMs);
        if (native && engine === 'crosscheck-decode') r.corpusTool = native.tool;
        entry.engines.push(r);
      } catch (err) {
        process.stderr.write(`compare: ${err.message}\n`);
        entry.engines.push({ engine, failed: err.message });
      }
    }
    if (withPagefind) {
      process.stderr.write(`compare: ${n} articles, pagefind\n`);
      entry.engines.push(await pagefind(n, dir));
    }
    const by = Object.fromEntries(entry.engines.filter((e) => !e.failed).map((e) => [e.engine, e]));
    const cc = by.crosscheck;
    const mini = by.minisearch;
    if (cc && mini) {
      entry.ratios = {
        p50: cc.perKeystroke.p50 / mini.perKeystroke.p50,
        p95: cc.perKeystroke.p95 / mini.perKeystroke.p95,
        max: cc.perKeystroke.max / mini.perKeystroke.max,
        p95WithHighlight: cc.withHighlight.p95 / mini.perKeystroke.p95,
        buildWarm: (cc.buildMs.warm ?? cc.buildMs.cold) / (mini.buildMs.warm ?? mini.buildMs.cold),
        bytesBrotli: cc.serialized.brotli / mini.serialized.brotli,
        memory: cc.memory.total / mini.memory.total,
      };
      entry.budget = { rule: 'Crosscheck p95 per keystroke <= 0.5 x MiniSearch p95', met: entry.ratios.p95 <= 0.5 };
    }
    runs.push(entry);
    save();
  }
  save();
  console.log(report(result));
}

/** The Markdown tables of a result. */
export function report(result) {
  const out = [`Side by side: ${result.keystrokes} keystrokes (every prefix of ${result.targets.length} queries); ${result.where}.`, ''];
  for (const run of result.runs) {
    if (run.skipped) { out.push(`**${run.articles} articles**: skipped (${run.skipped})`, ''); continue; }
    const ok = run.engines.filter((e) => !e.failed);
    const mib = (ok[0].corpusBytes / 2 ** 20).toFixed(2);
    out.push(`**${run.articles} articles** (${bytes(ok[0].corpusBytes)} bytes of text, ${mib} MiB)`, '');
    for (const e of run.engines.filter((x) => x.failed)) out.push(`${e.engine}: failed (${e.failed})`, '');
    const rows = ok.map((e) => {
      const s = e.serialized ?? e.index;
      const build = e.engine === 'crosscheck-decode' ? `${ms(e.buildMs.warm ?? e.buildMs.cold)} (decode)` : ms(e.buildMs.warm ?? e.buildMs.cold);
      return [
        e.label, build, ms(e.perKeystroke.p50), ms(e.perKeystroke.p95), ms(e.perKeystroke.max),
        e.withHighlight ? ms(e.withHighlight.p95) : null,
        s ? `${bytes(s.raw)} / ${bytes(s.gzip)} / ${bytes(s.brotli)}` : null,
        e.memory ? bytes(e.memory.total) : null,
      ];
    });
    out.push(table(['engine', 'build', 'p50', 'p95', 'max', `p95 + snippets of top ${SHOWN}`, 'bytes raw / gzip / brotli', 'memory'], rows), '');
    const pf = run.engines.find((e) => e.engine === 'pagefind');
    if (pf) {
      out.push(`Pagefind: init ${ms(pf.initMs)} and ${bytes(pf.initBytes)} bytes in ${pf.initRequests} request(s); `
        + `${bytes(pf.bytesFetched)} bytes fetched over the whole sequence in ${pf.requests} requests (p95 per keystroke ${bytes(pf.perKeystrokeBytes.p95)}, max ${bytes(pf.perKeystrokeBytes.max)}); `
        + `search alone p50 ${ms(pf.perKeystrokeSearch.p50)}, p95 ${ms(pf.perKeystrokeSearch.p95)}; with the top ${SHOWN} results' data p50 ${ms(pf.perKeystroke.p50)}, p95 ${ms(pf.perKeystroke.p95)}.`, '');
    }
    const r = run.ratios;
    if (!r) continue;
    out.push(`Crosscheck / MiniSearch: p50 ${r.p50.toFixed(2)}, p95 ${r.p95.toFixed(2)} (budget <= 0.5: ${run.budget.met ? 'met' : 'missed'}), `
      + `p95 with snippets ${r.p95WithHighlight.toFixed(2)}, build ${r.buildWarm.toFixed(2)}, bytes (brotli) ${r.bytesBrotli.toFixed(2)}, memory ${r.memory.toFixed(2)}.`, '');
  }
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((err) => { console.error(err); process.exit(1); });
}
