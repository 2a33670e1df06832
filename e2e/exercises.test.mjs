// The exercise sheet as a class uses it: the questions of seeds/exercises.toml, each opening its
// view; answers typed, kept over a reload and handed in as Markdown; storage that is damaged, full
// or switched off; corrections of what the machine found, kept and exported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startHarness, openApp, eventually, slug, screenshot, REPO } from './browser.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const squash = (s) => (s || '').replace(/\s+/g, ' ').trim();
const SHEET = await readFile(`${REPO}/seeds/exercises.toml`, 'utf8');
/** The question ids the teacher wrote, in order. */
const IDS = [...SHEET.matchAll(/^id = "([^"]+)"/gm)].map((m) => m[1]);

/** The questions shown: [{ id, heading, prompt, link }]. */
async function shownQuestions(page) {
  return page.$$eval('ol.questions > li.question', (els) => els.map((e) => ({
    id: e.dataset.question,
    heading: e.querySelector('.question-heading').textContent.replace(/\s+/g, ' ').trim(),
    prompt: e.querySelector('.prompt').textContent.replace(/\s+/g, ' ').trim(),
    link: e.querySelector('a.open-view-link')?.getAttribute('href') ?? null,
  })));
}

async function openSheet(page) {
  await openApp(page, `${h.server.url}#/exercises`);
  await page.locator('ol.questions > li.question').first().waitFor();
}

/** Downloads what `selector` offers; returns { name, text }. */
async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** The listed quotations' article and speaker. */
async function listedQuotes(page) {
  return page.$$eval('ol#quotes > li.quote-item', (els) => els.map((e) => ({
    doc: e.dataset.doc,
    speaker: e.querySelector('.speaker').textContent.replace(/\s+/g, ' ').trim(),
  })));
}

const answerBox = (page, id) => page.locator(`textarea#answer-${id}`);

test('the sheet lists the questions of seeds/exercises.toml, and "Open this view" opens each one filtered', async () => {
  const page = await h.newPage();
  try {
    await openSheet(page);
    assert.equal(squash(await page.textContent('#exercises-heading')), 'Who says so? Five articles about Trump, Russia and election interference');
    const questions = await shownQuestions(page);
    assert.deepEqual(questions.map((q) => q.id), IDS, 'every question, in the teacher\'s order');
    assert.deepEqual(questions.map((q) => q.heading), IDS.map((_, k) => `Question ${k + 1}`));
    assert.ok(questions.find((q) => q.id === 'great-pressure').prompt.startsWith('Articles 4 and 5 report the same remark'));
    assert.ok(questions.every((q) => q.link), 'each seed question has a view');
    assert.equal(await page.getAttribute('textarea#answer-overview', 'id'), 'answer-overview');
    assert.equal(squash(await page.textContent('label[for="answer-overview"]')), 'Your answer', 'the answer box is labelled');

    await page.locator('li[data-question="two-accounts"] a.open-view-link').click();
    await eventually(async () => {
      assert.match(page.url(), /#\/quotes\?/);
      const quotes = await listedQuotes(page);
      assert.ok(quotes.length >= 1, 'Lavrov\'s quotations are listed');
      assert.ok(quotes.every((q) => q.speaker === 'Sergey Lavrov' && q.doc === slug('003')), JSON.stringify(quotes));
    });
    assert.equal(await page.$eval('#speaker-filter', (s) => s.value), 'Sergey Lavrov');

    await page.goBack();
    await page.locator('li[data-question="great-pressure"] a.open-view-link').click();
    await eventually(async () => {
      assert.equal(await page.$eval('#compare-a', (s) => s.value), slug('003'));
      assert.equal(await page.$eval('#compare-b', (s) => s.value), slug('004'));
    });

    await page.goBack();
    await page.locator('li[data-question="unnamed-official"] a.open-view-link').click();
    await eventually(async () => {
      assert.equal(await page.getAttribute('article#reader', 'data-doc'), slug('004'));
      const marked = squash((await page.$$eval('article#reader mark.quote', (ms) => ms.map((m) => m.textContent))).join(' '));
      assert.match(marked, /a document summarizing the meeting/i, 'the question\'s quotation is highlighted');
    });
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('an answer and a name typed are kept over a reload and handed in as Markdown, JSON and print', async () => {
  const page = await h.newPage();
  try {
    await openSheet(page);
    await page.fill('#student-name', 'Ada Lovelace');
    await answerBox(page, 'great-pressure').pressSequentially('The two-word version drops "I faced great pressure because of Russia".', { delay: 5 });
    await eventually(async () => assert.equal(squash(await page.textContent('#status-great-pressure')), 'Saved in this browser.'));

    await page.reload();
    await page.locator('textarea#answer-great-pressure').waitFor();
    assert.equal(await answerBox(page, 'great-pressure').inputValue(), 'The two-word version drops "I faced great pressure because of Russia".');
    assert.equal(await page.inputValue('#student-name'), 'Ada Lovelace');

    const before = page.requests.length;
    const md = await download(page, '#export-markdown');
    assert.equal(md.name, 'crosscheck-answers-ada-lovelace.md');
    assert.match(md.text, /^# Who says so\? Five articles/);
    assert.match(md.text, /- Student: Ada Lovelace\n/);
    assert.match(md.text, /## Question 7\n\nArticles 4 and 5 report the same remark/);
    assert.ok(md.text.includes('**Answer**\n\nThe two-word version drops "I faced great pressure because of Russia".\n'), md.text);
    assert.ok(md.text.includes(`${h.server.url}#/compare?a=${slug('003')}&b=${slug('004')}`), 'the question\'s link is a full address');

    const json = JSON.parse((await download(page, '#export-hand-in-json')).text);
    assert.equal(json.student, 'Ada Lovelace');
    assert.equal(json.questions.find((q) => q.id === 'great-pressure').answer, 'The two-word version drops "I faced great pressure because of Russia".');
    assert.ok(page.requests.slice(before).every((u) => u.startsWith('blob:')), 'handing in sends nothing anywhere');

    await page.emulateMedia({ media: 'print' });
    const printed = await page.$eval('li[data-question="great-pressure"]', (li) => ({
      answerBox: getComputedStyle(li.querySelector('textarea')).display,
      answer: li.querySelector('.print-answer').innerText,
    }));
    assert.equal(printed.answerBox, 'none', 'print shows the answer as text, not a box that cuts it off');
    assert.match(printed.answer, /The two-word version drops/);
    assert.match(await page.innerText('.print-student'), /Name: Ada Lovelace/);
    await screenshot(page, 'exercises-print');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('storage holding garbage: the page works, says so, and offers the old text, kept aside', async () => {
  // The notebook's key for this build, as a first visit writes it.
  const first = await h.newPage();
  let key;
  try {
    await openSheet(first);
    await answerBox(first, 'overview').fill('x');
    await answerBox(first, 'overview').press('Backspace');
    key = await eventually(async () => {
      const keys = await first.evaluate(() => Object.keys(localStorage));
      const k = keys.find((x) => x.startsWith('crosscheck.notebook.'));
      assert.ok(k, `a notebook key among ${keys}`);
      return k;
    });
  } finally {
    await first.close();
  }
  const garbage = '{"format":"crosscheck-notebook","version":1,"answers":{"overview":{"answer":"half a sen';
  const page = await h.newPage();
  try {
    await page.addInitScript(([k, v]) => localStorage.setItem(k, v), [key, garbage]);
    await openSheet(page);
    assert.equal((await shownQuestions(page)).length, IDS.length, 'the sheet is there');
    const note = squash(await page.textContent('#recovered-note'));
    assert.match(note, /could not be read: it is damaged/);
    assert.match(note, /kept aside in this browser/);
    assert.equal(await page.evaluate((k) => localStorage.getItem(`${k}.unreadable`), key), garbage, 'the old text is kept aside');
    const old = await download(page, '#download-recovered');
    assert.equal(old.text, garbage, 'the old text is offered as it was');

    await answerBox(page, 'overview').fill('Article 004 quotes most.');
    await eventually(async () => assert.equal(squash(await page.textContent('#status-overview')), 'Saved in this browser.'));
    await screenshot(page, 'exercises-recovered');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('storage that is full: a note says so, the text stays and can still be exported', async () => {
  const page = await h.newPage();
  try {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await openSheet(page);
    await answerBox(page, 'dates').pressSequentially('Only 004 has full dates.', { delay: 5 });
    await eventually(async () => {
      assert.match(squash(await page.textContent('#status-dates')), /^Not saved: storage is full; export now\./);
      assert.match(squash(await page.textContent('#storage-problem')), /storage is full; export now/);
    });
    assert.equal(await answerBox(page, 'dates').inputValue(), 'Only 004 has full dates.', 'what was typed stays');
    const md = await download(page, '#export-markdown');
    assert.ok(md.text.includes('Only 004 has full dates.'));
    await screenshot(page, 'exercises-full');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('storage switched off (a private mode): the page works and says answers will not survive a reload', async () => {
  const page = await h.newPage();
  try {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    });
    await openSheet(page);
    assert.match(squash(await page.textContent('#storage-problem')), /^Not kept after a reload/);
    await answerBox(page, 'dates').fill('still here');
    assert.equal(await answerBox(page, 'dates').inputValue(), 'still here');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('a quotation marked as wrong shows as corrected, survives a reload, is exported and can be undone', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/quotes?speaker=Rex+Tillerson`);
    const item = page.locator('ol#quotes > li.quote-item').first();
    await item.waitFor();
    const quoteIndex = await item.getAttribute('data-quote');
    await item.locator('button.mark-wrong').click();
    const form = item.locator('form.correction-form');
    await form.waitFor();
    await form.getByLabel('wrong speaker').check();
    await form.getByLabel('The right speaker').fill('Somebody Else');
    await form.getByLabel('Comment (optional)').fill('the cue is two sentences away');
    await form.getByRole('button', { name: 'Save correction' }).click();

    const corrected = page.locator(`li.quote-item[data-quote="${quoteIndex}"]`);
    const readCorrection = async () => ({
      cls: await corrected.getAttribute('class'),
      badge: squash(await corrected.locator('.corrected-badge').textContent()),
      struck: squash(await corrected.locator('.correction del').textContent()),
      right: squash(await corrected.locator('.correction ins').textContent()),
      problem: squash(await corrected.locator('.correction .problem').textContent()),
    });
    const expected = { badge: 'corrected', struck: 'Rex Tillerson', right: 'Somebody Else', problem: 'wrong speaker' };
    await eventually(async () => {
      const { cls, ...shown } = await readCorrection();
      assert.match(cls, /\bcorrected\b/);
      assert.deepEqual(shown, expected);
    });
    await screenshot(page, 'exercises-correction-quotes');

    await page.reload();
    await corrected.locator('.corrected-badge').waitFor();
    const { cls: _, ...afterReload } = await readCorrection();
    assert.deepEqual(afterReload, expected, 'the correction survives a reload');
    await corrected.locator('.quote-text').click();
    await eventually(async () => {
      assert.equal(squash(await page.textContent('article#reader .correction ins')), 'Somebody Else', 'the reader shows it too');
    });
    await page.goBack();
    await corrected.locator('.corrected-badge').waitFor();

    const csv = (await download(page, '#export-csv')).text.trim().split(/\r\n/);
    assert.ok(csv[0].endsWith('"correction","corrected","correction_comment"'), csv[0]);
    assert.equal(csv.filter((l) => l.endsWith('"wrong_speaker","Somebody Else","the cue is two sentences away"')).length, 1, 'the corrected row says so');
    const rows = JSON.parse((await download(page, '#export-json')).text);
    assert.equal(rows.filter((r) => r.corrected === 'Somebody Else').length, 1);

    await page.locator('nav.views a', { hasText: 'Exercises' }).click();
    await page.locator('#correction-list li').first().waitFor();
    assert.match(squash(await page.textContent('#correction-list')), /wrong speaker: the machine found Rex Tillerson → right: Somebody Else/);
    const md = (await download(page, '#export-markdown')).text;
    assert.match(md, /\*\*wrong speaker\*\*\. Machine: ~~Rex Tillerson~~\. Right: Somebody Else\. Comment: the cue is two sentences away/);

    await page.goBack();
    await corrected.locator('button.undo-correction').click();
    await corrected.locator('button.mark-wrong').waitFor();
    assert.equal(await corrected.locator('.corrected-badge').count(), 0, 'undone');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('a name marked as the wrong kind shows as corrected in the Names table', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/entities`);
    await page.locator('#entity-grid tr[data-entity="Sergey Lavrov"] a.entity-name').click();
    await page.locator('#entity-mentions button.mark-wrong').click();
    const form = page.locator('#entity-mentions form.correction-form');
    await form.getByLabel('wrong kind').check();
    await form.getByLabel('The right kind').fill('organisation');
    await form.getByRole('button', { name: 'Save correction' }).click();
    await eventually(async () => {
      assert.equal(squash(await page.textContent('#entity-mentions .correction del')), 'person');
      assert.equal(squash(await page.textContent('#entity-mentions .correction ins')), 'organisation');
      assert.equal(await page.locator('#entity-grid tr[data-entity="Sergey Lavrov"] .corrected-badge').count(), 1);
    });
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('screenshots of the sheet with answers at 1280 and 360 px', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
    const page = await h.newPage({ viewport });
    try {
      await openSheet(page);
      await page.fill('#student-name', 'Ada Lovelace');
      await answerBox(page, 'overview').fill('004 quotes most often; 000 hardly at all.\nThe longest is not the best sourced.');
      await eventually(async () => assert.equal(squash(await page.textContent('#status-overview')), 'Saved in this browser.'));
      const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.equal(wide, false, `no sideways scrolling at ${viewport.width} px`);
      await screenshot(page, `exercises-${viewport.width}`);
      await openApp(page, `${h.server.url}#/quotes?speaker=Rex+Tillerson`);
      await page.locator('ol#quotes button.mark-wrong').first().click();
      await page.locator('form.correction-form').waitFor();
      await screenshot(page, `exercises-correction-form-${viewport.width}`);
    } finally {
      await page.close();
    }
  }
});
