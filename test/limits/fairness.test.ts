/**
 * Fairness between tenants. While alice floods the gateway (stalled uploads holding their connections, alias
 * storms against a slow upstream), bob's image(id:) keeps answering. Alice's own excess is refused with
 * RATE_LIMITED + retryAfterMs; an upstream 429 for alice's project backs off alice only.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { newImage, stalledUpload, type StalledUpload } from './helpers';

const IMG = (i: number) => `0000000${i}-0000-4000-8000-000000000000`.slice(-36);

describe('a flooding tenant does not starve another', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({
      PROJECT_MAX_CONCURRENT_UPLOADS: '3',
      MAX_CONCURRENT_UPLOADS: '4',
      PROJECT_MAX_CONCURRENT_CALLS: '4',
      WS_MAX_CONNECTIONS_PER_CLIENT: '8',
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("stalled uploads, alias storms and many sockets by alice; bob's image(id:) answers every time", async () => {
    const alice = await t.token('alice');
    const bobImage = (await t.gql(`{ images(first: 1, filter: { visibility: PRIVATE }) { edges { node { imageId } } } }`, {}, { user: 'bob' })).data.images.edges[0].node.imageId;
    const alphaProject = await t.projectId('alice');
    // Alice's per-image IMS tag reads are slow: each holds its upstream connection for 2 s.
    await t.fault({ method: 'GET', path: `^/v2/${alphaProject}/images/[^/]+/tags`, kind: 'latency', delayMs: 2000 });

    const ids = await Promise.all(Array.from({ length: 5 }, (_, i) => newImage(t, 'alice', `stall-${i}`)));
    const uploads: StalledUpload[] = ids.map((id) => stalledUpload(t.gateway.graphqlUrl, alice, id));
    // Over her upload allowance (3), alice's further uploads are refused at once.
    const refused = await Promise.all(uploads.slice(3).map((u) => u.answer));
    for (const r of refused) expect(JSON.stringify(r)).toMatch(/RATE_LIMITED|PROJECT_MAX_CONCURRENT_UPLOADS/);

    // Many sockets, each watching the uploads' images: past her 8, alice's sockets are closed with 4429.
    const sockets = Array.from({ length: 12 }, (_, i) => {
      const ws = new WebSocket(t.gateway.wsUrl, 'graphql-transport-ws');
      const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
      ws.once('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { 'X-Auth-Token': alice } })));
      ws.on('message', (m) => {
        if (JSON.parse(String(m)).type === 'connection_ack')
          ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: `subscription { imageStatus(id: "${ids[i % ids.length]}") { status } }` } }));
      });
      ws.on('error', () => undefined);
      return { ws, closed };
    });
    const storm = Array.from({ length: 10 }, () =>
      t.gql(`{ ${Array.from({ length: 15 }, (_, i) => `t${i}: imageTags(imageId: "${IMG(i)}") { key }`).join(' ')} }`, {}, { token: alice }),
    );
    try {
      for (let i = 0; i < 5; i++) {
        const r = await t.gql(`query($id: ID!) { image(id: $id) { imageId name } }`, { id: bobImage }, { user: 'bob' });
        expect(r.errors).toBeUndefined();
        expect(r.data.image.imageId).toBe(bobImage);
      }
      const early = await Promise.all(sockets.map((s) => Promise.race([s.closed, new Promise<null>((r) => setTimeout(() => r(null), 3000))])));
      expect(early.filter((c) => c === 4429).length).toBe(4);
    } finally {
      for (const s of sockets) s.ws.close();
      for (const u of uploads) u.req.destroy();
      await t.clearFaults();
      await Promise.allSettled(storm);
    }
  });
});

describe('per-project rate and upstream throttling', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ PROJECT_CALLS_PER_SECOND: '1', PROJECT_CALLS_BURST: '2' });
  });
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(async () => {
    await t.clearFaults();
    await t.clearRequests();
  });

  it('an empty bucket refuses with RATE_LIMITED and retryAfterMs, without calling upstream', async () => {
    const r = await t.gql(`{ ${Array.from({ length: 5 }, (_, i) => `t${i}: imageTags(imageId: "${IMG(i)}") { key }`).join(' ')} }`);
    const limited = r.errors?.filter((e) => e.extensions?.code === 'RATE_LIMITED') ?? [];
    // (imageTags is non-null at the root: graphql-js reports the first refusal and nulls the rest.)
    expect(limited.length).toBeGreaterThanOrEqual(1);
    expect(limited[0]!.extensions).toMatchObject({ limit: 'PROJECT_CALLS_PER_SECOND' });
    expect(limited[0]!.extensions!.retryAfterMs).toBeGreaterThan(0);
    // The answer can come before the two admitted calls reach the log: wait for them, then a little more.
    const tagCalls = async () => (await t.requests()).filter((q) => q.path.includes('/tags')).length;
    for (let i = 0; i < 100 && (await tagCalls()) < 2; i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    expect(await tagCalls()).toBe(2);
  });

  it("an upstream 429 for alice's project backs off alice's calls only", async () => {
    const alpha = await t.projectId('alice');
    await new Promise((r) => setTimeout(r, 2100)); // refill the tiny buckets of this gateway
    await t.fault({ method: 'GET', path: `/v2/${alpha}/images/tags`, kind: 'status', status: 429, retryAfter: 30, times: 1 });
    const first = await t.gql(`{ projectTags { key } }`);
    expect(first.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 30_000 });
    await t.clearRequests();
    // Alice's next call, to another path with no fault, is not sent: her project is backing off.
    const again = await t.gql(`{ quota { images { used } } }`);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'UPSTREAM_THROTTLED' });
    expect(again.errors![0]!.extensions!.retryAfterMs).toBeGreaterThan(20_000);
    expect(await t.requests()).toEqual([]);
    // Bob's project is not.
    const bob = await t.gql(`{ quota { images { used } } }`, {}, { user: 'bob' });
    expect(bob.errors).toBeUndefined();
  });
});
