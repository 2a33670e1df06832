// Search as a visitor uses it: the article list, typing queries, phrases, exclusions, odd input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness, openApp, eventually, SLUGS, slug,
  resultSlugs, resultTitles, snippetMarks, resultHits, articleFilter, queryNotes, typeQuery,
} from './browser.mjs';

const TITLES = [
  '8+ Did Trump Administration Ask Putin for Help? Fact Check',
  'Trump’s True Betrayal: A Pattern Of Soliciting Foreign Election Interference',
  'Recent U.S. and Russian Relations',
  "Trump to discuss 'election security' with Russian official in private meeting",
  'Trump’s disturbing exchange with Putin on election interference',
];

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const sorted = (xs) => [...xs].sort();
const hitNumber = (text) => {
  const m = /^(\d+) hits?$/.exec(text ?? '');
  assert.ok(m, `.result-hits reads ${JSON.stringify(text)}, expected like "2 hits"`);
  return Number(m[1]);
};
const countNumber = (text) => {
  const m = /\d+/.exec(text ?? '');
  return m ? Number(m[0]) : 0;
};

/** Type `query` and wait until exactly `expected` (slugs, any order) are listed. */
async function searchFor(page, query, expected) {
  await typeQuery(page, query);
  await eventually(async () => {
    assert.equal(await page.inputValue('input#search'), query);
    assert.deepEqual(sorted(await resultSlugs(page)), sorted(expected), `results for ${query}`);
  });
}

test('the page loads and lists the five articles in corpus order', async () => {
  assert.equal(SLUGS.length, 5, 'seeds/ holds five articles');
  const page = await h.newPage();
  try {
    await openApp(page, h.server.url);
    assert.equal(await page.inputValue('input#search'), '');
    assert.equal(await page.getAttribute('input#search', 'type'), 'search');
    await eventually(async () => {
      assert.deepEqual(await resultSlugs(page), SLUGS);
      assert.deepEqual(await resultTitles(page), TITLES);
    });
    const filter = await articleFilter(page);
    assert.deepEqual(filter.map((f) => f.doc), SLUGS, 'one article-filter checkbox per article');
    assert.equal(await page.isChecked('input#include-boilerplate'), false, 'boilerplate is off by default');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('typing Kislyak letter by letter lists exactly 002 and 004, with Kislyak marked', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, h.server.url);
    await searchFor(page, 'Kislyak', [slug('002'), slug('004')]);
    await eventually(async () => {
      const marks = await snippetMarks(page);
      for (const doc of [slug('002'), slug('004')]) {
        assert.ok(marks[doc].length > 0, `${doc} shows a snippet with a mark`);
        for (const m of marks[doc]) assert.equal(m.toLowerCase(), 'kislyak', `mark in ${doc} reads ${JSON.stringify(m)}`);
      }
    });
    // Kislyak appears twice in 002 and once in 004.
    const hits = await resultHits(page);
    assert.equal(hitNumber(hits[slug('002')]), 2);
    assert.equal(hitNumber(hits[slug('004')]), 1);
    assert.match(hits[slug('004')], /^1 hit$/, 'one hit is "1 hit"');
    assert.equal(await page.locator('fieldset#article-filter .doc-count').count(), SLUGS.length, 'a .doc-count per article');
    const counts = Object.fromEntries((await articleFilter(page)).map((f) => [f.doc, countNumber(f.count)]));
    assert.deepEqual(counts, {
      [slug('000')]: 0, [slug('001')]: 0, [slug('002')]: 2, [slug('003')]: 0, [slug('004')]: 1,
    }, 'article filter counts follow the query');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

for (const [label, query] of [['straight quotes', '"great pressure"'], ['curly quotes', '“great pressure”']]) {
  test(`a phrase in ${label} lists exactly 003 and 004`, async () => {
    const page = await h.newPage();
    try {
      await openApp(page, h.server.url);
      await searchFor(page, query, [slug('003'), slug('004')]);
      await eventually(async () => {
        const marks = await snippetMarks(page);
        for (const doc of [slug('003'), slug('004')]) {
          assert.ok(marks[doc].length > 0, `${doc} shows a snippet with a mark`);
          for (const m of marks[doc]) assert.match(m, /^(great|pressure|great pressure)$/i, `mark in ${doc}`);
          assert.match(marks[doc].join(' '), /great.*pressure/i, `${doc} marks the phrase`);
        }
      });
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
    }
  });
}

test('an excluded term drops the articles that contain it: kislyak -flynn lists only 004', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, h.server.url);
    await searchFor(page, 'kislyak -flynn', [slug('004')]);
    await eventually(async () => {
      const marks = (await snippetMarks(page))[slug('004')];
      assert.ok(marks.length > 0);
      for (const m of marks) assert.equal(m.toLowerCase(), 'kislyak');
    });
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

for (const odd of ['"', '-']) {
  test(`a lone ${odd} shows a query note and the app keeps working`, async () => {
    const page = await h.newPage();
    try {
      await openApp(page, h.server.url);
      await typeQuery(page, odd);
      await eventually(async () => {
        const notes = await queryNotes(page);
        assert.ok(notes.length > 0, 'a .query-note is shown');
        assert.ok(notes.every((n) => n.length > 0), 'query notes have text');
      });
      assert.equal(await page.getAttribute('#query-notes', 'role'), 'status');
      assert.ok(await page.locator('#query-notes .query-note').first().isVisible(), 'the note is visible');
      assert.equal(await page.locator('ol#results').count(), 1, 'the result list is still there');
      assert.deepEqual(page.errors, [], 'no crash');
      // Still alive: a normal query works afterwards.
      await searchFor(page, 'Kislyak', [slug('002'), slug('004')]);
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
    }
  });
}

test('a search matching many articles shows twenty, then "Show more" adds the rest and moves the focus there', async () => {
  // 26 articles of the reader's own (added in the page) plus the five: "ferry" is in 26 of them.
  const files = Array.from({ length: 26 }, (_, i) => ({
    name: `ferry-${String(i + 1).padStart(2, '0')}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(`Ferry timetable number ${i + 1} is discussed by the harbour council\nBy Ada Quill - March 3, 2024\n\n`
      + `The harbour council met to weigh ferry timetable number ${i + 1}. ${'The ferry runs twice a day. '.repeat(1 + (i % 3))}\n`),
  }));
  const page = await h.newPage();
  try {
    await openApp(page, h.server.url);
    await page.setInputFiles('#add-files', files);
    await eventually(async () => assert.match(await page.locator('#own-status').textContent(), /Added 26 articles/), { timeout: 60_000 });
    await typeQuery(page, 'ferry');
    await eventually(async () => assert.match((await page.locator('#query-notes .summary').textContent()).trim(), /^26 articles match, \d+ hits\.$/));
    const items = page.locator('ol#results > li.result');
    assert.equal(await items.count(), 20, 'the first page of results');
    // Every result shown has its snippets with the word marked.
    assert.equal(await page.locator('ol#results > li.result:has(.snippets mark)').count(), 20);
    const more = page.locator('#more-results');
    assert.equal((await more.textContent()).trim(), 'Show 6 more articles');
    assert.match(await page.locator('.more-results').textContent(), /\(20 shown of 26\)/);

    await more.press('Enter');
    await eventually(async () => assert.equal(await items.count(), 26));
    assert.equal(await more.count(), 0, 'nothing more to show');
    assert.equal(await page.locator('ol#results > li.result:has(.snippets mark)').count(), 26);
    await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.closest('li.result')?.id), 'result-21'));

    // A new search starts again at twenty.
    await typeQuery(page, 'harbour council');
    await eventually(async () => assert.equal(await items.count(), 20));
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});
