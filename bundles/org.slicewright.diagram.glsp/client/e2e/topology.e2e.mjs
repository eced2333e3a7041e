// End-to-end check of the topology diagram in headless Chromium, driven with the mouse and keyboard
// as a planner would: create a board from the palette, move it, link it, delete it, undo, lay out,
// save. Run by TopologyDiagramBrowserTest (JUnit) against a live DiagramServer; exits non-zero with
// the failed step. Usage: node e2e/topology.e2e.mjs PAGE_URL SCREENSHOT.png
import { openPage } from './browser.mjs';

const [url, screenshot] = process.argv.slice(2);
const { browser, page } = await openPage();
const errors = [];
page.on('pageerror', e => errors.push(e.message));

async function center(id) {
  const b = await page.locator(`#sprotty [id="sprotty_${id}"]`).boundingBox();
  if (!b) throw new Error(`element ${id} is not drawn`);
  return { x: b.x + b.width / 2, y: b.y + b.height / 2, box: b };
}
async function drawn(id, present = true) {
  await page.locator(`#sprotty [id="sprotty_${id}"]`).waitFor({ state: present ? 'attached' : 'detached', timeout: 10000 });
}
async function tool(label) {
  // On a drawn network the palette starts minimised: open it as a planner would, with its icon.
  const minimised = await page.evaluate(() => document.querySelector('.tool-palette')?.style.maxHeight === '0px');
  if (minimised) await page.locator('.minimize-palette-button .codicon').click();
  await page.locator('.tool-palette .tool-button', { hasText: label }).first().click();
}
// A drag as a hand makes it: press, pause, then small moves over time (GLSP starts a move only after
// the pointer has travelled while pressed).
async function drag(from, dx, dy) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.waitForTimeout(100);
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(from.x + (dx * i) / 12, from.y + (dy * i) / 12);
    await page.waitForTimeout(25);
  }
  await page.mouse.up();
}
let step = 'open';
try {
  await page.goto(url);
  await page.evaluate(() => window.slicewright.ready);
  await drawn('mbs');

  step = 'create a board from the palette';
  await tool('Edge board');
  await page.mouse.click(300, 650);
  await drawn('board1');

  step = 'move the board';
  const before = await center('board1');
  await drag(before, 120, 40);
  await page.waitForFunction(x => {
    const b = document.querySelector('#sprotty [id="sprotty_board1"]').getBoundingClientRect();
    return b.x > x + 60;
  }, before.box.x, { timeout: 10000 });

  // The drag moves the board at once (feedback); the server's update follows and resets the tools:
  // pick the next tool only after it.
  await page.waitForTimeout(700);

  step = 'link the board to the macro base station';
  await tool('Link');
  await page.mouse.move(700, 820); // the tool arms a source on mouse-over: come from outside the board
  const from = await center('board1');
  const to = await center('mbs');
  await page.mouse.move(from.x, from.y, { steps: 5 });
  await page.mouse.click(from.x, from.y);
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.click(to.x, to.y);
  await drawn('link-board1-mbs');

  step = 'a server update while a link is being drawn';
  // An edit arrives as the elements it changed (ModelUpdates.java); the link being drawn is editing
  // feedback in the model on screen, and must not end up in the model twice.
  await page.waitForTimeout(700);
  await tool('Link');
  await page.mouse.move(700, 820);
  const start = await center('board1');
  await page.mouse.move(start.x, start.y, { steps: 5 });
  await page.mouse.click(start.x, start.y);
  await page.mouse.move(start.x + 80, start.y - 60, { steps: 5 });
  const mbsBefore = (await center('mbs')).box;
  await page.evaluate(() => window.slicewright.dispatch({ kind: 'changeBounds', isOperation: true,
    newBounds: [{ elementId: 'mbs', newPosition: { x: 40, y: 30 }, newSize: { width: 150, height: 48 } }] }));
  await page.waitForFunction(b => {
    const r = document.querySelector('#sprotty [id="sprotty_mbs"]').getBoundingClientRect();
    return Math.abs(r.x - b.x) > 1 || Math.abs(r.y - b.y) > 1;
  }, mbsBefore, { timeout: 10000 });
  await page.mouse.move(start.x + 120, start.y - 20, { steps: 5 });
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  const pageErrors = await page.evaluate(() => window.slicewright.errors());
  if (errors.length || pageErrors.length) throw new Error('page errors: ' + [...errors, ...pageErrors].join('; '));

  step = 'delete the board (its link goes with it)';
  // The palette's deletion tool, then a click on the board: deletes exactly what is clicked.
  await page.click('.header-tools i[title="Enable deletion tool"]');
  const doomed = await center('board1');
  await page.mouse.click(doomed.x, doomed.y);
  await drawn('board1', false);
  await drawn('link-board1-mbs', false);
  await drawn('mbs');

  step = 'undo the delete';
  await page.click('#btn_default_tools');
  await page.mouse.click(700, 820); // focus the diagram (keys go to the focused element)
  await page.keyboard.press('Control+z');
  await drawn('board1');
  await drawn('link-board1-mbs');

  step = 'rename the board in place with F2';
  const named = await center('board1');
  await page.mouse.click(named.x, named.y);
  // The click's selection goes through the server and redraws the node: press once it is done.
  await page.waitForTimeout(700);
  await page.keyboard.press('F2');
  const box = page.locator('.label-edit input, .label-edit textarea').first();
  await box.waitFor({ state: 'visible', timeout: 5000 });
  // The edit box opens over the node, where the name is, not below it.
  const at = await box.boundingBox();
  const node = (await center('board1')).box;
  const middle = { x: at.x + at.width / 2, y: at.y + at.height / 2 };
  if (middle.y < node.y || middle.y > node.y + node.height || Math.abs(middle.x - (node.x + node.width / 2)) > node.width / 4) {
    throw new Error(`the rename box (${JSON.stringify(at)}) is not over the node (${JSON.stringify(node)})`);
  }
  await box.fill('Renamed board');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#sprotty [id="sprotty_board1"]').textContent.includes('Renamed board'), null, { timeout: 10000 });

  step = 'labels follow the zoom';
  const shown = sel => page.evaluate(q => getComputedStyle(document.querySelector(q)).display !== 'none', sel);
  const zoomTo = zoom => page.evaluate(z => window.slicewright.dispatch({ kind: 'viewport', elementId: 'topology', newViewport: { scroll: { x: 0, y: 0 }, zoom: z }, animate: false }), zoom);
  await zoomTo(0.3);
  await page.waitForFunction(() => document.body.classList.contains('zoom-farther'), null, { timeout: 5000 });
  if (await shown('#sprotty [id="sprotty_mbs_name"]') || await shown('#sprotty [id="sprotty_mbs_kind"]')) throw new Error('labels shown at 30 %');
  await zoomTo(1);
  await page.waitForFunction(() => !document.body.classList.contains('zoom-far'), null, { timeout: 5000 });
  if (!(await shown('#sprotty [id="sprotty_mbs_name"]')) || !(await shown('#sprotty [id="sprotty_mbs_kind"]'))) throw new Error('labels hidden at 100 %');
  await page.click('#fit');
  await page.waitForTimeout(500);

  step = 'lay the topology out';
  const unplaced = await center('board1');
  await page.click('#layout');
  await page.waitForFunction(b => {
    const r = document.querySelector('#sprotty [id="sprotty_board1"]').getBoundingClientRect();
    return Math.abs(r.x - b.x) > 1 || Math.abs(r.y - b.y) > 1;
  }, unplaced.box, { timeout: 10000 });

  step = 'save';
  await page.click('#save');
  await page.waitForTimeout(1000);
  await page.click('#fit');
  await page.waitForTimeout(500);
  if (errors.length) throw new Error('page errors: ' + errors.join('; '));
  console.log('topology e2e: all steps passed');
} catch (e) {
  console.error(`topology e2e failed at "${step}": ${e.message}`);
  process.exitCode = 1;
} finally {
  if (screenshot) await page.screenshot({ path: screenshot }).catch(() => undefined);
  await browser.close();
}
