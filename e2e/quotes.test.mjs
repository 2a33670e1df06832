// Quote lookup as a class uses it: filter by speaker, read a quotation in its article, the
// speakers x articles grid, word search inside quotations, and exports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startHarness, openApp, eventually, slug, typeQuery } from './browser.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const squash = (s) => (s || '').replace(/\s+/g, ' ').trim();

/** The listed quotations: [{ doc, text, speaker, note }]. */
async function listedQuotes(page) {
  return page.$$eval('ol#quotes > li.quote-item', (els) => els.map((e) => ({
    doc: e.dataset.doc,
    text: e.querySelector('.quote-text').textContent.replace(/\s+/g, ' ').trim(),
    speaker: e.querySelector('.speaker').textContent.replace(/\s+/g, ' ').trim(),
    note: e.querySelector('.attribution')?.getAttribute('aria-label') ?? null,
    marks: [...e.querySelectorAll('.quote-text mark')].map((m) => m.textContent),
  })));
}

test('filtering quotes by Tillerson shows his quotes from one article; a click opens it highlighted', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/quotes`);
    await eventually(async () => assert.ok((await listedQuotes(page)).length > 20, 'the Quotes view lists the quotations'));
    const options = await page.$$eval('#speaker-filter option', (os) => os.map((o) => o.textContent));
    assert.ok(options.some((o) => /^Rex Tillerson \(\d+\)$/.test(o)), `speaker list with counts: ${options}`);

    await page.selectOption('#speaker-filter', 'Rex Tillerson');
    let quotes;
    await eventually(async () => {
      quotes = await listedQuotes(page);
      assert.ok(quotes.length >= 3, `Tillerson's quotes are listed (${quotes.length})`);
      assert.deepEqual([...new Set(quotes.map((q) => q.doc))], [slug('004')], 'all from one article');
      assert.ok(quotes.every((q) => q.speaker === 'Rex Tillerson'));
    });
    assert.match(page.url(), /#\/quotes\?.*speaker=Rex(\+|%20)Tillerson/, 'the filter is in the URL');
    assert.ok(quotes.every((q) => q.note && /said|added|according|cue|words/i.test(q.note)),
      'each machine attribution says so and names the cue');

    const first = quotes[0].text.replace(/^“|”$/g, '');
    await page.locator('ol#quotes > li.quote-item .quote-text').first().click();
    await eventually(async () => {
      assert.equal(await page.getAttribute('article#reader', 'data-doc'), slug('004'));
      const marked = squash((await page.$$eval('article#reader mark.quote', (ms) => ms.map((m) => m.textContent))).join(''));
      assert.equal(marked, squash(first), 'the quotation is highlighted in the article');
      const visible = await page.$eval('#quote-sel', (el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
      assert.ok(visible, 'the reader scrolled to the quotation');
    });
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('the speakers x articles grid links each count to those quotes', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/speakers`);
    const row = page.locator('#speaker-grid tr[data-speaker="Rex Tillerson"]');
    await row.waitFor();
    const cells = await row.locator('td[data-doc]').evaluateAll((tds) => tds.map((td) => [td.dataset.doc, td.textContent.trim()]));
    const nonzero = cells.filter(([, n]) => /^\d+$/.test(n) && n !== '0');
    assert.deepEqual(nonzero.map(([d]) => d), [slug('004')], 'Tillerson is quoted in one article');
    await row.locator(`td[data-doc="${slug('004')}"] a`).click();
    await eventually(async () => {
      const quotes = await listedQuotes(page);
      assert.equal(quotes.length, Number(nonzero[0][1]));
      assert.ok(quotes.every((q) => q.speaker === 'Rex Tillerson' && q.doc === slug('004')));
    });
  } finally {
    await page.close();
  }
});

test('words typed in the search box find quotations that contain them', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/quotes`);
    await typeQuery(page, 'pressure');
    await eventually(async () => {
      const quotes = await listedQuotes(page);
      assert.ok(quotes.length >= 2);
      assert.ok(quotes.every((q) => q.marks.some((m) => /pressure/i.test(m))), 'each listed quotation has the word highlighted');
      assert.ok(quotes.some((q) => q.text === '“great pressure”'));
    });
  } finally {
    await page.close();
  }
});

test('the current list exports as CSV and JSON made in the browser', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/quotes?speaker=Rex+Tillerson`);
    await eventually(async () => assert.ok((await listedQuotes(page)).length >= 3));
    const shown = (await listedQuotes(page)).length;
    const before = page.requests.length;

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const csv = await readFile(await csvDownload.path(), 'utf8');
    const lines = csv.trim().split(/\r\n/);
    assert.equal(lines[0], '"article","file","start","end","quote","kind","speaker","cue","inferred","correction","corrected","correction_comment"');
    assert.equal(lines.length - 1, shown, 'one row per listed quotation');
    assert.ok(lines.slice(1).every((l) => l.includes('"Rex Tillerson"')));

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const rows = JSON.parse(await readFile(await jsonDownload.path(), 'utf8'));
    assert.equal(rows.length, shown);
    const seed = await readFile(new URL(`../seeds/${rows[0].file}`, import.meta.url), 'utf8');
    assert.equal([...seed].slice(rows[0].start, rows[0].end).join(''), rows[0].quote, 'offsets count characters into the file');
    assert.ok(page.requests.slice(before).every((u) => u.startsWith('blob:') || u.startsWith(h.server.url.replace(/\/crosscheck\/.*/, ''))),
      'exporting sends nothing anywhere');
  } finally {
    await page.close();
  }
});
