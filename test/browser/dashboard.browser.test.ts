/**
 * The jobs dashboard in a real browser (Debian's Chromium, driven by playwright-core) on the embedded simulator.
 * alice signs in with the demo button, sees a refused export explained in words with its IMS code, starts three
 * jobs from image rows (a copy, with the keyboard only, and an export that succeed, an
 * export over a file that already exists, which the simulated world fails at its second step with IMG.0070); every bar moves and
 * ends at SUCCESS 100 % or at FAIL with its reason; a reload mid-job shows the current percentage; a job started
 * by another GraphQL client appears on the open page; bob sees none of alice's jobs. Every change of every bar is
 * recorded by a MutationObserver in the page (exact, not sampled), so nothing depends on timing but the
 * generous timeouts. Screenshots go to test-artifacts/ (gitignored). Skipped when no Chromium is installed.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadConfig } from '../../src/config';
import { startGateway, type RunningGateway } from '../../src/server/start';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url);
const LONG = { timeout: 30_000 };

interface BarChange {
  jobId: string;
  value: number;
  status: string;
  load: number;
}

describe.skipIf(!existsSync(CHROMIUM))('jobs dashboard in Chromium', () => {
  let gw: RunningGateway;
  let browser: Browser;
  let alice: BrowserContext;
  let page: Page;
  const changes: BarChange[] = [];
  const external: string[] = [];
  let loads = 0;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const { chromium } = await import('playwright-core');
    // A job lasts 5 steps of 1 s: long enough to reload mid-job on a loaded machine, short enough for a test.
    gw = await startGateway(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', SIM_JOB_STEP_MS: '1000', JOB_POLL_MIN_MS: '100', JOB_POLL_MAX_MS: '300' }));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    alice = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    page = await alice.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(gw.url) && !/^(data|blob):/.test(r.url())) external.push(r.url());
    });
    await page.exposeFunction('recordBar', (c: Omit<BarChange, 'load'>) => changes.push({ ...c, load: loads }));
    // Installed on every load (so across the reload too): reports each bar's value whenever it is set.
    await page.addInitScript(() => {
      const report = (bar: Element) => {
        const li = bar.closest('[data-job-id]');
        if (li) (window as any).recordBar({ jobId: li.getAttribute('data-job-id'), value: Number(bar.getAttribute('aria-valuenow')), status: li.getAttribute('data-status') });
      };
      new MutationObserver((records) => {
        for (const r of records) {
          const nodes = r.type === 'attributes' ? [r.target as Element] : [...r.addedNodes].filter((n): n is Element => n instanceof Element);
          for (const n of nodes) {
            if (n.matches?.('[role=progressbar]')) report(n);
            else if (n.matches?.('[data-job-id]')) n.querySelectorAll('[role=progressbar]').forEach(report);
            else n.querySelectorAll?.('[data-job-id] [role=progressbar]').forEach(report);
          }
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow', 'data-status'] });
    });
  });

  afterAll(async () => {
    await browser?.close();
    await gw?.close();
  });

  const bar = (p: Page, jobId: string) => p.locator(`[data-job-id="${jobId}"] [role=progressbar]`);
  const row = (p: Page, jobId: string) => p.locator(`[data-job-id="${jobId}"]`);

  async function signIn(p: Page, user: string) {
    await p.goto(`${gw.url}/dashboard`);
    await p.getByRole('button', { name: `Sign in as ${user}` }).click(LONG);
    await p.getByText('● Live').waitFor(LONG);
    await p.locator('table tbody tr').first().waitFor(LONG);
  }

  /** The row of an image, paging the images list forwards until it shows. */
  async function imageRow(p: Page, name: string) {
    const r = p.locator(`tr[data-image-name="${name}"]`);
    for (let i = 0; i < 10 && !(await r.count()); i++) {
      await p.getByRole('button', { name: 'Next →' }).click();
      await p.getByText(`Page ${i + 2}`).waitFor(LONG);
      await p.locator('table tbody tr').first().waitFor(LONG);
    }
    return r;
  }

  /** Starts a job from an image row; returns its job id (the row that appears for it). */
  async function startFromRow(p: Page, image: string, action: 'Copy' | 'Export', fill: Record<string, string>): Promise<string> {
    const before = new Set(await p.locator('[data-job-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-job-id'))));
    await (await imageRow(p, image)).getByRole('button', { name: action }).click();
    const form = p.getByRole('form', { name: `${action} ${image}` });
    for (const [label, value] of Object.entries(fill)) await form.getByLabel(label).fill(value);
    await form.getByRole('button', { name: `Start ${action.toLowerCase()}` }).click();
    await form.waitFor({ state: 'detached', ...LONG });
    let id: string | undefined;
    await expect
      .poll(async () => {
        const now = await p.locator('[data-job-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-job-id')!));
        id = now.find((x) => !before.has(x));
        return id;
      }, LONG)
      .toBeTruthy();
    return id!;
  }

  async function statusOf(p: Page, jobId: string) {
    return row(p, jobId).getAttribute('data-status');
  }

  let copyJob: string;
  let exportJob: string;
  let failingJob: string;

  it('alice signs in, starts three jobs from image rows, and every bar moves to SUCCESS 100 % or FAIL with its reason', async () => {
    await signIn(page, 'alice');
    await expect.poll(() => page.getByText('No jobs yet in this project').count(), LONG).toBe(1);

    // An export the upstream refuses at once: the form says why, in words and with the IMS code; no job appears.
    await (await imageRow(page, 'alpha-imported-qcow2')).getByRole('button', { name: 'Export' }).click();
    const refused = page.getByRole('form', { name: 'Export alpha-imported-qcow2' });
    await refused.getByRole('button', { name: 'Start export' }).click();
    await expect.poll(() => refused.getByRole('alert').innerText(), LONG).toMatch(/^Could not start the export: .+ \(IMG\.0081\)$/);
    await refused.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.locator('[data-job-id]').count()).toBe(0);

    // The copy is started with the keyboard only: focus the row's button, Enter, type the name, Enter.
    const before = await page.locator('[data-job-id]').count();
    await (await imageRow(page, 'alpha-web-prod')).getByRole('button', { name: 'Copy' }).focus();
    await page.keyboard.press('Enter');
    // The form opens with the focus in its first field.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value), LONG).toBe('alpha-web-prod-copy');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('web-prod-from-dashboard');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-job-id]').count(), LONG).toBe(before + 1);
    copyJob = (await page.locator('[data-job-id]').first().getAttribute('data-job-id'))!;
    exportJob = await startFromRow(page, 'alpha-ci-agent', 'Export', { 'OBS object (bucket:file)': 'ims-image:ci-agent-dashboard.qcow2' });
    failingJob = await startFromRow(page, 'alpha-web-staging', 'Export', { 'OBS object (bucket:file)': 'ims-image:centos70.qcow2' });

    // Mid-job: the copy has moved but is not finished. Screenshot, then reload and see at least that percentage
    // again at once (the history holds the state the pollers last read), before the live stream moves it on.
    await expect.poll(() => changes.some((c) => c.jobId === copyJob && c.value > 0 && c.value < 100), LONG).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: new URL('dashboard-mid-job.png', ARTIFACTS).pathname, fullPage: false });
    const shownBefore = Number(await bar(page, copyJob).getAttribute('aria-valuenow'));
    const statusBefore = await statusOf(page, copyJob);
    expect(statusBefore).toBe('RUNNING');
    loads++;
    await page.reload();
    await bar(page, copyJob).waitFor(LONG);
    const firstAfter = changes.find((c) => c.load === loads && c.jobId === copyJob);
    expect(firstAfter, 'the bar is drawn after the reload').toBeDefined();
    expect(firstAfter!.value).toBeGreaterThan(0);
    expect(firstAfter!.value).toBeGreaterThanOrEqual(shownBefore);

    for (const id of [copyJob, exportJob, failingJob]) await expect.poll(() => statusOf(page, id), LONG).toMatch(/^(SUCCESS|FAIL)$/);
    expect(await statusOf(page, copyJob)).toBe('SUCCESS');
    expect(await statusOf(page, exportJob)).toBe('SUCCESS');
    expect(await statusOf(page, failingJob)).toBe('FAIL');
    for (const id of [copyJob, exportJob]) {
      expect(await bar(page, id).getAttribute('aria-valuenow')).toBe('100');
      await expect.poll(() => row(page, id).innerText()).toContain('✓ SUCCESS');
    }
    const failText = await row(page, failingJob).innerText();
    expect(failText).toContain('✕ FAIL');
    expect(failText).toMatch(/IMG\.0070: \S+/);
    expect(failText).toMatch(/Export of alpha-web-staging\s+→ ims-image:centos70\.qcow2/);
    // The copy links to the image it created.
    expect(await row(page, copyJob).innerText()).toMatch(/Created image web-prod-from-dashboard/);
    expect(await row(page, copyJob).getByRole('link', { name: /Created image web-prod-from-dashboard/ }).count()).toBe(1);

    // Every bar moved: each went through a value strictly between its first and its last.
    for (const id of [copyJob, exportJob, failingJob]) {
      const values = changes.filter((c) => c.jobId === id).map((c) => c.value);
      expect(values.some((v) => v > 0 && v < 100), `${id} moved: ${values}`).toBe(true);
      // Within one page load, a bar never goes backwards.
      const seen = changes.filter((c) => c.jobId === id);
      expect(seen.every((c, i) => i === 0 || c.load !== seen[i - 1]!.load || c.value >= seen[i - 1]!.value), `${id}: ${JSON.stringify(seen)}`).toBe(true);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: new URL('dashboard-end.png', ARTIFACTS).pathname, fullPage: false });

    // Filters: by status, then by type (Query.jobs with status / type, and the same rule for live rows).
    const ids = () => page.locator('[data-job-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-job-id')));
    await page.getByLabel('Status').selectOption('FAIL');
    await expect.poll(ids, LONG).toEqual([failingJob]);
    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Type').selectOption('COPY_IMAGE');
    await expect.poll(ids, LONG).toEqual([copyJob]);
    await page.getByLabel('Type').selectOption('SHARE_IMAGES');
    await expect.poll(() => page.getByText('No job matches these filters.').count(), LONG).toBe(1);
    await page.getByLabel('Type').selectOption('');
    await expect.poll(async () => (await ids()).length, LONG).toBe(3);
    expect(external).toEqual([]);
  }, 120_000);

  it('shows a job started through GraphQL by another client on the open page, live to its end', async () => {
    const token = await (await fetch(`${gw.url}/demo/token?user=alice`, { headers: { accept: 'application/json' } })).json();
    const gql = async (query: string, variables: Record<string, unknown>) =>
      (await (await fetch(gw.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-auth-token': token.token }, body: JSON.stringify({ query, variables }) })).json()) as any;
    const images = await gql(`{ images(first: 100, filter: { imageType: PRIVATE }) { edges { node { imageId name } } } }`, {});
    const source = images.data.images.edges.find((e: any) => e.node.name === 'alpha-db-base').node.imageId;
    const started = await gql(`mutation($input: CopyImageInput!) { copyImage(input: $input) { ... on JobPayload { jobId } } }`, { input: { imageId: source, name: 'started-elsewhere' } });
    const jobId = started.data.copyImage.jobId as string;
    await row(page, jobId).waitFor(LONG);
    expect(await row(page, jobId).innerText()).toMatch(/Copy of alpha-db-base\s+→ started-elsewhere/);
    await expect.poll(() => statusOf(page, jobId), LONG).toBe('SUCCESS');
    expect(await bar(page, jobId).getAttribute('aria-valuenow')).toBe('100');
  });

  it('bob does not see alice’s jobs', async () => {
    const bob = await browser.newContext();
    const p = await bob.newPage();
    await signIn(p, 'bob');
    await expect.poll(() => p.getByText('No jobs yet in this project').count(), LONG).toBe(1);
    expect(await p.locator('[data-job-id]').count()).toBe(0);
    for (const id of [copyJob, exportJob, failingJob]) expect(await row(p, id).count()).toBe(0);
    await bob.close();
  });

  it('reconnects by itself after a network drop and shows what happened meanwhile', async () => {
    // A TCP relay between the browser and the gateway stands for the network: dropping it cuts every socket
    // and refuses new ones until it is back.
    const sockets = new Set<Socket>();
    let down = false;
    const relay: Server = createServer((client) => {
      if (down) return client.destroy();
      const upstream = connect(new URL(gw.url).port as unknown as number, '127.0.0.1');
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('error', () => {});
        s.on('close', () => {
          sockets.delete(s);
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((r) => relay.listen(0, '127.0.0.1', r));
    const via = `http://127.0.0.1:${(relay.address() as AddressInfo).port}`;
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    try {
      await p.goto(`${via}/dashboard`);
      await p.getByRole('button', { name: 'Sign in as alice' }).click(LONG);
      await p.getByText('● Live').waitFor(LONG);
      await p.locator('[data-job-id]').first().waitFor(LONG);

      down = true;
      for (const s of sockets) s.destroy();
      await p.getByText(/Reconnecting \(attempt \d+\)/).waitFor(LONG);
      // Meanwhile another client starts a job: the page cannot hear of it now.
      const token = (await (await fetch(`${gw.url}/demo/token?user=alice`, { headers: { accept: 'application/json' } })).json()).token;
      const gql = async (query: string, variables: Record<string, unknown>) =>
        (await (await fetch(gw.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-auth-token': token }, body: JSON.stringify({ query, variables }) })).json()) as any;
      const images = await gql(`{ images(first: 100, filter: { imageType: PRIVATE }) { edges { node { imageId name } } } }`, {});
      const source = images.data.images.edges.find((e: any) => e.node.name === 'alpha-windows-iis').node.imageId;
      const jobId = (await gql(`mutation($input: CopyImageInput!) { copyImage(input: $input) { ... on JobPayload { jobId } } }`, { input: { imageId: source, name: 'during-the-outage' } })).data.copyImage.jobId;
      expect(await row(p, jobId).count()).toBe(0);

      down = false;
      await p.getByText('● Live').waitFor(LONG);
      await row(p, jobId).waitFor(LONG);
      await expect.poll(() => statusOf(p, jobId), LONG).toBe('SUCCESS');
      expect(await bar(p, jobId).getAttribute('aria-valuenow')).toBe('100');
    } finally {
      await ctx.close();
      for (const s of sockets) s.destroy();
      await new Promise((r) => relay.close(r));
    }
  });

  it('follows an image that is not ACTIVE yet live, and shows the job that moves it', async () => {
    const status = () => page.locator('tr[data-image-name="alpha-upload-pending"] .image-status').innerText();
    await expect.poll(status, LONG).toBe('QUEUED (live)');
    const token = (await (await fetch(`${gw.url}/demo/token?user=alice`, { headers: { accept: 'application/json' } })).json()).token;
    const gql = async (query: string, variables: Record<string, unknown>) =>
      (await (await fetch(gw.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-auth-token': token }, body: JSON.stringify({ query, variables }) })).json()) as any;
    const images = await gql(`{ images(first: 100, filter: { imageType: PRIVATE }) { edges { node { imageId name } } } }`, {});
    const pending = images.data.images.edges.find((e: any) => e.node.name === 'alpha-upload-pending').node.imageId;
    const r = await gql(`mutation($id: ID!, $url: String!) { registerImage(imageId: $id, imageUrl: $url) { __typename ... on JobPayload { jobId } } }`, { id: pending, url: 'ims-image:centos70.qcow2' });
    const jobId = r.data.registerImage.jobId as string;
    await expect.poll(() => statusOf(page, jobId), LONG).toBe('SUCCESS');
    // The image row changed without a reload: the imageStatus stream followed it to ACTIVE.
    await expect.poll(status, LONG).toBe('ACTIVE');
  });
});
