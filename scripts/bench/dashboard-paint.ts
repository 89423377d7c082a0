/**
 * Time to first paint of the dashboard in Debian's Chromium (performance API: first-paint and
 * first-contentful-paint), on the embedded simulator. Runs: one cold (the gateway bundles the app on that first
 * request), then warm ones, each in a fresh browser context (no HTTP cache). Also the signed-in page: the time
 * until the live connection is up and the jobs list is drawn. `npm run bench:dashboard-paint [runs]`.
 */
import { chromium } from 'playwright-core';
import { loadConfig } from '../../src/config';
import { startGateway } from '../../src/server/start';

const runs = Number(process.argv[2] ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const gw = await startGateway(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const token = ((await (await fetch(`${gw.url}/demo/token?user=alice`, { headers: { accept: 'application/json' } })).json()) as { token: string }).token;
  const paint = async (signedIn: boolean) => {
    const ctx = await browser.newContext();
    if (signedIn) await ctx.addInitScript((t) => sessionStorage.setItem('ims-dashboard.token', t), token);
    const page = await ctx.newPage();
    await page.goto(`${gw.url}/dashboard`, { waitUntil: 'load' });
    let ready: number | undefined;
    if (signedIn) {
      await page.waitForSelector('.conn-live');
      await page.waitForSelector('text=No jobs yet in this project');
      ready = await page.evaluate(() => performance.now());
    } else await page.waitForSelector('.signin');
    const entries = await page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      return Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
    });
    await ctx.close();
    return { fp: entries['first-paint']!, fcp: entries['first-contentful-paint']!, ready };
  };
  const cold = await paint(false);
  console.log(`cold (bundles on this request): first-paint ${cold.fp.toFixed(0)} ms, first-contentful-paint ${cold.fcp.toFixed(0)} ms`);
  const warm = [];
  for (let i = 0; i < runs; i++) warm.push(await paint(false));
  console.log(`warm sign-in page, ${runs} runs: first-paint median ${median(warm.map((w) => w.fp)).toFixed(0)} ms, first-contentful-paint median ${median(warm.map((w) => w.fcp)).toFixed(0)} ms (min ${Math.min(...warm.map((w) => w.fcp)).toFixed(0)}, max ${Math.max(...warm.map((w) => w.fcp)).toFixed(0)})`);
  const signed = [];
  for (let i = 0; i < runs; i++) signed.push(await paint(true));
  console.log(`signed-in page, ${runs} runs: first-contentful-paint median ${median(signed.map((w) => w.fcp)).toFixed(0)} ms, live with the (empty) jobs list drawn median ${median(signed.map((w) => w.ready!)).toFixed(0)} ms`);
  await browser.close();
  await gw.close();
}

void main();
