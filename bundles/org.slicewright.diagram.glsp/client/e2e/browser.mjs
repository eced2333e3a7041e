// Headless Debian Chromium for the diagram's browser checks (never a downloaded browser). Without the
// background-networking flags Chromium keeps trying to reach Google's hosts from a closed network.
import { chromium } from 'playwright-core';

export async function openPage() {
  const browser = await chromium.launch({
    executablePath: process.env.SLICEWRIGHT_CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  return { browser, page };
}
