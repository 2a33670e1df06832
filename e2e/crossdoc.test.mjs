// Cross-document highlighting: what a reader selects in one article, lit up in every article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openApp, eventually, slug, readerState } from './browser.mjs';

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
