/**
 * The Redis primitives other cluster-wide features build on (idempotency keys, rate and concurrency limits, job
 * history), on a real redis-server: the CI's (REDIS_IT_URL, started by scripts/cluster/redis-start.sh) or one of
 * our own. Two connections stand for two replicas wherever the point is that a limit holds across them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, type RedisConnection } from '../../src/cluster/connection';
import { RedisOnceStore } from '../../src/cluster/once-store';
import { RedisSemaphore, RedisTokenBucket } from '../../src/cluster/rate-limit';
import { RedisHistory } from '../../src/cluster/history';
import { hasRedisServer, startTestRedis, warnIfNoRedis, type TestRedis } from '../helpers/redis';

const external = process.env.REDIS_IT_URL;
const available = !!external || hasRedisServer;
if (!external) warnIfNoRedis('test/cluster/toolkit.test.ts');

const quiet = { info: () => {}, warn: () => {} };
let own: TestRedis | undefined;
let a: RedisConnection;
let b: RedisConnection;

async function ready(c: RedisConnection) {
  const deadline = Date.now() + 20_000;
  while (!c.isReady()) {
    if (Date.now() > deadline) throw new Error('redis not ready');
    await new Promise((r) => setTimeout(r, 10));
  }
}

beforeAll(async () => {
  if (!available) return;
  let url = external;
  if (!url) {
    own = await startTestRedis();
    url = own.url;
  }
  // A fresh prefix per run: the CI's Redis is shared by the suites.
  const prefix = `kit${process.pid}${Date.now()}:`;
  a = connectRedis({ url, prefix, logger: quiet });
  b = connectRedis({ url, prefix, logger: quiet });
  await Promise.all([ready(a), ready(b)]);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await own?.stop();
});

describe.skipIf(!available)('Redis toolkit (real redis-server)', () => {
  it('once-store: of two replicas racing on one key, exactly one runs; the other waits and gets its result', async () => {
    const onA = new RedisOnceStore<{ jobId: string }>(a);
    const onB = new RedisOnceStore<{ jobId: string }>(b);
    const [ra, rb] = await Promise.all([onA.begin('k1', 'fp', 10_000), onB.begin('k1', 'fp', 10_000)]);
    expect([ra.claimed, rb.claimed].filter(Boolean)).toHaveLength(1);
    const [winner, winnerStore] = ra.claimed ? [ra, onA] : [rb, onB];
    const loser = ra.claimed ? rb : ra;
    expect(loser).toMatchObject({ claimed: false, record: { state: 'pending', fingerprint: 'fp' } });
    const waited = (ra.claimed ? onB : onA).wait('k1', 20_000);
    if (!winner.claimed) throw new Error('unreachable');
    expect(await winnerStore.complete('k1', winner.owner, { jobId: 'j-1' }, 10_000)).toBe(true);
    expect(await waited).toMatchObject({ state: 'done', value: { jobId: 'j-1' } });
    // Later requests replay the record; a foreign owner cannot overwrite it.
    expect(await onB.begin('k1', 'other-fp', 10_000)).toMatchObject({ claimed: false, record: { state: 'done', fingerprint: 'fp' } });
    expect(await onB.complete('k1', 'not-the-owner', { jobId: 'j-2' }, 10_000)).toBe(false);
    // An abandoned claim frees the key.
    const c = await onA.begin('k2', 'fp', 10_000);
    if (!c.claimed) throw new Error('k2 should be free');
    expect(await onA.abandon('k2', c.owner)).toBe(true);
    expect((await onB.begin('k2', 'fp', 10_000)).claimed).toBe(true);
  });

  it('token bucket: one budget for two replicas; block() refuses everywhere', async () => {
    const bucketA = new RedisTokenBucket(a);
    const bucketB = new RedisTokenBucket(b);
    // Refill so slow it cannot matter during the test: the capacity is the whole budget.
    const opts = { capacity: 5, refillPerSecond: 0.001 };
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? bucketA : bucketB).take('project-1', opts)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    const refused = results.find((r) => !r.allowed)!;
    expect(refused.retryAfterMs).toBeGreaterThan(0);
    await bucketA.block('project-2', 60_000);
    const blocked = await bucketB.take('project-2', { capacity: 5, refillPerSecond: 100 });
    expect(blocked.allowed).toBe(false);
    expect(blocked.retryAfterMs).toBeGreaterThan(0);
    expect(blocked.blocked).toBe(true);
    expect(refused.blocked).toBe(false);
  });

  it('semaphore: a cap held across replicas; released and expired slots come back', async () => {
    const semA = new RedisSemaphore(a);
    const semB = new RedisSemaphore(b);
    const taken = await Promise.all(['h1', 'h2', 'h3', 'h4'].map((h, i) => (i % 2 ? semA : semB).acquire('client-1', h, { limit: 3, ttlMs: 60_000 })));
    expect(taken.filter((t) => t.acquired)).toHaveLength(3);
    const loser = ['h1', 'h2', 'h3', 'h4'][taken.findIndex((t) => !t.acquired)]!;
    const winner = ['h1', 'h2', 'h3', 'h4'][taken.findIndex((t) => t.acquired)]!;
    await semA.release('client-1', winner);
    expect((await semB.acquire('client-1', loser, { limit: 3, ttlMs: 60_000 })).acquired).toBe(true);
    // A holder that is never renewed (its replica died) frees its slot after its ttl.
    expect((await semA.acquire('client-2', 'dead', { limit: 1, ttlMs: 50 })).acquired).toBe(true);
    expect(await semA.renew('client-2', 'dead', 50)).toBe(true);
    await new Promise((r) => setTimeout(r, 120));
    expect(await semB.renew('client-2', 'dead', 50)).toBe(false);
    expect((await semB.acquire('client-2', 'alive', { limit: 1, ttlMs: 60_000 })).acquired).toBe(true);
  });

  it('history: newest first per project, cursor paging with a filter, updates merged from any replica, entries expire', async () => {
    interface Entry {
      id: string;
      createdAt: number;
      type: string;
      status: string;
      startedBy?: string;
    }
    const hA = new RedisHistory<Entry>(a);
    const hB = new RedisHistory<Entry>(b);
    const base = Date.now();
    for (let i = 0; i < 7; i++) {
      await (i % 2 ? hA : hB).record('p1', { id: `j${i}`, createdAt: base + i, type: i % 3 ? 'copy' : 'export', status: 'RUNNING' }, 60_000);
    }
    await hA.record('p2', { id: 'other', createdAt: base, type: 'copy', status: 'RUNNING' }, 60_000);
    const page1 = await hB.list('p1', { first: 3 });
    expect(page1.entries.map((e) => e.id)).toEqual(['j6', 'j5', 'j4']);
    expect(page1.hasNextPage).toBe(true);
    const page2 = await hB.list('p1', { first: 3, after: page1.endCursor });
    expect(page2.entries.map((e) => e.id)).toEqual(['j3', 'j2', 'j1']);
    const page3 = await hA.list('p1', { first: 3, after: page2.endCursor });
    expect(page3).toMatchObject({ hasNextPage: false });
    expect(page3.entries.map((e) => e.id)).toEqual(['j0']);
    const exports = await hA.list('p1', { first: 10, filter: (e) => e.type === 'export' });
    expect(exports.entries.map((e) => e.id)).toEqual(['j6', 'j3', 'j0']);

    await Promise.all([hA.update('p1', 'j5', { status: 'SUCCESS' }), hB.update('p1', 'j5', { startedBy: 'alice' })]);
    expect(await hA.get('p1', 'j5')).toMatchObject({ status: 'SUCCESS', startedBy: 'alice', type: 'copy' });
    expect(await hA.update('p1', 'missing', { status: 'FAIL' })).toBeUndefined();

    await hA.record('p3', { id: 'short', createdAt: Date.now(), type: 'copy', status: 'RUNNING' }, 50);
    await new Promise((r) => setTimeout(r, 120));
    expect((await hB.list('p3', { first: 10 })).entries).toEqual([]);
  });
});
