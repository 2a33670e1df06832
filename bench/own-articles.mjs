// Adding a reader's own articles in the page (issue #18), timed: twenty articles of about 5 KB in
// the forms Crosscheck reads (UTF-8 and Windows-1252 text, saved web pages, Word documents,
// Markdown, four of each) picked at once in the release build of the seeds, from the pick until
// all twenty are searchable (the last one's own words found by #search), with the progress the
// page shows on the way and every long task (over 50 ms) on the page's thread meanwhile.
//
//   node bench/own-articles.mjs [--dist dist] [--runs 5]
//
// A benchmark, not a test: it prints the figures (median and worst of the runs) and writes
// bench/results/own-articles.json. The articles are made here, the same every run: sentences
// with quotations and names, a different number in each so that no two are the same article.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateRawSync, crc32 } from 'node:zlib';
import path from 'node:path';
import { startHarness, waitReady } from '../e2e/browser.mjs';
import { REPO, RESULTS, machine, table } from './lib.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const DIST = path.resolve(REPO, opt('--dist', 'dist'));
const RUNS = Number(opt('--runs', '5'));
const FORMS = ['txt', 'txt-1252', 'html', 'docx', 'md'];

/** Article `n`'s title and paragraphs, about 5 KB in all. */
function article(n) {
  const town = `Harbourton ${n}`;
  const title = `Council of ${town} weighs a new ferry timetable for winter number ${n}`;
  const paras = [];
  for (let k = 0; paras.join('\n\n').length < 4800; k++) {
    paras.push(k % 3 === 0
      ? `“We cannot run boats that nobody rides in week ${k} of plan ${n},” said Marisol Okonkwo-${n}, the council’s transport chair, adding that the café on the quay had closed.`
      : `The council of ${town} met on Tuesday to weigh timetable ${n}.${k}. Residents of the outer islands said the cuts would leave them stranded, and the harbour master noted that ${k * 17 + n} crossings had run late.`);
  }
  return { title, paras, marker: `zqmark${n}x` };
}

/** A minimal zip (stored, no compression needed for the test) of `files` { name: Buffer }. */
function zip(files) {
  const locals = []; const centrals = []; let offset = 0;
  for (const [name, data] of Object.entries(files)) {
    const nameBuf = Buffer.from(name);
    const body = deflateRawSync(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0); head.writeUInt16LE(20, 4); head.writeUInt16LE(0, 6); head.writeUInt16LE(8, 8);
    head.writeUInt32LE(0, 10); head.writeUInt32LE(crc32(data), 14); head.writeUInt32LE(body.length, 18); head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBuf.length, 26); head.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(0, 8); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0, 12); central.writeUInt32LE(crc32(data), 16); central.writeUInt32LE(body.length, 20); central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(head, nameBuf, body); centrals.push(central, nameBuf);
    offset += head.length + nameBuf.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(centrals.length / 2, 8); end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(dir.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Article `n` as a file of the form `form`: { name, mimeType, buffer }. */
function file(n, form) {
  const { title, paras, marker } = article(n);
  const body = [...paras, `The file's own word: ${marker}.`];
  switch (form) {
    case 'txt': return { name: `ferry-${n}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`${title}\nBy Ada Quill - March 3, 2024\n\n${body.join('\n\n')}\n`) };
    case 'txt-1252': {
      const text = `${title}\r\nBy Ada Quill - March 3, 2024\r\n\r\n${body.join('\r\n\r\n')}\r\n`;
      const bytes = [...text].map((c) => ({ '“': 0x93, '”': 0x94, '’': 0x92 }[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
      return { name: `ferry-${n}-1252.txt`, mimeType: 'text/plain', buffer: Buffer.from(bytes) };
    }
    case 'html': return {
      name: `ferry-${n}.html`, mimeType: 'text/html',
      buffer: Buffer.from(`<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)} | Harbour Post</title><meta property="og:site_name" content="Harbour Post"><script>var x = 1;</script></head>`
        + `<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${esc(title)}</h1><p class="byline">By Ada Quill</p>${body.map((p) => `<p>${esc(p)}</p>`).join('')}</article><footer>© Harbour Post</footer></body></html>`),
    };
    case 'docx': {
      const para = (t, style) => `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}</w:pPr><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;
      const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${para(title, 'Title')}${para('By Ada Quill - March 3, 2024')}${body.map((p) => para(p)).join('')}</w:body></w:document>`;
      const styles = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>';
      const types = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
      return { name: `ferry-${n}.docx`, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: zip({ '[Content_Types].xml': Buffer.from(types), 'word/document.xml': Buffer.from(doc), 'word/styles.xml': Buffer.from(styles) }) };
    }
    default: return { name: `ferry-${n}.md`, mimeType: 'text/markdown', buffer: Buffer.from(`---\ntitle: ${title}\nauthor: Ada Quill\ndate: 2024-03-03\noutlet: Harbour Post\n---\n\n${body.join('\n\n')}\n`) };
  }
}

const FILES = Array.from({ length: 20 }, (_, i) => file(i + 1, FORMS[i % FORMS.length]));

async function run(h) {
  const page = await h.newPage();
  try {
    await page.addInitScript(() => {
      window.__long = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(h.server.url);
    await waitReady(page);
    await page.waitForTimeout(1000);
    const stages = [];
    await page.exposeFunction('__stage', (s) => stages.push(s));
    await page.evaluate(() => new MutationObserver(() => window.__stage(`${Math.round(performance.now())} ${document.querySelector('#own-status')?.textContent.replace(/\s+/g, ' ').trim().slice(0, 60) ?? ''}`))
      .observe(document.querySelector('#own-status'), { childList: true, subtree: true, characterData: true }));
    const t0 = await page.evaluate(() => performance.now());
    await page.setInputFiles('#add-files', FILES);
    // All twenty searchable: the last one's own word finds it, and so does the first's.
    await page.fill('#search', FILES.map((_, i) => `zqmark${i + 1}x`).join(' OR '));
    await page.waitForFunction(() => document.querySelectorAll('ol#results > li.result').length >= 20
      && /^20 articles match/.test(document.querySelector('#query-notes .summary')?.textContent.trim() ?? ''), null, { timeout: 60_000, polling: 10 });
    const t1 = await page.evaluate(() => performance.now());
    const long = await page.evaluate((from) => window.__long.filter((t) => t.start >= from).map((t) => Math.round(t.duration)), t0);
    if (process.env.DEBUG) console.log(t0, await page.evaluate((from) => window.__long.filter((t) => t.start >= from).map((t) => [Math.round(t.start), Math.round(t.duration)]), t0), stages);
    const status = await page.textContent('#own-status');
    return { ms: Math.round(t1 - t0), longTasks: long, stages: [...new Set(stages)].filter(Boolean), added: /Added 20 articles/.test(status) };
  } finally {
    await page.close();
  }
}

const h = await startHarness({ dist: DIST });
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) runs.push(await run(h));
} finally {
  await h.close();
}
const times = runs.map((r) => r.ms).sort((a, b) => a - b);
const result = {
  machine: machine(),
  dist: path.relative(REPO, DIST),
  files: FILES.map((f) => ({ name: f.name, bytes: f.buffer.length })),
  runs,
  median: times[Math.floor(times.length / 2)],
  worst: times[times.length - 1],
  longTasks: { count: runs.reduce((s, r) => s + r.longTasks.length, 0), max: Math.max(0, ...runs.flatMap((r) => r.longTasks)) },
};
mkdirSync(RESULTS, { recursive: true });
writeFileSync(path.join(RESULTS, 'own-articles.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(table(['runs', 'pick to all 20 searchable: median', 'worst', 'long tasks over 50 ms (all runs)', 'longest', 'all added'],
  [[runs.length, `${result.median} ms`, `${result.worst} ms`, result.longTasks.count, `${result.longTasks.max} ms`, runs.every((r) => r.added) ? 'yes' : 'NO']]));
console.log(`\nfiles: ${FILES.length}, ${Math.round(FILES.reduce((s, f) => s + f.buffer.length, 0) / 1024)} KB (${FORMS.join(', ')}); progress shown: ${runs[0].stages.join(' | ')}`);
