// Every view understood at first sight (issue #20): one name for an article everywhere, views that
// open at their top and give back the place on Back, what was asked for appearing where the eye
// is, back links that go back, a phone and a wide screen used well, the small things a class
// notices, a Compare that says what two articles share, Names that follow the filter and the
// search, and exports that open cleanly. Each test asserts what a user sees, at 1280 and 390 px
// where the layout differs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startHarness, openApp, eventually, slug, screenshot, typeQuery, scrollSettled } from './browser.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const squash = (s) => (s || '').replace(/\s+/g, ' ').trim();

/** Whether the element matching `selector` is on screen now (some of it inside the viewport). */
const onScreen = (page, selector) => page.$eval(selector, (el) => {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;
});

test('every view names an article the same way: its number and title, in lists, grids, Compare, Profiles, Timeline, printouts and exports', async () => {
  const page = await h.newPage({ viewport: DESKTOP });
  try {
    const titleOf = {};
    await openApp(page, `${h.server.url}#/`);
    for (const r of await page.$$eval('ol#results li.result', (lis) => lis.map((li) => [li.querySelector('.art-num').textContent.replace(/\D/g, ''), li.querySelector('.result-title').textContent]))) {
      titleOf[r[0]] = r[1];
    }
    assert.deepEqual(Object.keys(titleOf).sort(), ['1', '2', '3', '4', '5']);
    // The filter, the grids' columns and the timeline give the same numbers to the same titles.
    const filter = await page.$$eval('#article-filter .doc-name', (ns) => ns.map((n) => [n.querySelector('.art-num').textContent.replace(/\D/g, ''), n.lastChild.textContent.trim()]));
    for (const [n, title] of filter) assert.equal(title, titleOf[n], `filter: article ${n}`);
    for (const route of ['#/speakers', '#/entities']) {
      await openApp(page, `${h.server.url}${route}`);
      const heads = await page.$$eval('thead .art-num', (ns) => ns.map((n) => [n.textContent.replace(/\D/g, ''), n.getAttribute('title')]));
      assert.equal(heads.length, 5, route);
      for (const [n, title] of heads) assert.equal(title, titleOf[n], `${route}: column ${n}`);
    }
    await openApp(page, `${h.server.url}#/profiles`);
    const rows = await page.$$eval('#profile-table tbody th .art-num', (ns) => ns.map((n) => [n.textContent.replace(/\D/g, ''), n.getAttribute('title')]));
    for (const [n, title] of rows) assert.equal(title, titleOf[n], `profiles: ${n}`);
    await openApp(page, `${h.server.url}#/compare?a=${slug('003')}&b=${slug('004')}`);
    assert.deepEqual(await page.$$eval('.compare-col h3 .art-num', (ns) => ns.map((n) => n.textContent.replace(/\D/g, ''))), ['4', '5']);
    // The exercise sheet speaks of the articles by the same numbers.
    await openApp(page, `${h.server.url}#/exercises`);
    const sheet = squash(await page.textContent('main#app'));
    assert.ok(!/\b00[0-4]_|\(00[0-4]\)|articles? 00[0-4]/i.test(sheet), 'no file number (000–004) on the sheet');
    assert.match(sheet, /Article 1 calls itself a "Fact Check"/);
    assert.match(sheet, /Compare 4 · .* and 5 · /, 'a view described names its articles by number and title');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('a new view opens at its top, a link to a hit still scrolls to it, and Back returns to where the reader was', async () => {
  const page = await h.newPage({ viewport: DESKTOP });
  try {
    await openApp(page, `${h.server.url}#/article/${slug('000')}`);
    await page.evaluate(() => window.scrollTo(0, 3000));
    await eventually(async () => assert.ok(await page.evaluate(() => window.scrollY) > 2500));
    await page.click('header.topbar nav.views a:text-is("Quotes")');
    await page.locator('ol#quotes li.quote-item').first().waitFor();
    await eventually(async () => assert.equal(await page.evaluate(() => window.scrollY), 0));
    assert.ok(await onScreen(page, '#quotes-heading'), 'the heading, filters and export buttons are in sight');
    assert.ok(await onScreen(page, '#export-csv'));
    await page.goBack();
    await page.locator('article#reader').waitFor();
    await eventually(async () => assert.ok(Math.abs(await page.evaluate(() => window.scrollY) - 3000) < 50, 'Back restores the place in the article'));
    // An exercise's "Open this view" opens Compare at its top.
    await openApp(page, `${h.server.url}#/exercises`);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.locator('li.question[data-question="great-pressure"] a.open-view-link').click();
    await page.locator('.compare-col').first().waitFor();
    await eventually(async () => assert.equal(await page.evaluate(() => window.scrollY), 0));
    // A link to a hit scrolls to the hit instead.
    await openApp(page, `${h.server.url}#/?q=kislyak`);
    await page.locator(`ol#results li.result[data-doc="${slug('004')}"] li.snippet a`).last().click();
    await page.locator('article#reader mark.hit.current').waitFor();
    await eventually(async () => assert.ok(await onScreen(page, 'article#reader mark.hit.current')));
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('words selected deep in an article get their action beside them, and Escape closes it', async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const page = await h.newPage({ viewport });
    try {
      await openApp(page, `${h.server.url}#/article/${slug('004')}`);
      // Select a word near the end of the article, as a reader would with the mouse.
      await page.evaluate(() => {
        const blocks = [...document.querySelectorAll('article#reader p.block')];
        const p = blocks[blocks.length - 2];
        p.scrollIntoView({ block: 'center', behavior: 'instant' });
        const text = p.firstChild;
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, text.textContent.indexOf(' ') > 0 ? text.textContent.indexOf(' ') : text.textContent.length);
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      });
      // The popover appears, placed under the selection.
      await page.locator('.selection-pop[style*="top"] #find-selection').waitFor();
      const [popRect, selRect] = await page.evaluate(() => {
        const r = document.querySelector('.selection-pop').getBoundingClientRect();
        const s = window.getSelection().getRangeAt(0).getBoundingClientRect();
        return [{ top: r.top, bottom: r.bottom, left: r.left, right: r.right }, { top: s.top, bottom: s.bottom }];
      });
      assert.ok(popRect.top >= 0 && popRect.bottom <= viewport.height, `the action is on screen: ${JSON.stringify(popRect)}`);
      assert.ok(Math.abs(popRect.top - selRect.bottom) < 40, `right under the selection: ${JSON.stringify([popRect, selRect])}`);
      assert.ok(popRect.left >= 0 && popRect.right <= viewport.width + 1, 'inside the screen sideways');
      if (viewport === DESKTOP) await screenshot(page, 'reader-selection-popover');
      await page.locator('#find-selection').press('Escape');
      await eventually(async () => assert.equal(await page.locator('.selection-pop').count(), 0));
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
    }
  }
});

test('the reader\'s bar says what is highlighted and steps through it with its buttons and n and p', async () => {
  const page = await h.newPage({ viewport: DESKTOP });
  try {
    // A name's mentions.
    await openApp(page, `${h.server.url}#/article/${slug('003')}?ent=Sergey+Lavrov`);
    await eventually(async () => assert.match(squash(await page.textContent('#hit-status')), /^Sergey Lavrov: mention 1 of \d+$/));
    const total = Number(squash(await page.textContent('#hit-status')).match(/of (\d+)$/)[1]);
    assert.ok(total >= 2, 'Lavrov is named several times in article 4');
    await page.keyboard.press('n');
    await eventually(async () => assert.equal(squash(await page.textContent('#hit-status')), `Sergey Lavrov: mention 2 of ${total}`));
    assert.equal(await page.locator('mark.entity.current-item').first().getAttribute('data-item'), '2');
    // The step scrolled the page smoothly to mention 2; the bar moves with it until it sticks.
    await scrollSettled(page);
    await page.click('#prev-hit');
    await eventually(async () => assert.equal(squash(await page.textContent('#hit-status')), `Sergey Lavrov: mention 1 of ${total}`));
    // A profile number's passages: the bar names them, after the banner has scrolled away.
    await openApp(page, `${h.server.url}#/article/${slug('004')}?ev=unnamed_sources&evn=2`);
    await eventually(async () => assert.match(squash(await page.textContent('#hit-status')), /unnamed source.*: passage 2 of \d+$/i));
    await page.keyboard.press('p');
    await eventually(async () => assert.match(squash(await page.textContent('#hit-status')), /: passage 1 of \d+$/));
    assert.equal(await page.isEnabled('#next-hit'), true);
    // A quotation.
    await openApp(page, `${h.server.url}#/quotes?speaker=Rex+Tillerson`);
    await page.locator('ol#quotes li.quote-item .quote-text').first().click();
    await page.locator('#quote-sel').waitFor();
    assert.match(squash(await page.textContent('#hit-status')), /^Quotation by Rex Tillerson highlighted$/);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('picking a name low in Names opens its mentions under it, in sight', async () => {
  const page = await h.newPage({ viewport: DESKTOP });
  try {
    await openApp(page, `${h.server.url}#/entities`);
    const rows = page.locator('#entity-grid tbody tr[data-entity]');
    const n = await rows.count();
    const low = rows.nth(Math.min(n - 1, 40));
    const name = await low.getAttribute('data-entity');
    await low.locator('a.entity-name').click();
    await page.locator('#entity-mentions').waitFor();
    await eventually(async () => assert.ok(await onScreen(page, '#entity-mentions-heading'), 'the mentions are in sight'));
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'entity-mentions-heading', 'and have the focus');
    const under = await page.evaluate((name) => {
      const row = document.querySelector(`#entity-grid tr[data-entity="${CSS.escape(name)}"]`);
      return row.nextElementSibling?.classList.contains('mentions-row');
    }, name);
    assert.ok(under, 'right under the name picked');
    await screenshot(page, 'names-mentions');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('back links return to where the reader came from: the quotations, the profiles, the names', async () => {
  const page = await h.newPage({ viewport: DESKTOP });
  try {
    await openApp(page, `${h.server.url}#/quotes?speaker=Rex+Tillerson`);
    await page.locator('ol#quotes li.quote-item .quote-text').first().click();
    await page.locator('#quote-sel').waitFor();
    assert.equal(squash(await page.textContent('nav.reader-nav a.back')), '← Quotations');
    await page.click('nav.reader-nav a.back');
    await eventually(async () => assert.match(page.url(), /#\/quotes\?speaker=Rex\+Tillerson$/));
    await openApp(page, `${h.server.url}#/profiles`);
    await page.locator('#profile-table td a.num').first().click();
    await page.locator('#evidence-banner').waitFor();
    assert.equal(squash(await page.textContent('nav.reader-nav a.back')), '← Profiles');
    await page.click('nav.reader-nav a.back');
    await eventually(async () => assert.match(page.url(), /#\/profiles/));
    await openApp(page, `${h.server.url}#/article/${slug('003')}?ent=Sergey+Lavrov`);
    assert.equal(squash(await page.textContent('nav.reader-nav a.back')), '← Names');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('on a phone the article filter is one line at the top, opened when wanted, and grid headings stay readable', async () => {
  const page = await h.newPage({ viewport: PHONE });
  try {
    await openApp(page, `${h.server.url}#/quotes`);
    const toggle = page.locator('#filters-toggle');
    await toggle.waitFor();
    const [toggleTop, mainTop] = await page.evaluate(() => [document.querySelector('#filters-toggle').getBoundingClientRect().top, document.querySelector('main#app').getBoundingClientRect().top]);
    assert.ok(toggleTop < mainTop && toggleTop < 844, 'the filter is above the quotations, on the first screen');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.isVisible('#article-filter'), false, 'folded at first');
    await toggle.click();
    assert.equal(await page.isVisible('#article-filter'), true);
    assert.ok(await page.isVisible('label.file-button'), 'Add files is reachable');
    await openApp(page, `${h.server.url}#/speakers`);
    const heads = await page.$$eval('#speaker-grid thead .art-title', (ts) => ts.map((t) => getComputedStyle(t).writingMode));
    assert.ok(heads.length === 5 && heads.every((w) => w.startsWith('vertical')), `article titles stand upright: ${heads}`);
    await screenshot(page, 'phone-speakers');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('on a wide screen the profiles table fits without a sideways scroll and the reader\'s bar is one row', async () => {
  const page = await h.newPage({ viewport: DESKTOP });
  try {
    await openApp(page, `${h.server.url}#/profiles`);
    await page.locator('#profile-table tbody tr').first().waitFor();
    const [scroll, client] = await page.$eval('#profile-table', (t) => { const box = t.closest('.table-scroll') || t.parentElement; return [box.scrollWidth, box.clientWidth]; });
    assert.ok(scroll <= client + 1, `the table fits: ${scroll} > ${client}`);
    await openApp(page, `${h.server.url}#/article/${slug('001')}?ev=unnamed_sources`);
    await page.locator('#evidence-banner').waitFor();
    const bar = await page.$eval('nav.reader-nav', (n) => n.getBoundingClientRect().height);
    assert.ok(bar < 60, `one row: ${bar}px`);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('the small things: / goes to the box without typing a slash, quotation links look like links, counts say what they count, single marks stay single, the tab names the view, there is a favicon, the placeholder fits', async () => {
  const page = await h.newPage({ viewport: DESKTOP });
  try {
    await openApp(page, `${h.server.url}#/quotes`);
    await page.locator('ol#quotes li.quote-item').first().waitFor();
    await page.locator('#quotes-heading').click();
    await page.keyboard.press('/');
    await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.id), 'search'));
    assert.equal(await page.inputValue('#search'), '', 'no slash typed');
    const [linkColour, textColour] = await page.evaluate(() => [getComputedStyle(document.querySelector('.quote-text')).color, getComputedStyle(document.querySelector('.quote-meta')).color]);
    assert.notEqual(linkColour, textColour, 'a quotation\'s words are coloured as a link');
    assert.match(await page.textContent('#speaker-filter option[value=""]'), /^All speakers \(\d+ quotations\)$/);
    const single = await page.$$eval('ol#quotes li.quote-item .quote-text', (as) => as.map((a) => a.textContent).find((t) => t.includes('election security')));
    assert.ok(single && single.startsWith('‘') && single.endsWith('’'), `single marks as written: ${single}`);
    assert.equal(await page.title(), 'Quotes · Crosscheck');
    await openApp(page, `${h.server.url}#/article/${slug('003')}`);
    await eventually(async () => assert.equal(await page.title(), 'Trump to discuss \'election security\' with Russian official in private meeting · Crosscheck'));
    const icon = await page.getAttribute('link[rel="icon"]', 'href');
    assert.ok(icon.startsWith('data:image/svg+xml,'), 'the icon is in the page: no request for it, ever');
    assert.ok(page.responses.every((r) => r.status !== 404), `no 404: ${page.responses.filter((r) => r.status === 404).map((r) => r.url)}`);
    const fits = await page.$eval('#search', (input) => {
      const c = document.createElement('canvas').getContext('2d');
      const s = getComputedStyle(input);
      c.font = `${s.fontSize} ${s.fontFamily}`;
      return c.measureText(input.placeholder).width <= input.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
    });
    assert.ok(fits, 'the placeholder is not cut off');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('Compare says what two articles share, side by side, with the differing words and verbs, and brings both texts to it', async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const page = await h.newPage({ viewport });
    try {
      await openApp(page, `${h.server.url}#/compare?a=${slug('003')}&b=${slug('004')}`);
      const summary = squash(await page.textContent('#compare-summary'));
      assert.match(summary, /^These two articles share no passage of text word for word\. They do share 1 quotation(, \d+ names and \d+ dates?| and \d+ names)\.$/);
      const item = page.locator('#quote-variants li.variant').first();
      const sides = await item.locator('.side').evaluateAll((ss) => ss.map((s) => ({
        quote: s.querySelector('.shared-quote').textContent, who: s.querySelector('.who strong').textContent, verb: s.querySelector('.cue-verb').textContent,
        differs: [...s.querySelectorAll('mark.differs')].map((m) => m.textContent),
      })));
      assert.equal(sides.length, 2);
      assert.ok(sides.every((s) => /great pressure/.test(s.quote)), JSON.stringify(sides));
      assert.ok(sides.every((s) => s.who === 'Donald Trump'), `both credit Trump: ${JSON.stringify(sides)}`);
      assert.ok(sides.every((s) => s.verb.length > 0), 'each article\'s verb of saying');
      assert.ok(sides.some((s) => s.differs.length > 0), 'the words only one version has are marked');
      assert.ok(await page.locator('#shared-names li[data-entity="Sergey Lavrov"]').count() === 1, 'names both give');
      await item.locator('button.show-both').click();
      const link = await item.locator('button.show-both').getAttribute('data-link');
      await eventually(async () => {
        for (const side of ['a', 'b']) {
          const inCol = await page.$eval(`#${side}-link-${link}`, (m) => {
            const col = m.closest('.compare-col').getBoundingClientRect();
            const r = m.getBoundingClientRect();
            return r.top >= col.top - 1 && r.bottom <= col.bottom + 1;
          });
          assert.ok(inCol, `the ${side} column shows the quotation`);
        }
      });
      await screenshot(page, viewport === DESKTOP ? 'compare' : 'phone-compare');
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
    }
  }
});

test('Names lists only the ticked articles\' names and follows the search box; unnamed speakers are apart in the grid', async () => {
  const page = await h.newPage({ viewport: DESKTOP });
  try {
    await openApp(page, `${h.server.url}#/entities`);
    const all = await page.locator('#entity-grid tbody tr[data-entity]').count();
    await typeQuery(page, 'lavrov');
    await eventually(async () => {
      const names = await page.$$eval('#entity-grid tbody tr[data-entity]', (trs) => trs.map((tr) => tr.dataset.entity));
      assert.ok(names.length > 0 && names.length < all, `${names}`);
      assert.ok(names.includes('Sergey Lavrov'));
    });
    await openApp(page, `${h.server.url}#/entities?docs=${slug('002')}`);
    const one = await page.$$eval('#entity-grid tbody tr[data-entity]', (trs) => trs.map((tr) => [...tr.querySelectorAll('td[data-doc]')].map((td) => td.textContent.trim())));
    assert.ok(one.length > 0 && one.length < all, 'fewer names with one article ticked');
    assert.ok(one.every((cells) => cells.length === 1 && /^\d+$/.test(cells[0])), 'each is named in the ticked article');
    await openApp(page, `${h.server.url}#/speakers`);
    const groups = await page.$$eval('#speaker-grid tbody tr', (trs) => trs.map((tr) => tr.classList.contains('group-row') ? `# ${tr.textContent}` : (tr.classList.contains('unnamed') ? 'unnamed' : 'named')));
    assert.equal(groups[0], '# Named people and organisations');
    const split = groups.findIndex((g) => g.startsWith('# Not named'));
    assert.ok(split > 0, `a group of unnamed speakers: ${groups}`);
    assert.ok(groups.slice(1, split).every((g) => g === 'named') && groups.slice(split + 1).every((g) => g === 'unnamed'));
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

/** A CSV file read as Excel reads it: a byte-order mark means UTF-8; RFC 4180 fields. */
function readLikeExcel(bytes) {
  const utf8 = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = utf8 ? bytes.subarray(3).toString('utf8') : bytes.toString('latin1');
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  return { utf8, rows };
}

test('the quotations CSV opens cleanly in a spreadsheet: UTF-8 with its mark, curly apostrophes intact, nothing read as a formula', async () => {
  const page = await h.newPage({ viewport: DESKTOP });
  try {
    await openApp(page, `${h.server.url}#/quotes`);
    await page.locator('ol#quotes li.quote-item').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const { utf8, rows } = readLikeExcel(await readFile(await download.path()));
    assert.ok(utf8, 'Excel sees the byte-order mark and reads UTF-8');
    const body = rows.slice(1);
    assert.ok(body.length > 50);
    assert.ok(body.some((r) => r.some((c) => c.includes('’'))), 'a curly apostrophe survives (not â€™)');
    assert.ok(!body.some((r) => r.some((c) => c.includes('â€'))));
    assert.ok(body.every((r) => r.every((c) => !/^[=+\-@\t\r]/.test(c))), 'no cell starts as a formula would');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});
