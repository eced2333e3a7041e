// Times opening large topologies in headless Chromium: page load to the model drawn and fitted, and
// to the first frame painted. Not a test: it prints figures.
//
// For each case it writes a seeded synthetic inventory (sites.csv + links.csv: one cloud, macro base
// stations, small cells, access points and devices, each linked to a parent and, up to the link
// count, to a neighbouring parent), imports it with `slicewright import`, serves it with
// `slicewright diagram` and loads the page: once cold (first page of the server) and three times
// warm (the server's classes and the browser's cache warm). The figure is the warm median.
//
// Usage: node e2e/scale.bench.mjs [NODES/LINKS ...] [--shots DIR]
//   default cases: 5000/20000 and 50000/100000. Set SLICEWRIGHT_SKIP_BUILD=1 to use the built product.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPage } from './browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const launcher = join(root, 'slicewright');
const args = process.argv.slice(2);
const shotsAt = args.indexOf('--shots');
const shots = shotsAt >= 0 ? args.splice(shotsAt, 2)[1] : undefined;
const cases = (args.length ? args : ['5000/20000', '50000/100000']).map(c => c.split('/').map(Number));

/** A seeded generator (mulberry32): the same inventory on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Five tiers as in the server's layout benchmark: 1 cloud, n/100 macro, n/10 small cells, n/3 APs, the rest devices. */
function inventory(dir, nodes, links) {
  const next = random(1);
  const start = [0, 1, 1 + Math.floor(nodes / 100), 1 + Math.floor(nodes / 100) + Math.floor(nodes / 10)];
  start.push(start[3] + Math.floor(nodes / 3));
  const end = t => (t === 4 ? nodes : start[t + 1]);
  const kinds = ['cloud', 'macro', 'small', 'ap', 'device'];
  const tierOf = i => [4, 3, 2, 1].find(t => i >= start[t]) ?? 0;
  const sites = ['id,kind'];
  const rows = ['source,target,bandwidth,latency'];
  for (let i = 0; i < nodes; i++) {
    const t = tierOf(i);
    sites.push(`n${i},${kinds[t]}`);
    if (t > 0) rows.push(`n${start[t - 1] + Math.floor(next() * (end(t - 1) - start[t - 1]))},n${i},1000,0.5`);
  }
  const seen = new Set();
  while (rows.length - 1 < links) {
    const t = 2 + Math.floor(next() * 3);
    const i = start[t] + Math.floor(next() * (end(t) - start[t]));
    const near = start[t - 1] + Math.floor(((i - start[t]) * (end(t - 1) - start[t - 1])) / (end(t) - start[t]));
    const p = Math.max(start[t - 1], Math.min(end(t - 1) - 1, near - 3 + Math.floor(next() * 7)));
    if (seen.has(`${p},${i}`)) continue;
    seen.add(`${p},${i}`);
    rows.push(`n${p},n${i},1000,0.5`);
  }
  writeFileSync(join(dir, 'sites.csv'), sites.join('\n') + '\n');
  writeFileSync(join(dir, 'links.csv'), rows.join('\n') + '\n');
}

/** Starts `slicewright diagram FILE` and resolves with the server process and its page address. */
function serve(file) {
  const server = spawn(launcher, ['diagram', file], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  return new Promise((done, fail) => {
    let text = '';
    server.stdout.on('data', d => {
      text += d;
      const m = /(http:\/\/\S+)/.exec(text);
      if (m) done({ server, url: m[1] });
    });
    server.on('exit', code => fail(new Error(`slicewright diagram exited with ${code}`)));
  });
}

async function load(page, url) {
  const t0 = Date.now();
  await page.goto(url);
  await page.evaluate(() => window.slicewright.ready);
  const ready = (Date.now() - t0) / 1000;
  // The first frame painted after the model arrived (two animation frames: render, then paint).
  await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
  const shown = (Date.now() - t0) / 1000;
  const drawn = await page.evaluate(() => document.querySelectorAll('#sprotty svg *').length);
  const errors = await page.evaluate(() => window.slicewright.errors());
  return { ready, shown, drawn, errors };
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const [nodes, links] of cases) {
  const dir = mkdtempSync(join(tmpdir(), 'slicewright-scale-'));
  let server;
  try {
    inventory(dir, nodes, links);
    const file = join(dir, 'scale.slicewright');
    const t0 = Date.now();
    execFileSync(launcher, ['import', join(dir, 'sites.csv'), '--links', join(dir, 'links.csv'), '--out', file], { stdio: 'ignore' });
    const imported = (Date.now() - t0) / 1000;
    const served = await serve(file);
    server = served.server;
    const url = served.url;
    const { browser, page } = await openPage();
    const cold = await load(page, url);
    const warm = [];
    for (let i = 0; i < 3; i++) warm.push(await load(page, url));
    const viewport = await page.evaluate(() => window.slicewright.viewport());
    if (shots) await page.screenshot({ path: join(shots, `scale-${nodes}.png`) });
    await browser.close();
    const errors = [...cold.errors, ...warm.flatMap(w => w.errors)];
    console.log(
      `${nodes} nodes / ${links} links (import ${imported.toFixed(1)} s): cold: model shown ${cold.ready.toFixed(2)} s, first frame ${cold.shown.toFixed(2)} s; ` +
        `warm (median of 3): model shown ${median(warm.map(w => w.ready)).toFixed(2)} s, first frame ${median(warm.map(w => w.shown)).toFixed(2)} s; ` +
        `${cold.drawn} SVG elements drawn; viewport ${viewport}${errors.length ? '; page errors: ' + errors.join(' | ') : ''}`
    );
  } finally {
    if (server) process.kill(-server.pid);
    rmSync(dir, { recursive: true, force: true });
  }
}
