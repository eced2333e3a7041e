// End-to-end check of the pool diagram in headless Chromium: form four sub-pools with k-means from
// the toolbar, drag a VAP onto another sub-pool, save. Run by TopologyDiagramBrowserTest (JUnit)
// against a live DiagramServer on the pooling example; exits non-zero with the failed step.
// Usage: node e2e/pool.e2e.mjs PAGE_URL SCREENSHOT.png
import { openPage } from './browser.mjs';

const [url, screenshot] = process.argv.slice(2);
const { browser, page } = await openPage();
const errors = [];
page.on('pageerror', e => errors.push(e.message));
const box = async id => page.locator(`#sprotty [id="sprotty_${id}"]`).boundingBox();
const heading = id => page.locator(`#sprotty [id="sprotty_${id}_heading"]`).textContent();
let step = 'open';
try {
  await page.goto(url + '&diagram=pool');
  await page.evaluate(() => window.slicewright.ready);

  step = 'form four sub-pools with k-means';
  await page.fill('#k', '4');
  await page.click('#form');
  await page.waitForFunction(() => window.slicewright.has('digit-pool-sp4'), null, { timeout: 10000 });
  await page.click('#fit');
  await page.waitForTimeout(500);

  step = 'drag vap-ap07 onto sub-pool 2';
  const before = await heading('digit-pool-sp2');
  const from = await box('vap-ap07');
  const to = await box('digit-pool-sp2');
  const [fx, fy] = [from.x + from.width / 2, from.y + from.height / 2];
  const [tx, ty] = [to.x + to.width / 2, to.y + to.height - 12];
  await page.mouse.move(fx, fy);
  await page.mouse.down();
  await page.waitForTimeout(100);
  for (let i = 1; i <= 15; i++) {
    await page.mouse.move(fx + ((tx - fx) * i) / 15, fy + ((ty - fy) * i) / 15);
    await page.waitForTimeout(25);
  }
  await page.mouse.up();
  await page.waitForFunction(([b]) => {
    const t = document.querySelector('#sprotty [id="sprotty_digit-pool-sp2_heading"]');
    return t && t.textContent !== b;
  }, [before], { timeout: 10000 });

  step = 'save';
  await page.click('#save');
  await page.waitForTimeout(1000);
  if (errors.length) throw new Error('page errors: ' + errors.join('; '));
  console.log(`pool e2e: all steps passed (${before} -> ${await heading('digit-pool-sp2')})`);
} catch (e) {
  console.error(`pool e2e failed at "${step}": ${e.message}`);
  process.exitCode = 1;
} finally {
  if (screenshot) await page.screenshot({ path: screenshot }).catch(() => undefined);
  await browser.close();
}
