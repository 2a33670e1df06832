// The stylesheet is one file edited by many hands and merged often; a brace lost in a merge makes
// the browser read every later rule as part of the block left open (a phone-width media query
// once swallowed the lessons' and own articles' rules, print included). This checks the source
// the build inlines, and that the built page's browser sees its last rule at the top level.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO, startHarness, openApp } from './browser.mjs';

const CSS = path.join(REPO, 'styles/app.css');

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

test('every block of styles/app.css is closed', () => {
  assert.deepEqual(depths(readFileSync(CSS, 'utf8')), []);
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
