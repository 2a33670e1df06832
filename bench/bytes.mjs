// What a build makes the page download before search works, against the articles' own text
// (issue #22's first budget), without starting a browser:
//
//   node bench/bytes.mjs --dist DIST --seeds SEEDS_DIR [--dist DIST2 --seeds SEEDS_DIR2 ...]
//
// For each build: the articles' own text (their files' bytes concatenated, in name order) raw and
// brotli; the critical path (index.html with its style sheet, the first module's glue and wasm,
// the corpus file the first screen searches: the same files as bench/page.mjs's CRITICAL) and its
// ratio to the text's brotli size; what comes after (the rest of the corpus, the app's wasm and
// JS). Brotli as bench/lib.mjs's `sizes` (quality 11, a 16 MB window), for text and files alike.
// Prints Markdown and writes bench/results/bytes.json.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { REPO, RESULTS, readArticles, sizes, table, bytes } from './lib.mjs';

const CRITICAL = /^(index\.html|crosscheck-first\.js|crosscheck-first_bg\.wasm|corpus-[0-9a-f]+\.bin)$/;
const REST = /^rest-[0-9a-f]+\.bin$/;
const APP = /^crosscheck-app-[0-9a-f]+(_bg\.wasm|\.js)$/;

function arg(name) {
  const out = [];
  process.argv.forEach((a, i) => { if (a === name) out.push(process.argv[i + 1]); });
  return out;
}

const dists = arg('--dist');
const sources = arg('--seeds');
if (!dists.length || dists.length !== sources.length) {
  process.stderr.write('usage: node bench/bytes.mjs --dist DIST --seeds SEEDS_DIR [--dist … --seeds …]\n');
  process.exit(2);
}
const rows = [];
for (const [i, d] of dists.entries()) {
  const dist = path.resolve(REPO, d);
  const articles = readArticles(path.resolve(REPO, sources[i]));
  const text = sizes(Buffer.from(articles.map((a) => a.text).join('')));
  const files = readdirSync(dist).sort();
  const sum = (re) => files.filter((f) => re.test(f)).reduce((s, f) => s + sizes(readFileSync(path.join(dist, f))).brotli, 0);
  const critical = sum(CRITICAL);
  rows.push({ dist: d, articles: articles.length, textRaw: text.raw, textBrotli: text.brotli, critical, ratio: critical / text.brotli, rest: sum(REST), app: sum(APP) });
}
mkdirSync(RESULTS, { recursive: true });
writeFileSync(path.join(RESULTS, 'bytes.json'), JSON.stringify(rows, null, 2) + '\n');
console.log(table(
  ['build', 'articles', 'text (raw / brotli)', 'before search works (brotli)', '× the text', 'corpus after (brotli)', 'app wasm + JS (brotli)'],
  rows.map((r) => [r.dist, r.articles, `${bytes(r.textRaw)} / ${bytes(r.textBrotli)}`, bytes(r.critical), r.ratio.toFixed(2), r.rest ? bytes(r.rest) : '(in the corpus file)', bytes(r.app)]),
));
