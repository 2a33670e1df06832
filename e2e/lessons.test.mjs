// Issue #19: the loop a class lives in, all in the page, against the release build, each actor in
// a fresh browser profile. A teacher adds two articles of their own, writes three questions with
// attached views and a model answer, and saves the lesson; a student opens the file elsewhere
// (same articles, same questions, every view the same screen, no model answer), answers in two
// tabs at once, marks a quotation wrong, reloads, and hands in; the teacher opens three hand-ins
// and sees three answers per question. The link form from the static server; bad lesson files;
// storage full.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHarness, openApp, eventually, screenshot, REPO } from './browser.mjs';

const FIXTURES = path.join(REPO, 'e2e/fixtures/own-articles');
const squash = (s) => (s || '').replace(/\s+/g, ' ').trim();
const SLOW = { timeout: 60_000 };

/** Files the static server serves beside the page (the lesson file, once the teacher has saved it). */
const served = {};
let h;
let scratch;
before(async () => {
  h = await startHarness({ files: served });
  scratch = await mkdtemp(path.join(tmpdir(), 'crosscheck-lessons-'));
});
after(async () => {
  await h?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const TITLE = 'Week 3: who <b>says</b> so?';
const INSTRUCTIONS = 'Work in pairs. Open each view before you answer.';
const PROMPTS = [
  'Which article quotes people most often? <script>window.__pwned = 1</script>',
  'What does Dana Whitfield say about the bridge, and who else is quoted?',
  'Compare the two new articles: what do they share?',
];
const MODEL = 'Whitfield says patching is no longer enough; SECRET-MODEL-ANSWER.';

/** The lesson file the teacher saved, and what the test learnt on the way. */
const lesson = { file: null, text: null, teacherCopy: null, views: [], titles: [], own: [] };

/** Downloads what clicking `selector` offers: { name, text, path }. */
async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const where = path.join(scratch, file.suggestedFilename());
  await file.saveAs(where);
  return { name: file.suggestedFilename(), text: await readFile(where, 'utf8'), path: where };
}

async function attach(page, address, question) {
  await page.goto(`${h.server.url}${address}`);
  await page.locator('#teacher-bar').waitFor();
  await page.selectOption('#attach-to', question);
  await page.click('#attach-view');
  await eventually(async () => assert.match(squash(await page.textContent('#teacher-bar .attach-done')), /^Attached to question \d\.$/));
}

test('a teacher adds two articles, writes three questions with attached views and a model answer, previews and saves the lesson', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, h.server.url);
    await page.setInputFiles('#add-files', [path.join(FIXTURES, 'old-mill-bridge.html'), path.join(FIXTURES, 'riverside-library.docx')]);
    await eventually(async () => assert.match(squash(await page.textContent('#own-status')), /^Added 2 articles/), SLOW);
    lesson.own = await page.$$eval('.own-list .own-item', (els) => els.map((e) => e.dataset.doc));

    await page.click('.home-intro a.entry:has-text("Make a lesson")');
    await page.locator('#lesson-title').waitFor();
    await page.fill('#lesson-title', TITLE);
    await page.fill('#lesson-instructions', INSTRUCTIONS);
    for (let k = 0; k < 3; k++) await page.click('#add-question');
    for (const [k, prompt] of PROMPTS.entries()) await page.fill(`#prompt-q${k + 1}`, prompt);
    await page.fill('#model-q2', MODEL);

    await attach(page, '#/profiles?sort=quotes_per_1000_words', 'q1');
    await attach(page, '#/quotes?speaker=Dana+Whitfield', 'q2');
    await attach(page, `#/compare?a=${lesson.own[0]}&b=${lesson.own[1]}`, 'q3');
    await screenshot(page, 'lesson-teacher-bar');

    await page.click('#teacher-bar a.back-to-editor');
    await page.locator('#lesson-title').waitFor();
    assert.equal(await page.inputValue('#lesson-title'), TITLE, 'kept as it was written');
    lesson.views = await page.$$eval('.draft-question .view-what', (els) => els.map((e) => e.dataset.href));
    assert.deepEqual(lesson.views, [
      '#/profiles?sort=quotes_per_1000_words',
      '#/quotes?speaker=Dana+Whitfield',
      `#/compare?a=${lesson.own[0]}&b=${lesson.own[1]}`,
    ]);
    lesson.titles = await page.$$eval('.teach-articles label', (els) => els.map((e) => e.textContent));
    await screenshot(page, 'lesson-teacher-editor');
    for (const width of [360]) {
      await page.setViewportSize({ width, height: 800 });
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), false, `no sideways scrolling at ${width} px`);
      await screenshot(page, `lesson-teacher-editor-${width}`);
      await page.setViewportSize({ width: 1280, height: 900 });
    }

    // Reorder and put back, delete nothing: the questions keep their ids.
    await page.click('#draft-q3 .move-up');
    assert.deepEqual(await page.$$eval('.draft-question', (els) => els.map((e) => e.dataset.question)), ['q1', 'q3', 'q2']);
    await page.click('#draft-q3 .move-down');

    await page.click('#preview-lesson');
    await page.locator('#student-preview').waitFor();
    const preview = squash(await page.textContent('#student-preview'));
    assert.ok(preview.includes(TITLE) && preview.includes(PROMPTS[0]), preview);
    assert.ok(!preview.includes('SECRET-MODEL-ANSWER'), 'the preview is the students\' view');
    await screenshot(page, 'lesson-teacher-preview');
    await page.click('#end-preview');

    const saved = await download(page, '#save-lesson');
    assert.equal(saved.name, 'week-3-who-b-says-b-so.crosscheck');
    assert.ok(!saved.text.includes('SECRET-MODEL-ANSWER'), 'the model answer is not in the students\' copy');
    const parsed = JSON.parse(saved.text);
    assert.equal(parsed.format, 'crosscheck-lesson');
    assert.equal(parsed.articles.length, 7);
    assert.deepEqual(parsed.questions.map((q) => q.view), lesson.views.map((v) => v.slice(1)));
    const copy = await download(page, '#save-teacher-copy');
    assert.ok(copy.text.includes('SECRET-MODEL-ANSWER'), 'the teacher\'s copy has it');
    Object.assign(lesson, { file: saved.path, text: saved.text, teacherCopy: copy.path });
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

/** Opens the lesson file in `page` (a fresh profile) with the picker. */
async function openLesson(page, file = lesson.file) {
  await openApp(page, `${h.server.url}#/lesson`);
  await page.setInputFiles('#open-lesson', file);
}

test('in another profile the file opens the same articles and questions, every attached view the same screen, and no model answer', async () => {
  assert.ok(lesson.file, 'the teacher saved the lesson');
  const page = await h.newPage();
  try {
    await openLesson(page);
    await eventually(async () => assert.equal(squash(await page.textContent('#lesson-heading')), TITLE), SLOW);
    assert.equal(squash(await page.textContent('#lesson-instructions')), INSTRUCTIONS);
    const articles = await page.$$eval('.lesson-articles .art-num', (els) => els.map((e) => e.getAttribute('title')));
    assert.equal(articles.length, 7);
    assert.equal(await page.locator('.lesson-articles .added-mark').count(), 2, 'the teacher\'s own articles are marked as added');
    await screenshot(page, 'lesson-student-start');
    await page.click('#lesson-start');
    await page.locator('ol.questions > li.question').first().waitFor();
    const shown = await page.$$eval('ol.questions > li.question', (els) => els.map((e) => ({
      prompt: e.querySelector('.prompt').textContent,
      link: e.querySelector('a.open-view-link')?.getAttribute('href'),
    })));
    assert.deepEqual(shown.map((q) => q.prompt), PROMPTS);
    assert.deepEqual(shown.map((q) => q.link), lesson.views, 'the same views, parameter for parameter');
    assert.ok(!(await page.content()).includes('SECRET-MODEL-ANSWER'));
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'a prompt with a script is text');
    await screenshot(page, 'lesson-student-sheet');

    // Each view opens the screen it names, with its settings.
    const open = async (k) => {
      await page.goto(`${h.server.url}#/exercises`);
      await page.locator('ol.questions a.open-view-link').nth(k).click();
      await eventually(async () => assert.equal(new URL(page.url()).hash, lesson.views[k]));
    };
    await open(0);
    await eventually(async () => assert.equal(await page.getAttribute('#profile-table th[data-key="quotes_per_1000_words"]', 'aria-sort'), 'ascending'));
    await open(1);
    await eventually(async () => assert.equal(await page.$eval('#speaker-filter', (s) => s.value), 'Dana Whitfield'));
    assert.ok((await page.$$eval('ol#quotes > li.quote-item .speaker', (els) => els.map((e) => e.textContent.trim()))).every((s) => s === 'Dana Whitfield'));
    await open(2);
    await eventually(async () => {
      assert.equal(await page.$eval('#compare-a', (s) => s.value), lesson.own[0]);
      assert.equal(await page.$eval('#compare-b', (s) => s.value), lesson.own[1]);
    });
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

/** One student: opens the lesson, answers every question, hands in; returns the hand-in file. */
async function student(name, answers) {
  const page = await h.newPage();
  try {
    await openLesson(page);
    await page.locator('#lesson-start').click(SLOW);
    await page.locator('#student-name').waitFor();
    await page.fill('#student-name', name);
    for (const [k, a] of answers.entries()) await page.fill(`#answer-q${k + 1}`, a);
    await eventually(async () => assert.equal(squash(await page.textContent(`#status-q${answers.length}`)), 'Saved in this browser.'));
    return await download(page, '#hand-in');
  } finally {
    await page.close();
  }
}

const handIns = [];

test('a student answers in two tabs at once, marks a quotation wrong, reloads: everything is there; and hands in one page', async () => {
  const first = await h.newPage();
  const context = first.context();
  try {
    await openLesson(first);
    await first.locator('#lesson-start').click(SLOW);
    await first.locator('#answer-q1').waitFor();
    // A second tab of the same lesson, open before the first answers.
    const second = await context.newPage();
    second.errors = [];
    second.on('pageerror', (e) => second.errors.push(e.message));
    await second.goto(`${h.server.url}#/quotes?speaker=Dana+Whitfield`);
    await second.locator('ol#quotes > li.quote-item').first().waitFor(SLOW);

    await first.fill('#student-name', 'Chloé <b>Müller</b>');
    await first.locator('#answer-q1').pressSequentially('Article 5 quotes most; 1 hardly at all.', { delay: 5 });
    await eventually(async () => assert.equal(squash(await first.textContent('#status-q1')), 'Saved in this browser.'));

    const item = second.locator('ol#quotes > li.quote-item').first();
    await item.locator('button.mark-wrong').click();
    const form = item.locator('form.correction-form');
    await form.getByLabel('wrong speaker').check();
    await form.getByLabel('The right speaker').fill('Rafael Ortega');
    await form.getByRole('button', { name: 'Save correction' }).click();
    await item.locator('.corrected-badge').waitFor();

    // The other tab shows the first one's answer at once, and the first the correction.
    await second.goto(`${h.server.url}#/exercises`);
    await eventually(async () => assert.equal(await second.inputValue('#answer-q1'), 'Article 5 quotes most; 1 hardly at all.'));
    await eventually(async () => assert.match(squash(await first.textContent('#correction-list')), /wrong speaker: the machine found Dana Whitfield → right: Rafael Ortega/));
    await second.fill('#answer-q2', 'Patching is not enough.');
    await eventually(async () => assert.equal(squash(await second.textContent('#status-q2')), 'Saved in this browser.'));

    await first.reload();
    await first.locator('#answer-q1').waitFor(SLOW);
    await eventually(async () => {
      assert.equal(await first.inputValue('#answer-q1'), 'Article 5 quotes most; 1 hardly at all.');
      assert.equal(await first.inputValue('#answer-q2'), 'Patching is not enough.');
      assert.equal(await first.inputValue('#student-name'), 'Chloé <b>Müller</b>');
      assert.match(squash(await first.textContent('#correction-list')), /Rafael Ortega/);
    });
    await first.fill('#answer-q3', 'Nothing: they are about different towns.');
    await eventually(async () => assert.equal(squash(await first.textContent('#status-q3')), 'Saved in this browser.'));

    const handIn = await download(first, '#hand-in');
    assert.equal(handIn.name, 'crosscheck-answers-chloe-b-muller-b.html', 'a plain ASCII name');
    assert.ok(handIn.text.includes('Chloé &lt;b&gt;Müller&lt;/b&gt;'), 'what was typed is escaped');
    assert.ok(!handIn.text.includes('<b>Müller'));
    assert.match(handIn.text, /Content-Security-Policy" content="default-src 'none'/);
    assert.ok(handIn.text.includes('Article 5 quotes most; 1 hardly at all.') && handIn.text.includes('Rafael Ortega'));
    handIns.push(handIn.path);
    await screenshot(first, 'lesson-student-answers');
    assert.deepEqual([...first.errors, ...second.errors], []);
    await second.close();
  } finally {
    await first.close();
  }
});

test('the teacher opens three hand-ins and sees three answers per question; a hand-in of another lesson is named and left out', async () => {
  assert.equal(handIns.length, 1, 'the first student handed in');
  handIns.push((await student('Ada Lovelace', ['Article 4.', 'Dana Whitfield and Rafael Ortega.', 'A bridge.'])).path);
  handIns.push((await student('Grace Hopper', ['Four.', 'That repairs cannot wait.', 'Nothing.'])).path);
  // One from another lesson: the collection's own sheet.
  const other = await h.newPage();
  let stray;
  try {
    await openApp(other, `${h.server.url}#/exercises`);
    await other.locator('#student-name').waitFor();
    await other.fill('#student-name', 'Someone Else');
    stray = await download(other, '#hand-in');
  } finally {
    await other.close();
  }
  const page = await h.newPage();
  try {
    // The teacher's own browser holds the draft (and its model answers): open the teacher's copy.
    await openApp(page, `${h.server.url}#/teach`);
    await page.setInputFiles('#edit-lesson-file', lesson.teacherCopy);
    await eventually(async () => assert.equal(await page.inputValue('#lesson-title'), TITLE), SLOW);
    await page.goto(`${h.server.url}#/hand-ins`);
    await page.setInputFiles('#open-hand-ins', [...handIns, stray.path]);
    await eventually(async () => assert.equal(squash(await page.textContent('#overview-title')), `${TITLE} · 3 hand-ins`));
    const perQuestion = await page.$$eval('.overview-question', (els) => els.map((e) => e.querySelectorAll('.student-answer').length));
    assert.deepEqual(perQuestion, [3, 3, 3]);
    assert.match(squash(await page.textContent('.overview-question[data-question="q2"] .model-answer')), /SECRET-MODEL-ANSWER/);
    const names = await page.$$eval('.overview-question[data-question="q1"] .student-name', (els) => els.map((e) => e.textContent));
    assert.deepEqual(names, ['Chloé <b>Müller</b>', 'Ada Lovelace', 'Grace Hopper']);
    assert.match(squash(await page.textContent('#overview-corrections')), /Chloé <b>Müller<\/b>: .*Rafael Ortega/);
    assert.match(squash(await page.textContent('#hand-ins-refused')), new RegExp(`${stray.name} is a hand-in for another lesson \\(“Who says so\\? Five articles`));
    await screenshot(page, 'lesson-hand-ins');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.hand-ins-pick').isVisible(), false, 'print shows the overview only');
    await screenshot(page, 'lesson-hand-ins-print');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('a lesson link beside the page opens it; a missing file and another site are refused with the reason', async () => {
  served['week-3.crosscheck'] = lesson.text;
  const page = await h.newPage();
  try {
    await page.goto(`${h.server.url}#/?lesson=week-3.crosscheck`);
    await eventually(async () => assert.equal(squash(await page.textContent('#lesson-heading')), TITLE), SLOW);
    assert.match(new URL(page.url()).hash, /^#\/lesson\??$/);
    await page.click('#lesson-start');
    const prompts = await page.$$eval('ol.questions .prompt', (els) => els.map((e) => e.textContent));
    assert.deepEqual(prompts, PROMPTS);
    // A reload keeps the lesson open.
    await page.reload();
    await eventually(async () => assert.equal(await page.locator('ol.questions > li.question').count(), 3), SLOW);
  } finally {
    await page.close();
  }
  const missing = await h.newPage();
  try {
    await missing.goto(`${h.server.url}#/?lesson=week-4.crosscheck`);
    await eventually(async () => assert.equal(squash(await missing.textContent('#lesson-error')),
      'The lesson link could not be opened: week-4.crosscheck: there is no such file beside the page'), SLOW);
  } finally {
    await missing.close();
  }
  const elsewhere = await h.newPage();
  try {
    await elsewhere.goto(`${h.server.url}#/?lesson=${encodeURIComponent('http://127.0.0.2:9/week-3.crosscheck')}`);
    await eventually(async () => assert.match(squash(await elsewhere.textContent('#lesson-error')),
      /^The lesson link could not be opened: it points to another site \(http:\/\/127\.0\.0\.2:9\)\. Crosscheck opens a lesson only from the site the page is on/), SLOW);
    assert.deepEqual(elsewhere.requests.filter((u) => u.includes('127.0.0.2')), [], 'no request was made');
    assert.deepEqual(elsewhere.errors, []);
  } finally {
    await elsewhere.close();
  }
});

test('bad lesson files are refused with the file\'s name and the reason, and the page stays as it was', async () => {
  const good = JSON.parse(lesson.text);
  const files = {
    'cut-short.crosscheck': lesson.text.slice(0, 2000),
    'a-letter.crosscheck': 'Dear class, the lesson is attached.',
    'from-the-future.crosscheck': JSON.stringify({ ...good, version: 2 }),
    'scripts.crosscheck': JSON.stringify({ ...good, id: 'scripts', title: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>Markup lesson', questions: [{ id: 'x', prompt: '<iframe src="http://127.0.0.1:9/x"></iframe>What is <b>bold</b>?' }] }),
  };
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(scratch, name), text);
  const huge = path.join(scratch, 'huge.crosscheck');
  await writeFile(huge, Buffer.alloc(100 * 1024 * 1024, ' '));
  const expect = {
    'cut-short.crosscheck': /^cut-short\.crosscheck: is incomplete: it stops at line \d+ before the lesson ends \(the download or copy was cut short\); save or copy the lesson again\.$/,
    'a-letter.crosscheck': /^a-letter\.crosscheck: is not a lesson file/,
    'from-the-future.crosscheck': /^from-the-future\.crosscheck: was saved by a newer version of Crosscheck \(lesson version 2; this page reads version 1\)/,
    'huge.crosscheck': /^huge\.crosscheck could not be opened: it is 100\.0 MB, more than the 32 MB a lesson file can be/,
  };
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/lesson`);
    for (const [name, says] of Object.entries(expect)) {
      await page.setInputFiles('#open-lesson', name === 'huge.crosscheck' ? huge : path.join(scratch, name));
      await eventually(async () => assert.match(squash(await page.textContent('#lesson-error')), says), SLOW);
      assert.equal(squash(await page.textContent('#lesson-heading')), 'Open a lesson', 'nothing else changed');
    }
    await page.setInputFiles('#open-lesson', path.join(scratch, 'scripts.crosscheck'));
    await eventually(async () => assert.equal(squash(await page.textContent('#lesson-heading')), '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>Markup lesson'), SLOW);
    await page.click('#lesson-start');
    await page.locator('ol.questions .prompt').first().waitFor();
    assert.equal(squash(await page.textContent('ol.questions .prompt')), '<iframe src="http://127.0.0.1:9/x"></iframe>What is <b>bold</b>?');
    assert.equal(await page.locator('main img, main iframe, main b').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(page.requests.filter((u) => u.includes(':9/')), []);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('storage full: a lesson that cannot be kept and answers that cannot be saved say so, and the hand-in still works from the screen', async () => {
  const page = await h.newPage();
  try {
    const cdp = await page.context().newCDPSession(page);
    await openApp(page, `${h.server.url}#/lesson`);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: h.server.origin, quotaSize: 1 });
    await page.setInputFiles('#open-lesson', lesson.file);
    await eventually(async () => assert.match(squash(await page.textContent('#lesson-not-kept')),
      /^This lesson could not be kept in this browser: the browser’s storage for this page is full/), SLOW);
    await screenshot(page, 'lesson-storage-full');
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: h.server.origin });
    // localStorage filled to its limit, as a browser full of other sites' data leaves it.
    await page.evaluate(() => {
      const chunk = 'x'.repeat(1 << 20);
      try { for (let i = 0; i < 100; i++) localStorage.setItem(`filler-${i}`, chunk); } catch { /* full */ }
      try { for (let i = 0; i < 4096; i++) localStorage.setItem(`small-${i}`, 'x'.repeat(1024)); } catch { /* full */ }
    });
    await page.click('#lesson-start');
    await page.locator('#answer-q1').pressSequentially('Kept on the page.', { delay: 5 });
    await eventually(async () => assert.match(squash(await page.textContent('#status-q1')), /^Not saved: storage is full; export now\./));
    const handIn = await download(page, '#hand-in');
    assert.ok(handIn.text.includes('Kept on the page.'));
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});
