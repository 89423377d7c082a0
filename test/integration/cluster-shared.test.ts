/**
 * What cluster mode shares beyond job polling, on real processes (scripts/cluster/start.sh: redis-server, one
 * simulator, two gateway replicas, nginx): idempotency keys, the per-project rate limit, the websocket cap per
 * client and the job history with its jobStarted feed. Upstream calls are counted in the simulator's request log;
 * no timing thresholds (waits only avoid hangs).
 *
 * Limits are small on purpose (PROJECT_CALLS_BURST=20 at 1 call/s, 3 sockets per client). Each test uses its own
 * user where a limit could otherwise leak between tests: bob for the rate limit, carol for the sockets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { copySource, hasClusterPackages, openClients, startCluster, subscribe, until, type Cluster } from '../helpers/cluster';

const BURST = 20;
const WS_CAP = 3;

if (!hasClusterPackages) {
  console.warn('!! redis-server or nginx not found: test/integration/cluster-shared.test.ts is SKIPPED (run scripts/cluster/install.sh)');
}

let cluster: Cluster;
let token: string;
let source: string;
let A: string;
let B: string;
const clients: Client[] = [];

beforeAll(async () => {
  cluster = await startCluster({
    replicas: 2,
    env: {
      SIM_JOB_STEP_MS: '500',
      JOB_POLL_MIN_MS: '200',
      JOB_POLL_MAX_MS: '200',
      PROJECT_CALLS_PER_SECOND: '1',
      PROJECT_CALLS_BURST: String(BURST),
      WS_MAX_CONNECTIONS_PER_CLIENT: String(WS_CAP),
    },
  });
  [A, B] = cluster.replicaUrls as [string, string];
  token = await cluster.token('alice');
  source = await copySource(cluster);
}, 300_000);

afterAll(async () => {
  await Promise.allSettled(clients.splice(0).map((c) => c.dispose()));
  await cluster?.stop();
}, 120_000);

async function gqlAs(url: string, bearer: string, query: string, variables?: Record<string, unknown>): Promise<any> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-auth-token': bearer },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

const COPY = `mutation($input: CopyImageInput!) { copyImage(input: $input) { __typename ... on JobPayload { job { jobId } } ... on Error { message } } }`;
let copies = 0;
async function copyOn(url: string, extra: Record<string, unknown> = {}): Promise<string> {
  const r = await gqlAs(url, token, COPY, { input: { imageId: source, name: `shared-${process.pid}-${++copies}`, ...extra } });
  if (r.data?.copyImage?.__typename !== 'JobPayload') throw new Error(`copyImage: ${JSON.stringify(r)}`);
  return r.data.copyImage.job.jobId;
}

const copyPosts = async () => (await cluster.requests()).filter((r) => r.method === 'POST' && r.path.endsWith(`/cloudimages/${source}/copy`));

/** A graphql-ws socket: resolves on connection_ack, or with the close code. */
function connect(url: string, bearer: string): Promise<{ ws: WebSocket; acked: boolean; code?: number }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws');
    ws.once('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { token: bearer } })));
    ws.on('message', (m) => {
      if (JSON.parse(String(m)).type === 'connection_ack') resolve({ ws, acked: true });
    });
    ws.once('close', (code) => resolve({ ws, acked: false, code }));
    ws.once('error', reject);
  });
}

const JOBS = `query { jobs(first: 50) { edges { node { jobId kind status done progressPercent } } } }`;

describe.skipIf(!hasClusterPackages)('cluster: state shared through Redis (two replicas)', () => {
  it('an idempotencyKey used on two replicas at once starts one job; a later retry on either gets the same job', async () => {
    const postsBefore = (await copyPosts()).length;
    const idempotencyKey = `key-${process.pid}-${Date.now()}`;
    const input = { name: `idem-${process.pid}`, idempotencyKey };
    const [onA, onB] = await Promise.all([copyOn(A, input), copyOn(B, input)]);
    expect(onB).toBe(onA);
    expect(await copyOn(B, input)).toBe(onA);
    expect(await copyOn(A, input)).toBe(onA);
    expect((await copyPosts()).length - postsBefore).toBe(1);
    // The same key with other input, on the other replica: refused, nothing posted.
    const other = await gqlAs(B, token, COPY, { input: { imageId: source, name: 'another-name', idempotencyKey } });
    expect(other.data?.copyImage?.__typename ?? other.errors?.[0]?.extensions?.code).toMatch(/Conflict|CONFLICT/);
    expect((await copyPosts()).length - postsBefore).toBe(1);
  });

  it('the per-project rate limit holds across replicas: calls spread over both admit one bucket, RATE_LIMITED beyond', async () => {
    const bob = await cluster.token('bob');
    // Each replica learns bob's token first (not a gated call), so the burst below is upstream image reads only.
    await Promise.all([A, B].map((u) => gqlAs(u, bob, '{ jobs(first: 1) { edges { cursor } } }')));
    const seqBefore = Math.max(0, ...(await cluster.requests()).map((r) => r.seq));
    const started = Date.now();
    const total = 3 * BURST;
    const results = await Promise.all(
      Array.from({ length: total }, (_, i) => gqlAs(i % 2 ? B : A, bob, '{ images(first: 1) { edges { node { imageId } } } }')),
    );
    const elapsedS = (Date.now() - started) / 1000;
    const admitted = results.filter((r) => !r.errors && r.data?.images);
    const refused = results.filter((r) => r.errors?.[0]?.extensions?.code === 'RATE_LIMITED');
    expect(admitted.length + refused.length).toBe(total);
    // Refusals come from both replicas' share and say which limit and when to retry.
    expect(refused[0].errors[0].extensions).toMatchObject({ limit: 'PROJECT_CALLS_PER_SECOND' });
    expect(refused[0].errors[0].extensions.retryAfterMs).toBeGreaterThan(0);
    const refusedOn = new Set(results.map((r, i) => (r.errors ? i % 2 : -1)).filter((x) => x >= 0));
    expect(refusedOn.size).toBe(2);
    // One bucket for the cluster: the burst plus what refilled meanwhile (1/s). Per-replica buckets would admit 2 × BURST.
    console.log(`rate limit over 2 replicas: ${admitted.length} of ${total} admitted in ${elapsedS.toFixed(1)} s (burst ${BURST}, 1/s)`);
    expect(admitted.length).toBeGreaterThanOrEqual(BURST);
    expect(admitted.length).toBeLessThanOrEqual(BURST + Math.ceil(elapsedS) + 1);
    // Only admitted operations reached the upstream.
    const upstreamReads = (await cluster.requests()).filter((r) => r.seq > seqBefore && r.method === 'GET' && !r.path.startsWith('/v3/'));
    expect(upstreamReads.length).toBe(admitted.length);
  });

  it('an upstream 429 seen by one replica pauses the project on the other, without another upstream call', async () => {
    const carol = await cluster.token('carol');
    const LIST = '{ images(first: 1) { edges { node { imageId } } } }';
    await Promise.all([A, B].map((u) => gqlAs(u, carol, '{ jobs(first: 1) { edges { cursor } } }')));
    const res = await fetch(`${cluster.simUrl}/_sim/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'GET', path: '/v2/images', kind: 'status', status: 429, retryAfter: 60, times: 1 }),
    });
    expect(res.ok).toBe(true);
    const seqBefore = Math.max(0, ...(await cluster.requests()).map((r) => r.seq));
    const first = await gqlAs(A, carol, LIST);
    expect(first.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // The back-off reaches Redis just after A's answer: B's refusal comes from it, not from the upstream.
    let onB: any;
    await until(async () => (onB = await gqlAs(B, carol, LIST)).errors?.[0]?.extensions?.limit === 'UPSTREAM_THROTTLED', 'B refuses carol');
    expect(onB.errors[0].extensions.retryAfterMs).toBeGreaterThan(1_000);
    const seqPaused = Math.max(...(await cluster.requests()).map((r) => r.seq));
    for (const url of [A, B, A, B]) expect((await gqlAs(url, carol, LIST)).errors?.[0]?.extensions?.limit).toBe('UPSTREAM_THROTTLED');
    const lists = (await cluster.requests()).filter((r) => r.seq > seqBefore && r.path.startsWith('/v2/images'));
    expect(lists.filter((r) => r.status === 429)).toHaveLength(1);
    // Refused on both replicas without asking the upstream again.
    expect(lists.filter((r) => r.seq > seqPaused)).toEqual([]);
    // Another project is not paused.
    expect((await gqlAs(B, token, LIST)).data?.images).toBeTruthy();
  });

  it('the websocket cap per client counts sockets on every replica', async () => {
    const carol = await cluster.token('carol');
    const opened = [];
    for (const url of [A, B, A, B]) opened.push(await connect(url, carol));
    expect(opened.map((o) => o.acked)).toEqual([true, true, true, false]);
    expect(opened[3]!.code).toBe(4429);
    // Closing one on A frees a slot for B (the server notices the close a moment later: retry briefly).
    opened[0]!.ws.close();
    let again = await connect(B, carol);
    for (let i = 0; i < 40 && !again.acked; i++) {
      await new Promise((r) => setTimeout(r, 50));
      again = await connect(B, carol);
    }
    expect(again.acked).toBe(true);
    for (const o of [...opened, again]) o.ws.close();
  });

  it('jobs on either replica lists a job started on the other, with the final state its poller saw', async () => {
    const jobId = await copyOn(A);
    const [watcher] = await openClients(B, token, 1);
    clients.push(watcher!);
    const sub = subscribe(watcher!, jobId);
    await sub.done;
    expect(sub.error).toBeUndefined();
    expect(sub.events.at(-1)?.status).toBe('SUCCESS');
    for (const url of [A, B]) {
      let node: any;
      await until(async () => {
        node = (await gqlAs(url, token, JOBS)).data?.jobs.edges.map((e: any) => e.node).find((n: any) => n.jobId === jobId);
        return node?.status === 'SUCCESS';
      }, `jobs on ${url} shows ${jobId} at SUCCESS`);
      expect(node).toMatchObject({ kind: 'COPY_IMAGE', status: 'SUCCESS', done: true, progressPercent: 100 });
    }
  });

  it('jobStarted on replica B hears of a job started on replica A; subscribers on A hear of it once', async () => {
    const [onB, onA] = [...(await openClients(B, token, 1)), ...(await openClients(A, token, 1))] as [Client, Client];
    clients.push(onB, onA);
    const heard = { A: [] as string[], B: [] as string[] };
    for (const [name, client] of [['B', onB], ['A', onA]] as const)
      client.subscribe<{ jobStarted: { jobId: string } }>(
        { query: 'subscription { jobStarted { jobId kind status } }' },
        { next: (r) => r.data && heard[name].push(r.data.jobStarted.jobId), error: () => {}, complete: () => {} },
      );
    // Subscribing is a message: wait until both replicas have joined the project's channel in Redis.
    const redis = new Redis(cluster.redisUrl, { maxRetriesPerRequest: 1 });
    try {
      await until(async () => {
        const channels = await redis.pubsub('CHANNELS', `${cluster.prefix}job-history:started:*`);
        if (channels.length !== 1) return false;
        const [, subscribers] = (await redis.call('PUBSUB', 'NUMSUB', String(channels[0]))) as [string, number];
        return Number(subscribers) >= 2;
      }, 'both replicas subscribed to the project channel');
    } finally {
      redis.disconnect();
    }
    const jobId = await copyOn(A);
    await until(() => heard.A.includes(jobId) && heard.B.includes(jobId), 'both subscribers hear of the job');
    // A second, later job: by then any duplicate of the first would have arrived.
    const next = await copyOn(B);
    await until(() => heard.A.includes(next) && heard.B.includes(next), 'both subscribers hear of the second job');
    expect(heard.A).toEqual([jobId, next]);
    expect(heard.B).toEqual([jobId, next]);
  });
});
