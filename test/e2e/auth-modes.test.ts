/**
 * The three auth modes through the real gateway and simulator: passthrough (covered elsewhere), service
 * account (the gateway's own IAM user: API key required, token cached and renewed once on a 401) and AK/SK
 * (requests signed; the simulator verifies signatures and refuses wrong ones with 401).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '../../src/config';
import { startGateway, type RunningGateway } from '../../src/server/start';
import { startSimulator } from '../../src/simulator';

type Sim = Awaited<ReturnType<typeof startSimulator>>;
let sim: Sim;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, jobStepMs: 50 });
});
afterAll(async () => {
  await sim?.close();
});

async function simRequests() {
  return ((await (await fetch(`${sim.url}/_sim/requests`)).json()) as { requests: { method: string; path: string; status: number }[] }).requests;
}
const clearRequests = () => fetch(`${sim.url}/_sim/requests`, { method: 'DELETE' });

async function gql(gw: RunningGateway, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(gw.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions?: any }[] };
}

describe('service-account mode', () => {
  let gw: RunningGateway;
  beforeAll(async () => {
    gw = await startGateway(
      loadConfig({
        PORT: '0',
        LOG_LEVEL: 'silent',
        UPSTREAM: 'huawei',
        IMS_ENDPOINT: sim.url,
        IAM_ENDPOINT: sim.url,
        AUTH_MODE: 'service-account',
        SERVICE_USERNAME: 'alice',
        SERVICE_PASSWORD: 'alice',
        SERVICE_PROJECT: 'alpha',
        GATEWAY_API_KEYS: 'dashboard-key-1, dashboard-key-2',
      }),
    );
  });
  afterAll(async () => {
    await gw?.close();
  });

  it('refuses callers without one of the configured API keys, before any upstream call', async () => {
    await clearRequests();
    const none = await gql(gw, '{ quota { images { used } } }');
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await gql(gw, '{ quota { images { used } } }', { 'x-api-key': 'guess' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // A caller's own IAM token does not open the door either: this gateway is not a passthrough proxy.
    const token = await gql(gw, '{ quota { images { used } } }', { 'x-auth-token': 'whatever' });
    expect(token.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await simRequests()).toEqual([]);
  });

  it('issues its IAM token once, caches it across requests and callers, and renews it once after a 401', async () => {
    await clearRequests();
    for (let i = 0; i < 5; i++) {
      const r = await gql(gw, '{ quota { images { used quota } } images(first: 2) { edges { node { name } } } }', { 'x-api-key': i % 2 ? 'dashboard-key-1' : 'dashboard-key-2' });
      expect(r.errors).toBeUndefined();
    }
    let issued = (await simRequests()).filter((q) => q.method === 'POST' && q.path === '/v3/auth/tokens');
    expect(issued).toHaveLength(1);

    // The upstream rejects the token once (as after a revocation): one renewal, one retry, success.
    await clearRequests();
    await fetch(`${sim.url}/_sim/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'GET', path: '/v1/cloudimages/quota', kind: 'status', status: 401, times: 1 }),
    });
    const r = await gql(gw, '{ quota { images { used } } }', { 'x-api-key': 'dashboard-key-1' });
    expect(r.errors).toBeUndefined();
    const log = await simRequests();
    issued = log.filter((q) => q.method === 'POST' && q.path === '/v3/auth/tokens');
    expect(issued).toHaveLength(1);
    expect(log.filter((q) => q.path === '/v1/cloudimages/quota').map((q) => q.status)).toEqual([401, 200]);
  });

  it('requires the service credentials and API keys in its configuration', () => {
    expect(() => loadConfig({ UPSTREAM: 'huawei', IMS_ENDPOINT: sim.url, IAM_ENDPOINT: sim.url, AUTH_MODE: 'service-account', SERVICE_USERNAME: 'a', SERVICE_PASSWORD: 'b', SERVICE_PROJECT: 'c' })).toThrow(
      /GATEWAY_API_KEYS/,
    );
    try {
      loadConfig({ AUTH_MODE: 'service-account', GATEWAY_API_KEYS: 'k' });
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).issues.join('\n')).toMatch(/SERVICE_USERNAME.*\n.*SERVICE_PASSWORD.*\n.*SERVICE_PROJECT/s);
    }
  });
});

describe('AK/SK mode', () => {
  let gw: RunningGateway;
  let bad: RunningGateway;
  beforeAll(async () => {
    const alice = sim.users.find((u) => u.name === 'alice')!;
    const base = { PORT: '0', LOG_LEVEL: 'silent', UPSTREAM: 'huawei', IMS_ENDPOINT: sim.url, AUTH_MODE: 'aksk', HUAWEI_PROJECT_ID: alice.project.id, GATEWAY_API_KEYS: 'k' } as const;
    gw = await startGateway(loadConfig({ ...base, HUAWEI_AK: alice.accessKey, HUAWEI_SK: alice.secretKey }));
    bad = await startGateway(loadConfig({ ...base, HUAWEI_AK: alice.accessKey, HUAWEI_SK: 'not-the-secret' }));
  });
  afterAll(async () => {
    await gw?.close();
    await bad?.close();
  });

  it('signs every upstream request; reads, filtered lists and writes are accepted', async () => {
    await clearRequests();
    const r = await gql(gw, '{ quota { images { used } } images(first: 3, filter: { imageType: GOLD, platform: UBUNTU }) { edges { node { name } } } }', { 'x-api-key': 'k' });
    expect(r.errors).toBeUndefined();
    expect(r.data.images.edges.length).toBeGreaterThan(0);
    const m = await gql(gw, 'mutation { createImageMetadata(input: { name: "signed write", tags: ["a b"] }) { __typename ... on ImagePayload { image { imageId } } } }', { 'x-api-key': 'k' });
    expect(m.data.createImageMetadata.__typename).toBe('ImagePayload');
    const id = m.data.createImageMetadata.image.imageId;
    const kv = await gql(gw, `mutation { addImageTag(imageId: "${id}", tag: { key: "env", value: "prod" }) { __typename } }`, { 'x-api-key': 'k' });
    expect(kv.data.addImageTag.__typename).toBe('ImageTagsPayload');
    // A plain tag with a space and a percent sign: the signed path needs encoding.
    const tag = await gql(gw, `mutation { addPlainImageTag(imageId: "${id}", tag: "blue 100%") { __typename ... on ImageTagsPayload { image { tags { key } } } } }`, { 'x-api-key': 'k' });
    expect(tag.data.addPlainImageTag.__typename).toBe('ImageTagsPayload');
    expect(tag.data.addPlainImageTag.image.tags.map((x: { key: string }) => x.key)).toContain('blue 100%');
    const log = await simRequests();
    expect(log.filter((q) => q.path.startsWith('/v3/'))).toEqual([]); // no IAM involved
    expect(log.every((q) => q.status < 400)).toBe(true);
  });

  it('a wrong secret is refused by the upstream with 401 and reported as UNAUTHENTICATED', async () => {
    const r = await gql(bad, '{ quota { images { used } } }', { 'x-api-key': 'k' });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', upstream: { status: 401 } });
  });
});

describe('passthrough mode', () => {
  let keystone: Server;
  let gw: RunningGateway;
  beforeAll(async () => {
    // A Keystone that knows the token but scoped it to a domain, not a project.
    keystone = createServer((req, res) => {
      if (req.method === 'GET' && req.url === '/v3/auth/tokens') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ token: { expires_at: new Date(Date.now() + 3600_000).toISOString(), user: { id: 'u1', name: 'dana' }, domain: { id: 'default', name: 'Default' } } }));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((r) => keystone.listen(0, '127.0.0.1', r));
    const iam = `http://127.0.0.1:${(keystone.address() as AddressInfo).port}`;
    gw = await startGateway(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', UPSTREAM: 'openstack', GLANCE_ENDPOINT: sim.url, IAM_ENDPOINT: iam }));
  });
  afterAll(async () => {
    await gw?.close();
    await new Promise((r) => keystone?.close(r));
  });

  it('a valid token without a project scope is UNAUTHENTICATED, saying why', async () => {
    const r = await gql(gw, '{ images(first: 1) { edges { node { name } } } }', { 'x-auth-token': 'domain-scoped-token' });
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.errors?.[0]?.message).toMatch(/not scoped to a project/);
  });
});
