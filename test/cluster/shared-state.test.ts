/**
 * The gateway's shared stores in cluster mode (idempotency keys, project rate and back-off, socket cap, job history)
 * on a real redis-server of their own, two connections standing for two replicas; then Redis killed and started
 * again: every store falls back to this replica's memory and comes back to Redis.
 */
import { createServer, connect as connectTcp, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, type RedisConnection } from '../../src/cluster/connection';
import { RedisIdempotencyStore } from '../../src/jobs/redis-idempotency';
import { redisProjectLimiter } from '../../src/context/limits/redis-project-limiter';
import { redisConnectionCap } from '../../src/cluster/connection-cap';
import { redisJobHistory } from '../../src/jobs/redis-history';
import { JobStarts } from '../../src/jobs/idempotency';
import type { JobHistory, JobRecord } from '../../src/jobs/history';
import type { ProjectLimiter } from '../../src/context/limits/project-limiter';
import { hasRedisServer, startTestRedis, warnIfNoRedis, type TestRedis } from '../helpers/redis';
import { until } from '../helpers/wait';

warnIfNoRedis('test/cluster/shared-state.test.ts');

const quiet = { info: () => {}, warn: () => {} };
let server: TestRedis;
let a: RedisConnection;
let b: RedisConnection;
const histories: JobHistory[] = [];


beforeAll(async () => {
  if (!hasRedisServer) return;
  server = await startTestRedis();
  const prefix = `shared${process.pid}:`;
  a = connectRedis({ url: server.url, prefix, logger: quiet, maxReconnectDelayMs: 200 });
  b = connectRedis({ url: server.url, prefix, logger: quiet, maxReconnectDelayMs: 200 });
  await until(() => a.isReady() && b.isReady(), 'redis ready');
});
afterAll(async () => {
  await Promise.allSettled(histories.map((h) => h.close()));
  await a?.close();
  await b?.close();
  await server?.stop();
});

const numsub = async (channel: string) => Number(((await a.client.call('PUBSUB', 'NUMSUB', channel)) as [string, number])[1]);

const starts = (redis: RedisConnection) => new JobStarts({ store: new RedisIdempotencyStore(redis), ttlMs: 60_000, maxWaitMs: 10_000, pollMs: 10 });
const limits = { maxConcurrentCalls: 100, callsPerSecond: 1, burst: 5, maxConcurrentUploads: 10, maxConcurrentUploadsTotal: 10 };

async function admitted(limiter: ProjectLimiter, project: string): Promise<boolean | string> {
  try {
    (await limiter.acquire(project, 'call'))();
    return true;
  } catch (e) {
    return (e as { extensions?: { limit?: string } }).extensions?.limit ?? String(e);
  }
}

function history(redis: RedisConnection): JobHistory {
  const h = redisJobHistory(redis, { ttlMs: 60_000 });
  histories.push(h);
  return h;
}

function job(jobId: string, scope = 'huawei:p1'): JobRecord {
  const now = Date.now();
  return {
    jobId,
    scope,
    kind: 'copyImage',
    targets: [{ kind: 'image', id: 'img-1' }],
    imageName: 'copy',
    startedBy: 'u1',
    startedAt: now,
    updatedAt: now,
    status: 'INIT',
    progressPercent: 0,
    currentTask: null,
    errorCode: null,
    failReason: null,
    imageId: null,
    upstreamType: null,
  };
}
const state = (status: JobRecord['status'], progressPercent: number) => ({
  status,
  progressPercent,
  currentTask: null,
  errorCode: null,
  failReason: null,
  imageId: status === 'SUCCESS' ? 'img-2' : null,
  upstreamType: 'imsCopyImageInRegionJob',
});

describe.skipIf(!hasRedisServer)('shared state in Redis (two replicas), and the fallback while Redis is away', () => {
  it('idempotency: one key on two replicas at once posts once; both get the job', async () => {
    const [sa, sb] = [starts(a), starts(b)];
    let posts = 0;
    const post = async () => {
      posts++;
      await new Promise((r) => setTimeout(r, 50));
      return { jobId: `job-${posts}` };
    };
    const results = await Promise.all([sa.start('p1', 'k1', 'fp', post), sb.start('p1', 'k1', 'fp', post), sb.start('p1', 'k1', 'fp', post)]);
    expect(posts).toBe(1);
    expect(new Set(results.map((r) => r.jobId))).toEqual(new Set(['job-1']));
    expect(await sa.start('p1', 'k1', 'fp', post)).toEqual({ jobId: 'job-1' });
    await expect(sb.start('p1', 'k1', 'other', post)).rejects.toThrow(/different input/);
    // A refused start (nothing posted upstream) frees the key on every replica.
    await expect(sa.start('p1', 'k2', 'fp', () => Promise.reject(new Error('400 from upstream')))).rejects.toThrow('400');
    expect(await sb.start('p1', 'k2', 'fp', post)).toEqual({ jobId: 'job-2' });
  });

  it('project rate: one bucket for both replicas; a 429 seen on one pauses the project on the other', async () => {
    const [la, lb] = [redisProjectLimiter(a, limits), redisProjectLimiter(b, limits)];
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => admitted(i % 2 ? la : lb, 'rate-p')));
    const elapsedS = (Date.now() - started) / 1000;
    const ok = results.filter((r) => r === true).length;
    expect(ok).toBeGreaterThanOrEqual(limits.burst);
    expect(ok).toBeLessThanOrEqual(limits.burst + Math.ceil(elapsedS));
    expect(results.filter((r) => r !== true).every((r) => r === 'PROJECT_CALLS_PER_SECOND')).toBe(true);

    expect(await admitted(lb, 'throttled-p')).toBe(true);
    la.throttled('throttled-p', 60_000);
    await until(async () => (await admitted(lb, 'throttled-p')) === 'UPSTREAM_THROTTLED', 'the back-off reaches replica b');
    expect(await admitted(lb, 'another-p')).toBe(true);
  });

  it('socket cap: slots counted across replicas, freed on release', async () => {
    const [ca, cb] = [redisConnectionCap(a, 2), redisConnectionCap(b, 2)];
    const r1 = await ca.acquire('client-1');
    const r2 = await cb.acquire('client-1');
    expect(r1 && r2).toBeTruthy();
    expect(await ca.acquire('client-1')).toBeUndefined();
    expect(await cb.acquire('client-2')).toBeTruthy();
    r1!();
    await until(async () => {
      const r = await cb.acquire('client-1');
      r?.();
      return !!r;
    }, 'the released slot is free on replica b');
    r2!();
  });

  it('history: recorded on one replica, listed and heard on both, once; a terminal state is never overwritten', async () => {
    const [ha, hb] = [history(a), history(b)];
    const heard = { a: [] as string[], b: [] as string[] };
    ha.onRecorded('huawei:p1', (r) => heard.a.push(r.jobId));
    hb.onRecorded('huawei:p1', (r) => heard.b.push(r.jobId));
    await until(async () => (await numsub(a.key('job-history', 'started', 'huawei:p1'))) === 2, 'both subscribed');

    await ha.record(job('j1'));
    await ha.record(job('j2', 'huawei:other'));
    await until(() => heard.a.length === 1 && heard.b.length === 1, 'both hear of j1');
    expect((await hb.list('huawei:p1', { first: 10 })).records.map((r) => r.jobId)).toEqual(['j1']);

    await hb.update('huawei:p1', 'j1', state('RUNNING', 40));
    await ha.update('huawei:p1', 'j1', state('SUCCESS', 100));
    await hb.update('huawei:p1', 'j1', state('RUNNING', 60)); // a slower poller's older read
    await hb.record({ ...job('j1'), startedAt: Date.now() + 5 }); // an idempotent replay of the mutation
    const [rec] = (await ha.list('huawei:p1', { first: 10 })).records;
    expect(rec).toMatchObject({ jobId: 'j1', status: 'SUCCESS', progressPercent: 100, imageId: 'img-2', targets: [{ kind: 'image', id: 'img-1' }] });
    expect((await hb.list('huawei:p1', { first: 10, status: 'RUNNING' })).records).toEqual([]);
    expect(await hb.update('huawei:p1', 'never-recorded', state('RUNNING', 1))).toBeUndefined();

    await ha.record(job('j3'));
    await until(() => heard.a.length === 2 && heard.b.length === 2, 'both hear of j3');
    expect(heard).toEqual({ a: ['j1', 'j3'], b: ['j1', 'j3'] });
  });

  it('Redis killed: every store keeps working in memory on its replica; Redis back: shared again', async () => {
    const ha = history(a);
    const hb = history(b);
    const heardA: string[] = [];
    ha.onRecorded('huawei:p9', (r) => heardA.push(r.jobId));
    const la = redisProjectLimiter(a, limits);
    const ca = redisConnectionCap(a, 1);
    const sa = starts(a);

    await server.stop();
    await until(() => !a.isReady() && !b.isReady(), 'both replicas notice');

    // A replica whose subscriber arrives during the outage hears of other replicas' jobs once Redis is back.
    const heardB: string[] = [];
    hb.onRecorded('huawei:p9', (r) => heardB.push(r.jobId));

    await ha.record(job('local-1', 'huawei:p9'));
    expect(heardA).toEqual(['local-1']);
    expect((await ha.list('huawei:p9', { first: 10 })).records.map((r) => r.jobId)).toEqual(['local-1']);
    await ha.update('huawei:p9', 'local-1', state('SUCCESS', 100));
    expect((await ha.list('huawei:p9', { first: 10 })).records[0]).toMatchObject({ status: 'SUCCESS' });

    const results = await Promise.all(Array.from({ length: 8 }, () => admitted(la, 'down-p')));
    expect(results.filter((r) => r === true).length).toBeGreaterThanOrEqual(limits.burst);
    expect(results).toContain('PROJECT_CALLS_PER_SECOND');

    const slot = await ca.acquire('client-9');
    expect(slot).toBeTruthy();
    expect(await ca.acquire('client-9')).toBeUndefined();
    slot!();

    let posts = 0;
    const post = async () => ({ jobId: `down-${++posts}` });
    expect(await sa.start('p9', 'k-down', 'fp', post)).toEqual({ jobId: 'down-1' });
    expect(await sa.start('p9', 'k-down', 'fp', post)).toEqual({ jobId: 'down-1' });
    expect(posts).toBe(1);

    await server.start();
    await until(() => a.isReady() && b.isReady(), 'both replicas reconnect');
    await until(async () => (await numsub(a.key('job-history', 'started', 'huawei:p9'))) === 2, 'both subscribed again');
    // A key finished in memory during the outage still answers its job on that replica: no second POST.
    expect(await sa.start('p9', 'k-down', 'fp', post)).toEqual({ jobId: 'down-1' });
    expect(posts).toBe(1);
    await ha.record(job('shared-1', 'huawei:p9'));
    expect((await hb.list('huawei:p9', { first: 10 })).records.map((r) => r.jobId)).toEqual(['shared-1']);
    await until(() => heardA.includes('shared-1') && heardB.includes('shared-1'), 'the channel subscriptions are back');
    expect(heardA).toEqual(['local-1', 'shared-1']);
    expect(heardB).toEqual(['shared-1']);
  });

  it('Redis cut off (network), data kept: a terminal state a poller read meanwhile reaches the shared history when it is back', async () => {
    const proxy = await startProxy(server.port);
    const prefix = `shared${process.pid}:`;
    const viaProxy = connectRedis({ url: `redis://127.0.0.1:${proxy.port}`, prefix, logger: quiet, maxReconnectDelayMs: 100 });
    try {
      await until(() => viaProxy.isReady(), 'connected through the proxy');
      const hb = history(viaProxy);
      const ha = history(a);
      await ha.record(job('ends-in-outage', 'huawei:p8'));
      proxy.cut();
      await until(() => !viaProxy.isReady(), 'the replica notices');
      await hb.update('huawei:p8', 'ends-in-outage', state('SUCCESS', 100));
      expect((await ha.list('huawei:p8', { first: 10 })).records[0]).toMatchObject({ status: 'INIT' });
      proxy.restore();
      await until(async () => (await ha.list('huawei:p8', { first: 10, status: 'SUCCESS' })).records.length === 1, 'the state is written');
      expect((await ha.list('huawei:p8', { first: 10 })).records[0]).toMatchObject({ jobId: 'ends-in-outage', status: 'SUCCESS', imageId: 'img-2' });
    } finally {
      await viaProxy.close();
      await proxy.close();
    }
  });
});

/** A TCP relay to Redis that can drop every connection and refuse new ones (a network cut), then relay again. */
async function startProxy(target: number) {
  const sockets = new Set<Socket>();
  let open = true;
  const relay = createServer((client) => {
    if (!open) return client.destroy();
    const upstream = connectTcp(target, '127.0.0.1');
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
  await new Promise<void>((r) => relay.listen(0, '127.0.0.1', () => r()));
  return {
    port: (relay.address() as AddressInfo).port,
    cut() {
      open = false;
      for (const s of sockets) s.destroy();
    },
    restore() {
      open = true;
    },
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise<void>((r) => relay.close(() => r()));
    },
  };
}
