// The shape of a set of articles, to check a generated corpus against real news (see the
// "Realistic shape" section of crates/corpusgen/src/lib.rs):
//   node bench/shape.mjs [--prefix BYTES] FILE_OR_DIR...
// Prints articles, mean/min/max bytes, the brotli ratio (quality 11, as bench/brotli.mjs) of all
// the texts concatenated in order, distinct words after 10%, 50% and 100% of the text, quotation
// mark pairs per KB and the share of paragraphs with a quotation. Directories give their .txt
// files, sorted. With --prefix, only the first BYTES of the concatenation are measured (for a
// like-for-like comparison of two sets at the same size; article sizes are still all files').
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import zlib from 'node:zlib';

let prefix = 0;
const files = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--prefix') prefix = Number(args[++i]);
  else if (statSync(args[i]).isDirectory())
    files.push(...readdirSync(args[i]).filter((f) => f.endsWith('.txt')).sort().map((f) => join(args[i], f)));
  else files.push(args[i]);
}
const texts = files.map((f) => readFileSync(f, 'utf8'));
const sizes = texts.map((t) => Buffer.byteLength(t));
let all = Buffer.from(texts.join(''));
if (prefix > 0 && prefix < all.length) all = all.subarray(0, prefix);
const text = all.toString('utf8');
const brotli = zlib.brotliCompressSync(all, {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: 0 },
}).length;

// Distinct words (letters or digits, inner apostrophes and hyphens kept), lowercased.
const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
const seen = new Set();
const growth = [];
const marks = [0.1, 0.5, 1].map((f) => Math.max(1, Math.round(words.length * f)));
words.forEach((w, k) => {
  seen.add(w);
  if (marks.includes(k + 1)) growth.push(seen.size);
});

// Quotation pairs: curly openings, plus straight double marks in pairs. Paragraphs: blocks
// between blank lines of 12 words or more (titles, datelines, bylines and navigation are shorter).
const pairs = (s) => (s.match(/“/g) ?? []).length + Math.floor((s.match(/"/g) ?? []).length / 2);
const paragraphs = text.split(/\n\s*\n/).filter((p) => p.split(/\s+/).filter(Boolean).length >= 12);
const quoted = paragraphs.filter((p) => /[“"]/.test(p)).length;

const kb = all.length / 1000;
const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
console.log(JSON.stringify({
  articles: files.length,
  bytes: all.length,
  mean_bytes: Math.round(mean),
  min_bytes: Math.min(...sizes),
  max_bytes: Math.max(...sizes),
  brotli_bytes: brotli,
  brotli_ratio: +(all.length / brotli).toFixed(2),
  words: words.length,
  distinct_words_10_50_100: growth,
  quotation_pairs_per_kb: +(pairs(text) / kb).toFixed(2),
  paragraphs: paragraphs.length,
  paragraphs_with_quotation: +(quoted / paragraphs.length).toFixed(3),
}));
