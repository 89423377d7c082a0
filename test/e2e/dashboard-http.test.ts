/**
 * How the gateway serves the dashboard over HTTP: the page with a strict CSP, hashed assets compressed and
 * immutable, the embedded-only demo sign-in (GET /demo/token) with stable error codes, DASHBOARD=false, and the app's own
 * TypeScript project (browser code, typed against the codegen output of schema/operations/dashboard.graphql).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema, createYoga } from 'graphql-yoga';
import { useDashboard } from '../../src/server/dashboard';
import { useDemoSignIn } from '../../src/server/demo';
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
  it('serves the page with a CSP that allows only its own origin, and its assets compressed, immutable and revalidated', async () => {
    const page = await get('/dashboard');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    const js = /src="\/dashboard\/(app\.[0-9a-f]{16}\.js)"/.exec(html)?.[1];
    const css = /href="\/dashboard\/(app\.[0-9a-f]{16}\.css)"/.exec(html)?.[1];
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
    const cssRes = await get(`/dashboard/${css}`);
    expect(cssRes.headers.get('content-type')).toMatch(/^text\/css/);
    // A browser that has the file revalidates it with its ETag and gets no body again.
    const again = await get(`/dashboard/${css}`, { 'if-none-match': cssRes.headers.get('etag')! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await get('/dashboard/app.0000000000000000.js')).status).toBe(404);
  });
});

describe('demo sign-in: GET /demo/token, the one route the dashboard and GraphiQL share (embedded only)', () => {
  const demo = (user: string, init: RequestInit = {}) =>
    fetch(`${t.gateway.url}/demo/token?user=${user}`, { ...init, headers: { accept: 'application/json', ...init.headers } });

  it('the page names the route; it gives a demo user’s token, never cached, which the gateway accepts', async () => {
    expect(await (await get('/dashboard')).text()).toContain('"tokenPath":"/demo/token"');
    const res = await demo('bob');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { token, user } = (await res.json()) as { token: string; user: string };
    expect(user).toBe('bob');
    const r = await t.gql(`{ jobs { edges { cursor } } }`, {}, { token });
    expect(r.errors).toBeUndefined();
  });

  it('refuses other users and writes with stable codes, never cached; the old POST route is gone', async () => {
    const bad = await demo('mallory');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('cache-control')).toBe('no-store');
    expect(((await bad.json()) as any).error.code).toBe('BAD_USER_INPUT');
    const post = await demo('alice', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect(((await post.json()) as any).error.code).toBe('METHOD_NOT_ALLOWED');
    expect((await get('/dashboard/demo-token')).status).toBe(404);
  });

  it('does not exist without the embedded simulator', async () => {
    const yoga = createYoga({ schema: createSchema({ typeDefs: 'type Query { x: Int }' }), plugins: [useDemoSignIn(undefined), useDashboard({})], logging: false });
    const res = await yoga.fetch('http://gateway/demo/token?user=alice', { headers: { accept: 'application/json' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
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
      // The demo sign-in is not the dashboard's: GraphiQL and shells keep it.
      expect((await fetch(`${off.gateway.url}/demo/token?user=alice`)).status).toBe(200);
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
