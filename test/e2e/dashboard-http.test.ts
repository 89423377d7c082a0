/**
 * How the gateway serves the dashboard over HTTP: the page with a strict CSP, hashed assets compressed and
 * immutable, the embedded-only demo sign-in with stable error codes, DASHBOARD=false, and the app's own
 * TypeScript project (browser code, typed against the codegen output of schema/operations/dashboard.graphql).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema, createYoga } from 'graphql-yoga';
import { useDashboard } from '../../src/server/dashboard';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(async () => {
  await t?.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${t.gateway.url}${path}`, { headers });

describe('GET /dashboard', () => {
  it('serves the page with a CSP that allows only its own origin, and its assets compressed and immutable', async () => {
    const page = await get('/dashboard');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    const js = /src="\/dashboard\/(app\.[0-9a-f]{12}\.js)"/.exec(html)?.[1];
    const css = /href="\/dashboard\/(app\.[0-9a-f]{12}\.css)"/.exec(html)?.[1];
    expect(js && css).toBeTruthy();
    expect(html).toContain('"demoUsers":["alice","bob","carol"]');

    // undici's fetch decodes bodies itself; raw bytes are compared through node's zlib on a plain request.
    const raw = Buffer.from(await (await get(`/dashboard/${js}`, { 'accept-encoding': 'identity' })).arrayBuffer());
    expect(raw.toString()).toContain('graphql-transport-ws');
    for (const [encoding, decode] of [['br', brotliDecompressSync], ['gzip', gunzipSync]] as const) {
      const res = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        import('node:http').then(({ get: httpGet }) =>
          httpGet(`${t.gateway.url}/dashboard/${js}`, { headers: { 'accept-encoding': encoding } }, (r) => {
            const chunks: Buffer[] = [];
            r.on('data', (c) => chunks.push(c)).on('end', () => resolve({ headers: r.headers, body: Buffer.concat(chunks) })).on('error', reject);
          }).on('error', reject),
        );
      });
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['cache-control']).toContain('immutable');
      expect(res.body.length).toBeLessThan(raw.length);
      expect(decode(res.body).equals(raw)).toBe(true);
    }
    expect((await get(`/dashboard/${css}`)).headers.get('content-type')).toMatch(/^text\/css/);
    expect((await get('/dashboard/app.000000000000.js')).status).toBe(404);
  });
});

describe('POST /dashboard/demo-token (embedded only)', () => {
  const demo = (body: unknown, method = 'POST') =>
    fetch(`${t.gateway.url}/dashboard/demo-token`, { method, headers: { 'content-type': 'application/json' }, body: method === 'GET' ? undefined : JSON.stringify(body) });

  it('gives a demo user’s token, which the gateway accepts', async () => {
    const res = await demo({ user: 'bob' });
    expect(res.status).toBe(200);
    const { token } = (await res.json()) as { token: string };
    const r = await t.gql(`{ jobs { edges { cursor } } }`, {}, { token });
    expect(r.errors).toBeUndefined();
  });

  it('refuses other users and other methods with stable codes', async () => {
    const bad = await demo({ user: 'mallory' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).error.code).toBe('BAD_USER_INPUT');
    expect((await demo(undefined, 'GET')).status).toBe(405);
  });

  it('does not exist without the embedded simulator', async () => {
    const yoga = createYoga({ schema: createSchema({ typeDefs: 'type Query { x: Int }' }), plugins: [useDashboard({})], logging: false });
    const res = await yoga.fetch('http://gateway/dashboard/demo-token', { method: 'POST', body: '{"user":"alice"}', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).error.code).toBe('NOT_FOUND');
    // The page offers no demo users either.
    expect(await (await yoga.fetch('http://gateway/dashboard')).text()).toContain('"demoUsers":[]');
  });
});

describe('DASHBOARD=false', () => {
  it('turns the dashboard off', async () => {
    const off = await startTestGateway({ DASHBOARD: 'false' });
    try {
      expect((await fetch(`${off.gateway.url}/dashboard`)).status).toBe(404);
      expect((await fetch(`${off.gateway.url}/dashboard/demo-token`, { method: 'POST', body: '{"user":"alice"}' })).status).toBe(404);
    } finally {
      await off.close();
    }
  });
});

describe('the dashboard’s source', () => {
  it('type-checks against the codegen types of its operations', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'src/dashboard/app'], { cwd: new URL('../..', import.meta.url).pathname }).catch((e) => e);
    expect(stdout).toBe('');
  }, 120_000);
});
