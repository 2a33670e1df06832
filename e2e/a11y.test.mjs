// Accessibility on any device: axe-core on every view (desktop and 360 px wide, light and dark),
// no sideways scrolling on a phone, the keyboard path through the page with a visible focus
// indicator, and reduced motion.
//
// axe-core is evaluated in the page through the DevTools protocol (page.evaluate with its source),
// not added as a <script>: the release build's Content-Security-Policy (tools/csp.mjs) allows only
// the page's own scripts and trunk's start-up script by hash, so an inline <script> would be
// refused, and the test must not weaken the policy it runs under.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHarness, openApp, holdApp, eventually, slug, screenshot, REPO } from './browser.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };

/**
 * Every view, as a class reaches it: `route` is opened, then `prepare` (if any) acts like a user
 * and waits for what the view must show.
 */
const VIEWS = [
  { name: 'articles', route: '#/', ready: 'ol#results li.result' },
  { name: 'articles-query', route: '#/?q=kislyak', ready: 'ol#results li.result mark' },
  { name: 'reader-hits', route: () => `#/article/${slug('004')}?q=kislyak&hit=1`, ready: 'article#reader mark.hit.current' },
  {
    name: 'reader-quote',
    route: '#/quotes?speaker=Rex+Tillerson',
    async prepare(page) {
      await page.locator('ol#quotes li.quote-item .quote-text').first().click();
      await page.locator('article#reader #quote-sel').waitFor();
    },
  },
  { name: 'quotes-filter', route: '#/quotes?speaker=Rex+Tillerson&kind=full', ready: 'ol#quotes li.quote-item' },
  { name: 'speakers', route: '#/speakers', ready: '#speaker-grid tbody tr' },
  {
    name: 'names',
    route: '#/entities',
    async prepare(page) {
      await page.locator('#entity-grid tr[data-entity="Sergey Lavrov"] a.entity-name').click();
      await page.locator('#entity-mentions mark').first().waitFor();
    },
  },
  {
    name: 'compare',
    route: '#/compare',
    async prepare(page) {
      await page.locator('.compare-col mark').first().waitFor();
      await page.locator('details.compare-table summary').click();
      await page.locator('#compare-table tbody tr').first().waitFor();
    },
  },
  {
    name: 'timeline',
    route: '#/timeline',
    async prepare(page) {
      // The table alternative is checked too, so it is opened.
      await page.locator('details.timeline-table summary').click();
      await page.locator('#timeline-table tbody tr').first().waitFor();
    },
  },
  {
    name: 'profiles',
    route: '#/profiles?sort=quotes_per_1000_words',
    async prepare(page) {
      // The legend of what each column counts is checked too, so it is opened.
      await page.locator('#profile-table tbody tr').first().waitFor();
      await page.locator('details.measure-legend summary').click();
    },
  },
  { name: 'profiles-card', route: () => `#/profiles?article=${slug('003')}`, ready: '#profile-card' },
  { name: 'reader-evidence', route: () => `#/article/${slug('003')}?ev=boilerplate_share&evn=3`, ready: 'article#reader mark.evidence.current' },
  {
    name: 'exercises',
    route: '#/exercises',
    async prepare(page) {
      // An answer typed, so that its saved status shows, and the first question's notes opened.
      await page.locator('textarea#answer-overview').fill('Article 004 quotes most.');
      await page.locator('#status-overview', { hasText: 'Saved' }).waitFor();
      await page.locator('li[data-question="overview"] details.notes summary').click();
    },
  },
  {
    name: 'quotes-correction',
    route: '#/quotes?speaker=Rex+Tillerson',
    async prepare(page) {
      // The form that marks a quotation as wrong, open.
      await page.locator('ol#quotes button.mark-wrong').first().click();
      await page.locator('form.correction-form').waitFor();
    },
  },
  { name: 'not-found', route: '#/no-such-page', ready: '#query-notes .query-note' },
  // The word tools (issue #21).
  { name: 'concordance', route: '#/concordance?q=russia&sort=1R', ready: '#concordance tbody tr' },
  { name: 'words', route: () => `#/words?article=${slug('000')}`, ready: '#keywords li' },
  { name: 'trends', route: '#/trends?q=putin+trump', ready: '#trends-chart circle.mark' },
  { name: 'collocates', route: '#/collocates?q=election', ready: '#collocates tbody tr' },
  { name: 'compare-words', route: () => `#/compare?a=${slug('003')}&b=${slug('004')}`, ready: '#pair-words li' },
  // Issue #18: the reader's own articles, one added, its details and the paste form open.
  {
    name: 'own-articles',
    route: '#/',
    async prepare(page) {
      // On a phone the sidebar starts folded.
      if (await page.getAttribute('#filters-toggle', 'aria-expanded') === 'false') await page.click('#filters-toggle');
      await page.setInputFiles('#add-files', `${REPO}/e2e/fixtures/own-articles/gull-island-ferry.md`);
      await page.locator('.own-list .own-item').first().waitFor({ timeout: 60_000 });
      await page.locator('.own-item details.own-edit summary').click();
      await page.locator('#paste-article > summary').click();
    },
  },
  // Issue #19: the lesson screens, the teacher's editor and bar, the hand-ins, the help.
  { name: 'help', route: '#/help', ready: '#help-heading' },
  { name: 'open-a-lesson', route: '#/lesson', ready: '#open-lesson' },
  {
    name: 'lesson-start',
    route: '#/lesson',
    async prepare(page) {
      await page.setInputFiles('#open-lesson', lessonFile());
      await page.locator('#lesson-start').waitFor({ timeout: 60_000 });
    },
  },
  {
    name: 'teach',
    route: '#/teach',
    async prepare(page) {
      await page.fill('#lesson-title', 'Week 3');
      await page.click('#add-question');
      await page.fill('#prompt-q1', 'Who is quoted most?');
      await page.fill('#model-q1', 'Article 5.');
    },
  },
  {
    name: 'teacher-bar',
    route: '#/teach',
    async prepare(page) {
      await page.click('#add-question');
      await page.goto(`${h.server.url}#/compare`);
      await page.locator('#teacher-bar #attach-view').click();
      await page.locator('#teacher-bar .attach-done', { hasText: 'Attached' }).waitFor();
    },
  },
  {
    name: 'hand-ins',
    route: '#/hand-ins',
    async prepare(page) {
      await page.setInputFiles('#open-hand-ins', handInFiles());
      await page.locator('.overview-question .student-answer').first().waitFor();
    },
  },
];

/** A lesson file of the seeds (`crosscheck lesson`), made once. */
let lessonPath;
function lessonFile() {
  if (!lessonPath) {
    lessonPath = path.join(tmpdir(), `crosscheck-a11y-${process.pid}.crosscheck`);
    execFileSync('cargo', ['run', '-q', '-p', 'crosscheck-cli', '--bin', 'crosscheck', '--', 'lesson', 'seeds', '-o', lessonPath], { cwd: REPO });
  }
  return lessonPath;
}

/** Two hand-ins of one sheet, and one that is no hand-in. */
function handInFiles() {
  const handIn = (student, answer) => ({
    format: 'crosscheck-hand-in', version: 1, sheet: 'Week 3', lesson: 'week-3', student, date: '2026-11-22', page: 'http://host/',
    questions: [{ number: 1, id: 'q1', prompt: 'Who is quoted most?', hint: null, view: null, link: null, answer, notes: 'checked twice' }],
    corrections: [],
  });
  return [
    { name: 'ada.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(handIn('Ada', 'Article 5.'))) },
    { name: 'grace.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(handIn('Grace', 'Article 4, then 5.'))) },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('my notes') },
  ];
}

async function openView(page, view) {
  const route = typeof view.route === 'function' ? view.route() : view.route;
  await openApp(page, `${h.server.url}${route}`);
  if (view.ready) await page.locator(view.ready).first().waitFor();
  if (view.prepare) await view.prepare(page);
}

/**
 * Rules whose "needs review" results are faults here too: axe leaves an aria-label on a plain
 * <span> for review when the span has text, but a screen reader then reads the text, not the label.
 */
const REVIEW_IS_FAULT = ['aria-prohibited-attr'];

/** axe-core's violations on the page, as { id, impact, help, nodes: [target selector] }. */
async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (reviewIsFault) => {
    const result = await window.axe.run(document, { resultTypes: ['violations', 'incomplete'] });
    const faults = [...result.violations, ...result.incomplete.filter((v) => reviewIsFault.includes(v.id))];
    return faults.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ')})` : ''}`),
    }));
  }, REVIEW_IS_FAULT);
}

const describeViolations = (vs) => vs
  .map((v) => `  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.slice(0, 8).map((n) => `      ${n}`).join('\n')}` +
    (v.nodes.length > 8 ? `\n      … and ${v.nodes.length - 8} more` : ''))
  .join('\n');

for (const viewport of [DESKTOP, PHONE]) {
  for (const colorScheme of ['light', 'dark']) {
    for (const view of VIEWS) {
      const label = `${view.name} at ${viewport.width} px, ${colorScheme}`;
      test(`axe finds no serious or critical violation: ${label}`, async () => {
        const page = await h.newPage({ viewport });
        try {
          await page.emulateMedia({ colorScheme });
          await openView(page, view);
          // From the top, or a sticky bar scrolled along would be drawn over the middle of the page.
          await page.evaluate(() => window.scrollTo(0, 0));
          await screenshot(page, `a11y-${view.name}-${viewport.width}-${colorScheme}`);
          const violations = await axeViolations(page);
          const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
          assert.equal(bad.length, 0, `axe violations on ${label}:\n${describeViolations(bad)}`);
          if (viewport === PHONE) {
            const widths = await page.evaluate(() => ({
              scroll: document.scrollingElement.scrollWidth,
              inner: window.innerWidth,
              // What sticks out, to say what to fix.
              wide: [...document.querySelectorAll('body *')]
                .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('.table-scroll, .visually-hidden'))
                .slice(0, 5)
                .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`),
            }));
            assert.ok(widths.scroll <= widths.inner,
              `${label}: the page scrolls sideways (${widths.scroll} px wide in ${widths.inner} px; ${widths.wide.join(', ')})`);
          }
          assert.deepEqual(page.errors, []);
        } finally {
          await page.close();
        }
      });
    }
  }
}

/** What has the focus: a short description and whether a focus indicator is drawn around it. */
// The first screen, before the app's code has arrived (held back here): the header, the search
// box and the article list the build writes into index.html, with its disabled filter boxes; then
// the list the first module (crates/first-screen) draws for a search.
for (const viewport of [DESKTOP, PHONE]) {
  for (const colorScheme of ['light', 'dark']) {
    const label = `the first screen at ${viewport.width} px, ${colorScheme}`;
    test(`axe finds no serious or critical violation: ${label}`, async () => {
      const page = await h.newPage({ viewport });
      try {
        await page.emulateMedia({ colorScheme });
        await holdApp(page);
        await page.goto(h.server.url);
        await page.locator('#boot-layout .result-title').first().waitFor();
        const bad = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        assert.equal(bad.length, 0, `axe violations on ${label}:\n${describeViolations(bad)}`);
        const widths = await page.evaluate(() => ({ scroll: document.scrollingElement.scrollWidth, inner: window.innerWidth }));
        assert.ok(widths.scroll <= widths.inner, `${label}: the page scrolls sideways`);
        await page.fill('#boot-search', 'putin');
        await page.locator('#boot-layout[data-query="putin"] li.snippet mark').first().waitFor();
        const searched = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        assert.equal(searched.length, 0, `axe violations on ${label}, searched:\n${describeViolations(searched)}`);
        const after = await page.evaluate(() => ({ scroll: document.scrollingElement.scrollWidth, inner: window.innerWidth }));
        assert.ok(after.scroll <= after.inner, `${label}, searched: the page scrolls sideways`);
      } finally {
        await page.close();
      }
    });
  }
}

async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      classes: [...el.classList],
      text: (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 60),
      within: ['header', 'nav.views', 'fieldset#article-filter', 'ol#results', 'main#app', 'aside']
        .filter((sel) => el.closest(sel)),
      indicator: outline || shadow,
    };
  });
}

test('Tab from the page start reaches the skip link, the search box, the views, the filters and the results, each with a visible focus', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/?q=kislyak`);
    await page.locator('ol#results li.result').first().waitFor();
    const path = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f) path.push(f);
      if (f?.within.includes('ol#results')) break;
    }
    const where = path.map((f) => `${f.tag}${f.id ? `#${f.id}` : ''} "${f.text}"`).join(' → ');
    assert.ok(path.length > 0, 'Tab moves the focus into the page');
    assert.ok(path[0].classes.includes('skip-link'), `the first Tab stop is the skip link: ${where}`);
    const firstAt = (pred) => path.findIndex(pred);
    const search = firstAt((f) => f.id === 'search');
    const views = firstAt((f) => f.within.includes('nav.views'));
    const filters = firstAt((f) => f.within.includes('fieldset#article-filter'));
    const results = firstAt((f) => f.within.includes('ol#results'));
    for (const [name, at] of [['search box', search], ['view navigation', views], ['article filter', filters], ['results', results]]) {
      assert.ok(at >= 0, `Tab reaches the ${name}: ${where}`);
    }
    assert.ok(search < views && views < filters && filters < results, `in reading order: ${where}`);
    const unmarked = path.filter((f) => !f.indicator);
    assert.deepEqual(unmarked.map((f) => `${f.tag}#${f.id}.${f.classes.join('.')} "${f.text}"`), [],
      'every element that takes the focus shows an outline or a shadow');

    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('the skip link takes the keyboard past the header and the filters to the results, leaving the URL alone', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/?q=kislyak`);
    await page.locator('ol#results li.result').first().waitFor();
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    assert.ok(skip?.classes.includes('skip-link') && skip.indicator, `the skip link is focused and visibly so: ${JSON.stringify(skip)}`);
    const box = await page.locator('a.skip-link').boundingBox();
    assert.ok(box && box.y >= 0 && box.width > 1, `the focused skip link is on screen: ${JSON.stringify(box)}`);
    await page.keyboard.press('Enter');
    await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.id), 'app'));
    await page.keyboard.press('Tab');
    const next = await focused(page);
    assert.ok(next?.within.includes('ol#results'), `after the skip link, Tab goes on to the results: ${JSON.stringify(next)}`);
    assert.match(page.url(), /#\/\?q=kislyak$/, 'the view (and its URL) stays as it was');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('what the search finds is announced in a live region', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/`);
    const region = page.locator('#query-notes');
    assert.equal(await region.getAttribute('role'), 'status');
    await page.keyboard.press('/');
    await page.keyboard.type('kislyak', { delay: 15 });
    await eventually(async () => assert.equal((await region.textContent()).trim(), '2 articles match, 3 hits.'));
    await page.keyboard.type(' lavrov', { delay: 15 });
    await eventually(async () => assert.equal((await region.textContent()).trim(), '1 article matches, 7 hits.'));
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('in Compare, Enter on a shared passage brings its copy in the other column into focus, as a click does', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/compare?a=${slug('003')}&b=${slug('004')}`);
    const mark = page.locator('.compare-col[data-side="a"] mark[data-link]').first();
    await mark.waitFor();
    const link = await mark.getAttribute('data-link');
    await mark.focus();
    await page.keyboard.press('Enter');
    await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.id), `b-link-${link}`));
    // The same links as a table: each row names what both articles share, in their own words.
    await page.locator('details.compare-table summary').click();
    const rows = await page.$$eval('#compare-table tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent)));
    assert.ok(rows.length > 0, 'the table lists the shared passages and quotations');
    assert.ok(rows.some(([kind, a, b]) => kind === 'quotation' && /great pressure/.test(a) && /great pressure/.test(b)),
      `the “great pressure” quotation is a row: ${JSON.stringify(rows)}`);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('with prefers-reduced-motion: reduce, scrolling and transitions are instant', async () => {
  const page = await h.newPage();
  try {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(page, `${h.server.url}#/article/${slug('004')}?q=kislyak&hit=1`);
    await page.locator('article#reader mark.hit.current').waitFor();
    const styles = await page.evaluate(() => {
      const seconds = (s) => Math.max(...s.split(',').map((x) => parseFloat(x) || 0));
      const moving = [...document.querySelectorAll('*')]
        .map((el) => ({ el, s: getComputedStyle(el) }))
        .filter(({ s }) => seconds(s.transitionDuration) > 0.001 || (s.animationName !== 'none' && seconds(s.animationDuration) > 0.001))
        .map(({ el }) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : ''));
      return { scroll: getComputedStyle(document.documentElement).scrollBehavior, moving };
    });
    assert.equal(styles.scroll, 'auto', 'no smooth scrolling');
    assert.deepEqual(styles.moving, [], 'no element transitions or animates');

    // And the preference is what turns smooth scrolling off: without it, scrolling is smooth.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), 'smooth');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});
