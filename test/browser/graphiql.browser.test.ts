/**
 * GraphiQL in a real browser (Debian's Chromium, driven by playwright-core): the page loads with no request
 * leaving the gateway (it works offline), and pressing Run executes the default query with the pre-filled
 * demo token and shows seeded images. Skipped when no Chromium is installed (`.ci/run` installs it).
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadConfig } from '../../src/config';
import { startGateway, type RunningGateway } from '../../src/server/start';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM))('GraphiQL in Chromium', () => {
  let gw: RunningGateway;
  let browser: Browser;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    gw = await startGateway(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // The flags this machine needs: no sandbox as root, and no background traffic to the closed network.
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await gw?.close();
  });

  it('loads offline and runs the default query against the demo project', async () => {
    const page = await browser.newPage();
    const external: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(gw.url) && !url.startsWith('data:') && !url.startsWith('blob:')) external.push(url);
    });
    await page.goto(gw.graphqlUrl);
    await page.locator('.graphiql-execute-button').first().click({ timeout: 30_000 });
    await page.waitForFunction(() => document.body.innerText.includes('"edges"'), undefined, { timeout: 20_000 });
    const text = await page.locator('body').innerText();
    expect(text).toContain('"quota"');
    expect(text).toContain("ACTIVE");
    expect(text).toContain("imageId");
    expect(text).not.toContain('"errors"');
    expect(external).toEqual([]);
  });
});
