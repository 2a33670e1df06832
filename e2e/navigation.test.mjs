// Reading and navigating: the reader and its hit navigation, shareable URLs, back and forward.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness, openApp, eventually, slug,
  resultSlugs, snippetMarks, articleFilter, readerState, typeQuery, parseHitStatus,
} from './browser.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const sorted = (xs) => [...xs].sort();
/** The query parameters of a hash route like "#/article/X?q=kislyak&hit=2". */
const hashParams = (url) => {
  const hash = new URL(url).hash;
  const q = hash.indexOf('?');
  return new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
};
const hashPath = (url) => new URL(url).hash.split('?')[0];

async function searchFor(page, query, expected) {
  await typeQuery(page, query);
  await eventually(async () => {
    assert.equal(await page.inputValue('input#search'), query);
    assert.deepEqual(sorted(await resultSlugs(page)), sorted(expected), `results for ${query}`);
  });
}

/**
 * Make `doc` the only article selected in the article filter. Works whether the boxes start
 * all checked (unchecking excludes) or all unchecked (checking restricts to the checked ones).
 */
async function restrictTo(page, doc) {
  const boxes = await articleFilter(page);
  const box = (d) => page.locator(`fieldset#article-filter input[type=checkbox][data-doc="${d}"]`);
  if (boxes.every((b) => b.checked)) {
    for (const b of boxes) if (b.doc !== doc) await box(b.doc).uncheck();
  } else {
    for (const b of boxes) if (b.checked && b.doc !== doc) await box(b.doc).uncheck();
    await box(doc).check();
  }
}

/** Click the title of result `doc` and wait for its reader. */
async function openResult(page, doc) {
  await page.locator(`ol#results > li.result[data-doc="${doc}"] a.result-title`).click();
  await page.locator(`article#reader[data-doc="${doc}"]`).waitFor();
  return eventually(async () => {
    const state = await readerState(page);
    parseHitStatus(state.hitStatus);
    return state;
  });
}

test('opening an article from a result shows the query marked, and next/prev hit move through it', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, h.server.url);
    await searchFor(page, 'Kislyak', [slug('002'), slug('004')]);
    const first = await openResult(page, slug('002'));
    assert.equal(hashPath(page.url()), `#/article/${slug('002')}`);
    assert.equal(first.title, 'Recent U.S. and Russian Relations');
    assert.ok(first.marks.length >= 2, 'Kislyak is marked twice or more in 002');
    for (const m of first.marks) assert.equal(m.toLowerCase(), 'kislyak');
    const hit1 = parseHitStatus(first.hitStatus);
    assert.deepEqual(hit1, { n: 1, of: hit1.of });
    assert.ok(hit1.of >= 2, `002 has at least 2 hits (${first.hitStatus})`);
    assert.equal(first.currentCount, 1, 'exactly one current hit');
    assert.ok(first.current >= 0);

    await page.click('button#next-hit');
    const second = await eventually(async () => {
      const s = await readerState(page);
      assert.equal(s.hitStatus, `Hit 2 of ${hit1.of}`);
      assert.equal(s.currentCount, 1);
      assert.ok(s.current > first.current, 'the current mark moved forward in the text');
      return s;
    });
    assert.equal(second.marks[second.current].toLowerCase(), 'kislyak');

    await page.click('button#prev-hit');
    await eventually(async () => {
      const s = await readerState(page);
      assert.equal(s.hitStatus, `Hit 1 of ${hit1.of}`);
      assert.equal(s.current, first.current);
    });
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('the URL reproduces the view in a fresh page: search + filter, and reader at hit 2', async () => {
  const page = await h.newPage();
  const pages = [page];
  try {
    await openApp(page, h.server.url);
    await searchFor(page, 'Kislyak', [slug('002'), slug('004')]);
    await restrictTo(page, slug('002'));
    await eventually(async () => assert.deepEqual(await resultSlugs(page), [slug('002')]));
    const filter = await articleFilter(page);
    const marks = await snippetMarks(page);
    const searchUrl = await eventually(async () => {
      const url = page.url();
      assert.equal(hashParams(url).get('q'), 'Kislyak', `query in ${url}`);
      assert.ok(hashParams(url).has('docs'), `article filter in ${url}`);
      return url;
    });

    await openResult(page, slug('002'));
    await page.click('button#next-hit');
    const reader = await eventually(async () => {
      const s = await readerState(page);
      assert.match(s.hitStatus, /^Hit 2 of \d+$/);
      assert.equal(hashParams(page.url()).get('hit'), '2', `hit in ${page.url()}`);
      return s;
    });
    const readerUrl = page.url();
    assert.equal(hashPath(readerUrl), `#/article/${slug('002')}`);

    // A fresh visitor opens the search URL.
    const p2 = await h.newPage();
    pages.push(p2);
    await openApp(p2, searchUrl);
    await eventually(async () => {
      assert.equal(await p2.inputValue('input#search'), 'Kislyak');
      assert.deepEqual(await resultSlugs(p2), [slug('002')]);
      assert.deepEqual(await articleFilter(p2), filter);
      assert.deepEqual(await snippetMarks(p2), marks);
    });

    // A fresh visitor opens the reader URL.
    const p3 = await h.newPage();
    pages.push(p3);
    await openApp(p3, readerUrl);
    await eventually(async () => {
      const s = await readerState(p3);
      assert.deepEqual(s, reader);
    });
    for (const p of pages) assert.deepEqual(p.errors, []);
  } finally {
    for (const p of pages) await p.close();
  }
});

test('back and forward restore the previous view', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, h.server.url);
    await searchFor(page, 'Kislyak', [slug('002'), slug('004')]);
    await eventually(async () => assert.equal(hashParams(page.url()).get('q'), 'Kislyak'));
    const searchUrl = page.url();
    const reader = await openResult(page, slug('002'));
    const readerUrl = page.url();

    await page.goBack();
    await eventually(async () => {
      assert.equal(page.url(), searchUrl);
      assert.equal(await page.locator('article#reader').count(), 0, 'the reader is gone');
      assert.equal(await page.inputValue('input#search'), 'Kislyak');
      assert.deepEqual(sorted(await resultSlugs(page)), sorted([slug('002'), slug('004')]));
    });

    await page.goForward();
    await eventually(async () => {
      assert.equal(page.url(), readerUrl);
      assert.deepEqual(await readerState(page), reader);
    });

    // And back once more to the search.
    await page.goBack();
    await eventually(async () => assert.deepEqual(sorted(await resultSlugs(page)), sorted([slug('002'), slug('004')])));
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});
