/**
 * /health (liveness) and /ready (readiness): JSON answers; readiness checks IAM and the image API from a short
 * cache, so a burst of probes costs the upstreams one request per check; 503 when an upstream is down and
 * while draining.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { sleep } from './helpers';

// One gateway remembers its readiness for a minute (the burst test cannot outlast it), the other for 1 ms.
let t: TestGateway;
let fresh: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ READY_CACHE_MS: '60000' });
  fresh = await startTestGateway({ READY_CACHE_MS: '1' });
});
afterAll(async () => {
  await t?.close();
  await fresh?.close();
});

const probe = (path: string, g = t) => fetch(`${g.gateway.url}${path}`).then(async (r) => ({ status: r.status, type: r.headers.get('content-type'), body: (await r.json()) as any }));
const probeCalls = async () => (await t.requests()).filter((r) => r.method === 'GET' && (r.path === '/v3' || r.path === '/'));

describe('health and readiness', () => {
  it('/health answers JSON', async () => {
    const h = await probe('/health');
    expect(h).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(h.type).toContain('application/json');
  });

  it('/ready checks IAM and the image API once for a burst of probes', async () => {
    await t.clearRequests();
    const answers = await Promise.all(Array.from({ length: 25 }, () => probe('/ready')));
    for (const a of answers) expect(a).toMatchObject({ status: 200, body: { status: 'ready', checks: { iam: true, images: true } } });
    const calls = await probeCalls();
    expect(calls.map((c) => c.path).sort()).toEqual(['/', '/v3']);
  });

  it('/ready answers 503 naming the upstream that is down', async () => {
    await fresh.fault({ method: 'GET', path: '/v3', kind: 'status', status: 503 });
    try {
      const r = await probe('/ready', fresh);
      expect(r).toMatchObject({ status: 503, body: { status: 'unavailable', checks: { iam: false, images: true } } });
    } finally {
      await fresh.clearFaults();
    }
    await sleep(5);
    expect((await probe('/ready', fresh)).status).toBe(200);
  });

  it('/ready answers 503 while draining, without asking the upstreams; /health stays 200', async () => {
    await t.clearRequests();
    t.gateway.ops.startDraining();
    expect(await probe('/ready')).toMatchObject({ status: 503, body: { status: 'draining' } });
    expect((await probe('/health')).status).toBe(200);
    expect(await probeCalls()).toHaveLength(0);
  });
});
