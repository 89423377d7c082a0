/**
 * GraphiQL in a real browser (Debian's Chromium, driven by playwright-core), as a newcomer uses it: the page
 * loads with no request leaving the gateway, the canonical CopyImage example runs from the examples menu and
 * the JobProgress example then streams that job to SUCCESS over graphql-ws (authenticated by the headers
 * editor), and the demo-user control switches to bob, whose images then show. Screenshots go to
 * test-artifacts/ (gitignored). Skipped when no Chromium is installed (`apt-get install chromium`).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../../src/config';
import { startGateway, type RunningGateway } from '../../src/server/start';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url).pathname;

describe.skipIf(!existsSync(CHROMIUM))('GraphiQL in Chromium', () => {
  let gw: RunningGateway;
  let browser: Browser;
  // The simulator's clock, held still while the page loads so the job is mid-way when the subscription starts
  // (its jobs progress with this clock, not with timers): the stream then has to carry each later state.
  let frozenAt: number | null = null;
  let shift = 0;
  const now = () => frozenAt ?? Date.now() - shift;
  const freeze = () => void (frozenAt = now());
  const thaw = () => {
    shift = Date.now() - frozenAt!;
    frozenAt = null;
  };
  /** Moves the simulator's clock forward (past a token's expiry, for instance). */
  const jump = (ms: number) => void (frozenAt === null ? (shift -= ms) : (frozenAt += ms));
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const { chromium } = await import('playwright-core');
    gw = await startGateway(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', SIM_JOB_STEP_MS: '300', JOB_POLL_MIN_MS: '50', JOB_POLL_MAX_MS: '300' }), { simulatorNow: now });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // The flags this machine needs: no sandbox as root, and no background traffic to the closed network.
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await gw?.close();
  });

  async function open(url: string): Promise<{ page: Page; external: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const external: string[] = [];
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(gw.url) && !u.startsWith(gw.wsUrl) && !u.startsWith('data:') && !u.startsWith('blob:')) external.push(u);
    });
    await page.goto(url);
    await ready(page);
    return { page, external };
  }
  const ready = (page: Page) => page.locator('.graphiql-execute-button').first().waitFor({ timeout: 30_000 });
  const run = (page: Page) => page.locator('.graphiql-execute-button').first().click();
  // Monaco renders spaces as no-break spaces.
  const result = async (page: Page) => (await page.locator('.graphiql-response').first().innerText()).replace(/\u00a0/g, ' ');
  const responseIncludes = (page: Page, re: RegExp, timeout = 20_000) =>
    page.waitForFunction((src) => new RegExp(src).test((document.querySelector('.graphiql-response')?.textContent ?? '').replace(/\u00a0/g, ' ')), re.source, { timeout });
  async function chooseExample(page: Page, label: string) {
    await Promise.all([page.waitForURL(/[?&]query=/, { timeout: 30_000 }), page.selectOption('#gw-example', { label })]);
    await ready(page);
    await page.locator('.graphiql-tab-active', { hasText: label.split(' ')[0]! }).waitFor({ timeout: 30_000 });
  }

  it('loads offline and runs the default query against the demo project', async () => {
    const { page, external } = await open(gw.graphqlUrl);
    await run(page);
    await page.waitForFunction(() => document.body.innerText.includes('"edges"'), undefined, { timeout: 20_000 });
    const text = await result(page);
    expect(text).toContain('"quota"');
    expect(text).toContain('ACTIVE');
    expect(text).not.toContain('"errors"');
    expect(external).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('runs the CopyImage example, then the JobProgress example streams that job to SUCCESS over graphql-ws', async () => {
    const { page, external } = await open(gw.graphqlUrl);
    const frames: { sent: any[]; received: any[] } = { sent: [], received: [] };
    page.on('websocket', (ws) => {
      ws.on('framesent', (f) => frames.sent.push(JSON.parse(String(f.payload))));
      ws.on('framereceived', (f) => frames.received.push(JSON.parse(String(f.payload))));
    });

    await chooseExample(page, 'CopyImage (mutation)');
    freeze();
    await run(page);
    await responseIncludes(page, /"jobId": "[0-9a-f]{32}"/);
    const copy = await result(page);
    expect(copy).toContain('"__typename": "JobPayload"');
    const jobId = copy.match(/"jobId": "([0-9a-f]{32})"/)![1]!;
    await page.screenshot({ path: `${ARTIFACTS}graphiql-copyImage.png` });

    await chooseExample(page, 'JobProgress (subscription)');
    // The example's variables name the job the last mutation started.
    expect((await page.locator('.graphiql-editor-tool').first().innerText()).replace(/\u00a0/g, ' ')).toContain(jobId);
    await run(page);
    await responseIncludes(page, /"status": "(INIT|RUNNING)"/);
    await page.screenshot({ path: `${ARTIFACTS}graphiql-jobProgress-running.png` });
    thaw();
    await responseIncludes(page, /"SUCCESS"/, 30_000);
    await page.screenshot({ path: `${ARTIFACTS}graphiql-jobProgress-success.png` });

    // It streamed: several events for this job over graphql-ws, the last SUCCESS, then completion.
    const subscribe = frames.sent.find((m) => m.type === 'subscribe');
    expect(subscribe.payload.extensions.headers['X-Auth-Token'], 'GraphiQL sends the headers editor with the operation').toBeTruthy();
    const events = frames.received.filter((m) => m.type === 'next' && m.id === subscribe.id).map((m) => m.payload.data?.jobProgress);
    expect(events.every((e) => e?.jobId === jobId)).toBe(true);
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events[0].status).toMatch(/INIT|RUNNING/);
    expect(events.at(-1).status).toBe('SUCCESS');
    expect(frames.received.some((m) => m.type === 'complete' && m.id === subscribe.id)).toBe(true);
    expect(external).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('switching to bob with the demo-user control shows bob’s images', async () => {
    // Images of one's own project only (private visibility), few enough to be all on screen.
    const query = '{ images(first: 4, filter: { visibility: PRIVATE }, sort: { key: NAME, direction: ASC }) { edges { node { name } } } }';
    const { page } = await open(`${gw.graphqlUrl}?query=${encodeURIComponent(query)}`);
    await run(page);
    await responseIncludes(page, /"edges"/);
    expect(await result(page)).toMatch(/"name": "alpha-/);
    expect(await result(page)).not.toMatch(/"name": "beta-/);

    await Promise.all([page.waitForURL(/[?&]as=bob/, { timeout: 30_000 }), page.selectOption('#gw-user', 'bob')]);
    await ready(page);
    expect(await page.locator('#gw-user').inputValue()).toBe('bob');
    await run(page);
    await responseIncludes(page, /"name": "beta-/);
    expect(await result(page)).not.toMatch(/"name": "alpha-/);
    await page.screenshot({ path: `${ARTIFACTS}graphiql-as-bob.png` });
    await page.context().close();
  }, 90_000);

  it('a page left open past its demo token’s expiry renews the token and the next run still answers', async () => {
    const query = '{ images(first: 2, filter: { visibility: PRIVATE }, sort: { key: NAME, direction: ASC }) { edges { node { name } } } }';
    const { page } = await open(`${gw.graphqlUrl}?query=${encodeURIComponent(query)}`);
    const tokenRequests: string[] = [];
    page.on('request', (r) => r.url().includes('/demo/token') && tokenRequests.push(r.url()));
    await run(page);
    await responseIncludes(page, /"name": "alpha-/);
    expect(tokenRequests, 'no renewal while the token is valid').toEqual([]);
    expect(await page.locator('#gw-note').innerText()).toBe('');
    // A day and an hour later for the simulator's IAM: the token in the headers editor has expired.
    jump(25 * 3600_000);
    const answers: any[] = [];
    page.on('response', (r) => {
      if (r.url() === gw.graphqlUrl && r.request().method() === 'POST') void r.json().then((j) => answers.push(j), () => {});
    });
    await run(page);
    // The first answer refuses the expired token; the page renews it and the same request answers.
    await expect.poll(() => answers.some((a) => a.data?.images), { timeout: 20_000, interval: 200 }).toBe(true);
    expect(answers.find((a) => a.data?.images).errors).toBeUndefined();
    expect(answers.some((a) => a.errors?.some((e: any) => e.extensions?.code === 'UNAUTHENTICATED'))).toBe(true);
    await responseIncludes(page, /"name": "alpha-/);
    expect(await result(page)).not.toContain('UNAUTHENTICATED');
    expect(tokenRequests.length).toBeGreaterThanOrEqual(1);
    expect(await page.locator('#gw-note').innerText()).toMatch(/token renewed/);
    await page.screenshot({ path: `${ARTIFACTS}graphiql-token-renewed.png` });
    await page.context().close();
  }, 90_000);

  it('over SSE too (?subscriptions=sse): the JobProgress example streams to SUCCESS, authenticated by the headers editor', async () => {
    const { page } = await open(`${gw.graphqlUrl}?subscriptions=sse`);
    const sse: { headers: Record<string, string> }[] = [];
    page.on('request', (r) => {
      if ((r.headers()['accept'] ?? '').includes('text/event-stream')) sse.push({ headers: r.headers() });
    });
    expect(page.url()).toContain('subscriptions=sse');
    await chooseExample(page, 'CopyImage (mutation)');
    freeze();
    await run(page);
    await responseIncludes(page, /"jobId": "[0-9a-f]{32}"/);
    await chooseExample(page, 'JobProgress (subscription)');
    await run(page);
    await responseIncludes(page, /"status": "(INIT|RUNNING)"/);
    thaw();
    await responseIncludes(page, /"SUCCESS"/, 30_000);
    expect(sse.length).toBeGreaterThanOrEqual(1);
    expect(sse[0]!.headers['x-auth-token'], 'the headers editor’s token rides on the SSE request').toBeTruthy();
    await page.screenshot({ path: `${ARTIFACTS}graphiql-jobProgress-sse.png` });
    await page.context().close();
  }, 120_000);
});
