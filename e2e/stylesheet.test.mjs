// The style sheets are edited by many hands and merged often; a brace lost in a merge makes the
// browser read every later rule as part of the block left open (a phone-width media query once
// swallowed the lessons' and own articles' rules, print included). This checks the sources (the
// first screen's, which the build inlines, and the views'), that the built page's browser sees the
// last rule at the top level, and that the views' sheet does not hold up the first paint but is
// applied once it arrives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO, startHarness, openApp } from './browser.mjs';

const SHEETS = ['styles/first.css', 'styles/views.css'];

/** The nesting depth after each top-level block of `css`, comments and strings left out. */
function depths(css) {
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  let depth = 0; let line = 1; const problems = [];
  for (const ch of bare) {
    if (ch === '\n') line += 1;
    if (ch === '{') depth += 1;
    if (ch === '}') { depth -= 1; if (depth < 0) { problems.push(`a closing brace with nothing open near line ${line}`); depth = 0; } }
  }
  if (depth !== 0) problems.push(`${depth} block(s) left open at the end`);
  return problems;
}

test('every block of the style sheets is closed', () => {
  for (const sheet of SHEETS) assert.deepEqual(depths(readFileSync(path.join(REPO, sheet), 'utf8')), [], sheet);
  assert.deepEqual(depths('a { b: c; }\n@media print {\n  .x { y: z; }\n.w { v: u; }'), ['1 block(s) left open at the end'], 'the check finds a lost brace');
});

test('the built page applies the stylesheet\'s last rules at the top level', async () => {
  const h = await startHarness();
  try {
    const page = await h.newPage();
    await openApp(page, `${h.server.url}#/hand-ins`);
    await page.locator('.hand-ins-pick').waitFor();
    // The last selector of the file, as the browser holds it: a top-level rule or inside one of
    // the file's last @media blocks, never inside a block opened earlier.
    const top = await page.evaluate(() => [...document.styleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText.split('{')[0].trim()));
    assert.ok(top.includes('.hand-ins-pick'), 'the hand-ins picker rule is at the top level');
    assert.equal(await page.$eval('.hand-ins-pick', (e) => getComputedStyle(e).display), 'flex');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.$eval('.hand-ins-pick', (e) => getComputedStyle(e).display), 'none', 'print hides the picker');
  } finally {
    await h.close();
  }
});

test('the views\' style sheet does not hold up the first paint and applies once it arrives', async () => {
  const h = await startHarness();
  try {
    // As served: the first screen's styles are in the page; the views' are a print-only link, which
    // the browser does not wait for before painting.
    const html = await (await fetch(h.server.url)).text();
    assert.match(html, /<style[^>]*>[\s\S]*\.topbar[\s\S]*<\/style>/, 'the first screen\'s styles are in the page');
    const link = html.match(/<link[^>]*id="views(?:&#x2D;|-)css"[^>]*>/)?.[0];
    assert.ok(link, 'the page asks for the views\' style sheet');
    assert.match(link, /media="print"/, 'asked for as print-only, so it holds up nothing');
    assert.doesNotMatch(html, /<link[^>]*rel="stylesheet"(?![^>]*media="print")[^>]*>/, 'no other style sheet holds up the first paint');
    const page = await h.newPage();
    await openApp(page, `${h.server.url}#/quotes`);
    await page.locator('.quote-item').first().waitFor();
    assert.equal(await page.$eval('#views-css', (e) => e.media), 'all', 'applied to the screen once it arrived');
    // A view's own rule is in force: a quotation has its coloured left border.
    assert.equal(await page.$eval('.quote-item', (e) => getComputedStyle(e).borderLeftWidth), '4px');
  } finally {
    await h.close();
  }
});
