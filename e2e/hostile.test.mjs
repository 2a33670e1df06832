// Strange input from a visitor: long, punctuation-only and regex-looking queries, markup in the
// query and in the URL, links whose state cannot be read, and working with the network off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openApp, eventually, slug, typeQuery, queryNotes, resultSlugs } from './browser.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

test('odd queries never break the page and say what was done', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, h.server.url);
    for (const q of ['???!!!', 'OR OR OR', '" " "', '-"', '*']) {
      await typeQuery(page, q);
      await eventually(async () => assert.equal(await page.inputValue('#search'), q));
      await eventually(async () => assert.ok((await queryNotes(page)).length > 0, `a note for ${q}`));
    }
    // Regex-looking input is words and punctuation like any other: searched, no crash.
    await typeQuery(page, '(a|b)*[x-z]+\\d{2,}$');
    await eventually(async () => assert.equal(await page.locator('ol#results, .empty').count(), 1));
    const long = 'interference '.repeat(800).trim();
    await page.fill('#search', long);
    await eventually(async () => assert.deepEqual((await resultSlugs(page)).sort(), [slug('000'), slug('001'), slug('003'), slug('004')].sort()));
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('markup typed in the search box or put in the URL is shown as text, never run', async () => {
  const page = await h.newPage();
  try {
    const payload = '<img src=x onerror="window.__pwned=1">';
    await openApp(page, `${h.server.url}#/?q=${encodeURIComponent(payload)}`);
    await eventually(async () => assert.equal(await page.inputValue('#search'), payload));
    await typeQuery(page, '<script>window.__pwned=2</script> trump');
    await eventually(async () => assert.ok((await resultSlugs(page)).length >= 0));
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator('main#app img, main#app script').count(), 0);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('a link whose state cannot be read opens the default view with a note', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, `${h.server.url}#/?hit=not-a-number&bp=7000`);
    await eventually(async () => {
      assert.ok((await queryNotes(page)).some((n) => /could not be read/.test(n)));
      assert.equal((await resultSlugs(page)).length, 5, 'the default view: all articles');
    });
    await openApp(page, `${h.server.url}#/article/no-such-article?q=kislyak`);
    await eventually(async () => {
      assert.ok((await queryNotes(page)).some((n) => /not in this collection/.test(n)));
      assert.deepEqual((await resultSlugs(page)).sort(), [slug('002'), slug('004')].sort());
    });
    await openApp(page, `${h.server.url}#/no/such/page`);
    await eventually(async () => assert.ok((await queryNotes(page)).some((n) => /does not exist/.test(n))));
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('after loading, the page keeps working with the network off', async () => {
  const page = await h.newPage();
  try {
    await openApp(page, h.server.url);
    await page.context().setOffline(true);
    const before = page.requests.length;
    await typeQuery(page, 'lavrov');
    await eventually(async () => assert.deepEqual((await resultSlugs(page)).sort(), [slug('003'), slug('004')].sort()));
    await page.locator('ol#results a.result-title').first().click();
    await page.locator('article#reader').waitFor();
    await page.click('nav.views a:has-text("Quotes")');
    await page.locator('ol#quotes').waitFor();
    assert.deepEqual(page.requests.slice(before), [], 'nothing was requested');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().setOffline(false);
    await page.close();
  }
});

test('the release page carries a Content-Security-Policy that stops injected scripts', async () => {
  const page = await h.newPage();
  try {
    const violations = [];
    await page.exposeFunction('__reportViolation', (v) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => window.__reportViolation(e.violatedDirective));
    });
    await openApp(page, h.server.url);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    assert.match(policy, /connect-src 'self'/);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.head.appendChild(s);
    });
    await eventually(async () => assert.ok(violations.some((v) => v.startsWith('script-src')), 'the policy reported the script'));
    assert.equal(await page.evaluate(() => window.__inline), undefined, 'the injected script did not run');
    // The page's own style sheet is written into it and allowed by its hash; an injected one is not.
    assert.match(policy, /style-src 'self' 'sha256-/);
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.topbar')).display), 'flex', 'the page is styled');
    await page.evaluate(() => {
      const s = document.createElement('style');
      s.textContent = 'body { display: none }';
      document.head.appendChild(s);
    });
    await eventually(async () => assert.ok(violations.some((v) => v.startsWith('style-src')), 'the policy reported the style'));
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.body).display), 'none', 'the injected style did not apply');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});
