// Search that knows what Names knows (#20), as a visitor types it into the search box: every
// spelling of a name, abbreviations with or without dots and in capitals, `or`/`and`/`not` in
// lower case, AND, and a search with nothing in it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openApp, eventually, slug, resultSlugs, snippetMarks, queryNotes, typeQuery, readerState } from './browser.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const sorted = (xs) => [...xs].sort();
const summary = async (page) => (await page.locator('#query-notes .summary').textContent()).replace(/\s+/g, ' ').trim();
const allMarks = async (page) => Object.values(await snippetMarks(page)).flat();

/** Opens the app, types `query` and waits until exactly `expected` (seed prefixes) are listed. */
async function searchFor(page, query, expected) {
  await typeQuery(page, query);
  await eventually(async () => {
    assert.equal(await page.inputValue('input#search'), query);
    assert.deepEqual(sorted(await resultSlugs(page)), sorted(expected.map(slug)), `results for ${JSON.stringify(query)}`);
  });
}

async function withPage(body) {
  const page = await h.newPage();
  try {
    await openApp(page, h.server.url);
    await body(page);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
}

test('Zelensky finds both spellings the Names view merges, while typed and once finished, and says so', () => withPage(async (page) => {
  await searchFor(page, 'Zelensky', ['001', '003']);
  await eventually(async () => assert.ok((await queryNotes(page)).some((n) => n.startsWith('Also searching Zelenskiy:')), JSON.stringify(await queryNotes(page))));
  await eventually(async () => {
    const marks = await snippetMarks(page);
    assert.deepEqual(marks[slug('001')], ['Zelenskyy', 'Zelenskyy']);
    assert.deepEqual(marks[slug('003')], ['Zelenskiy', 'Zelenskiy']);
  });
  assert.equal(await summary(page), '2 articles match, 4 hits.');
  // Finished with a space: a spelling no article uses still finds the name, and the note names both.
  await page.locator('input#search').press('Space');
  await eventually(async () => {
    assert.deepEqual(sorted(await resultSlugs(page)), sorted([slug('001'), slug('003')]));
    assert.ok((await queryNotes(page)).includes('Also searching Zelenskiy and Zelenskyy: the same name, spelled another way in some of the articles.'));
  });
}));

test('FBI and F.B.I. find each other', () => withPage(async (page) => {
  for (const q of ['FBI', 'F.B.I.']) {
    await searchFor(page, q, ['002', '003', '004']);
    await eventually(async () => {
      const marks = await snippetMarks(page);
      assert.ok(marks[slug('004')].includes('F.B.I'), `F.B.I. marked in 004 for ${q}: ${JSON.stringify(marks)}`);
      assert.ok(marks[slug('003')].includes('FBI'));
      assert.ok(Object.values(marks).flat().every((m) => /^(F\.B\.I|FBI|FBI’s)$/.test(m)), JSON.stringify(marks));
    });
  }
}));

test('US in capitals finds the abbreviation (U.S., US), not the word us; us in lower case finds both, with notes', () => withPage(async (page) => {
  await typeQuery(page, 'US');
  await eventually(async () => {
    const marks = await allMarks(page);
    assert.ok(marks.length > 0 && marks.every((m) => ['U.S', 'US', 'USA'].includes(m)), JSON.stringify(marks));
    assert.ok((await queryNotes(page)).some((n) => n.startsWith('“US” in capitals: searched for the abbreviation only (US or U.S.)')), JSON.stringify(await queryNotes(page)));
  });
  const capitals = Number(/, (\d+) hits\.$/.exec(await summary(page))?.[1]);
  assert.ok(capitals > 40, `U.S. is written more than 40 times: ${await summary(page)}`);
  await typeQuery(page, 'U.S. ');
  await eventually(async () => assert.ok((await allMarks(page)).every((m) => ['U.S', 'US'].includes(m))));
  await typeQuery(page, 'us ');
  await eventually(async () => {
    assert.ok((await queryNotes(page)).some((n) => n.startsWith('“us” also finds the abbreviation US (U.S.)')), JSON.stringify(await queryNotes(page)));
    assert.ok((await snippetMarks(page))[slug('003')].length > 0);
  });
  // The pronoun is in 003 only, past the snippets shown: the reader marks it.
  await page.locator(`li.result[data-doc="${slug('003')}"] a.result-title`).click();
  await page.locator('article#reader').waitFor();
  await eventually(async () => {
    const { marks } = await readerState(page);
    assert.ok(marks.includes('us') && marks.includes('U.S'), JSON.stringify(marks));
  });
}));

test('kislyak or gidley finds either, with a note saying how "or" was read', () => withPage(async (page) => {
  await searchFor(page, 'kislyak or gidley', ['002', '003', '004']);
  await eventually(async () => assert.ok((await queryNotes(page)).includes('Read “or” as OR: articles with either word. To search for the word “or” itself, put it in quotation marks: "or".')));
  assert.ok((await allMarks(page)).every((m) => /^(kislyak|gidley)(’s)?$/i.test(m)), JSON.stringify(await allMarks(page)));
}));

test('comey AND lavrov finds both words and never marks "and"', () => withPage(async (page) => {
  for (const q of ['comey AND lavrov', 'comey and lavrov']) {
    await searchFor(page, q, ['003', '004']);
    await eventually(async () => {
      const marks = await allMarks(page);
      assert.ok(marks.length > 0 && marks.every((m) => /^(comey|lavrov|lavrov’s)$/i.test(m)), `${q}: ${JSON.stringify(marks)}`);
    });
  }
}));

test('a lone quotation mark says there is nothing to search for yet, not "5 articles match, 0 hits"', () => withPage(async (page) => {
  await typeQuery(page, '"');
  await eventually(async () => {
    assert.equal(await summary(page), 'Nothing to search for yet, so all 5 articles are listed.');
    assert.deepEqual(await queryNotes(page), ['A quotation mark with no words after it: put the words to find together between quotation marks (like "great pressure").']);
  });
  assert.equal((await resultSlugs(page)).length, 5);
  // And the phrase once typed.
  await page.locator('input#search').pressSequentially('great pressure"', { delay: 15 });
  await eventually(async () => assert.deepEqual(sorted(await resultSlugs(page)), sorted([slug('003'), slug('004')])));
}));
