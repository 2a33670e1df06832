// Sourcing profiles: the table comparing every article, the evidence cards, each number opening the
// reader with exactly the passages it counts, and printing with highlights and a citation line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import path from 'node:path';
import { startHarness, openApp, eventually, slug, SLUGS, REPO, screenshot } from './browser.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

/** The SEO "fact check": the ~29 KB seed, the largest article by far. */
const SEO = SLUGS.map((s) => [s, statSync(path.join(REPO, 'seeds', `${s}.txt`)).size]).sort((a, b) => b[1] - a[1])[0][0];

const squash = (s) => (s || '').replace(/\s+/g, ' ').trim();

/** The table as shown: [{ doc, values: { key: number } }] in row order. */
async function tableRows(page) {
  return page.$$eval('#profile-table tbody tr', (trs) => trs.map((tr) => ({
    doc: tr.dataset.doc,
    values: Object.fromEntries([...tr.querySelectorAll('td[data-key]')].map((td) => [td.dataset.key, Number(td.dataset.value)])),
    shown: Object.fromEntries([...tr.querySelectorAll('td[data-key]')].map((td) => [td.dataset.key, td.querySelector('a.num').firstChild.textContent])),
  })));
}

/** The column heading for `key`: its aria-sort. */
const ariaSort = (page, key) => page.getAttribute(`#profile-table thead th[data-key="${key}"]`, 'aria-sort');

/** The reader's profile highlights: the passages marked, the current one and the banner's words. */
async function evidenceState(page) {
  return page.evaluate(() => {
    const marks = [...document.querySelectorAll('article#reader mark.evidence')];
    return {
      passages: new Set(marks.map((m) => m.dataset.passage)).size,
      firstPieces: document.querySelectorAll('article#reader mark.evidence[id^="ev-"]').length,
      current: [...new Set(marks.filter((m) => m.classList.contains('current')).map((m) => m.dataset.passage))],
      status: (document.querySelector('#ev-status')?.textContent || '').trim(),
      what: (document.querySelector('#evidence-banner .evidence-what')?.textContent || '').replace(/\s+/g, ' ').trim(),
    };
  });
}

test('the table lists every article, and the SEO page has the fewest quotes per 1,000 words', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/profiles`);
    await page.locator('#profile-table tbody tr').first().waitFor();
    const rows = await tableRows(page);
    assert.deepEqual(rows.map((r) => r.doc), SLUGS, 'one row per article, in the collection order');
    const rate = (r) => r.values.quotes_per_1000_words;
    const seo = rows.find((r) => r.doc === SEO);
    for (const r of rows.filter((r) => r.doc !== SEO)) {
      assert.ok(rate(seo) < rate(r), `${SEO} (${rate(seo)}) quotes less often than ${r.doc} (${rate(r)})`);
    }
    // At a glance: its row says so in words, beside the title.
    const headline = squash(await page.textContent(`#profile-table tr[data-doc="${SEO}"] .row-headline`));
    assert.equal(headline, 'No direct quotations in 3,921 words');
    assert.equal(seo.shown.body_words, '3,921');
    // The bars are drawn from the numbers: none for the SEO page's rate, the longest for the highest.
    const widths = await page.$$eval('#profile-table td[data-key="quotes_per_1000_words"] .bar-fill', (rs) => rs.map((r) => Number(r.getAttribute('width'))));
    assert.equal(widths[rows.indexOf(seo)], 0);
    assert.equal(Math.max(...widths), 100);
    // Every column's explanation is one click away.
    await page.click('details.measure-legend summary');
    const legend = await page.$$eval('details.measure-legend dt', (dts) => dts.map((dt) => dt.textContent));
    assert.equal(legend.length, 11);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('sorting by a column heading puts the SEO page first, then last, and the sort is in the URL', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/profiles`);
    const header = page.locator('#profile-table thead th[data-key="quotes_per_1000_words"] button');
    await header.waitFor();
    assert.equal(await ariaSort(page, 'quotes_per_1000_words'), 'none');
    await header.click();
    await eventually(async () => {
      assert.match(page.url(), /[?&]sort=quotes_per_1000_words(&|$)/);
      assert.equal(await ariaSort(page, 'quotes_per_1000_words'), 'ascending');
      const rows = await tableRows(page);
      assert.equal(rows[0].doc, SEO);
      const rates = rows.map((r) => r.values.quotes_per_1000_words);
      assert.deepEqual(rates, [...rates].sort((a, b) => a - b), 'lowest first');
    });
    assert.match(squash(await page.textContent('#profile-table caption')), /sorted by quotes per 1,000 words, lowest first/);
    await header.click();
    await eventually(async () => {
      assert.match(page.url(), /[?&]sort=-quotes_per_1000_words(&|$)/);
      assert.equal(await ariaSort(page, 'quotes_per_1000_words'), 'descending');
      const rows = await tableRows(page);
      assert.equal(rows.at(-1).doc, SEO);
    });
    // The keyboard reaches the sort buttons too.
    await page.locator('#profile-table thead th[data-key="hedges"] button').focus();
    await page.keyboard.press('Enter');
    await eventually(async () => assert.equal(await ariaSort(page, 'hedges'), 'ascending'));
    // A reload shows the same order.
    await page.reload();
    await page.locator('#profile-table tbody tr').first().waitFor();
    assert.equal(await ariaSort(page, 'hedges'), 'ascending');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

for (const [prefix, key, phrase] of [
  ['004', 'unnamed_sources', /^2 unnamed sources in this article\.$/],
  // 22 pairs of quotation marks in 003: the headline's 'election security' repeats the body's words, counted once.
  ['003', 'quotations', /^21 direct quotations in this article\.$/],
  ['000', 'hedges', /^25 hedging words in this article\.$/],
]) {
  test(`clicking ${prefix}'s ${key} opens the reader with exactly that many passages highlighted`, async () => {
    const page = await h.newPage();
    try {
      await openApp(page, `${h.server.url}#/profiles`);
      const cell = page.locator(`#profile-table tr[data-doc="${slug(prefix)}"] td[data-key="${key}"] a.num`);
      await cell.waitFor();
      const count = Number(await cell.evaluate((a) => a.firstChild.textContent));
      assert.ok(count > 0);
      await cell.click();
      await eventually(async () => {
        assert.equal(await page.getAttribute('article#reader', 'data-doc'), slug(prefix));
        const ev = await evidenceState(page);
        assert.equal(ev.passages, count, `${count} passages marked`);
        assert.equal(ev.firstPieces, count);
        assert.equal(ev.status, `Passage 1 of ${count}`);
        assert.deepEqual(ev.current, ['1']);
        assert.match(ev.what, phrase);
      });
      assert.match(page.url(), new RegExp(`#/article/${slug(prefix)}\\?.*ev=${key}`));
      await page.click('#next-ev');
      await eventually(async () => {
        const ev = await evidenceState(page);
        assert.equal(ev.status, `Passage 2 of ${count}`);
        assert.deepEqual(ev.current, ['2']);
      });
      await page.click('#prev-ev');
      await page.click('#prev-ev');
      // Previous from the first goes round to the last.
      await eventually(async () => assert.equal((await evidenceState(page)).status, `Passage ${count} of ${count}`));
      // And back to the profiles, with that article's card open.
      await page.click('#evidence-banner a.back-to-profiles');
      await eventually(async () => assert.equal(await page.getAttribute('#profile-card', 'data-doc'), slug(prefix)));
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
    }
  });
}

test('the navigation share opens the folded boilerplate with its blocks highlighted', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/profiles`);
    await page.locator(`#profile-table tr[data-doc="${slug('003')}"] td[data-key="boilerplate_share"] a.num`).click();
    await eventually(async () => {
      const folds = await page.$$eval('article#reader details.boilerplate', (ds) => ds.map((d) => d.open));
      assert.ok(folds.length > 0 && folds.every(Boolean), `every boilerplate fold is open: ${folds}`);
      const ev = await evidenceState(page);
      assert.match(ev.what, /^57% of the page is navigation and other boilerplate \(1,179 words\)/);
      const unmarked = await page.$$eval('article#reader details.boilerplate .block', (bs) => bs.filter((b) => !b.querySelector('mark.evidence')).length);
      assert.equal(unmarked, 0, 'each boilerplate block is marked');
    });
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('a card opens from the URL, with what each number counts and who is quoted by name', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/profiles?article=${slug('003')}`);
    const card = page.locator('#profile-card');
    await card.waitFor();
    assert.equal(await card.getAttribute('data-doc'), slug('003'));
    assert.equal(squash(await card.locator('.card-headline').textContent()), '21 direct quotations in 877 words');
    assert.match(squash(await card.locator('.card-meta').textContent()), /American Journal News/);
    assert.equal(await card.locator('.explain').count(), 11);
    const speakers = await card.locator('.card-speakers a').allTextContents();
    assert.ok(speakers.includes('Sergey Lavrov (4)'), `${speakers}`);
    // The open card is not listed again among the others.
    const listed = await page.$$eval('.profile-cards .profile-card', (cs) => cs.map((c) => c.dataset.doc));
    assert.deepEqual(listed, SLUGS.filter((s) => s !== slug('003')));
    // A card in the list opens with a click, and the URL follows.
    await page.locator(`.profile-cards .profile-card[data-doc="${SEO}"] .card-title a`).click();
    await eventually(async () => {
      assert.equal(await page.getAttribute('#profile-card', 'data-doc'), SEO);
      assert.match(page.url(), new RegExp(`article=${SEO}`));
    });
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('printing the reader keeps the highlights, hides the navigation and adds a citation line', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/article/${slug('003')}?ev=loaded_words`);
    await page.locator('article#reader mark.evidence').first().waitFor();
    const onScreen = await page.isVisible('footer.citations');
    assert.equal(onScreen, false, 'the citation is for paper only');
    await page.emulateMedia({ media: 'print' });
    await eventually(async () => assert.ok(await page.isVisible('footer.citations')));
    const citation = squash(await page.textContent('footer.citations .citation'));
    // Named as every view names it: its number in the collection, then the citation.
    assert.equal(citation, `Source: 4 · Trump to discuss 'election security' with Russian official in private meeting. Dan Desai Martin. American Journal News, 10 December 2019.`);
    const printed = squash(await page.textContent('footer.citations .printed-from'));
    assert.match(printed, /^Printed on \d{4}-\d\d-\d\d from http:\/\/.*\/crosscheck\/#\/article\/003_[0-9a-f]+\?ev=loaded_words$/);
    for (const hidden of ['header.topbar', 'aside.sidebar', 'nav.reader-nav', '.ev-nav', 'button.print-button']) {
      assert.equal(await page.isVisible(hidden), false, `${hidden} is not printed`);
    }
    const mark = await page.$eval('article#reader mark.evidence', (m) => {
      const s = getComputedStyle(m);
      return { bg: s.backgroundColor, adjust: s.printColorAdjust || s.webkitPrintColorAdjust, outline: s.outlineStyle };
    });
    assert.notEqual(mark.bg, 'rgba(0, 0, 0, 0)', 'the mark keeps a background');
    assert.equal(mark.adjust, 'exact');
    assert.equal(mark.outline, 'solid', 'and an outline, for black and white');
    assert.ok(await page.isVisible('#evidence-banner .evidence-what'), 'what is highlighted is printed too');
    await screenshot(page, 'profiles-print-reader');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('printing the profiles and the compare view lists each article shown as a source', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/profiles?sort=quotes_per_1000_words`);
    await page.locator('#profile-table tbody tr').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const sources = await page.$$eval('footer.citations ul.sources li', (lis) => lis.map((li) => li.textContent));
    // Numbered as the table's badges number the articles, in collection order.
    assert.deepEqual(sources.map((text) => Number(text.match(/^(\d+) · /)[1])), SLUGS.map((s, i) => i + 1));
    const badges = await page.$$eval('#profile-table tbody tr', (trs) => trs.map((tr) => [Number(tr.querySelector('.art-num').textContent.replace(/\D/g, '')), tr.dataset.doc]));
    assert.deepEqual(badges[0], [SLUGS.indexOf(SEO) + 1, SEO]);
    assert.ok(sources.some((s) => s.includes('Outlet not stated')));
    assert.equal(await page.isVisible('.profile-cards'), false, 'the cards repeat the table, so they are not printed');
    assert.ok(await page.isVisible('#profile-table'));
    assert.ok(await page.isVisible('details.measure-legend dl'), 'what each column counts is printed under it');
    await screenshot(page, 'profiles-print-table');

    await openApp(page, `${h.server.url}#/compare?a=${slug('003')}&b=${slug('004')}`);
    await page.locator('.compare-col mark').first().waitFor();
    const pair = await page.$$eval('footer.citations ul.sources li', (lis) => lis.map((li) => li.textContent));
    assert.deepEqual(pair.map((s) => Number(s.match(/^(\d+) · /)[1])), [4, 5]);
    const col = await page.$eval('.compare-col', (c) => getComputedStyle(c).overflowY);
    assert.equal(col, 'visible', 'the columns are printed whole, not cut at the screen height');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`screenshots of the profiles, a card and the reader's highlights at ${viewport.width} px, ${colorScheme}`, async () => {
      const page = await h.newPage({ viewport });
      try {
        await page.emulateMedia({ colorScheme });
        const tag = `${viewport.width}-${colorScheme}`;
        await openApp(page, `${h.server.url}#/profiles?sort=quotes_per_1000_words`);
        await page.locator('#profile-table tbody tr').first().waitFor();
        await screenshot(page, `profiles-table-${tag}`);
        const wide = await page.evaluate(() => document.scrollingElement.scrollWidth > window.innerWidth);
        assert.equal(wide, false, 'the page does not scroll sideways (the table scrolls in its own box)');
        await openApp(page, `${h.server.url}#/profiles?article=${slug('004')}`);
        await page.locator('#profile-card').waitFor();
        await page.evaluate(() => window.scrollTo(0, 0));
        await screenshot(page, `profiles-card-${tag}`);
        await openApp(page, `${h.server.url}#/article/${slug('004')}?ev=unnamed_sources&evn=2`);
        await page.locator('#ev-2.current').waitFor();
        await screenshot(page, `profiles-reader-${tag}`);
        assert.deepEqual(page.errors, []);
      } finally {
        await page.close();
      }
    });
  }
}
