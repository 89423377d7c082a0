/**
 * Slow upstreams: an upstream that does not answer in time, or dribbles its body, becomes UPSTREAM_TIMEOUT
 * within the configured bounds; the gateway never hangs and keeps serving other requests meanwhile.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ UPSTREAM_HEADERS_TIMEOUT_MS: '500', UPSTREAM_BODY_TIMEOUT_MS: '500' });
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.clearFaults();
  await t.clearRequests();
});

describe('slow upstreams', () => {
  it('latency beyond the headers timeout → UPSTREAM_TIMEOUT, while other requests are served', async () => {
    await t.fault({ method: 'GET', path: '/v1/cloudimages/quota', kind: 'latency', delayMs: 5000 });
    const slow = t.gql(`{ quota { images { used } } }`);
    // Meanwhile, other operations go through.
    const other = await t.gql(`{ images(first: 1) { edges { node { name } } } }`);
    expect(other.errors).toBeUndefined();
    const r = await slow;
    expect(r.errors?.[0]?.extensions?.code).toBe('UPSTREAM_TIMEOUT');
    expect(r.errors?.[0]?.message).toMatch(/did not answer in time/);
  });

  it('a body that stalls → UPSTREAM_TIMEOUT', async () => {
    await t.fault({ method: 'GET', path: '/v2/images', kind: 'slow_body', delayMs: 3000 });
    const r = await t.gql(`{ images(first: 3) { edges { node { name } } } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('UPSTREAM_TIMEOUT');
  });

  it('a fault that clears lets the next request succeed (no poisoned connection)', async () => {
    await t.fault({ method: 'GET', path: '/v1/cloudimages/quota', kind: 'reset', times: 5 });
    const r = await t.gql(`{ quota { images { used } } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    await t.clearFaults();
    const ok = await t.gql(`{ quota { images { used } } }`);
    expect(ok.errors).toBeUndefined();
  });

  it('a transient reset on a read is retried transparently', async () => {
    await t.fault({ method: 'GET', path: '/v1/cloudimages/quota', kind: 'reset', times: 1 });
    const r = await t.gql(`{ quota { images { used } } }`);
    expect(r.errors).toBeUndefined();
    const calls = (await t.requests()).filter((q) => q.path === '/v1/cloudimages/quota');
    expect(calls.map((q) => q.fault?.kind ?? 'ok')).toEqual(['reset', 'ok']);
    expect(calls.map((q) => q.status)).toEqual([0, 200]);
  });
});
