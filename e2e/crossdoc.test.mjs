// Cross-document highlighting: what a reader selects in one article, lit up in every article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openApp, eventually, slug, readerState, typeQuery } from './browser.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

/** Selects the first occurrence of `word` in the reader's text, as a mouse drag would. */
async function selectWord(page, word) {
  await page.evaluate((w) => {
    const walker = document.createTreeWalker(document.querySelector('article#reader'), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent.indexOf(w);
      if (i >= 0) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + w.length);
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(r);
        n.parentElement.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
    }
    throw new Error(`${w} is not in the article`);
  }, word);
}

test('a word selected in one article is highlighted in every article, with counts and a jump to each', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/article/${slug('004')}`);
    await selectWord(page, 'Kislyak');
    await page.click('#find-selection');
    await eventually(async () => {
      const r = await readerState(page);
      assert.equal(r.doc, slug('004'));
      assert.deepEqual(r.marks, ['Kislyak']);
      assert.equal(await page.inputValue('#search'), '"Kislyak"');
    });
    const also = await page.$$eval('#also-in a.also-doc', (as) => as.map((a) => a.textContent));
    assert.deepEqual(also, ['Recent U.S. and Russian Relations (2)'], 'the other article that has it, with its count');
    await page.click('#also-in a.also-doc');
    await eventually(async () => {
      const r = await readerState(page);
      assert.equal(r.doc, slug('002'));
      assert.deepEqual(r.marks, ['Kislyak', 'Kislyak']);
      assert.equal(r.hitStatus, 'Hit 1 of 2');
    });
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('clicking the entity Lavrov lists and highlights his mentions in both articles', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/entities`);
    const row = page.locator('#entity-grid tr[data-entity="Sergey Lavrov"]');
    await row.waitFor();
    await row.locator('a.entity-name').click();
    await eventually(async () => {
      const docs = await page.$$eval('#entity-mentions section.entity-doc', (ss) => ss.map((s) => s.dataset.doc));
      assert.deepEqual(docs, [slug('003'), slug('004')]);
      const marks = await page.$$eval('#entity-mentions mark', (ms) => ms.map((m) => m.textContent));
      assert.ok(marks.length >= 4, `mentions marked (${marks.length})`);
      assert.ok(marks.every((m) => /Lavrov/.test(m)), `every mark names Lavrov: ${marks}`);
    });
    // Each article's count opens the reader with the mentions highlighted.
    await row.locator(`td[data-doc="${slug('004')}"] a`).click();
    await eventually(async () => {
      assert.equal(await page.getAttribute('article#reader', 'data-doc'), slug('004'));
      const marks = await page.$$eval('article#reader mark.entity', (ms) => ms.map((m) => m.textContent));
      assert.ok(marks.length >= 2 && marks.every((m) => /Lavrov/.test(m)), `reader marks: ${marks}`);
    });
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('comparing the two articles that quote the Comey remark marks the shared words in both', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/compare?a=${slug('003')}&b=${slug('004')}`);
    const words = async (side) => page.$$eval(`.compare-col[data-side="${side}"] mark.variant-words, .compare-col[data-side="${side}"] mark.shared`,
      (ms) => ms.map((m) => ({ text: m.textContent, link: m.dataset.link })));
    let left;
    let right;
    await eventually(async () => {
      left = await words('a');
      right = await words('b');
      assert.ok(left.some((m) => m.text === 'great pressure'), `left marks: ${JSON.stringify(left)}`);
      assert.ok(right.some((m) => m.text === 'great pressure'), `right marks: ${JSON.stringify(right)}`);
    });
    const link = left.find((m) => m.text === 'great pressure').link;
    assert.ok(right.some((m) => m.link === link && m.text === 'great pressure'), 'the same link on both sides');
    const variants = await page.$$eval('#quote-variants .variant', (vs) => vs.map((v) => v.textContent));
    assert.ok(variants.some((v) => v.includes('I faced great pressure because of Russia')), 'the longer version is shown beside the cut one');
    // A click on one side brings the other side's copy into view.
    await page.locator(`.compare-col[data-side="a"] mark[data-link="${link}"]`).first().click();
    await eventually(async () => {
      const focused = await page.evaluate(() => document.activeElement?.id);
      assert.equal(focused, `b-link-${link}`);
    });
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('the timeline lists dated mentions in order, with a table alternative', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/timeline`);
    await page.locator('#timeline-table').waitFor({ state: 'attached' });
    const dates = await page.$$eval('#timeline-table tbody tr td:first-child', (tds) => tds.map((td) => td.textContent));
    assert.ok(dates.length >= 5, `dated mentions: ${dates.length}`);
    assert.deepEqual(dates, [...dates].sort(), 'in date order');
    assert.ok(dates.includes('2016-06-14'), 'June 14, 2016 (the DNC hack) is on the timeline');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('a quotation opened in one article links to the other article that reports it', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/quotes?q=%22great+pressure%22&docs=${slug('003')}`);
    const item = page.locator('ol#quotes li.quote-item', { hasText: '“great pressure”' });
    await item.locator('.quote-text').click();
    await page.locator('#quote-elsewhere a.also-doc').first().waitFor();
    const links = await page.$$eval('#quote-elsewhere a.also-doc', (as) => as.map((a) => a.textContent));
    assert.ok(links.some((l) => l.startsWith('Trump’s disturbing exchange')), `links: ${links}`);
    await page.locator('#quote-elsewhere a.also-doc').first().click();
    await eventually(async () => {
      assert.equal(await page.getAttribute('article#reader', 'data-doc'), slug('004'));
      const marked = (await page.$$eval('article#reader mark.quote', (ms) => ms.map((m) => m.textContent))).join('');
      assert.match(marked, /I faced great pressure because of Russia/);
    });
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('the reader names the ten other articles with most hits, and counts the rest with a way to all results', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, h.server.url);
    // Twelve articles; article n has "levy" n times.
    const files = Array.from({ length: 12 }, (_, i) => ({
      name: `levy-${i + 1}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`Parish council meeting number ${i + 1} on the roads\nBy Ada Quill - March ${i + 1}, 2024\n\n${'The levy was discussed. '.repeat(i + 1)}\n`),
    }));
    await page.setInputFiles('#add-files', files);
    await eventually(async () => assert.match((await page.textContent('#own-status')).replace(/\s+/g, ' '), /Added 12 articles/), { timeout: 60_000 });
    await typeQuery(page, 'levy');
    await page.locator('li.result a.result-title', { hasText: /^Parish council meeting number 1 on the roads$/ }).click();
    await page.locator('article#reader').waitFor();
    await eventually(async () => {
      const also = await page.$$eval('#also-in a.also-doc', (as) => as.map((a) => a.textContent));
      assert.deepEqual(also, [12, 11, 10, 9, 8, 7, 6, 5, 4, 3].map((n) => `Parish council meeting number ${n} on the roads (${n})`), 'most hits first, ten of them');
    });
    const more = page.locator('#also-in a.also-more');
    assert.equal(await more.textContent(), 'and 1 more article: all results');
    await more.click();
    await page.locator('ol#results > li.result').first().waitFor();
    assert.equal(await page.locator('ol#results > li.result').count(), 12);
    assert.equal(await page.inputValue('#search'), 'levy');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('with more articles than columns fit, the name and speaker grids count articles, until a few are picked in the filter', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/entities`);
    await page.locator('#entity-grid tbody tr').first().waitFor();
    const heads = () => page.$$eval('#entity-grid thead th', (ths) => ths.map((th) => th.textContent.replace(/\s+/g, ' ').trim()));
    assert.equal((await heads()).length, 2 + 5, 'the seeds: a column for each of the five articles');
    assert.equal(await page.locator('.columns-note').count(), 0);

    // Eight more articles make thirteen, more than the twelve columns a grid gives.
    const files = Array.from({ length: 8 }, (_, i) => ({
      name: `town-${i + 1}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`Town council ${i + 1} meets on the budget\nBy Ada Quill - March ${i + 1}, 2024\n\n` +
        `Mayor Lena Ortiz opened meeting number ${i + 1} of the Riverside Council.\n\n` +
        `"We will balance the budget," said Lena Ortiz.\n`),
    }));
    await page.setInputFiles('#add-files', files);
    await eventually(async () => assert.match((await page.textContent('#own-status')).replace(/\s+/g, ' '), /Added 8 articles/), { timeout: 60_000 });
    await eventually(async () => assert.deepEqual(await heads(), ['Name', 'Kind', 'Articles', 'Mentions']));
    assert.match(await page.textContent('.columns-note'), /13 articles: pick up to 12 in the article filter/);
    const ortiz = page.locator('#entity-grid tr', { hasText: 'Lena Ortiz' });
    await eventually(async () => assert.deepEqual(
      (await ortiz.locator('td.total').allTextContents()).map(Number), [8, 16], 'in eight articles, twice in each'));

    // Two articles picked in the filter: a column for each (the address changes, the page stays).
    await page.evaluate((docs) => { location.hash = `#/entities?docs=${docs}`; }, [slug('000'), slug('003')].join(','));
    await eventually(async () => {
      const h2 = await heads();
      assert.equal(h2.length, 4, `Name, Kind and two articles: ${h2}`);
      assert.match(h2[2], /^Article 1 /);
      assert.match(h2[3], /^Article 4 /);
    });
    assert.equal(await page.locator('.columns-note').count(), 0);

    // The speakers grid does the same.
    await page.evaluate(() => { location.hash = '#/speakers'; });
    await eventually(async () => {
      const sh = await page.$$eval('#speaker-grid thead th', (ths) => ths.map((th) => th.textContent.trim()));
      assert.deepEqual(sh, ['Speaker', 'Articles', 'All']);
    });
    const row = page.locator('#speaker-grid tr[data-speaker="Lena Ortiz"] td.total');
    await eventually(async () => assert.deepEqual((await row.allTextContents()).map(Number), [8, 8]));
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});
