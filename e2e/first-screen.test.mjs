// The first module (crates/first-screen): while the app's code is still on its way, the first
// screen's search box searches, and lists what the app will list, in the same markup.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, holdApp, eventually, slug, screenshot } from './browser.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

/** What a list of results says and links to: the summary line, each result, "Show more". */
const describe = (page, list, notes) => page.evaluate(([list, notes]) => {
  const text = (e) => (e ? e.textContent.replace(/\s+/g, ' ').trim() : null);
  return {
    notes: [...document.querySelectorAll(`${notes} .query-note`)].map(text),
    summary: text(document.querySelector(`${notes} .summary`)),
    empty: text(document.querySelector('.empty')),
    results: [...document.querySelectorAll(`${list} > li.result`)].map((li) => ({
      doc: li.dataset.doc,
      id: li.id,
      title: text(li.querySelector('a.result-title')),
      href: li.querySelector('a.result-title').getAttribute('href'),
      meta: text(li.querySelector('.result-meta')),
      lead: text(li.querySelector('.lead')),
      snippets: [...li.querySelectorAll('li.snippet a')].map((a) => ({
        href: a.getAttribute('href'), text: text(a), marks: [...a.querySelectorAll('mark')].map(text),
      })),
      more: text(li.querySelector('.more a')),
    })),
  };
}, [list, notes]);

const QUERIES = [
  'Kislyak', 'putin', '"election interference"', 'hack* -russia', 'zzxxqq', '"unclosed phrase',
  // Search that knows what Names knows: spellings, abbreviations, operators, nothing to search.
  'Zelensky', 'Zelensky ', 'FBI', 'F.B.I.', 'US', 'us ', 'kislyak or gidley', 'comey AND lavrov', '"',
];

test('before the app has arrived the first screen searches as you type, and lists what the app then lists', async () => {
  const page = await h.newPage();
  try {
    const release = await holdApp(page);
    await page.goto(h.server.url);
    const box = page.locator('#boot-search');
    await box.click();
    await box.pressSequentially('Kislyak', { delay: 20 });
    // Every key is answered (the list says what it is for), with the hits marked.
    await page.locator('#boot-layout[data-query="Kislyak"]').waitFor();
    assert.equal(await page.evaluate(() => document.body.dataset.shell), undefined, 'the app has not started');
    const kislyak = await describe(page, '#boot-layout ol.results', '#boot-notes');
    assert.deepEqual(kislyak.results.map((r) => r.doc).sort(), [slug('002'), slug('004')].sort());
    assert.match(kislyak.summary, /^2 articles match, \d+ hits\.$/);
    assert.ok(kislyak.results.every((r) => r.snippets.length > 0 && r.snippets.every((s) => s.marks.every((m) => /^kislyak$/i.test(m)) && s.marks.length > 0)), JSON.stringify(kislyak));
    assert.ok(kislyak.results.every((r) => r.href === `#/article/${r.doc}?q=Kislyak&hit=1`), 'a title opens the article at its first hit');
    await screenshot(page, 'first-screen-search');
    const seen = {};
    for (const q of QUERIES) {
      await box.fill(q);
      await page.waitForFunction((q) => document.getElementById('boot-layout').dataset.query === q, q);
      seen[q] = await describe(page, '#boot-layout ol.results', '#boot-notes');
    }
    assert.ok(seen.zzxxqq.empty && seen.zzxxqq.summary === 'No article matches.', 'nothing found says so');
    assert.ok(seen['"unclosed phrase'].notes.length > 0, 'an odd search gets a note');
    assert.deepEqual(seen.Zelensky.results.map((r) => r.doc).sort(), [slug('001'), slug('003')].sort(), 'every spelling of the name');
    assert.ok(seen['Zelensky '].notes.some((n) => n.startsWith('Also searching Zelenskiy and Zelenskyy')), JSON.stringify(seen['Zelensky ']));
    assert.ok(seen.US.results.flatMap((r) => r.snippets.flatMap((s) => s.marks)).every((m) => ['U.S', 'US', 'USA'].includes(m)), 'US: the abbreviation');
    assert.deepEqual(seen['kislyak or gidley'].results.map((r) => r.doc).sort(), [slug('002'), slug('003'), slug('004')].sort());
    assert.equal(seen['"'].summary, 'Nothing to search for yet, so all 5 articles are listed.');
    // Emptying the box brings back the articles as the build listed them.
    await box.fill('');
    await page.waitForFunction(() => document.getElementById('boot-layout').dataset.query === '');
    const home = await describe(page, '#boot-layout ol.results', '#boot-notes');
    assert.equal(home.results.length, 5);
    assert.ok(home.results.every((r) => r.lead && r.snippets.length === 0 && r.href === `#/article/${r.doc}`));

    await box.fill('Kislyak');
    await page.waitForFunction(() => document.getElementById('boot-layout').dataset.query === 'Kislyak');
    release();
    await page.waitForFunction(() => document.body.dataset.ready === '1');
    assert.equal(await page.locator('#boot').count(), 0, 'the app has taken over');
    for (const q of QUERIES) {
      await page.fill('#search', q);
      await eventually(async () => assert.deepEqual(await describe(page, 'ol#results', '#query-notes'), seen[q], `the app lists "${q}" as the first screen did`));
    }
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('the list typed for stays on screen while the app takes over, and the articles are downloaded once', async () => {
  const page = await h.newPage();
  try {
    const release = await holdApp(page);
    await page.goto(h.server.url);
    await page.locator('#boot-search').pressSequentially('putin', { delay: 20 });
    await page.locator('#boot-layout[data-query="putin"]').waitFor();
    // From the moment the app starts until its list is ready, a list for "putin" is on screen.
    await page.evaluate(() => {
      window.gaps = 0;
      const check = () => {
        const shown = document.querySelector('#boot-layout[data-query="putin"] li.result, ol#results li.result');
        if (!shown) window.gaps += 1;
        if (document.body.dataset.ready !== '1') requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    release();
    await page.waitForFunction(() => document.body.dataset.ready === '1');
    assert.equal(await page.evaluate(() => window.gaps), 0, 'no frame without a list');
    assert.equal(await page.inputValue('#search'), 'putin');
    assert.equal(page.requests.filter((u) => /corpus-[0-9a-f]+\.bin/.test(u)).length, 1, 'the app took the first module\'s download');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('when the first module cannot load, the app starts all the same', async () => {
  const page = await h.newPage();
  try {
    await page.route(/crosscheck-first_bg\.wasm/, (route) => route.abort());
    const release = await holdApp(page);
    await page.goto(h.server.url);
    await page.locator('#boot-search').pressSequentially('Kislyak', { delay: 20 });
    // The app is on its way (its download is held here): the first screen did not search.
    await eventually(async () => assert.ok(page.requests.some((u) => /crosscheck-app-[0-9a-f]+_bg\.wasm$/.test(u))));
    assert.equal(await page.locator('#boot-layout').getAttribute('data-query'), null);
    release();
    await page.waitForFunction(() => document.body.dataset.ready === '1');
    await eventually(async () => assert.equal(await page.locator('ol#results > li.result').count(), 2));
    assert.equal(await page.inputValue('#search'), 'Kislyak');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('a result followed before the app has arrived opens once it has, the list making way meanwhile', async () => {
  const page = await h.newPage();
  try {
    const release = await holdApp(page);
    await page.goto(h.server.url);
    await page.locator('#boot-search').pressSequentially('Kislyak', { delay: 20 });
    await page.locator('#boot-layout[data-query="Kislyak"]').waitFor();
    const first = page.locator('#boot-layout li.result a.result-title').first();
    const doc = await page.locator('#boot-layout li.result').first().getAttribute('data-doc');
    await first.click();
    await eventually(async () => assert.equal(await page.locator('#boot-layout').isVisible(), false, 'the list makes way'));
    assert.ok(await page.locator('#boot-status').isVisible(), '"Starting Crosscheck…" says what is happening');
    await page.goBack();
    await eventually(async () => assert.ok(await page.locator('#boot-layout').isVisible(), 'back: the list again'));
    await page.goForward();
    release();
    await page.locator(`article#reader[data-doc="${doc}"]`).waitFor();
    assert.match(page.url(), /\?q=Kislyak&hit=1$/);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('opened at another view, the page does not wait for the first module to search before it fetches the app', async () => {
  const page = await h.newPage();
  try {
    // The corpus held back: a first module that searched would wait for it before the app starts.
    let releaseCorpus;
    const held = new Promise((r) => { releaseCorpus = r; });
    await page.route(/corpus-[0-9a-f]+\.bin$/, async (route) => { await held; await route.continue(); });
    await page.goto(`${h.server.url}#/quotes`);
    await eventually(async () => assert.ok(page.requests.some((u) => /crosscheck-app-[0-9a-f]+_bg\.wasm$/.test(u)), 'the app is fetched while the corpus is still on its way'));
    releaseCorpus();
    await page.waitForFunction(() => document.body.dataset.ready === '1');
    await page.locator('#quotes').waitFor();
    assert.equal(page.requests.filter((u) => /corpus-[0-9a-f]+\.bin/.test(u)).length, 1, 'downloaded once');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('once the app has taken over, the first module is let go: one WebAssembly memory is left', async () => {
  const page = await h.newPage();
  try {
    // Every instance's memory, held weakly: one that is still alive after a full collection is
    // held by something (a listener, a timer, a message port whose handler is the module's code).
    await page.addInitScript(() => {
      window.__memories = [];
      const original = WebAssembly.instantiate;
      WebAssembly.instantiate = async function (...args) {
        const result = await original.apply(this, args);
        const instance = result.instance || result;
        if (instance.exports?.memory) window.__memories.push(new WeakRef(instance.exports.memory));
        return result;
      };
      const streaming = WebAssembly.instantiateStreaming;
      WebAssembly.instantiateStreaming = async function (...args) {
        const result = await streaming.apply(this, args);
        if (result.instance.exports?.memory) window.__memories.push(new WeakRef(result.instance.exports.memory));
        return result;
      };
    });
    await page.goto(h.server.url);
    await page.locator('#boot-search').pressSequentially('putin', { delay: 20 });
    await page.waitForFunction(() => document.body.dataset.ready === '1');
    assert.equal(await page.evaluate(() => window.__memories.length), 2, 'the first module and the app both ran');
    const cdp = await page.context().newCDPSession(page);
    await eventually(async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      assert.equal(await page.evaluate(() => window.__memories.filter((m) => m.deref()).length), 1);
    });
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});
