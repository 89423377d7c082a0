/**
 * A real local cluster for tests and benchmarks, through the project's own scripts: scripts/cluster/start.sh
 * (redis-server, one simulator, N gateway processes in cluster mode, nginx) on free loopback ports and a
 * temporary state dir, and stop.sh. Plus what the suites need around it: tokens, GraphQL over HTTP,
 * graphql-ws subscribers that record every event (and the reconnections they went through), the simulator's
 * request log and the job's lease holder.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { until as waitUntil } from './wait';
import { freePorts } from './ports';
import { issueDemoToken, type DemoUser } from './tokens';

const run = promisify(execFile);
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export const hasClusterPackages =
  spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0 &&
  spawnSync('sh', ['-c', 'command -v nginx || test -x /usr/sbin/nginx'], { stdio: 'ignore' }).status === 0;

export interface SimRequest {
  seq: number;
  method: string;
  path: string;
  status: number;
  time: string;
}

export interface Cluster {
  state: string;
  nginxUrl: string;
  simUrl: string;
  redisUrl: string;
  prefix: string;
  replicaUrls: string[];
  /** PID of replica i (0-based), as start.sh recorded it. */
  replicaPid(i: number): number;
  replicaLog(i: number): string;
  token(user?: DemoUser): Promise<string>;
  projectId(user?: DemoUser): Promise<string>;
  gql(url: string, query: string, variables?: Record<string, unknown>): Promise<any>;
  requests(): Promise<SimRequest[]>;
  /** GETs of one job's state in the simulator's log (authorisation reads and polls). */
  jobReads(jobId: string): Promise<SimRequest[]>;
  /** The replica (0-based) holding the job's lease, or -1. */
  leaseHolder(jobId: string): Promise<number>;
  stopRedis(): Promise<void>;
  startRedis(): Promise<void>;
  stop(): Promise<void>;
}

/** What start.sh needs for one attempt on ports from `base`. */
function clusterEnv(state: string, base: number, replicas: number, prefix: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CLUSTER_STATE_DIR: state,
    CLUSTER_REPLICAS: String(replicas),
    CLUSTER_REDIS_PORT: String(base),
    CLUSTER_SIM_PORT: String(base + 1),
    CLUSTER_NGINX_PORT: String(base + 2),
    CLUSTER_BASE_PORT: String(base + 3),
    REDIS_KEY_PREFIX: prefix,
    REDIS_URL: `redis://127.0.0.1:${base}`,
    ...extra,
  };
}

export async function startCluster(opts: { replicas: number; env?: Record<string, string> }): Promise<Cluster> {
  const prefix = `it${process.pid}:`;
  let state = '';
  let base = 0;
  let env: NodeJS.ProcessEnv = {};
  const script = (name: string) => run('bash', [join(ROOT, 'scripts/cluster', name)], { env, cwd: ROOT, timeout: 240_000 });
  // A port can still be taken between the check and the listen (another suite's own pick): start.sh then fails
  // naming it, and the cluster is started again on other ports. Any other failure is reported at once.
  for (let attempt = 1; ; attempt++) {
    state = mkdtempSync(join(tmpdir(), 'cluster-'));
    base = await freePorts(opts.replicas + 3);
    env = clusterEnv(state, base, opts.replicas, prefix, opts.env);
    try {
      await script('start.sh');
      break;
    } catch (error) {
      await script('stop.sh').catch(() => {});
      const text = `${(error as { stderr?: string }).stderr ?? ''} ${(error as Error).message}`;
      if (attempt >= 3 || !/already in use|is taken/.test(text)) throw error;
      console.warn(`cluster: a port was taken while starting (attempt ${attempt}); starting again on other ports`);
    }
  }
  const simUrl = `http://127.0.0.1:${base + 1}`;
  const replicaUrls = Array.from({ length: opts.replicas }, (_, i) => `http://127.0.0.1:${base + 3 + i}`);
  const tokens = new Map<string, { token: string; projectId: string }>();
  const issue = async (user: DemoUser) => {
    let t = tokens.get(user);
    if (!t) tokens.set(user, (t = await issueDemoToken(simUrl, user)));
    return t;
  };
  const redisUrl = `redis://127.0.0.1:${base}`;
  const cluster: Cluster = {
    state,
    nginxUrl: `http://127.0.0.1:${base + 2}`,
    simUrl,
    redisUrl,
    prefix,
    replicaUrls,
    replicaPid: (i) => Number(readFileSync(join(state, 'run', `gateway-${i + 1}.pid`), 'utf8').trim()),
    replicaLog: (i) => readFileSync(join(state, 'log', `gateway-${i + 1}.log`), 'utf8'),
    token: async (user = 'alice') => (await issue(user)).token,
    projectId: async (user = 'alice') => (await issue(user)).projectId,
    async gql(url, query, variables) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-auth-token': (await issue('alice')).token },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
    async requests() {
      const res = await fetch(`${simUrl}/_sim/requests`);
      return ((await res.json()) as { requests: SimRequest[] }).requests;
    },
    async jobReads(jobId) {
      return (await cluster.requests()).filter((r) => r.method === 'GET' && r.path.endsWith(`/jobs/${jobId}`));
    },
    async leaseHolder(jobId) {
      const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
      try {
        await redis.connect();
        const projectId = (await issue('alice')).projectId;
        const owner = await redis.get(`${prefix}jobs:lease:job|huawei:${projectId}|${jobId}`);
        if (!owner) return -1;
        const pid = Number(owner.split(':')[1]);
        return replicaUrls.findIndex((_, i) => cluster.replicaPid(i) === pid);
      } finally {
        redis.disconnect();
      }
    },
    stopRedis: async () => void (await script('redis-stop.sh')),
    startRedis: async () => void (await script('redis-start.sh')),
    stop: async () => void (await script('stop.sh')),
  };
  return cluster;
}

export interface JobEvent {
  status: string;
  progressPercent: number | null;
}

export interface Subscriber {
  client: Client;
  /** Every event, in order. */
  events: JobEvent[];
  /** Index into `events` at which each reconnection happened (events before it came on the old connection). */
  reconnectedAt: number[];
  done: Promise<void>;
  error?: unknown;
}

/** Opens graphql-ws connections (acknowledged) before the job starts, so subscribing is only a message. */
export async function openClients(url: string, token: string, count: number, opts: { retry?: boolean } = {}): Promise<Client[]> {
  const wsUrl = url.replace(/^http/, 'ws') + '/graphql';
  return Promise.all(
    Array.from({ length: count }, async () => {
      let acked!: () => void;
      const ready = new Promise<void>((r) => (acked = r));
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { token },
        lazy: false,
        keepAlive: 5_000,
        retryAttempts: opts.retry ? 30 : 0,
        shouldRetry: () => !!opts.retry,
        retryWait: () => new Promise((r) => setTimeout(r, 200)),
        onNonLazyError: () => {},
        on: { connected: () => acked() },
      });
      await ready;
      return client;
    }),
  );
}

const SUBSCRIPTION = `subscription($id: ID!) { jobProgress(id: $id) { status progressPercent } }`;

export function subscribe(client: Client, jobId: string): Subscriber {
  const sub: Subscriber = { client, events: [], reconnectedAt: [], done: Promise.resolve() };
  let connectedOnce = true;
  client.on('closed', () => {
    connectedOnce = false;
  });
  client.on('connected', () => {
    if (!connectedOnce) sub.reconnectedAt.push(sub.events.length);
    connectedOnce = true;
  });
  sub.done = new Promise<void>((resolveDone) => {
    client.subscribe<{ jobProgress: JobEvent }>(
      { query: SUBSCRIPTION, variables: { id: jobId } },
      {
        next: (r) => {
          if (r.data) sub.events.push(r.data.jobProgress);
          else sub.error = r.errors;
        },
        error: (e) => {
          sub.error = e;
          resolveDone();
        },
        complete: () => resolveDone(),
      },
    );
  });
  return sub;
}


/** Cluster suites wait longer: processes start, leases expire. */
export const until = (check: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000) => waitUntil(check, what, timeoutMs);

/** alice's plain private image that an in-region copy job can start from. */
export async function copySource(cluster: Cluster): Promise<string> {
  const r = await cluster.gql(
    cluster.replicaUrls[0]!,
    `{ images(first: 100, filter: { imageType: PRIVATE }) { edges { node { imageId status ownedByMe wholeImage encryptionKeyId rootOrigin virtualEnvType } } } }`,
  );
  const source = r.data.images.edges
    .map((e: any) => e.node)
    .find((i: any) => i.ownedByMe && i.status === 'ACTIVE' && !i.wholeImage && !i.encryptionKeyId && !i.rootOrigin && i.virtualEnvType === 'FUSION_COMPUTE');
  if (!source) throw new Error('no plain private image of alice to copy');
  return source.imageId;
}

let copies = 0;
/** Starts an IMS job (in-region copy) through `url`; returns its upstream job id. */
export async function startJob(cluster: Cluster, url: string, sourceImageId: string): Promise<string> {
  const r = await cluster.gql(
    url,
    `mutation($input: CopyImageInput!) { copyImage(input: $input) { __typename ... on JobPayload { job { jobId } } ... on Error { message } } }`,
    { input: { imageId: sourceImageId, name: `cluster-copy-${process.pid}-${++copies}` } },
  );
  if (r.data?.copyImage?.__typename !== 'JobPayload') throw new Error(`copyImage: ${JSON.stringify(r)}`);
  return r.data.copyImage.job.jobId;
}

export const stateName = (e: JobEvent) => `${e.status}:${e.progressPercent ?? '-'}`;
