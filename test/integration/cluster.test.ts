/**
 * Cluster mode on real processes: redis-server, one simulator, three gateway replicas (REDIS_URL) and nginx,
 * all started by scripts/cluster/start.sh on free loopback ports. Upstream traffic is counted in the simulator's
 * request log; states are what real graphql-ws clients received. No timing thresholds: waits only avoid hangs.
 *
 * Polling is at a constant interval (min = max) so that two jobs watched over the same span cost the same number
 * of polls; a job lasts 5 simulator steps (INIT, 4 RUNNING steps, SUCCESS).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import {
  copySource,
  hasClusterPackages,
  openClients,
  startCluster,
  startJob,
  stateName,
  subscribe,
  until,
  type Cluster,
  type Subscriber,
} from '../helpers/cluster';

const STEP_MS = 1_200;
const POLL_MS = 200;
const LEASE_TTL_MS = 1_500;

if (!hasClusterPackages) {
  console.warn('!! redis-server or nginx not found: test/integration/cluster.test.ts is SKIPPED (run scripts/cluster/install.sh)');
}

let cluster: Cluster;
let token: string;
let source: string;
const clients: Client[] = [];

beforeAll(async () => {
  cluster = await startCluster({
    replicas: 3,
    env: {
      SIM_JOB_STEP_MS: String(STEP_MS),
      JOB_POLL_MIN_MS: String(POLL_MS),
      JOB_POLL_MAX_MS: String(POLL_MS),
      JOB_LEASE_TTL_MS: String(LEASE_TTL_MS),
      WS_KEEPALIVE_MS: '2000',
      // Hundreds of dashboards of one project, each on its own socket, is the point here: above the per-client cap.
      WS_MAX_CONNECTIONS_PER_CLIENT: '1000',
      PROJECT_CALLS_BURST: '2000',
    },
  });
  token = await cluster.token('alice');
  source = await copySource(cluster);
}, 300_000);

afterAll(async () => {
  await Promise.allSettled(clients.splice(0).map((c) => c.dispose()));
  await cluster?.stop();
}, 120_000);

async function clientsOn(url: string, count: number, retry = false) {
  const opened = await openClients(url, token, count, { retry });
  clients.push(...opened);
  return opened;
}

/** Each subscriber's states are the canonical sequence from the point it joined: same states, same order. */
function expectSameStates(subscribers: Subscriber[]) {
  const canonical = subscribers.map((s) => s.events.map(stateName)).reduce((a, b) => (b.length > a.length ? b : a));
  expect(canonical.at(-1)).toMatch(/^SUCCESS/);
  expect(new Set(canonical).size).toBe(canonical.length);
  for (const s of subscribers) {
    const seen = s.events.map(stateName);
    expect(s.error).toBeUndefined();
    expect(seen.at(-1)).toBe(canonical.at(-1));
    expect(canonical.slice(canonical.length - seen.length)).toEqual(seen);
  }
}

describe.skipIf(!hasClusterPackages)('cluster: three replicas, Redis, nginx', () => {
  it('300 graphql-ws subscribers over 3 replicas on one job cost the polls of one subscriber, and see the same states to SUCCESS', async () => {
    const [r1, r2, r3] = cluster.replicaUrls as [string, string, string];
    const pools = await Promise.all([clientsOn(r1, 100), clientsOn(r2, 100), clientsOn(r3, 100)]);
    const single = await clientsOn(r1, 1);

    // Two identical jobs over the same span: one watched by 300 clients on 3 replicas, one by a single client.
    const [crowdJob, aloneJob] = await Promise.all([startJob(cluster, r1, source), startJob(cluster, r2, source)]);
    const alone = subscribe(single[0]!, aloneJob);
    const crowd = pools.flat().map((c) => subscribe(c, crowdJob));
    await Promise.all([alone.done, ...crowd.map((s) => s.done)]);

    expectSameStates(crowd);
    expect(alone.events.at(-1)?.status).toBe('SUCCESS');
    const crowdReads = (await cluster.jobReads(crowdJob)).length;
    const aloneReads = (await cluster.jobReads(aloneJob)).length;
    // Each replica authorises the shared token once with its own read (as one process does for a new token): the
    // two extra replicas add two reads; everything else is one shared poll.
    const replicasAuthorising = 3;
    console.log(`300 subscribers on 3 replicas: ${crowdReads} job reads; 1 subscriber: ${aloneReads}`);
    expect(Math.abs(crowdReads - (replicasAuthorising - 1) - aloneReads)).toBeLessThanOrEqual(2);
  });

  it('SSE through nginx streams: the first event arrives while the job still runs, the rest follow to SUCCESS', async () => {
    const jobId = await startJob(cluster, cluster.replicaUrls[0]!, source);
    const res = await fetch(`${cluster.nginxUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-auth-token': token },
      body: JSON.stringify({ query: `subscription($id: ID!) { jobProgress(id: $id) { status progressPercent } }`, variables: { id: jobId } }),
    });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    let statusAtFirstEvent: string | undefined;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += value;
      if (statusAtFirstEvent === undefined && text.includes('event: next')) {
        const r = await cluster.gql(cluster.replicaUrls[1]!, `query($id: ID!) { job(id: $id) { status } }`, { id: jobId });
        statusAtFirstEvent = r.data.job.status;
      }
    }
    const states = [...text.matchAll(/^data: (\{.*\})$/gm)].map((m) => JSON.parse(m[1]!).data?.jobProgress?.status).filter(Boolean);
    // Anything on the way that held the stream back (a buffering proxy, compression) would deliver it all after SUCCESS.
    expect(statusAtFirstEvent).toBeDefined();
    expect(statusAtFirstEvent).not.toBe('SUCCESS');
    expect(states.at(-1)).toBe('SUCCESS');
    expect(text).toContain('event: complete');
  });

  it('Redis stopped mid-job and started again: no subscriber misses the terminal state, and shared polling resumes', async () => {
    const urls = cluster.replicaUrls;
    const pools = await Promise.all(urls.map((u) => clientsOn(u, 5)));
    const jobId = await startJob(cluster, urls[0]!, source);
    const subs = pools.flat().map((c) => subscribe(c, jobId));
    await until(() => subs.every((s) => s.events.length > 0), 'every subscriber has its first state');

    const logsBefore = urls.map((_, i) => cluster.replicaLog(i).split('Redis unreachable').length);
    await cluster.stopRedis();
    await until(() => urls.every((_, i) => cluster.replicaLog(i).split('Redis unreachable').length > logsBefore[i]!), 'every replica notices');
    const backBefore = urls.map((_, i) => cluster.replicaLog(i).split('Redis is back').length);
    await until(() => subs.every((s) => s.events.some((e) => (e.progressPercent ?? 0) >= 30)), 'progress while Redis is down');
    await cluster.startRedis();
    await until(() => urls.every((_, i) => cluster.replicaLog(i).split('Redis is back').length > backBefore[i]!), 'every replica reconnects');
    // Logged once per outage, not per failed command or reconnection attempt.
    for (const [i] of urls.entries()) expect(cluster.replicaLog(i).split('Redis unreachable').length).toBe(logsBefore[i]! + 1);
    await Promise.all(subs.map((s) => s.done));
    for (const s of subs) {
      expect(s.error).toBeUndefined();
      expect(s.events.at(-1)?.status).toBe('SUCCESS');
      const progress = s.events.map((e) => e.progressPercent ?? 0);
      expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    }

    // Shared again: a job watched on all three replicas costs one subscriber's polls (+ the two extra authorisations).
    const spread = await Promise.all(urls.map((u) => clientsOn(u, 1)));
    const single = await clientsOn(urls[0]!, 1);
    const [shared, alone] = await Promise.all([startJob(cluster, urls[0]!, source), startJob(cluster, urls[1]!, source)]);
    const aloneSub = subscribe(single[0]!, alone);
    const sharedSubs = spread.flat().map((c) => subscribe(c, shared));
    await Promise.all([aloneSub.done, ...sharedSubs.map((s) => s.done)]);
    expectSameStates(sharedSubs);
    const sharedReads = (await cluster.jobReads(shared)).length;
    const aloneReads = (await cluster.jobReads(alone)).length;
    console.log(`after Redis restart, 3 replicas: ${sharedReads} job reads; 1 subscriber: ${aloneReads}`);
    expect(Math.abs(sharedReads - 2 - aloneReads)).toBeLessThanOrEqual(2);
  });

  it('kill -9 of the lease holder mid-job: the others poll on, its clients reconnect through nginx and get the current state first', async () => {
    const viaNginx = await clientsOn(cluster.nginxUrl, 9, true);
    const jobId = await startJob(cluster, cluster.replicaUrls[0]!, source);
    const balanced = viaNginx.map((c) => subscribe(c, jobId));
    await until(() => balanced.every((s) => s.events.length > 0), 'nginx subscribers have their first state');
    let holder = -1;
    await until(async () => (holder = await cluster.leaseHolder(jobId)) >= 0, 'a replica holds the lease');
    const others = cluster.replicaUrls.filter((_, i) => i !== holder);
    const direct = (await Promise.all(others.map((u) => clientsOn(u, 10)))).flat().map((c) => subscribe(c, jobId));
    await until(() => direct.every((s) => s.events.length > 0), 'direct subscribers have their first state');
    await until(() => direct.every((s) => s.events.some((e) => e.status === 'RUNNING')), 'the job runs');

    const killedPid = cluster.replicaPid(holder);
    const lastBeforeKill = Math.max(...(await cluster.jobReads(jobId)).map((r) => r.seq));
    const directBefore = direct.map((s) => s.events.length);
    process.kill(killedPid, 'SIGKILL');

    await Promise.all([...direct, ...balanced].map((s) => s.done));
    const readsAfter = (await cluster.jobReads(jobId)).filter((r) => r.seq > lastBeforeKill);
    expect(readsAfter.length).toBeGreaterThan(0);
    const first = readsAfter[0]!;
    const lastBefore = (await cluster.requests()).find((r) => r.seq === lastBeforeKill)!;
    console.log(`takeover: next job read ${Date.parse(first.time) - Date.parse(lastBefore.time)} ms after the last one before kill -9 (lease TTL ${LEASE_TTL_MS} ms, interval ${POLL_MS} ms)`);

    // Subscribers on the surviving replicas: every state after the kill, identical everywhere, to SUCCESS.
    expectSameStates(direct);
    const afterKill = direct.map((s, i) => s.events.slice(directBefore[i]).map(stateName));
    for (const seq of afterKill) expect(seq).toEqual(afterKill[0]);
    expect(afterKill[0]!.at(-1)).toMatch(/^SUCCESS/);

    // The holder's own clients (through nginx) lost their connection, reconnected to a live replica through nginx,
    // and got the current state first: never an older one than they had, then the rest to SUCCESS.
    const moved = balanced.filter((s) => s.reconnectedAt.length > 0);
    expect(moved.length).toBeGreaterThan(0);
    const canonical = direct.map((s) => s.events.map(stateName)).reduce((a, b) => (b.length > a.length ? b : a));
    for (const s of moved) {
      expect(s.error).toBeUndefined();
      const at = s.reconnectedAt[0]!;
      const before = s.events.slice(0, at);
      const after = s.events.slice(at);
      expect(after.length).toBeGreaterThan(0);
      expect(after.at(-1)?.status).toBe('SUCCESS');
      expect(canonical).toContain(stateName(after[0]!));
      expect(after[0]!.progressPercent ?? 0).toBeGreaterThanOrEqual(before.at(-1)?.progressPercent ?? 0);
    }
    for (const s of balanced.filter((x) => x.reconnectedAt.length === 0)) expect(s.events.at(-1)?.status).toBe('SUCCESS');
  });

  it('SIGTERM of the lease holder mid-job: its clients are not told the job is over; they reconnect through nginx and reach SUCCESS', async () => {
    const alive = cluster.replicaUrls.map((_, i) => i).filter((i) => {
      try {
        process.kill(cluster.replicaPid(i), 0);
        return true;
      } catch {
        return false;
      }
    });
    expect(alive.length).toBeGreaterThanOrEqual(2);
    const viaNginx = await clientsOn(cluster.nginxUrl, 6, true);
    const jobId = await startJob(cluster, cluster.replicaUrls[alive[0]!]!, source);
    const subs = viaNginx.map((c) => subscribe(c, jobId));
    await until(() => subs.every((s) => s.events.some((e) => e.status === 'RUNNING')), 'the job runs for every subscriber');
    let holder = -1;
    await until(async () => (holder = await cluster.leaseHolder(jobId)) >= 0, 'a replica holds the lease');
    process.kill(cluster.replicaPid(holder), 'SIGTERM');
    await Promise.all(subs.map((s) => s.done));
    for (const s of subs) {
      expect(s.error).toBeUndefined();
      expect(s.events.at(-1)?.status).toBe('SUCCESS');
    }
    expect(subs.filter((s) => s.reconnectedAt.length > 0).length).toBeGreaterThan(0);
  });
});
