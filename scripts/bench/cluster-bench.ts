/**
 * Cluster-mode benchmarks (`npm run bench:cluster`), on real processes started by scripts/cluster/start.sh
 * (redis-server, one simulator, 3 replicas, nginx) through the same helpers as test/integration/cluster.test.ts.
 *
 * 1. Upstream reads of one job watched by 1000 subscribers (graphql-ws: 100 connections × 10 subscriptions), all on
 *    one replica vs spread over three; reads per poll interval of the job's life.
 * 2. Takeover gap after `kill -9` of the lease holder: time between the last job read before the kill and the
 *    first after it, in the simulator's own request log (median of BENCH_RUNS runs; the killed replica is
 *    restarted by start.sh between runs).
 * 3. Cost of cluster mode on a subscription's first event: subscribe → first event for a new job, in-process
 *    gateways on the embedded simulator with and without REDIS_URL (the cluster's Redis), median of 15.
 * Prints Markdown for BENCHMARKS.md. Needs redis-server and nginx (scripts/cluster/install.sh).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config';
import { startGateway } from '../../src/server/start';
import { copySource, openClients, startCluster, startJob, subscribe, until, type Cluster } from '../../test/helpers/cluster';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const STEP_MS = 1_000;
const POLL_MS = 200;
const LEASE_TTL_MS = 1_500;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const run = promisify(execFile);

async function subscribersOn(cluster: Cluster, token: string, urls: string[], jobId: string, total: number) {
  const perUrl = Math.ceil(total / urls.length);
  const subs = [];
  const clients = [];
  for (const [i, url] of urls.entries()) {
    const count = Math.min(perUrl, total - i * perUrl);
    const connections = await openClients(url, token, Math.ceil(count / 10));
    clients.push(...connections);
    for (let k = 0; k < count; k++) subs.push(subscribe(connections[k % connections.length]!, jobId));
  }
  return { subs, clients };
}

async function readsFor(cluster: Cluster, token: string, source: string, urls: string[], total = 1000) {
  const jobId = await startJob(cluster, cluster.replicaUrls[0]!, source);
  const { subs, clients } = await subscribersOn(cluster, token, urls, jobId, total);
  await Promise.all(subs.map((s) => s.done));
  await Promise.all(clients.map((c) => c.dispose()));
  const reads = await cluster.jobReads(jobId);
  const spanMs = Date.parse(reads.at(-1)!.time) - Date.parse(reads[0]!.time);
  const ok = subs.filter((s) => s.events.at(-1)?.status === 'SUCCESS').length;
  return { reads: reads.length, intervals: spanMs / POLL_MS, ok };
}

async function takeover(cluster: Cluster, token: string, source: string, env: NodeJS.ProcessEnv): Promise<number> {
  const clients = (await Promise.all(cluster.replicaUrls.map((u) => openClients(u, token, 1)))).flat();
  const jobId = await startJob(cluster, cluster.replicaUrls[0]!, source);
  const subs = clients.map((c) => subscribe(c, jobId));
  let holder = -1;
  await until(async () => (holder = await cluster.leaseHolder(jobId)) >= 0, 'lease holder');
  await until(() => subs.every((s) => s.events.some((e) => e.status === 'RUNNING')), 'running');
  const before = await cluster.jobReads(jobId);
  const last = before.at(-1)!;
  process.kill(cluster.replicaPid(holder), 'SIGKILL');
  await Promise.all(subs.filter((_, i) => i !== holder).map((s) => s.done));
  await Promise.all(clients.map((c) => c.dispose()));
  const next = (await cluster.jobReads(jobId)).find((r) => r.seq > last.seq)!;
  // Bring the killed replica back for the next run (start.sh starts only what is not running).
  await run('bash', ['scripts/cluster/start.sh'], { env, timeout: 240_000 });
  return Date.parse(next.time) - Date.parse(last.time);
}

async function firstEventMs(redisUrl: string | undefined): Promise<number[]> {
  const gw = await startGateway(
    loadConfig({
      PORT: '0',
      LOG_LEVEL: 'silent',
      SIM_JOB_STEP_MS: '5000',
      JOB_POLL_MIN_MS: String(POLL_MS),
      JOB_POLL_MAX_MS: String(POLL_MS),
      ...(redisUrl ? { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `bench${process.pid}:` } : {}),
    }),
  );
  try {
    if (redisUrl) await until(() => gw.services.cluster.shared(), 'redis ready');
    const token = gw.demoToken!;
    const cluster = { gql: async (_url: string, query: string, variables?: Record<string, unknown>) => {
      const res = await fetch(gw.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-auth-token': token }, body: JSON.stringify({ query, variables }) });
      return res.json();
    }, replicaUrls: [gw.url] } as unknown as Cluster;
    const source = await copySource(cluster);
    const client = createClient({ url: gw.wsUrl, webSocketImpl: WebSocket, connectionParams: { token }, lazy: false, onNonLazyError: () => {} });
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const jobId = await startJob(cluster, gw.url, source);
      const t0 = performance.now();
      await new Promise<void>((resolve, reject) => {
        const stop = client.subscribe(
          { query: 'subscription($id: ID!) { jobProgress(id: $id) { status } }', variables: { id: jobId } },
          { next: () => { times.push(performance.now() - t0); stop(); resolve(); }, error: reject, complete: () => resolve() },
        );
      });
    }
    await client.dispose();
    return times;
  } finally {
    await gw.close();
  }
}

async function main() {
  const cluster = await startCluster({
    replicas: 3,
    env: { SIM_JOB_STEP_MS: String(STEP_MS), JOB_POLL_MIN_MS: String(POLL_MS), JOB_POLL_MAX_MS: String(POLL_MS), JOB_LEASE_TTL_MS: String(LEASE_TTL_MS), LOG_LEVEL: 'warn' },
  });
  try {
    const token = await cluster.token('alice');
    const source = await copySource(cluster);
    const baseline = await readsFor(cluster, token, source, [cluster.replicaUrls[0]!], 1);
    const one = await readsFor(cluster, token, source, [cluster.replicaUrls[0]!]);
    const three = await readsFor(cluster, token, source, cluster.replicaUrls);
    console.log('\n| replicas | subscribers (completed) | upstream reads of the job | poll intervals from first to last read | reads per interval |');
    console.log('|---|---|---|---|---|');
    for (const [n, subs, r] of [[1, 1, baseline], [1, 1000, one], [3, 1000, three]] as const) {
      console.log(`| ${n} | ${subs} (${r.ok}) | ${r.reads} | ${r.intervals.toFixed(1)} | ${(r.reads / r.intervals).toFixed(2)} |`);
    }

    const env = {
      ...process.env,
      CLUSTER_STATE_DIR: cluster.state,
      CLUSTER_REPLICAS: '3',
      CLUSTER_REDIS_PORT: new URL(cluster.redisUrl).port,
      CLUSTER_SIM_PORT: new URL(cluster.simUrl).port,
      CLUSTER_NGINX_PORT: new URL(cluster.nginxUrl).port,
      CLUSTER_BASE_PORT: new URL(cluster.replicaUrls[0]!).port,
      REDIS_URL: cluster.redisUrl,
      REDIS_KEY_PREFIX: cluster.prefix,
      SIM_JOB_STEP_MS: String(STEP_MS),
      JOB_POLL_MIN_MS: String(POLL_MS),
      JOB_POLL_MAX_MS: String(POLL_MS),
      JOB_LEASE_TTL_MS: String(LEASE_TTL_MS),
      LOG_LEVEL: 'warn',
    };
    const gaps: number[] = [];
    for (let i = 0; i < RUNS; i++) gaps.push(await takeover(cluster, token, source, env));
    console.log(`\ntakeover gap after kill -9 (lease TTL ${LEASE_TTL_MS} ms, interval ${POLL_MS} ms): runs ${gaps.join(', ')} ms; median ${median(gaps)} ms`);

    const memory = await firstEventMs(undefined);
    const redis = await firstEventMs(cluster.redisUrl);
    console.log('\n| mode | subscribe → first event, median of 15 (ms) | p90 (ms) |');
    console.log('|---|---|---|');
    const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!;
    console.log(`| in memory | ${median(memory).toFixed(1)} | ${p90(memory).toFixed(1)} |`);
    console.log(`| cluster (REDIS_URL) | ${median(redis).toFixed(1)} | ${p90(redis).toFixed(1)} |`);
  } finally {
    await cluster.stop();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
