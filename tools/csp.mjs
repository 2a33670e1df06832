// Trunk post-build hook: gives release builds a Content-Security-Policy.
//
// The page needs only its own files, WebAssembly compilation, the inline scripts of index.html
// (trunk's module script that starts the app, and the first screen's address check) and its style
// sheet, which trunk writes into the page. The policy allows exactly those (by their SHA-256
// hashes, so they change with every build and must be computed here), scripts and styles from
// the page's own origin, and connections to the page's own origin only: no other script can run
// and nothing can be sent elsewhere. Development builds (`trunk serve`) are left alone: trunk adds a live-reload
// script there that a policy would have to allow too.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const file = path.join(process.env.TRUNK_STAGING_DIR ?? 'dist', 'index.html');
let html = readFileSync(file, 'utf8');
if (html.includes('http-equiv="Content-Security-Policy"')) process.exit(0);

const hashOf = (body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => hashOf(body));
// The page's own style sheet, inlined by trunk (index.html), and nothing else.
const styleHashes = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, body]) => hashOf(body));
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  `style-src 'self' ${styleHashes.join(' ')}`.trim(),
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
html = html.replace(/<meta charset="utf-8">/i, (m) => `${m}\n    ${meta}`);
if (!html.includes(meta)) {
  console.error(`csp.mjs: no <meta charset="utf-8"> in ${file} to put the policy after`);
  process.exit(1);
}
writeFileSync(file, html);
console.log(`csp.mjs: Content-Security-Policy added to ${file} (${hashes.length} inline script(s) and ${styleHashes.length} style sheet(s) allowed by hash)`);
