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
    assert.ok(quotes.every((q) => q.note && /^(named|resolved|carried|carried over|described|guessed)(, to check)?: .*“.+”/.test(q.note)),
      `each machine attribution says how it was found and names the words that led to it: ${quotes.map((q) => q.note)}`);

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
    const bytes = await readFile(await csvDownload.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte-order mark, as Excel needs');
    const lines = bytes.subarray(3).toString('utf8').trim().split(/\r\n/);
    assert.equal(lines[0], '"article","file","start","end","quote","kind","speaker","cue","inferred","basis","check","correction","corrected","correction_comment"');
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

test('a long list shows a hundred quotations at a time; the rest follow on request, and the export has them all', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/quotes`);
    await eventually(async () => assert.ok((await listedQuotes(page)).length > 20));
    const seeds = (await listedQuotes(page)).length;
    assert.ok(seeds <= 100, `the seeds' quotations fit on one page (${seeds})`);
    assert.equal(await page.locator('#more-quotes').count(), 0, 'no "Show more" when all are listed');
    assert.equal(squash(await page.textContent('.quote-count')), `${seeds} quotations shown.`);

    // An article of forty quotations takes the list past one page.
    const paragraphs = Array.from({ length: 40 }, (_, i) =>
      `"The ferry number ${i + 1} leaves at dawn from the north pier," said Harbour Master ${String.fromCharCode(65 + (i % 26))}. Okafor.`);
    const text = `Forty quotations about the ferries\nBy A. Writer - May 1, 2024\n\n${paragraphs.join('\n\n')}\n`;
    await page.setInputFiles('#add-files', [{ name: 'ferries.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }]);
    await eventually(async () => assert.match(squash(await page.textContent('#own-status')), /Added 1 article/), { timeout: 60_000 });
    let total;
    await eventually(async () => {
      total = Number(/^(\d+) quotations; the first 100 listed\.$/.exec(squash(await page.textContent('.quote-count')))?.[1]);
      assert.ok(total > 100, `the count line tells how many there are and how many are listed: ${await page.textContent('.quote-count')}`);
    });
    assert.equal((await listedQuotes(page)).length, 100);
    assert.equal(squash(await page.textContent('#more-quotes')), `Show ${Math.min(100, total - 100)} more quotations`);
    assert.equal(squash(await page.textContent('#all-quotes')), `Show all ${total}`);
    assert.ok(!(await listedQuotes(page)).some((q) => /ferry number 40 /.test(q.text)), 'the last of them is not listed yet');

    // The export is the whole list, not the page on screen.
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const lines = (await readFile(await csvDownload.path(), 'utf8')).trim().split(/\r\n/);
    assert.equal(lines.length - 1, total, 'one row per quotation of the list');

    // The next ones are listed, and the keyboard goes on at the first of them.
    await page.click('#more-quotes');
    await eventually(async () => assert.equal((await listedQuotes(page)).length, total));
    assert.ok((await listedQuotes(page)).some((q) => /ferry number 40 /.test(q.text)));
    assert.equal(await page.evaluate(() => document.activeElement?.closest('li.quote-item') === document.querySelector('ol#quotes > li:nth-child(101)')), true,
      'the focus is on the first quotation added');
    assert.equal(await page.locator('#more-quotes').count(), 0);

    // A new search starts from the first page again: searched, then cleared, the list is back to
    // its first hundred.
    await typeQuery(page, 'ferry');
    await eventually(async () => assert.equal(squash(await page.textContent('.quote-count')), '40 quotations shown.'));
    await page.fill('#search', '');
    await eventually(async () => assert.equal(squash(await page.textContent('.quote-count')), `${total} quotations; the first 100 listed.`));
    assert.equal((await listedQuotes(page)).length, 100);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});
