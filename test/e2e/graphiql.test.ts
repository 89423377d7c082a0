/**
 * GraphiQL for people: a browser asking /graphql gets the GraphiQL page, self-contained (it works offline),
 * opening with a query that runs against the demo project and a token for the demo user already set.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { parse, validate } from 'graphql';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { graphiqlExamples, SEEDED } from '../../src/server/graphiql-examples';
import { buildGatewaySchema } from '../../src/schema';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(async () => {
  await t?.close();
});

describe('GraphiQL', () => {
  it('is served to a browser, offline-capable, with a ready-to-run query and the demo token', async () => {
    const res = await fetch(t.gateway.graphqlUrl, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('IMS / Glance GraphQL gateway');
    expect(html).not.toMatch(/https?:\/\//); // nothing from outside: every asset is the gateway's own
    expect(html).toContain('images(first: 5)');
    const token = html.match(/X-Auth-Token\\":\s*\\"([^\\"]+)/)?.[1];
    expect(token, 'the headers editor holds a demo token').toBeTruthy();
    expect((await t.gql('{ quota { images { used } } }', undefined, { token: token! })).errors).toBeUndefined();
  });

  it('the default query runs as it stands with the pre-filled token', async () => {
    const { DEFAULT_GRAPHIQL_QUERY } = await import('../../src/server/app');
    const r = await t.gql(DEFAULT_GRAPHIQL_QUERY, undefined, { token: t.gateway.demoToken! });
    expect(r.errors).toBeUndefined();
    expect(r.data.images.edges).toHaveLength(5);
    expect(r.data.quota.images.quota).toBeGreaterThan(0);
  });

  it('answers API clients with JSON, not HTML', async () => {
    const res = await fetch(`${t.gateway.graphqlUrl}?query=${encodeURIComponent('{ apiVersions { id } }')}`, {
      headers: { accept: 'application/json', 'x-auth-token': t.gateway.demoToken! },
    });
    expect(res.headers.get('content-type')).toMatch(/json/);
    expect(((await res.json()) as any).data.apiVersions.length).toBeGreaterThan(0);
  });
});

/** The raw bytes of a GET, without the transparent decompression of fetch. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: number }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, bytes }));
    }).on('error', reject);
  });
}

describe('GraphiQL page and assets', () => {
  it('the page is small and compressed; its assets are hashed, compressed (br, gzip), cacheable for a year and revalidate to 304', async () => {
    const page = await rawGet(t.gateway.graphqlUrl, { accept: 'text/html', 'accept-encoding': 'gzip, br' });
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.bytes).toBeLessThan(100_000);
    const html = await (await fetch(t.gateway.graphqlUrl, { headers: { accept: 'text/html' } })).text();
    const assets = [...html.matchAll(/\/graphiql\/assets\/[\w.-]+/g)].map((m) => m[0]);
    expect(new Set(assets).size).toBeGreaterThanOrEqual(6);
    const js = assets.find((a) => /graphiql\.[0-9a-f]+\.js$/.test(a))!;
    const plain = await rawGet(t.gateway.url + js, {});
    const br = await rawGet(t.gateway.url + js, { 'accept-encoding': 'br' });
    const gz = await rawGet(t.gateway.url + js, { 'accept-encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(br.bytes).toBeLessThan(plain.bytes / 3);
    expect(gz.bytes).toBeLessThan(plain.bytes / 3);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const again = await rawGet(t.gateway.url + js, { 'if-none-match': String(br.headers.etag) });
    expect(again.status).toBe(304);
    for (const a of new Set(assets)) expect((await rawGet(t.gateway.url + a, { 'accept-encoding': 'br' })).status, a).toBe(200);
  });

  it('offers every canonical operation as a self-contained example that validates against the schema', async () => {
    const html = await (await fetch(t.gateway.graphqlUrl, { headers: { accept: 'text/html' } })).text();
    const examples = graphiqlExamples();
    const dir = new URL('../../schema/operations/', import.meta.url);
    const canonical = readdirSync(dir)
      .filter((f) => f.endsWith('.graphql') && f !== 'dashboard.graphql')
      .flatMap((f) => parse(readFileSync(new URL(f, dir), 'utf8')).definitions.filter((d) => d.kind === 'OperationDefinition'));
    expect(examples).toHaveLength(canonical.length);
    const schema = buildGatewaySchema();
    for (const e of examples) {
      expect(validate(schema, parse(e.query)), e.name).toEqual([]);
      expect(html).toContain(JSON.stringify(e.name));
    }
  });

  it('runs every example whose variables are complete, as written, on the seeded world (alice)', async () => {
    for (const e of graphiqlExamples()) {
      if (e.kind === 'subscription' || JSON.stringify(e.variables).includes('<')) continue;
      const r = await t.gql(e.query, e.variables);
      if (e.name === 'Nodes') {
        // Its second id is malformed on purpose: that entry alone is an error.
        expect(r.errors?.map((x) => x.extensions?.code)).toEqual(['BAD_USER_INPUT']);
        continue;
      }
      expect(r.errors, `${e.name}: ${JSON.stringify(r.errors)}`).toBeUndefined();
      if (e.kind === 'mutation') expect(Object.values(r.data as object)[0].__typename, e.name).not.toBe('ValidationError');
    }
  });
});

describe('demo sign-in (embedded mode)', () => {
  it('GET /demo/token gives a shell a bare token and the page JSON with its expiry; unknown users are refused', async () => {
    const text = await (await fetch(`${t.gateway.url}/demo/token?user=bob`)).text();
    const token = text.trim();
    const r = await t.gql('{ quota { images { used } } images(first: 50) { edges { node { name ownedByMe } } } }', undefined, { token });
    expect(r.errors).toBeUndefined();
    expect(r.data.images.edges.filter((e: any) => e.node.ownedByMe).map((e: any) => e.node.name)).toContain('beta-web-prod');
    const json = (await (await fetch(`${t.gateway.url}/demo/token?user=carol`, { headers: { accept: 'application/json' } })).json()) as any;
    expect(json).toMatchObject({ user: 'carol', project: 'gamma', token: expect.any(String) });
    expect(Date.parse(json.expiresAt)).toBeGreaterThan(Date.now());
    const bad = await fetch(`${t.gateway.url}/demo/token?user=mallory`);
    expect(bad.status).toBe(400);
  });

  it('GraphiQL opened with ?as=bob holds a token for bob', async () => {
    const html = await (await fetch(`${t.gateway.graphqlUrl}?as=bob`, { headers: { accept: 'text/html' } })).text();
    const token = html.match(/X-Auth-Token\\":\s*\\"([^\\"]+)/)![1]!;
    expect(token).not.toBe(t.gateway.demoToken);
    const r = await t.gql('{ images(first: 50, filter: { imageType: PRIVATE }) { edges { node { name } } } }', undefined, { token });
    expect(r.data.images.edges.map((e: any) => e.node.name)).toContain('beta-web-prod');
  });
});

describe('graphql-ws: the headers GraphiQL sends with each operation', () => {
  it('authenticates a subscription whose token is only in payload.extensions.headers, and refuses one without', async () => {
    const token = await t.token('alice');
    const started = await t.gql(`mutation { copyImage(input: { imageId: "${SEEDED.alphaWebStaging}", name: "ws-headers-copy" }) { ... on JobPayload { jobId } ... on Error { code message } } }`);
    const jobId = started.data.copyImage.jobId as string;
    expect(jobId).toMatch(/^[0-9a-f]{32}$/);
    const client = createClient({ url: t.gateway.wsUrl, webSocketImpl: WebSocket, lazy: true, retryAttempts: 0 });
    try {
      const run = (extensions?: Record<string, unknown>) =>
        new Promise<{ statuses: string[]; errors: any[] }>((resolve) => {
          const statuses: string[] = [];
          const errors: any[] = [];
          client.subscribe(
            { query: 'subscription($id: ID!) { jobProgress(id: $id) { status } }', variables: { id: jobId }, ...(extensions ? { extensions } : {}) },
            {
              next: (r) => (r.errors ? errors.push(...r.errors) : statuses.push((r.data as any).jobProgress.status)),
              error: (e) => {
                errors.push(...(Array.isArray(e) ? e : [e]));
                resolve({ statuses, errors });
              },
              complete: () => resolve({ statuses, errors }),
            },
          );
        });
      const ok = await run({ headers: { 'X-Auth-Token': token } });
      expect(ok.errors).toEqual([]);
      expect(ok.statuses.at(-1)).toBe('SUCCESS');
      const refused = await run();
      expect(refused.statuses).toEqual([]);
      expect(refused.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await client.dispose();
    }
  }, 30_000);
});

describe('outside embedded mode, and with GraphiQL off', () => {
  it('has no demo sign-in against a real cloud, and serves no GraphiQL assets when GRAPHIQL=false', async () => {
    const { startGateway } = await import('../../src/server/start');
    const { loadConfig } = await import('../../src/config');
    // Nothing listens on port 9: the gateway starts without contacting its upstreams.
    const real = await startGateway(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', UPSTREAM: 'openstack', GLANCE_ENDPOINT: 'http://127.0.0.1:9', IAM_ENDPOINT: 'http://127.0.0.1:9', GRAPHIQL: 'false' }));
    try {
      expect((await fetch(`${real.url}/demo/token?user=alice`)).status).toBe(404);
      expect((await fetch(`${real.url}/demo/simulator`)).status).toBe(404);
      const embeddedHtml = await (await fetch(t.gateway.graphqlUrl, { headers: { accept: 'text/html' } })).text();
      const asset = embeddedHtml.match(/\/graphiql\/assets\/[\w.-]+/)![0];
      expect((await fetch(t.gateway.url + asset)).status).toBe(200);
      expect((await fetch(real.url + asset)).status).toBe(404);
      const page = await fetch(real.graphqlUrl, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    } finally {
      await real.close();
    }
  });
});
