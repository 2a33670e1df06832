// Issue #18 in the page: a reader's own articles in every form (a saved news page, a Word
// document, a Windows-1252 text file, a pasted article), read in the browser (the readers in the
// worker, the saved page by the browser's DOMParser), searchable and quoted like the others, kept
// in IndexedDB over a reload until removed; and every kind of bad input, each with its message,
// nothing else lost, nothing run, no request leaving the page. Against the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  startHarness, openApp, eventually, resultTitles, typeQuery, screenshot, REPO,
} from './browser.mjs';

const FIXTURES = path.join(REPO, 'e2e/fixtures/own-articles');
const fixture = (name) => path.join(FIXTURES, name);
const squash = (s) => (s || '').replace(/\s+/g, ' ').trim();
const SLOW = { timeout: 60_000 };

let h;
let scratch;
before(async () => {
  h = await startHarness();
  scratch = await mkdtemp(path.join(tmpdir(), 'crosscheck-own-'));
});
after(async () => {
  await h?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const ownStatus = async (page) => squash(await page.locator('#own-status').textContent());
/** The full titles of the reader's articles in the sidebar, in order (the number badge's title). */
const ownTitles = async (page) => page.$$eval('.own-list .own-item .art-num', (els) => els.map((e) => e.getAttribute('title')));

/** Every stored record of the reader's own articles: { key: record }. */
async function storedRecords(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('crosscheck');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('articles')) { db.close(); resolve({}); return; }
      const store = db.transaction('articles').objectStore('articles');
      const keys = store.getAllKeys();
      const values = store.getAll();
      values.onsuccess = () => { db.close(); resolve(Object.fromEntries(keys.result.map((k, i) => [k, values.result[i]]))); };
    };
  }));
}

/** What the native build makes of a file (`crosscheck convert FILE`). */
function nativeArticle(file) {
  const out = execFileSync('cargo', ['run', '-q', '-p', 'crosscheck-cli', '--bin', 'crosscheck', '--', 'convert', file], { cwd: REPO, encoding: 'utf8' });
  return JSON.parse(out);
}

const PASTED = {
  title: 'Lighthouse keepers return to Gull Point after automation fails',
  text: 'Keepers are back at the Gull Point lighthouse this week after the automatic lamp failed twice in a month.\n\n'
    + '“A machine does not notice fog rolling in,” said Agnes Thornbury, who kept the light for thirty years.\n\n'
    + 'The coastal authority said the return was temporary.',
  outlet: 'Coastal Weekly',
  author: 'Rhys Penhallow',
  date: 'April 2, 2024',
};

async function paste(page, form) {
  await page.locator('#paste-article > summary').click();
  await page.fill('#paste-title', form.title);
  await page.fill('#paste-text', form.text);
  if (form.outlet) await page.fill('#paste-outlet', form.outlet);
  if (form.author) await page.fill('#paste-author', form.author);
  if (form.date) await page.fill('#paste-date', form.date);
  await page.click('#paste-add');
}

test('a saved page, a Word document, a Windows-1252 text and a pasted article are searchable, quoted, cited, kept over a reload and removed one by one', async () => {
  const page = await h.newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.accept(); });
  try {
    await openApp(page, h.server.url);
    const before = page.requests.length;
    await page.setInputFiles('#add-files', [fixture('old-mill-bridge.html'), fixture('riverside-library.docx'), fixture('eastbrook-orchestra-1252.txt')]);
    await eventually(async () => assert.match(await ownStatus(page), /^Added 3 articles: /), SLOW);
    await paste(page, PASTED);
    await eventually(async () => assert.match(await ownStatus(page), /^Added 1 article: Lighthouse keepers return/), SLOW);
    const titles = [
      'Night closures approved for Old Mill Bridge repairs',
      'Riverside council votes to keep the branch library open',
      'Youth orchestra wins regional prize after months of weekend rehearsals',
      PASTED.title,
    ];
    assert.deepEqual((await ownTitles(page)).length, 4);
    await screenshot(page, 'own-articles-added');

    // Each is searched like the collection's own, marked as added.
    for (const [words, title] of [['night closures', titles[0]], ['branch library', titles[1]], ['Chloé Bernard', titles[2]], ['fog rolling', titles[3]]]) {
      await typeQuery(page, words);
      await eventually(async () => assert.ok((await resultTitles(page)).includes(title), `${words}: ${await resultTitles(page)}`));
      const result = page.locator('ol#results > li.result', { hasText: title });
      assert.equal(squash(await result.locator('.added-mark').textContent()), 'added');
    }
    // Author and date as stated (the page's JSON-LD, the Word byline, the decoded text, the form).
    for (const [words, meta] of [
      ['night closures', 'By Marta Kowalczyk · 12 March 2024'],
      ['branch library', 'By Georgia Lind, Riverside Gazette · 4 April 2024'],
      ['orchestra', 'By Chloé Bernard · 8 June 2023'],
      ['fog rolling', 'By Rhys Penhallow · 2 April 2024'],
    ]) {
      await typeQuery(page, words);
      await eventually(async () => {
        const metas = await page.$$eval('ol#results .result-meta', (els) => els.map((e) => e.textContent.replace(/\s+/g, ' ').trim()));
        assert.ok(metas.some((x) => x.startsWith(meta)), `${meta} in ${metas}`);
      });
    }

    // The quotations, with their speakers (curly quotes and accents decoded from Windows-1252).
    await page.fill('#search', '');
    await page.goto(`${h.server.url}#/quotes`);
    await page.locator('ol#quotes > li.quote-item').first().waitFor();
    for (const [words, speaker] of [['We cannot keep patching', 'Dana Whitfield'], ['This branch is the', 'Helen Osei'], ['We rehearsed in the', 'Jürgen Müller'], ['A machine does not notice fog', 'Agnes Thornbury']]) {
      const item = page.locator('ol#quotes > li.quote-item', { hasText: words });
      await eventually(async () => assert.equal(await item.count(), 1, words));
      assert.equal(squash(await item.locator('.speaker').first().textContent()), speaker, words);
    }

    // The outlet as stated, in the details a teacher can correct and in a printed citation.
    const bridge = page.locator('.own-item', { hasText: 'Night closures' });
    const slug = await bridge.getAttribute('data-doc');
    await bridge.locator('summary').click();
    assert.equal(await bridge.locator('input[name=outlet]').inputValue(), 'Harbor City Ledger');
    await bridge.locator('input[name=outlet]').fill('The Harbor City Ledger (weekend)');
    await bridge.locator('input[name=date]').fill('2024-03-13');
    await bridge.locator('button[type=submit]').click();
    await eventually(async () => assert.match(await ownStatus(page), /^$|Added/), SLOW);
    await page.goto(`${h.server.url}#/article/${slug}`);
    await page.locator('article#reader').waitFor();
    await page.emulateMedia({ media: 'print' });
    await eventually(async () => {
      const cite = squash(await page.locator('.citations').innerText());
      assert.match(cite, /\(added\) · Night closures approved for Old Mill Bridge repairs\. Marta Kowalczyk\. The Harbor City Ledger \(weekend\), 13 March 2024\./);
    });
    await page.emulateMedia({ media: 'screen' });

    // The page's extraction of the saved page is the native build's.
    const stored = await storedRecords(page);
    assert.equal(Object.keys(stored).length, 4, 'four records kept');
    const record = JSON.parse(Object.values(stored).find((r) => r.includes('old-mill-bridge.html')));
    assert.equal(record.format, 'crosscheck-own-article');
    const pageArticle = record.article;
    assert.equal(pageArticle.hints.slug, slug, 'the id is the one in the link');
    const native = nativeArticle(fixture('old-mill-bridge.html'));
    // What the teacher corrected since, and the id the page gave it, are the page's own.
    for (const a of [pageArticle, native]) { delete a.hints.slug; delete a.hints.outlet; delete a.hints.date; }
    assert.deepEqual(pageArticle, native, 'DOMParser in the page and html5ever in the build make the same article');

    // A reload, and a new page: all four are still there, in the same order.
    await page.reload();
    await page.locator('.own-list .own-item').nth(3).waitFor(SLOW);
    assert.deepEqual(await ownTitles(page), titles);
    // Removed one: gone, the others stay (and stay after a reload).
    await page.locator('.own-item', { hasText: 'Riverside council' }).locator('.remove-one').click();
    await eventually(async () => assert.equal((await ownTitles(page)).length, 3), SLOW);
    await typeQuery(page, 'branch library');
    await eventually(async () => assert.ok(!(await resultTitles(page)).includes(titles[1])));
    await page.reload();
    await page.locator('.own-list .own-item').nth(2).waitFor(SLOW);
    assert.deepEqual(await ownTitles(page), [titles[0], titles[2], titles[3]]);
    assert.equal(Object.keys(await storedRecords(page)).length, 3);

    // Nothing went anywhere but the page's own files.
    const elsewhere = page.requests.slice(before).filter((u) => !u.startsWith(`${h.server.origin}/crosscheck/`) && !u.startsWith('blob:') && !u.startsWith('data:'));
    assert.deepEqual(elsewhere, []);
    assert.deepEqual(dialogs, ['Remove “Riverside council votes to keep the branch library open” from this page and this browser?']);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('every bad input gets its message naming the file; the good ones are added, nothing runs and nothing is sent', async () => {
  const big = path.join(scratch, 'whole-newspaper.txt');
  await writeFile(big, Buffer.alloc(50 * 1024 * 1024, 'a'));
  // Names no disk allows (300 characters) come as the browser hands them over.
  const markupName = { name: '<img src=x onerror=alert(1)>.txt', mimeType: 'text/plain', buffer: Buffer.from('Markup in a file name is only characters\n\nThe name of this file holds an image tag, which the page must show as text and never as an image.\n') };
  const longName = { name: `${'a very long file name '.repeat(14)}${'x'.repeat(300)}`.slice(0, 296) + '.txt', mimeType: 'text/plain', buffer: Buffer.from('A file with a name of three hundred characters\n\nIts name is cut in the middle when it is shown, and the rest of the page stays as it was.\n') };
  const garbage = { name: '<b onmouseover=alert(1)>' + 'y'.repeat(296) + '.txt', mimeType: 'text/plain', buffer: Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 9, 8, 7]) };
  const copy = path.join(scratch, 'copy-of-the-bridge.html');
  await writeFile(copy, await (await import('node:fs/promises')).readFile(fixture('old-mill-bridge.html')));
  const page = await h.newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  try {
    await openApp(page, h.server.url);
    const before = page.requests.length;
    await page.setInputFiles('#add-files', [
      big, fixture('bad/not-a-word-document.docx'), fixture('bad/zip-bomb.docx'), fixture('bad/binary-named.txt'),
      fixture('bad/hostile-page.html'), fixture('bad/scripts-only.html'), fixture('bad/empty.txt'), fixture('bad/article.pdf'),
      fixture('old-mill-bridge.html'), copy,
    ]);
    await eventually(async () => assert.match(await ownStatus(page), /^Added 2 articles: /), SLOW);
    const reasons = await page.$$eval('#own-status li', (els) => els.map((e) => e.textContent.replace(/\s+/g, ' ').trim()));
    const reason = (name) => reasons.find((r) => r.startsWith(`${name}:`)) ?? `(nothing for ${name} in ${JSON.stringify(reasons)})`;
    assert.match(reason('whole-newspaper.txt'), /is 50\.0 MB, more than the 20 MB Crosscheck reads; save only the article/);
    assert.match(reason('not-a-word-document.docx'), /not a Word document/);
    assert.match(reason('zip-bomb.docx'), /64 MB/);
    assert.match(reason('binary-named.txt'), /does not hold text/);
    assert.match(reason('scripts-only.html'), /no text/);
    assert.match(reason('empty.txt'), /the file is empty/);
    assert.match(reason('article.pdf'), /is a PDF, which Crosscheck does not read: .*paste it into “Paste an article”/);
    assert.match(reason('copy-of-the-bridge.html'), /is the same article as “Night closures approved for Old Mill Bridge repairs” \(old-mill-bridge\.html\), added just before/);
    assert.equal(reasons.length, 8, JSON.stringify(reasons));

    // Names with markup are characters, a long one is cut; garbage under such a name says so.
    await page.setInputFiles('#add-files', [markupName, longName, garbage]);
    await eventually(async () => assert.match(await ownStatus(page), /^Added 2 articles: Markup in a file name is only characters; A file with a name of three hundred characters\./), SLOW);
    const [refusedName] = await page.$$eval('#own-status li .file-name', (els) => els.map((e) => e.textContent));
    assert.equal(refusedName, `${garbage.name.slice(0, 75)}….txt`, 'the name as text, cut to 80 characters');
    assert.match(await ownStatus(page), /does not hold text/);
    assert.equal(await page.locator('.own-list .own-item').count(), 4);
    assert.equal(await page.locator('#own-articles img, #own-articles b').count(), 0, 'no element from a name');
    await screenshot(page, 'own-articles-bad-inputs');

    // The hostile page: its text is there as text, nothing of it ran, no request left the page.
    await typeQuery(page, 'harbour festival');
    await page.locator('ol#results a.result-title', { hasText: 'Harbour festival' }).first().click();
    await page.locator('article#reader').waitFor();
    const reader = squash(await page.locator('article#reader').innerText());
    assert.match(reader, /<script>alert\('quoted'\)<\/script> on one stall’s banner/);
    assert.ok(!reader.includes('REPLACED_BY_SCRIPT') && !reader.includes('typed into a form'), reader);
    assert.match(reader, /click here for the programme/);
    assert.equal(await page.locator('article#reader a[href^="javascript:"], article#reader img, article#reader iframe, article#reader script').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    const elsewhere = page.requests.slice(before).filter((u) => !u.startsWith(`${h.server.origin}/crosscheck/`) && !u.startsWith('blob:') && !u.startsWith('data:'));
    assert.deepEqual(elsewhere, [], 'no request left the page');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(page.errors, []);
    // The page stays usable.
    await page.click('nav.views a:has-text("Articles")');
    await typeQuery(page, 'kislyak');
    await eventually(async () => assert.ok((await resultTitles(page)).length >= 2));
  } finally {
    await page.close();
  }
});

test('a pasted article without a title or with a date that is not one says so in the form', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, h.server.url);
    await page.locator('#paste-article > summary').click();
    await page.fill('#paste-title', 'A title');
    await page.fill('#paste-text', 'Some words of an article that was pasted here.');
    await page.fill('#paste-date', 'next week');
    await page.click('#paste-add');
    await eventually(async () => assert.equal(squash(await page.textContent('#paste-error')), '“next week” is not a date: write it as 2024-03-05 or March 5, 2024'));
    assert.equal(await page.inputValue('#paste-title'), 'A title', 'what was typed stays');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('storage full (a quota too small): the article is added to the page, a message says it could not be kept, and nothing half-written is left', async () => {
  const page = await h.newPage();
  try {
    const cdp = await page.context().newCDPSession(page);
    await openApp(page, h.server.url);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: h.server.origin, quotaSize: 1 });
    await page.setInputFiles('#add-files', [fixture('old-mill-bridge.html'), fixture('riverside-library.docx')]);
    await eventually(async () => assert.match(await ownStatus(page), /^Added 2 articles/), SLOW);
    await eventually(async () => assert.match(squash(await page.textContent('#own-storage')),
      /^2 articles \(old-mill-bridge\.html, riverside-library\.docx\) could not be kept in this browser: the browser’s storage for this page is full .* They are in this page until it is closed or reloaded\.$/));
    await typeQuery(page, 'night closures');
    await eventually(async () => assert.deepEqual(await resultTitles(page), ['Night closures approved for Old Mill Bridge repairs']));
    await screenshot(page, 'own-articles-storage-full');
    assert.deepEqual(await storedRecords(page), {}, 'nothing half-written');
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: h.server.origin });
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('storage blocked (a private window): articles are added for the visit and a message says they will not be kept', async () => {
  const page = await h.newPage();
  try {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    });
    await openApp(page, h.server.url);
    await eventually(async () => assert.match(squash(await page.textContent('#own-storage')), /^Articles you add cannot be kept in this browser: this browser does not let the page keep anything/));
    await page.setInputFiles('#add-files', [fixture('eastbrook-orchestra-1252.txt')]);
    await eventually(async () => assert.match(await ownStatus(page), /^Added 1 article/), SLOW);
    await typeQuery(page, 'orchestra');
    await eventually(async () => assert.ok((await resultTitles(page)).includes('Youth orchestra wins regional prize after months of weekend rehearsals')));
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('stored articles from an older version or damaged are named, kept as they are, and the others load', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, h.server.url);
    await page.setInputFiles('#add-files', [fixture('gull-island-ferry.md')]);
    await eventually(async () => assert.match(await ownStatus(page), /^Added 1 article/), SLOW);
    await page.evaluate(() => new Promise((resolve, reject) => {
      const open = indexedDB.open('crosscheck');
      open.onsuccess = () => {
        const tx = open.result.transaction('articles', 'readwrite');
        tx.objectStore('articles').put('{"format":"crosscheck-own-article","version":7,"order":1,"article":{"name":"from-the-future.docx"}}', 'future-1');
        tx.objectStore('articles').put('{"format":"crosscheck-own-article","version":1,"order":2,"article":{"name":"half.txt","te', 'half-2');
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }));
    await page.reload();
    await page.locator('.own-list .own-item').first().waitFor(SLOW);
    const note = squash(await page.textContent('#own-storage'));
    assert.match(note, /^2 articles kept in this browser could not be read and are left as they are \(the others are open\): /);
    assert.match(note, /from-the-future\.docx \(it was written by another version of Crosscheck \(saved article version 7, this page reads 1\)\)/);
    assert.match(note, /half-2 \(it is damaged \(not JSON/);
    assert.deepEqual(await ownTitles(page), ['Ferry service to Gull Island ends after forty years']);
    assert.equal(Object.keys(await storedRecords(page)).length, 3, 'the unreadable ones are left where they are');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});
