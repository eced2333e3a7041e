// Times opening a large topology in headless Chromium: page load to the model drawn and fitted.
// Usage: node e2e/scale.bench.mjs PAGE_URL [SCREENSHOT.png]. Prints seconds; not a test.
import { openPage } from './browser.mjs';

const [url, screenshot] = process.argv.slice(2);
const { browser, page } = await openPage();
const t0 = Date.now();
await page.goto(url);
await page.evaluate(() => window.slicewright.ready);
const ready = (Date.now() - t0) / 1000;
// The first frame painted after the model arrived (two animation frames: render, then paint).
await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
const shown = (Date.now() - t0) / 1000;
const elements = await page.evaluate(() => document.querySelectorAll('#sprotty g[id]').length);
console.log(`model received and loaded ${ready.toFixed(2)} s, first frame ${shown.toFixed(2)} s; ${elements} elements in view; viewport ${await page.evaluate(() => window.slicewright.viewport())}`);
if (screenshot) await page.screenshot({ path: screenshot });
await browser.close();
