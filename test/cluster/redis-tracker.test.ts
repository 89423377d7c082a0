/**
 * RedisJobTracker on a real redis-server: two or three "replicas" (each its own connections and tracker) in this
 * process, one fake upstream job whose reads are counted per replica. Time is real (Redis is); assertions are on
 * counts, states and modes, with generous waits only to avoid hangs.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, type RedisConnection } from '../../src/cluster/connection';
import { RedisJobTracker } from '../../src/jobs/redis-tracker';
import type { JobSubscriber, Watch } from '../../src/jobs';
import { hasRedisServer, startTestRedis, warnIfNoRedis, type TestRedis } from '../helpers/redis';
import { until } from '../helpers/wait';

interface JobState {
  status: 'RUNNING' | 'SUCCESS';
  progress: number;
}

warnIfNoRedis('test/cluster/redis-tracker.test.ts');

const quiet = { info: () => {}, warn: () => {} };
let redis: TestRedis;
const open: { connection: RedisConnection; tracker: RedisJobTracker<JobState> }[] = [];

beforeAll(async () => {
  if (hasRedisServer) redis = await startTestRedis();
});
afterAll(async () => {
  await redis?.stop();
});
afterEach(async () => {
  for (const { connection, tracker } of open.splice(0)) {
    tracker.close();
    await tracker.drained();
    await connection.close();
  }
});

let prefixSeq = 0;
function replica(prefix: string, leaseTtlMs = 300) {
  const connection = connectRedis({ url: redis.url, prefix, logger: quiet, maxReconnectDelayMs: 100 });
  const tracker = new RedisJobTracker<JobState>({
    redis: connection,
    namespace: 'jobs',
    leaseTtlMs,
    isTerminal: (s) => s.status === 'SUCCESS',
    minIntervalMs: 20,
    maxIntervalMs: 20,
    terminalRetentionMs: 30_000,
  });
  open.push({ connection, tracker });
  return { connection, tracker };
}

/** One upstream job; each replica's subscribers count their reads separately. */
function upstream() {
  const job = { state: { status: 'RUNNING', progress: 0 } as JobState, reads: new Map<string, number>() };
  const subscriber = (replicaName: string): JobSubscriber<JobState> => ({
    fetch: async () => {
      job.reads.set(replicaName, (job.reads.get(replicaName) ?? 0) + 1);
      return { ...job.state };
    },
  });
  return { job, subscriber };
}

function follow(watch: Watch<JobState>) {
  const seen: JobState[] = [];
  const done = (async () => {
    for await (const s of watch) seen.push(s);
  })();
  return { seen, done };
}


const ready = (c: RedisConnection) => until(() => c.isReady(), 'redis ready');

describe.skipIf(!hasRedisServer)('RedisJobTracker (real redis-server)', () => {
  it('two replicas, six watchers, one key: one replica polls, every watcher sees the same states to completion', async () => {
    const prefix = `t${++prefixSeq}:`;
    const a = replica(prefix);
    const b = replica(prefix);
    await Promise.all([ready(a.connection), ready(b.connection)]);
    const { job, subscriber } = upstream();
    const watchers = [
      ...[1, 2, 3].map(() => follow(a.tracker.watch('job|p|1', subscriber('a')))),
    ];
    await until(() => watchers[0]!.seen.length === 1, 'first state on a');
    watchers.push(...[1, 2, 3].map(() => follow(b.tracker.watch('job|p|1', subscriber('b')))));
    await until(() => watchers.every((w) => w.seen.length === 1), 'current state first on b');
    for (const progress of [30, 60]) {
      job.state = { status: 'RUNNING', progress };
      await until(() => watchers.every((w) => w.seen.at(-1)?.progress === progress), `progress ${progress} everywhere`);
    }
    job.state = { status: 'SUCCESS', progress: 100 };
    await Promise.all(watchers.map((w) => w.done));
    const expected = [0, 30, 60, 100];
    for (const w of watchers) expect(w.seen.map((s) => s.progress)).toEqual(expected);
    expect(job.reads.get('a')).toBeGreaterThan(0);
    expect(job.reads.get('b') ?? 0).toBe(0);

    // A late watcher on a third replica gets the retained terminal state and completion, without a read.
    const c = replica(prefix);
    await ready(c.connection);
    const late = follow(c.tracker.watch('job|p|1', subscriber('c')));
    await late.done;
    expect(late.seen).toEqual([{ status: 'SUCCESS', progress: 100 }]);
    expect(job.reads.get('c') ?? 0).toBe(0);
  });

  it('the last watcher of the leader leaves: a replica that still has watchers takes the lease and polls on', async () => {
    const prefix = `t${++prefixSeq}:`;
    const a = replica(prefix, 5_000);
    const b = replica(prefix, 5_000);
    await Promise.all([ready(a.connection), ready(b.connection)]);
    const { job, subscriber } = upstream();
    const onA = a.tracker.watch('job|p|2', subscriber('a'));
    const first = await onA.next();
    expect(first.value).toEqual({ status: 'RUNNING', progress: 0 });
    const onB = follow(b.tracker.watch('job|p|2', subscriber('b')));
    await until(() => onB.seen.length === 1, 'b follows');
    expect(b.tracker.stats()).toMatchObject({ following: 1, leading: 0 });
    onA.close();
    // The release is published: b does not wait for the 5 s lease to expire.
    await until(() => b.tracker.stats().leading === 1, 'b leads');
    job.state = { status: 'SUCCESS', progress: 100 };
    await onB.done;
    expect(onB.seen.map((s) => s.progress)).toEqual([0, 100]);
    expect(job.reads.get('b')).toBeGreaterThan(0);
  });

  it('Redis stopped mid-job: each replica polls for its own watchers; Redis back: one leads again, nobody misses a state', async () => {
    const prefix = `t${++prefixSeq}:`;
    const a = replica(prefix);
    const b = replica(prefix);
    await Promise.all([ready(a.connection), ready(b.connection)]);
    const { job, subscriber } = upstream();
    const wa = follow(a.tracker.watch('job|p|3', subscriber('a')));
    await until(() => wa.seen.length === 1, 'a first');
    const wb = follow(b.tracker.watch('job|p|3', subscriber('b')));
    await until(() => wb.seen.length === 1, 'b first');

    await redis.stop();
    await until(() => a.tracker.stats().local === 1 && b.tracker.stats().local === 1, 'both poll locally');
    // What a readiness probe reads.
    expect(a.connection.health().status).toBe('down');
    job.state = { status: 'RUNNING', progress: 40 };
    await until(() => wa.seen.at(-1)?.progress === 40 && wb.seen.at(-1)?.progress === 40, 'progress without Redis');
    const readsBefore = job.reads.get('b') ?? 0;
    await until(() => (job.reads.get('b') ?? 0) > readsBefore, 'b polls on its own');

    await redis.start();
    await until(() => {
      const sa = a.tracker.stats();
      const sb = b.tracker.stats();
      return sa.local + sb.local === 0 && sa.leading + sb.leading === 1 && sa.following + sb.following === 1;
    }, 'shared polling resumes: one leader, one follower');
    expect(a.connection.health().status).toBe('ready');
    job.state = { status: 'RUNNING', progress: 70 };
    await until(() => wa.seen.at(-1)?.progress === 70 && wb.seen.at(-1)?.progress === 70, 'progress after Redis is back');
    job.state = { status: 'SUCCESS', progress: 100 };
    await Promise.all([wa.done, wb.done]);
    for (const w of [wa, wb]) expect(w.seen.map((s) => s.progress)).toEqual([0, 40, 70, 100]);
  });

  it('Redis unreachable at start: watches poll locally, and share once Redis is reachable', async () => {
    const prefix = `t${++prefixSeq}:`;
    await redis.stop();
    const a = replica(prefix);
    const b = replica(prefix);
    const { job, subscriber } = upstream();
    const wa = follow(a.tracker.watch('job|p|4', subscriber('a')));
    const wb = follow(b.tracker.watch('job|p|4', subscriber('b')));
    await until(() => wa.seen.length === 1 && wb.seen.length === 1, 'first states without Redis');
    expect(a.tracker.stats().local).toBe(1);
    await redis.start();
    await until(() => a.tracker.stats().local + b.tracker.stats().local === 0, 'shared after start');
    job.state = { status: 'SUCCESS', progress: 100 };
    await Promise.all([wa.done, wb.done]);
    expect(wa.seen.map((s) => s.progress)).toEqual([0, 100]);
    expect(wb.seen.map((s) => s.progress)).toEqual([0, 100]);
  });
});
