// Long tasks while a build loads, with as little in the page as can see them: a 'longtask'
// PerformanceObserver and nothing else (bench/page.mjs also records every DOM mutation and every
// frame while loading, which adds work of its own to the tasks it measures).
//
//   node bench/load-tasks.mjs [--loads 4] --dist DIST [--dist DIST2 ...]
//
// The builds are loaded in turn (DIST, DIST2, DIST, DIST2, ...), each load in a fresh browser
// context, until ready (body[data-ready="1"]) and one second after. Prints each load's long tasks
// (start and duration, ms from navigation) and writes bench/results/load-tasks.json.
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { startHarness, waitReady } from '../e2e/browser.mjs';
import { REPO, RESULTS, machine } from './lib.mjs';

const dists = process.argv.flatMap((a, i) => (a === '--dist' ? [process.argv[i + 1]] : []));
const loadsAt = process.argv.indexOf('--loads');
const LOADS = loadsAt > 0 ? Number(process.argv[loadsAt + 1]) : 4;
if (!dists.length) {
  process.stderr.write('usage: node bench/load-tasks.mjs [--loads N] --dist DIST [--dist DIST2 ...]\n');
  process.exit(2);
}
const harnesses = await Promise.all(dists.map((d) => startHarness({ dist: path.resolve(REPO, d) })));
const runs = dists.map((dist) => ({ dist, loads: [] }));
try {
  for (let n = 0; n < LOADS; n++) {
    for (const [i, h] of harnesses.entries()) {
      const page = await h.newPage();
      await page.addInitScript(() => {
        window.__longtasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longtasks.push([Math.round(e.startTime), Math.round(e.duration)]);
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(h.server.url);
      await waitReady(page);
      const ready = Math.round(await page.evaluate(() => performance.now()));
      await page.waitForTimeout(1000);
      const longtasks = await page.evaluate(() => window.__longtasks);
      runs[i].loads.push({ ready, longtasks });
      console.log(`${dists[i]}: ready at ${ready} ms; long tasks (start, ms): ${JSON.stringify(longtasks)}`);
      await page.close();
    }
  }
} finally {
  await Promise.all(harnesses.map((h) => h.close()));
}
mkdirSync(RESULTS, { recursive: true });
writeFileSync(path.join(RESULTS, 'load-tasks.json'), JSON.stringify({ date: new Date().toISOString(), machine: machine(), runs }, null, 1));
