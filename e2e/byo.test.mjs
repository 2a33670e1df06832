// Bring your own articles: files from the reader's disk, added in the page by the same engine (in
// a web worker), shown in every view, never uploaded. (Every form and every bad input:
// e2e/own-articles.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness, openApp, eventually, resultTitles, typeQuery, readerState, screenshot,
} from './browser.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const MINE = `Harbour council weighs a new ferry timetable for the winter months
By Ada Quill - March 3, 2024

The harbour council met on Tuesday to weigh a new ferry timetable.

"We cannot run boats that nobody rides," said Marisol Okonkwo, the council's transport chair.

Residents of the outer islands said the cuts would leave them stranded.
`;

const squash = (s) => s.replace(/\s+/g, ' ').trim();

async function ownStatus(page) {
  return squash(await page.locator('#own-status').textContent());
}

test('a .txt file opened with the picker is added to search, the reader and the quotes, and can be removed', async () => {
  const page = await h.newPage();
  page.on('dialog', (d) => d.accept());
  try {
    await openApp(page, h.server.url);
    const before = page.requests.length;
    await page.setInputFiles('#add-files', [
      { name: 'ferry.txt', mimeType: 'text/plain', buffer: Buffer.from(MINE) },
      { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]) },
      { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    ]);
    await eventually(async () => assert.match(await ownStatus(page), /Added 2 articles: Harbour council weighs a new ferry timetable for the winter months; Café\./), { timeout: 60_000 });
    const status = await ownStatus(page);
    // Latin-1 is read as the browser would read it; an image is no article.
    assert.match(status, /photo\.png: is not an article: Crosscheck reads \.txt, \.html, \.htm, \.docx and \.md files/, status);
    await screenshot(page, 'byo-added');

    // Searched like the others, with hits highlighted.
    await typeQuery(page, 'ferry timetable');
    await eventually(async () => assert.deepEqual(await resultTitles(page), ['Harbour council weighs a new ferry timetable for the winter months']));
    await page.locator('ol#results a.result-title').first().click();
    await page.locator('article#reader').waitFor();
    await eventually(async () => {
      const r = await readerState(page);
      assert.equal(r.title, 'Harbour council weighs a new ferry timetable for the winter months');
      assert.ok(r.marks.some((m) => /^ferry$/i.test(m)) && r.marks.some((m) => /^timetable$/i.test(m)), `marks: ${r.marks}`);
    });

    // Its quotation, with who said it and how.
    await page.fill('#search', '');
    await page.click('nav.views a:has-text("Quotes")');
    await page.locator('ol#quotes > li.quote-item').first().waitFor();
    const mine = page.locator('ol#quotes > li.quote-item', { hasText: 'nobody rides' });
    await eventually(async () => assert.equal(await mine.count(), 1));
    assert.match(squash(await mine.textContent()), /Marisol Okonkwo/);

    // Nothing was sent anywhere: only the page's own files (the worker and the collection's texts).
    const after = page.requests.slice(before).filter((u) => !u.startsWith('blob:') && !u.startsWith('data:'));
    assert.ok(after.every((u) => u.startsWith(`${h.server.origin}/crosscheck/`)), `requests: ${after}`);
    assert.ok(after.some((u) => /library-[0-9a-f]+\.bin$/.test(u)), `the collection's texts were fetched: ${after}`);
    // The worker's three files carry this build's fingerprint (index.html's meta), so no cached
    // worker of an earlier build runs here.
    const worker = await page.getAttribute('meta[name="crosscheck-ingest"]', 'content');
    const version = /^ingest_loader\.js(\?v=[0-9a-f]{16})$/.exec(worker)?.[1];
    assert.ok(version, `the worker's address in index.html: ${worker}`);
    for (const file of ['ingest_loader.js', 'crosscheck-ingest.js', 'crosscheck-ingest_bg.wasm']) {
      assert.ok(after.includes(`${h.server.origin}/crosscheck/${file}${version}`), `${file}${version} requested: ${after}`);
    }

    // Removed again: back to the collection as built.
    await page.click('#remove-own');
    await page.click('nav.views a:has-text("Articles")');
    await typeQuery(page, 'ferry timetable');
    await eventually(async () => assert.equal(await page.locator('ol#results > li.result').count(), 0));
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('files dropped on the page are added too', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, h.server.url);
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
      document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      if (!document.body.classList.contains('dropping')) throw new Error('no drop hint while dragging');
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, MINE);
    await eventually(async () => assert.match(await ownStatus(page), /Added 1 article/), { timeout: 60_000 });
    assert.equal(await page.evaluate(() => document.body.classList.contains('dropping')), false);
    await typeQuery(page, 'Okonkwo');
    await eventually(async () => assert.equal((await resultTitles(page)).length, 1));
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});
