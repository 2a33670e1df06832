// The word tools (issue #21): a concordance, word frequencies and distinctive words, trends and
// collocates, each in its address, each number opening the lines it counts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { startHarness, openApp, eventually, slug, screenshot, REPO } from './browser.mjs';
import path from 'node:path';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const squash = (s) => (s || '').replace(/\s+/g, ' ').trim();
/** The search summary's count of hits for `q` ("2 articles match, 41 hits."). */
async function searchHits(page, q) {
  await openApp(page, `${h.server.url}#/?q=${encodeURIComponent(q)}`);
  const summary = squash(await page.textContent('#query-notes .summary'));
  const m = /(\d+) hits?\.$/.exec(summary);
  assert.ok(m, summary);
  return Number(m[1]);
}
const lineCount = async (page) => Number((squash(await page.textContent('#concordance-count')).match(/^(\d+) lines?/) || [])[1]);

test('the concordance of Russia has as many lines as the search has hits, and sorting by the first word to the right orders them by it', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    const page = await h.newPage({ viewport });
    try {
      const hits = await searchHits(page, 'Russia');
      await openApp(page, `${h.server.url}#/concordance?q=Russia`);
      await page.locator('#concordance tbody tr').first().waitFor();
      assert.equal(await lineCount(page), hits, 'one line per hit the search counts');
      await page.locator('#concordance-sort').selectOption('1R');
      await eventually(async () => assert.match(page.url(), /sort=1R/));
      await page.locator('#concordance tbody tr').first().waitFor();
      const words = await page.$$eval('#concordance tbody tr', (trs) => trs.map((tr) => tr.dataset.sortWord));
      assert.ok(words.length > 1);
      assert.deepEqual(words, [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), 'alphabetical by the first word to the right');
      const firstRight = await page.$$eval('#concordance tbody tr td.kwic-right', (tds) => tds.map((td) => td.textContent.trim().split(/[^\p{L}\p{N}'’.-]+/u)[0].toLowerCase()));
      assert.equal(firstRight[0].replace(/[’']/g, "'").replace(/\.$/, ''), words[0].replace(/\.$/, '') || firstRight[0], 'the word sorted by is the one after the hit');
      // A line opens the reader at its hit.
      const hit = page.locator('#concordance tbody tr a.kwic-hit').first();
      await hit.click();
      await page.locator('article#reader mark.hit.current').waitFor();
      assert.match(squash(await page.textContent('article#reader mark.hit.current')), /^russia/i);
      if (viewport.width === 1280) await screenshot(page, 'concordance-reader');
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
    }
  }
});

test('a line in a quotation names its speaker, each article has a strip of where its hits are, and the lines export as CSV', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/concordance?q=%22great+pressure%22`);
    await page.locator('#concordance tbody tr').first().waitFor();
    const quoted = await page.$$eval('#concordance tbody tr td.kwic-quote', (tds) => tds.map((td) => td.textContent.trim()));
    assert.ok(quoted.length >= 2 && quoted.every((q) => /Donald Trump$/.test(q)), `every line is inside Trump's words: ${quoted}`);
    const strips = await page.$$eval('.plot-strip svg', (ss) => ss.map((s) => [s.closest('li').dataset.doc, s.querySelectorAll('rect.tick').length]));
    assert.deepEqual(strips.map(([d]) => d).sort(), [slug('003'), slug('004')].sort());
    await screenshot(page, 'concordance');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-concordance')]);
    const bytes = await readFile(await download.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const rows = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    assert.equal(rows.length - 1, await lineCount(page));
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('Words lists the most frequent words, each count opening exactly its lines', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/words`);
    await page.locator('#word-frequencies tbody tr').first().waitFor();
    const rows = await page.$$eval('#word-frequencies tbody tr', (trs) => trs.slice(0, 5).map((tr) => [tr.dataset.word, Number(tr.querySelector('a.count').textContent)]));
    assert.equal(rows.length, 5);
    assert.ok(rows.every(([, n], i) => i === 0 || n <= rows[i - 1][1]), `most frequent first: ${JSON.stringify(rows)}`);
    assert.ok(!rows.some(([w]) => ['the', 'and', 'of', 'to', 'a'].includes(w)), 'common words are hidden at first');
    const [word, count] = rows[0];
    await page.locator('#word-frequencies tbody tr').first().locator('a.count').click();
    await page.locator('#concordance tbody tr').first().waitFor();
    assert.equal(await lineCount(page), count, `${word}: the count is its lines`);
    // Counting the forms together adds up a word's forms.
    await openApp(page, `${h.server.url}#/words?group=stems&stop=1`);
    await page.locator('#word-frequencies tbody tr[data-word="the"]').waitFor();
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('the distinctive words of the SEO fact check include words no other seed uses', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/words`);
    await page.locator('#distinctive-of').selectOption(`article:${slug('000')}`);
    await page.locator('#keywords li').first().waitFor();
    const only = await page.$$eval('#keywords li.only-here', (lis) => lis.map((li) => li.dataset.word));
    assert.ok(only.length > 0, 'some words only this article uses');
    const others = (await Promise.all((await readdir(path.join(REPO, 'seeds'))).filter((f) => f.endsWith('.txt') && !f.startsWith('000')).map((f) => readFile(path.join(REPO, 'seeds', f), 'utf8')))).join('\n').toLowerCase();
    for (const w of only.slice(0, 5)) {
      assert.ok(!new RegExp(`(^|[^\\p{L}])${w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u').test(others), `${w} is in no other seed`);
    }
    const sentence = squash(await page.textContent('#keywords li .keyword-sentence'));
    assert.match(sentence, /is used \d[\d,]* times? in this article .* per 1,000 words/);
    await screenshot(page, 'words-distinctive');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('Trends for Putin draws one mark per article with the hits the search counts in each', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/?q=putin`);
    await page.locator('ol#results li.result').first().waitFor();
    const perArticle = await page.$$eval('#article-filter input[type=checkbox]', (bs) => Object.fromEntries(bs.map((b) => [b.dataset.doc, Number(b.closest('label').querySelector('.doc-count').textContent || 0)])));
    await openApp(page, `${h.server.url}#/trends?q=putin`);
    await page.locator('#trends-chart circle.mark').first().waitFor();
    const marks = await page.$$eval('#trends-chart circle.mark', (cs) => cs.map((c) => [c.dataset.doc, Number(c.dataset.hits), Number(c.dataset.rate)]));
    assert.equal(marks.length, 5, 'one mark per article');
    for (const [doc, hits] of marks) assert.equal(hits, perArticle[doc], `article ${doc}`);
    assert.ok(marks.every(([, h, r]) => (h === 0) === (r === 0)));
    assert.equal(await page.locator('#trends-table tbody tr').count(), 5, 'the table alternative has every article');
    assert.ok(await page.locator('#trends-chart text.axis-label').count() >= 2, 'labelled axes');
    await screenshot(page, 'trends');
    // On a phone the chart keeps its labels readable (it scrolls sideways instead of shrinking).
    await page.setViewportSize({ width: 390, height: 844 });
    const labelPx = await page.$eval('#trends-chart text.axis-label', (t) => t.getBoundingClientRect().height);
    assert.ok(labelPx >= 9, `the axis label is ${labelPx} px high at 390 px`);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('Collocates of election list interference with its count, which opens the lines where the two meet', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/collocates?q=election`);
    const row = page.locator('#collocates tbody tr[data-word="interference"]');
    await row.waitFor();
    const count = Number(await row.locator('a.count').textContent());
    assert.ok(count > 0);
    await row.locator('a.count').click();
    await page.locator('#concordance tbody tr').first().waitFor();
    assert.equal(await lineCount(page), count, 'the count is the lines of interference near election');
    assert.match(page.url(), /near=election/);
    await screenshot(page, 'collocates-lines');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('Compare lists the words one article uses and the other does not', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/compare?a=${slug('003')}&b=${slug('004')}`);
    await page.locator('#pair-words-a li').first().waitFor();
    assert.ok(await page.locator('#pair-words-b li').count() > 0);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});
