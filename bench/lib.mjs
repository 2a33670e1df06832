// What bench/compare.mjs and bench/page.mjs share: where things are, the corpora and the
// keystrokes, compressed sizes, percentiles and Markdown tables.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(HERE, '..');
export const RESULTS = path.join(HERE, 'results');
export const SEEDS = path.join(REPO, 'seeds');
/** Where crates/corpusgen writes generated corpora: target/bench-corpora/N. */
export const CORPORA = path.join(REPO, 'target', 'bench-corpora');
/** The engine as a bare wasm module (crates/engine-wasm, built by scripts/bench.sh). */
export const ENGINE_WASM = path.join(REPO, 'target', 'bench-wasm', 'engine_wasm.js');

/** Used when bench/queries.json is missing: a few queries typed on the seeds. */
const FALLBACK_TARGETS = ['Kislyak', 'interference', '"great pressure"', 'comey OR lavrov', 'trump -putin', 'zelensk*', 'election security'];

/** The query targets typed letter by letter (bench/queries.json, shared with the native runs). */
export function targets() {
  const file = path.join(HERE, 'queries.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).targets : FALLBACK_TARGETS;
}

/** Every prefix of every target, in order: one search per keystroke. */
export function keystrokes(list = targets()) {
  return list.flatMap((t) => {
    const chars = [...t];
    return chars.map((_, i) => chars.slice(0, i + 1).join(''));
  });
}

/**
 * The folder of the corpus of `n` articles: seeds/ for 5 (the seeds), else target/bench-corpora/N,
 * generated with crates/corpusgen when it is missing. null when it cannot be had.
 */
export function corpusDir(n) {
  if (n === 5) return SEEDS;
  const dir = path.join(CORPORA, String(n));
  if (articleFiles(dir).length === n) return dir;
  if (!existsSync(path.join(REPO, 'crates', 'corpusgen', 'Cargo.toml'))) return null;
  process.stderr.write(`generating ${n} articles into ${path.relative(REPO, dir)} (crates/corpusgen)\n`);
  execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'crosscheck-corpusgen', '--', '--articles', String(n), '--out', dir],
    { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
  return articleFiles(dir).length === n ? dir : null;
}

/** The `.txt` files of a folder, sorted (as the engine reads a seed folder). */
export function articleFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
}

/** [{ name, text }] for every article of a folder. */
export function readArticles(dir) {
  return articleFiles(dir).map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }));
}

/** Compressed sizes as a static host would serve them: gzip level 9, brotli quality 11. */
export function sizes(buf) {
  const bytes = Buffer.isBuffer(buf) ? buf : Buffer.from(buf);
  // Brotli's best quality is slow on tens of megabytes: quality 9 there (said in the result).
  const quality = bytes.length > 16 << 20 ? 9 : 11;
  return {
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
      },
    }).length,
    ...(quality === 11 ? {} : { brotliQuality: quality }),
  };
}

/** Nearest-rank percentile of an array of numbers (p in 0..100). */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** { n, p50, p95, max, mean } of samples. */
export function summary(values) {
  if (values.length === 0) return { n: 0, p50: null, p95: null, max: null, mean: null };
  return {
    n: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: Math.max(...values),
    mean: values.reduce((a, b) => a + b, 0) / values.length,
  };
}

/** The machine, for the results file. */
export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim(),
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

/** A Markdown table from a header row and rows of cells. */
export function table(header, rows) {
  const line = (cells) => `| ${cells.map((c) => (c === null || c === undefined ? '–' : String(c))).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A duration in ms, readably: µs below a millisecond. */
export function ms(x) {
  if (x === null || x === undefined) return null;
  if (x < 1) return `${(x * 1000).toFixed(x < 0.1 ? 1 : 0)} µs`;
  if (x < 100) return `${x.toFixed(x < 10 ? 2 : 1)} ms`;
  return x < 10_000 ? `${Math.round(x)} ms` : `${(x / 1000).toFixed(1)} s`;
}

/** A byte count with thousands separators. */
export function bytes(n) {
  return n === null || n === undefined ? null : n.toLocaleString('en-US');
}
