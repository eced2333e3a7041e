import { openPage } from './browser.mjs';
const { browser, page } = await openPage();
const errors = []; page.on('pageerror', e => errors.push(e.message));
await page.goto(process.argv[2]); await page.evaluate(() => window.slicewright.ready);
await page.waitForTimeout(300);
await page.screenshot({ path: '/tmp/shots/z0.png' });
await page.mouse.move(700, 400);
for (let i = 1; i <= 4; i++) {
  const t = Date.now();
  for (let k = 0; k < 8; k++) { await page.mouse.wheel(0, -120); }
  await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
  console.log('step', i, Date.now() - t, 'ms', await page.evaluate(() => window.slicewright.viewport()), await page.evaluate(() => document.querySelectorAll('#sprotty svg *').length));
  await page.screenshot({ path: `/tmp/shots/z${i}.png` });
}
console.log(errors);
await browser.close();
