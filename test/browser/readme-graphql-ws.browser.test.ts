/**
 * The README's graphql-ws example in a browser, as written: its TypeScript block, compiled to JavaScript by
 * TypeScript's own transpiler, runs as an ES module of a page on another loopback origin in Debian's Chromium with `graphql-ws` resolved through an
 * import map to the package's own ESM build. The browser's WebSocket is used (the `ws` fallback is never
 * imported), and the job it starts streams to SUCCESS. (Node 20 runs the same block in test/docs/readme.test.ts.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ts from 'typescript';
import type { Browser } from 'playwright-core';
import { loadConfig } from '../../src/config';
import { startGateway, type RunningGateway } from '../../src/server/start';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = new URL('../../', import.meta.url).pathname;

describe.skipIf(!existsSync(CHROMIUM))('README graphql-ws example in Chromium', () => {
  let gw: RunningGateway;
  let browser: Browser;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await gw?.close();
  });

  it('runs as written and logs the job up to SUCCESS', async () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    const block = readme.match(/```ts\n([\s\S]*?)```/)![1]!;
    expect(block).toContain("from 'graphql-ws'");
    const js = ts.transpileModule(block, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    const dist = `${ROOT}node_modules/graphql-ws/dist/`;
    const page = await browser.newPage();
    const logs: string[] = [];
    const failures: string[] = [];
    page.on('console', (m) => logs.push(m.text()));
    page.on('pageerror', (e) => failures.push(e.message));
    // A page of another web app on loopback, calling the gateway as any browser client does (CORS).
    const site = createServer((req, res) => {
      const path = (req.url ?? '/').replace(/^\//, '');
      const send = (type: string, body: string) => res.writeHead(200, { 'content-type': type }).end(body);
      if (path === 'index.html')
        return send(
          'text/html',
          `<!doctype html><script type="importmap">{"imports":{"graphql-ws":"/graphql-ws/client.js"}}</script>
<script>globalThis.process = { env: { GW: ${JSON.stringify(gw.url)} } };</script>
<script type="module">import('/snippet.js').then(() => console.log('snippet finished'), (e) => console.log('snippet failed: ' + (e?.message ?? e?.type ?? e)));</script>`,
        );
      if (path === 'snippet.js') return send('text/javascript', js);
      if (/^graphql-ws\/[\w.-]+\.js$/.test(path)) return send('text/javascript', readFileSync(dist + path.slice('graphql-ws/'.length), 'utf8'));
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    // A browser app on another origin is let in by CORS_ORIGINS (README: Limits), as a deployment would list it.
    gw = await startGateway(
      loadConfig({ PORT: '0', LOG_LEVEL: 'silent', SIM_JOB_STEP_MS: '100', JOB_POLL_MIN_MS: '50', JOB_POLL_MAX_MS: '300', CORS_ORIGINS: siteUrl }),
    );
    try {
      await page.goto(`${siteUrl}/index.html`);
      await expect.poll(() => logs.some((l) => l.startsWith('snippet ')), { timeout: 30_000, interval: 200 }).toBe(true);
    } finally {
      await new Promise<void>((resolve) => site.close(() => resolve()));
    }
    expect(failures).toEqual([]);
    expect(logs, logs.join('\n')).toContain('snippet finished');
    expect(logs.some((l) => l.includes('SUCCESS'))).toBe(true);
    await page.close();
  }, 90_000);
});
