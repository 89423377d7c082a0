/**
 * Live job progress end to end: real graphql-ws clients (over `ws`) and SSE requests against a real gateway on
 * port 0 and the simulator. Upstream traffic is counted from the simulator's request log; the only wall-clock
 * comparison is the Retry-After one, made on the simulator's own timestamps of the job's GETs.
 *
 * The gateway polls at a constant interval (min = max) so that two identical jobs watched at the same time cost
 * the same number of polls whatever the number of watchers; a job lasts 5 simulator steps.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client, type FormattedExecutionResult as ExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestGateway, type SimRequest, type TestGateway } from '../helpers/gateway';
import { issueDemoToken } from '../helpers/tokens';
import { sleep, until } from '../helpers/wait';

const STEP_MS = 250;
const POLL_MS = 40;
const MAX_SUBS_PER_CONNECTION = 3;
const INIT_TIMEOUT_MS = 300;

let t: TestGateway;
let token: string;
let alphaProjectId: string;
let sourceImageId: string;

beforeAll(async () => {
  t = await startTestGateway({
    SIM_JOB_STEP_MS: String(STEP_MS),
    JOB_POLL_MIN_MS: String(POLL_MS),
    JOB_POLL_MAX_MS: String(POLL_MS),
    WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: String(MAX_SUBS_PER_CONNECTION),
    WS_CONNECTION_INIT_TIMEOUT_MS: String(INIT_TIMEOUT_MS),
    // 200 dashboards of one token, each on its own socket.
    WS_MAX_CONNECTIONS_PER_CLIENT: '1000',
  });
  token = await t.token('alice');
  alphaProjectId = await t.projectId('alice');
  const r = await t.gql(`{ images(first: 100, filter: { imageType: PRIVATE }) { edges { node { imageId name status ownedByMe wholeImage encryptionKeyId rootOrigin virtualEnvType } } } }`);
  const source = r.data.images.edges
    .map((e: any) => e.node)
    .find((i: any) => i.ownedByMe && i.status === 'ACTIVE' && !i.wholeImage && !i.encryptionKeyId && !i.rootOrigin && i.virtualEnvType === 'FUSION_COMPUTE');
  if (!source) throw new Error('the seed has no plain private image of alice to copy');
  sourceImageId = source.imageId;
});

afterAll(async () => {
  await t?.close();
});

// ---- graphql-ws and SSE clients ------------------------------------------------------------------------------

const clients: Client[] = [];
const sseStreams: AbortController[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
  for (const s of sseStreams.splice(0)) s.abort();
  await t.clearFaults();
  // Whatever a test did, nobody watches anything once its clients are gone: no poller may outlive them.
  await until(() => {
    const s = t.gateway.services.jobs.jobs.stats();
    const i = t.gateway.services.jobs.images.stats();
    return s.activePollers === 0 && s.watchers === 0 && i.activePollers === 0 && i.watchers === 0;
  }, 'every poller stops once its watchers are gone');
});

function wsClient(opts: { connectionParams?: Record<string, unknown>; headers?: Record<string, string> } = {}): Client {
  const headers = opts.headers;
  const client = createClient({
    url: t.gateway.wsUrl,
    connectionParams: opts.connectionParams,
    webSocketImpl: headers
      ? class extends WebSocket {
          constructor(url: string, protocols?: string | string[]) {
            super(url, protocols, { headers });
          }
        }
      : WebSocket,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {},
  });
  clients.push(client);
  return client;
}

/** A client authenticated as alice through connectionParams. */
const alice = () => wsClient({ connectionParams: { 'X-Auth-Token': token } });

interface Stream {
  results: ExecutionResult<any>[];
  /** Set when the server ended the operation with an `error` message (or the transport failed). */
  failure: unknown;
  completed: boolean;
  /** Resolves when the operation is over: completed or failed. */
  finished: Promise<void>;
  /** Data of each result under `field`. */
  values(field: string): any[];
  stop(): void;
  /** Resolves once `predicate` holds for the stream (checked on every result and at the end). */
  until(predicate: (s: Stream) => boolean, label: string): Promise<void>;
}

function makeStream(stop: () => void): Stream & { push(r: ExecutionResult<any>): void; end(failure?: unknown): void } {
  const waiters = new Set<() => void>();
  let finish!: () => void;
  const stream = {
    results: [] as ExecutionResult<any>[],
    failure: undefined as unknown,
    completed: false,
    finished: new Promise<void>((resolve) => (finish = resolve)),
    values: (field: string) => stream.results.map((r) => r.data?.[field]),
    stop,
    push(r: ExecutionResult<any>) {
      stream.results.push(r);
      for (const w of [...waiters]) w();
    },
    end(failure?: unknown) {
      if (failure !== undefined) stream.failure = failure;
      else stream.completed = true;
      finish();
      for (const w of [...waiters]) w();
    },
    until(predicate: (s: Stream) => boolean, label: string) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (predicate(stream)) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve();
          } else if (stream.completed || stream.failure !== undefined) {
            waiters.delete(check);
            clearTimeout(timer);
            reject(new Error(`${label}: the stream ended first (${JSON.stringify(stream.results)}, failure ${String(stream.failure)})`));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`${label}: not reached; got ${JSON.stringify(stream.results)}`));
        }, 8_000);
        waiters.add(check);
        check();
      });
    },
  };
  return stream;
}

function subscribe(client: Client, query: string, variables?: Record<string, unknown>): Stream {
  let unsubscribe = () => {};
  const stream = makeStream(() => unsubscribe());
  unsubscribe = client.subscribe<any, any>(
    { query, variables },
    {
      next: (r) => stream.push(r),
      error: (e) => stream.end(e ?? new Error('error without detail')),
      complete: () => stream.end(),
    },
  );
  return stream;
}

/** The same subscription over yoga's SSE (`Accept: text/event-stream`), POST or GET. */
function sse(query: string, variables: Record<string, unknown>, opts: { headers?: Record<string, string>; method?: 'POST' | 'GET' } = {}): Stream & { httpStatus?: number } {
  const controller = new AbortController();
  sseStreams.push(controller);
  const stream: ReturnType<typeof makeStream> & { httpStatus?: number } = makeStream(() => controller.abort());
  const headers: Record<string, string> = { accept: 'text/event-stream', ...(opts.headers ?? { 'x-auth-token': token }) };
  let url = t.gateway.graphqlUrl;
  const init: RequestInit = { method: opts.method ?? 'POST', headers, signal: controller.signal };
  if (init.method === 'GET') url += `?${new URLSearchParams({ query, variables: JSON.stringify(variables) })}`;
  else {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify({ query, variables });
  }
  void (async () => {
    try {
      const res = await fetch(url, init);
      stream.httpStatus = res.status;
      // yoga answers a refused subscription as a stream too, with the error's HTTP status (401 for a missing token).
      if (!res.headers.get('content-type')?.startsWith('text/event-stream')) {
        stream.end(new Error(`SSE refused: ${res.status} ${await res.text()}`));
        return;
      }
      const decoder = new TextDecoder();
      let buffer = '';
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: ?(.*)$/m.exec(frame)?.[1];
          const data = frame
            .split('\n')
            .filter((l) => l.startsWith('data:'))
            .map((l) => l.slice(5).trimStart())
            .join('\n');
          if (event === 'complete') {
            stream.end();
            return;
          }
          if (data) stream.push(JSON.parse(data));
        }
      }
      stream.end(new Error('SSE stream closed without a complete event'));
    } catch (e) {
      if (!controller.signal.aborted) stream.end(e);
    }
  })();
  return stream;
}

// ---- the world -----------------------------------------------------------------------------------------------



let copies = 0;
/** Starts an in-region copy of alice's image (an IMS job that ends in SUCCESS after 5 steps). */
async function startCopy(): Promise<{ jobId: string; name: string; status: string }> {
  const name = `sub-copy-${++copies}`;
  const r = await t.gql(
    `mutation($input: CopyImageInput!) { copyImage(input: $input) { __typename ... on JobPayload { job { jobId status } } ... on Error { message } } }`,
    { input: { imageId: sourceImageId, name } },
  );
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  expect(r.data.copyImage.__typename, JSON.stringify(r.data.copyImage)).toBe('JobPayload');
  return { ...r.data.copyImage.job, name };
}

let exports = 0;
/** Starts an export of alice's image to OBS (an IMS job that ends in SUCCESS after 5 steps; uses no image quota). */
async function startExport(): Promise<{ jobId: string; status: string }> {
  const r = await t.gql(
    `mutation($input: ExportImageInput!) { exportImage(input: $input) { __typename ... on JobPayload { job { jobId status } } ... on Error { message } } }`,
    { input: { imageId: sourceImageId, bucketUrl: `ims-image:sub-export-${++exports}.qcow2`, fileFormat: 'QCOW2' } },
  );
  expect(r.data?.exportImage?.__typename, JSON.stringify(r)).toBe('JobPayload');
  return r.data.exportImage.job;
}

/** An import of an empty OBS file: accepted, then FAIL with IMG.0057 when the file is read (step 2). */
async function startDoomedImport(): Promise<string> {
  const r = await t.gql(
    `mutation($input: CreateImageFromFileInput!) { createImageFromFile(input: $input) { __typename ... on JobPayload { jobId } ... on Error { message } } }`,
    { input: { name: 'sub-doomed-import', imageUrl: 'ims-image:empty.qcow2', minDiskGb: 40, osVersion: 'CentOS 7.0 64bit' } },
  );
  expect(r.data?.createImageFromFile?.__typename, JSON.stringify(r)).toBe('JobPayload');
  return r.data.createImageFromFile.jobId;
}

/** A new token of a demo user (`t.token` hands out one per user). */
async function issueToken(user: 'alice' | 'bob'): Promise<string> {
  return (await issueDemoToken(t.simUrl, user)).token;
}

const jobPath = (jobId: string) => `/v1/${alphaProjectId}/jobs/${jobId}`;
async function jobGets(jobId: string): Promise<SimRequest[]> {
  return (await t.requests()).filter((q) => q.method === 'GET' && q.path === jobPath(jobId));
}

const JOB_PROGRESS = `subscription($id: ID!) { jobProgress(id: $id) { jobId status progressPercent currentTask } }`;
const isTerminal = (job: any) => job?.status === 'SUCCESS' || job?.status === 'FAIL';

/** Statuses in order, consecutive repeats folded. */
const statusRun = (values: { status: string }[]) => values.map((v) => v.status).filter((s, i, all) => i === 0 || all[i - 1] !== s);

function expectProgressNonDecreasing(jobs: { progressPercent: number | null }[]) {
  const percents = jobs.map((j) => j.progressPercent ?? 0);
  for (let i = 1; i < percents.length; i++) expect(percents[i]!).toBeGreaterThanOrEqual(percents[i - 1]!);
}

// ---- tests ---------------------------------------------------------------------------------------------------

describe('jobProgress over graphql-ws: one shared poll per job', () => {
  it('costs the same upstream polls with 200 subscribers as with 1, on two identical jobs watched side by side', async () => {
    const [single, crowded] = await Promise.all([startExport(), startExport()]);
    // Both pollers start together and then share one event loop, so they see the same clock and the same load.
    const lone = subscribe(alice(), JOB_PROGRESS, { id: single.jobId });
    const crowd: Stream[] = [subscribe(alice(), JOB_PROGRESS, { id: crowded.jobId })];
    for (let i = 1; i < 200; i++) crowd.push(subscribe(alice(), JOB_PROGRESS, { id: crowded.jobId }));
    await Promise.all([lone, ...crowd].map((s) => s.finished));

    for (const s of [lone, ...crowd]) {
      expect(s.failure).toBeUndefined();
      const jobs = s.values('jobProgress');
      expect(jobs.at(-1)).toMatchObject({ status: 'SUCCESS', progressPercent: 100 });
      expect(jobs.slice(0, -1).some(isTerminal)).toBe(false);
      expectProgressNonDecreasing(jobs);
    }
    const alone = (await jobGets(single.jobId)).length;
    const together = (await jobGets(crowded.jobId)).length;
    // More than one poll, so the comparison says something (a machine loaded enough to starve the event loop
    // has made it as few as three over the whole job).
    expect(alone).toBeGreaterThan(1);
    expect(Math.abs(together - alone), `1 subscriber: ${alone} GETs, 200 subscribers: ${together} GETs`).toBeLessThanOrEqual(1);
  });

  it('gives a subscriber joining at ~60 % that state first, and one joining after SUCCESS the final state and completion without a poll', async () => {
    const { jobId } = await startExport();
    const first = subscribe(alice(), JOB_PROGRESS, { id: jobId });
    await first.until((s) => s.values('jobProgress').some((j) => j.progressPercent >= 60), 'first subscriber sees 60 %');
    const seenByFirst = first.results.length;
    const late = subscribe(alice(), JOB_PROGRESS, { id: jobId });
    await Promise.all([first.finished, late.finished]);

    const lateJobs = late.values('jobProgress');
    expect(lateJobs[0].status).toBe('RUNNING');
    expect(lateJobs[0].progressPercent).toBeGreaterThanOrEqual(60);
    // It starts with the state the first subscriber held when it joined (or a newer one), never from INIT, and
    // from then on sees exactly what the first one sees.
    const firstJobs = first.values('jobProgress');
    expect(firstJobs.slice(seenByFirst - 1)).toContainEqual(lateJobs[0]);
    expect(firstJobs.slice(firstJobs.length - lateJobs.length)).toEqual(lateJobs);
    expect(lateJobs.at(-1).status).toBe('SUCCESS');

    await t.clearRequests();
    const after = subscribe(alice(), JOB_PROGRESS, { id: jobId });
    await after.finished;
    expect(after.completed).toBe(true);
    expect(after.values('jobProgress')).toEqual([firstJobs.at(-1)]);
    expect(await jobGets(jobId)).toHaveLength(0);
  });

  it('refuses bob watching alice’s job with NOT_FOUND, and never starts a poller for him', async () => {
    const { jobId } = await startExport();
    const bobToken = await t.token('bob');
    const bob = subscribe(wsClient({ connectionParams: { 'X-Auth-Token': bobToken } }), JOB_PROGRESS, { id: jobId });
    await bob.finished;
    const errors = bob.results.flatMap((r) => r.errors ?? []).concat((Array.isArray(bob.failure) ? bob.failure : []) as any[]);
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions?.code).toBe('NOT_FOUND');
    expect(errors[0].message).toMatch(/job/i);
    expect(bob.values('jobProgress').filter(Boolean)).toHaveLength(0);
    expect(t.gateway.services.jobs.jobs.stats().watchers).toBe(0);
    // Alice's own subscription to the same job is unaffected.
    const own = subscribe(alice(), JOB_PROGRESS, { id: jobId });
    await own.finished;
    expect(own.values('jobProgress').at(-1).status).toBe('SUCCESS');
  });

  it('costs one upstream read for the first subscriber of a job that already finished: the authorisation read is its state', async () => {
    const { jobId } = await startExport();
    await until(async () => (await t.gql(`query($id: ID!) { job(id: $id) { status } }`, { id: jobId })).data?.job?.status === 'SUCCESS', 'the export finishes unwatched');
    await t.clearRequests();
    const s = subscribe(alice(), JOB_PROGRESS, { id: jobId });
    await s.finished;
    expect(s.completed).toBe(true);
    expect(s.values('jobProgress')).toMatchObject([{ jobId, status: 'SUCCESS' }]);
    expect(await jobGets(jobId)).toHaveLength(1);
  });

  it('ends only the subscriber whose token is refused while it owns the poll; the other carries on to SUCCESS', async () => {
    const { jobId } = await startExport();
    // Only alice's project sees the job, so the second subscriber is alice with a token of her own.
    const secondToken = await issueToken('alice');
    expect(secondToken).not.toBe(token);
    const owner = subscribe(alice(), JOB_PROGRESS, { id: jobId });
    await owner.until((s) => s.results.length >= 1, 'the owner of the poll sees the job');
    const other = subscribe(wsClient({ connectionParams: { 'X-Auth-Token': secondToken } }), JOB_PROGRESS, { id: jobId });
    await other.until((s) => s.results.length >= 1, 'the second subscriber is authorised and joined');
    // The owner's token is rejected on the next poll (as if revoked); nothing else reads this job meanwhile.
    await t.fault({ method: 'GET', path: jobPath(jobId), kind: 'status', status: 401, times: 1 });
    await Promise.all([owner.finished, other.finished]);

    const ownerErrors = [...owner.results.flatMap((r) => r.errors ?? []), ...((Array.isArray(owner.failure) ? owner.failure : []) as any[])];
    expect(ownerErrors.map((e) => e.extensions?.code), JSON.stringify(ownerErrors)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(ownerErrors)).not.toContain(token);
    expect(owner.values('jobProgress').filter(Boolean).some(isTerminal)).toBe(false);

    expect(other.failure).toBeUndefined();
    expect(other.results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(other.values('jobProgress').at(-1)).toMatchObject({ jobId, status: 'SUCCESS', progressPercent: 100 });

    // One refusal, then the poll went on with the second token and never failed again.
    const gets = await jobGets(jobId);
    expect(gets.filter((q) => q.status !== 200).map((q) => q.status)).toEqual([401]);
    const refused = gets.findIndex((q) => q.status === 401);
    expect(gets.length, 'polls after the refusal').toBeGreaterThan(refused + 1);
  });

  it('stops polling a job when its last subscriber leaves (unsubscribe, then a dropped connection)', async () => {
    const { jobId } = await startExport();
    const stays = alice();
    const leaves = subscribe(alice(), JOB_PROGRESS, { id: jobId });
    const staying = subscribe(stays, JOB_PROGRESS, { id: jobId });
    await leaves.until((s) => s.values('jobProgress').some((j) => j.status === 'RUNNING'), 'RUNNING');
    leaves.stop();

    // One subscriber still watches: polling goes on.
    const before = (await jobGets(jobId)).length;
    await until(async () => (await jobGets(jobId)).length >= before + 2, 'polls continue for the remaining subscriber');
    expect(staying.values('jobProgress').some(isTerminal)).toBe(false);

    await stays.dispose();
    await until(() => t.gateway.services.jobs.jobs.stats().activePollers === 0, 'the poller stops');
    const settled = (await jobGets(jobId)).length;
    // Long enough for several poll intervals and the job's next step: a live poller would have polled.
    await sleep(8 * POLL_MS + STEP_MS);
    expect((await jobGets(jobId)).length).toBe(settled);
    expect(staying.values('jobProgress').some(isTerminal)).toBe(false);
  });

  it('waits at least the advertised Retry-After after a 429 before polling the job again, and carries on', async () => {
    const { jobId } = await startExport();
    const s = subscribe(alice(), JOB_PROGRESS, { id: jobId });
    await s.until((x) => x.results.length >= 1, 'first state');
    await t.fault({ method: 'GET', path: jobPath(jobId), kind: 'status', status: 429, retryAfter: 1, times: 1 });
    await s.finished;
    expect(s.failure).toBeUndefined();
    expect(s.values('jobProgress').at(-1).status).toBe('SUCCESS');

    const gets = await jobGets(jobId);
    const limited = gets.findIndex((q) => q.status === 429);
    expect(limited, 'the 429 was served').toBeGreaterThanOrEqual(0);
    const next = gets[limited + 1];
    expect(next, 'polling resumed').toBeDefined();
    // The simulator's arrival times of the two requests: the retry must not come before the advertised second.
    const waited = Date.parse(next!.time) - Date.parse(gets[limited]!.time);
    expect(waited).toBeGreaterThanOrEqual(1000);
  });

  it('ends the subscription with a coded GraphQL error when the upstream keeps failing, and forgets the poller', async () => {
    const { jobId } = await startExport();
    const ws = subscribe(alice(), JOB_PROGRESS, { id: jobId });
    const overSse = sse(JOB_PROGRESS, { id: jobId });
    await Promise.all([ws, overSse].map((s) => s.until((x) => x.results.length >= 1, 'first state')));
    await t.fault({ method: 'GET', path: jobPath(jobId), kind: 'status', status: 500 });
    await Promise.all([ws.finished, overSse.finished]);
    for (const [how, s] of [['graphql-ws', ws], ['SSE', overSse]] as const) {
      const errors = [...s.results.flatMap((r) => r.errors ?? []), ...((Array.isArray(s.failure) ? s.failure : []) as any[])];
      expect(errors, how).toHaveLength(1);
      expect(errors[0].extensions?.code, `${how}: ${JSON.stringify(errors)}`).toBe('UPSTREAM_ERROR');
      expect(errors[0].extensions?.upstream?.status, how).toBe(500);
      expect(JSON.stringify(errors), how).not.toContain(token);
      expect(s.values('jobProgress').filter(Boolean).some(isTerminal), how).toBe(false);
    }
    expect(t.gateway.services.jobs.jobs.stats().activePollers).toBe(0);
    // Polling gave up after the tracker's retries: a handful of failed GETs, not a retry storm.
    expect((await jobGets(jobId)).filter((q) => q.status === 500).length).toBeLessThanOrEqual(3);
  });

  it('resolves nested objects afresh for every event (no DataLoader cache carried across events)', async () => {
    const first = await startExport();
    await subscribe(alice(), JOB_PROGRESS, { id: first.jobId }).finished;
    const second = await startExport();
    const s = subscribe(alice(), `subscription($ids: [ID!]!) { jobsProgress(ids: $ids) { job { jobId status image { imageId name } } } }`, { ids: [first.jobId, second.jobId] });
    await s.until((x) => x.values('jobsProgress').some((e) => e.job.jobId === first.jobId), 'the finished export');
    const before = s.values('jobsProgress').find((e) => e.job.jobId === first.jobId).job.image;
    expect(before.imageId).toBe(sourceImageId);
    // The exported image is renamed while the second export runs; that export's SUCCESS names the same image.
    const renamed = `renamed-${Date.now()}`;
    const u = await t.gql(`mutation($input: UpdateImageInput!) { updateImage(input: $input) { __typename ... on Error { message } } }`, { input: { imageId: sourceImageId, name: renamed } });
    expect(u.data?.updateImage?.__typename, JSON.stringify(u)).toBe('ImagePayload');
    await s.finished;
    const last = s.values('jobsProgress').at(-1).job;
    expect(last).toMatchObject({ jobId: second.jobId, status: 'SUCCESS', image: { imageId: sourceImageId, name: renamed } });
    expect(before.name).not.toBe(renamed);
  });

  it('runs copyImage → jobProgress INIT, RUNNING, SUCCESS → the created image', async () => {
    const started = await startCopy();
    expect(started.status).toBe('INIT');
    const s = subscribe(alice(), `subscription($id: ID!) { jobProgress(id: $id) { jobId status progressPercent currentTask imageId image { imageId name status } } }`, { id: started.jobId });
    await s.finished;
    expect(s.failure).toBeUndefined();
    const jobs = s.values('jobProgress');
    expect(statusRun(jobs)).toEqual(['INIT', 'RUNNING', 'SUCCESS']);
    expectProgressNonDecreasing(jobs);
    for (const j of jobs) expect(j.jobId).toBe(started.jobId);
    expect(jobs.filter((j) => j.status === 'RUNNING').every((j) => j.currentTask)).toBe(true);
    expect(jobs.filter((j) => j.status !== 'SUCCESS').every((j) => j.image === null)).toBe(true);
    const done = jobs.at(-1);
    expect(done.image).toMatchObject({ name: started.name, status: 'ACTIVE' });
    expect(done.image.imageId).toBe(done.imageId);

    const q = await t.gql(`query($job: ID!, $image: ID!) { job(id: $job) { status image { name } } image(id: $image) { name status } }`, { job: started.jobId, image: done.imageId });
    expect(q.errors).toBeUndefined();
    expect(q.data).toEqual({ job: { status: 'SUCCESS', image: { name: started.name } }, image: { name: started.name, status: 'ACTIVE' } });
  });

  it('jobsProgress follows two jobs (one failing) and completes only when both are terminal', async () => {
    const [copy, doomed] = await Promise.all([startExport(), startDoomedImport()]);
    const s = subscribe(alice(), `subscription($ids: [ID!]!) { jobsProgress(ids: $ids) { job { jobId status progressPercent errorCode } } }`, { ids: [copy.jobId, doomed] });
    await s.finished;
    expect(s.failure).toBeUndefined();
    const events = s.values('jobsProgress').map((e) => e.job);
    const ofCopy = events.filter((j) => j.jobId === copy.jobId);
    const ofDoomed = events.filter((j) => j.jobId === doomed);
    expect(ofCopy.at(-1).status).toBe('SUCCESS');
    expect(ofDoomed.at(-1)).toMatchObject({ status: 'FAIL', errorCode: 'IMG.0057' });
    expect(ofCopy.slice(0, -1).some(isTerminal)).toBe(false);
    expect(ofDoomed.slice(0, -1).some(isTerminal)).toBe(false);
    // The failed job ends first; the stream goes on until the copy is done.
    expect(events.findIndex((j) => j.jobId === doomed && j.status === 'FAIL')).toBeLessThan(events.length - 1);
    expect(events.at(-1)).toMatchObject({ jobId: copy.jobId, status: 'SUCCESS' });
    expectProgressNonDecreasing(ofCopy);
  });

  it('imageStatus follows a registered image QUEUED → SAVING → ACTIVE, each event read fresh', async () => {
    const created = await t.gql(
      `mutation { createImageMetadata(input: { name: "sub-register", diskFormat: QCOW2, minDiskGb: 40 }) { __typename ... on ImagePayload { image { imageId status } } ... on Error { message } } }`,
    );
    expect(created.data?.createImageMetadata?.__typename, JSON.stringify(created)).toBe('ImagePayload');
    const { imageId, status } = created.data.createImageMetadata.image;
    expect(status).toBe('QUEUED');

    const s = subscribe(alice(), `subscription($id: ID!) { imageStatus(id: $id) { imageId status checksum sizeBytes updatedAt } }`, { id: imageId });
    await s.until((x) => x.results.length >= 1, 'current image');
    const reg = await t.gql(`mutation($id: ID!) { registerImage(imageId: $id, imageUrl: "ims-image:centos70.qcow2") { __typename ... on Error { message } } }`, { id: imageId });
    expect(reg.data?.registerImage?.__typename, JSON.stringify(reg)).toBe('JobPayload');
    await s.finished;
    expect(s.failure).toBeUndefined();
    const images = s.values('imageStatus');
    expect(statusRun(images)).toEqual(['QUEUED', 'SAVING', 'ACTIVE']);
    for (const i of images) expect(i.imageId).toBe(imageId);
    expect(images[0]).toMatchObject({ checksum: null });
    expect(images.at(-1).checksum).toMatch(/^[0-9a-f]{32}$/);
    expect(images.at(-1).sizeBytes).toBeGreaterThan(0);
  });
});

describe('graphql-ws authentication and limits', () => {
  async function finishedJob(): Promise<string> {
    const { jobId } = await startExport();
    const s = subscribe(alice(), JOB_PROGRESS, { id: jobId });
    await s.finished;
    return jobId;
  }

  it('takes the token from connectionParams (X-Auth-Token or token) or from the upgrade request headers', async () => {
    const jobId = await finishedJob();
    const ways: [string, Client][] = [
      ['connectionParams X-Auth-Token', wsClient({ connectionParams: { 'X-Auth-Token': token } })],
      ['connectionParams token', wsClient({ connectionParams: { token } })],
      ['upgrade X-Auth-Token header', wsClient({ headers: { 'x-auth-token': token } })],
      ['upgrade Authorization: Bearer', wsClient({ headers: { authorization: `Bearer ${token}` } })],
    ];
    for (const [way, client] of ways) {
      const s = subscribe(client, JOB_PROGRESS, { id: jobId });
      await s.finished;
      expect(s.failure, way).toBeUndefined();
      expect(s.results.flatMap((r) => r.errors ?? []), way).toEqual([]);
      expect(s.values('jobProgress'), way).toMatchObject([{ jobId, status: 'SUCCESS' }]);
    }
  });

  it('refuses a subscription without a token, or with a rejected one, with UNAUTHENTICATED', async () => {
    const { jobId } = await startExport();
    for (const client of [wsClient({}), wsClient({ connectionParams: { token: 'not-a-token' } })]) {
      const s = subscribe(client, JOB_PROGRESS, { id: jobId });
      await s.finished;
      const errors = s.results.flatMap((r) => r.errors ?? []);
      expect(errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it(`allows ${MAX_SUBS_PER_CONNECTION} subscriptions per connection and frees a slot when one ends`, async () => {
    const { jobId } = await startExport();
    const client = alice();
    const open = Array.from({ length: MAX_SUBS_PER_CONNECTION }, () => subscribe(client, JOB_PROGRESS, { id: jobId }));
    await Promise.all(open.map((s) => s.until((x) => x.results.length >= 1, 'first state')));
    const over = subscribe(client, JOB_PROGRESS, { id: jobId });
    await over.finished;
    expect(over.failure, 'refused with an error message').toBeDefined();
    const [refusal] = over.failure as any[];
    expect(refusal.message).toMatch(new RegExp(`At most ${MAX_SUBS_PER_CONNECTION} subscriptions per connection`));
    expect(refusal.extensions?.code).toBe('RATE_LIMITED');
    // The refusal is per connection: a second connection may subscribe.
    const elsewhere = subscribe(alice(), JOB_PROGRESS, { id: jobId });
    await elsewhere.until((x) => x.results.length >= 1, 'other connection');

    open[0]!.stop();
    await until(() => t.gateway.services.jobs.jobs.stats().watchers === MAX_SUBS_PER_CONNECTION, 'the stopped watcher leaves');
    const again = subscribe(client, JOB_PROGRESS, { id: jobId });
    await again.finished;
    expect(again.failure).toBeUndefined();
    expect(again.values('jobProgress').at(-1).status).toBe('SUCCESS');
  });

  it('does not count refused or failed operations against the cap, and survives a malformed query', async () => {
    const jobId = await finishedJob();
    const client = alice();
    for (let i = 0; i < MAX_SUBS_PER_CONNECTION + 1; i++) {
      const invalid = subscribe(client, `subscription { jobProgress(id: "${jobId}") { noSuchField } }`);
      await invalid.finished;
      expect(invalid.failure ?? invalid.results[0]?.errors, 'validation error').toBeDefined();
    }
    const malformed = subscribe(client, `subscription { jobProgress(id: `);
    await malformed.finished;
    expect(JSON.stringify(malformed.failure ?? malformed.results)).toMatch(/Syntax Error/);
    for (let i = 0; i < MAX_SUBS_PER_CONNECTION + 1; i++) {
      const s = subscribe(client, JOB_PROGRESS, { id: jobId });
      await s.finished;
      expect(s.failure, `subscription ${i + 1}`).toBeUndefined();
      expect(s.values('jobProgress').at(-1).status).toBe('SUCCESS');
    }
  });

  it('closes a connection that does not send connection_init in time (4408)', async () => {
    const socket = new WebSocket(t.gateway.wsUrl, 'graphql-transport-ws');
    const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    const { code, reason } = await closed;
    expect(code).toBe(4408);
    expect(reason).toMatch(/initialisation timeout/i);
  });
});

describe('the same subscriptions over SSE', () => {
  it('sends the current state first to a late SSE subscriber, then completion after SUCCESS', async () => {
    const { jobId } = await startExport();
    const ws = subscribe(alice(), JOB_PROGRESS, { id: jobId });
    await ws.until((s) => s.values('jobProgress').some((j) => j.progressPercent >= 60), 'ws subscriber sees 60 %');
    const seenByWs = ws.results.length;
    const overSse = sse(JOB_PROGRESS, { id: jobId });
    await Promise.all([ws.finished, overSse.finished]);
    expect(overSse.failure).toBeUndefined();
    expect(overSse.completed).toBe(true);
    const sseJobs = overSse.values('jobProgress');
    const wsJobs = ws.values('jobProgress');
    expect(sseJobs[0].status).toBe('RUNNING');
    expect(wsJobs.slice(seenByWs - 1)).toContainEqual(sseJobs[0]);
    expect(wsJobs.slice(wsJobs.length - sseJobs.length)).toEqual(sseJobs);
    expect(sseJobs.at(-1).status).toBe('SUCCESS');
  });

  it('answers a GET after SUCCESS with the final state and completion, authorised by Authorization: Bearer', async () => {
    const { jobId } = await startExport();
    const first = sse(JOB_PROGRESS, { id: jobId });
    await first.finished;
    expect(statusRun(first.values('jobProgress'))).toEqual(['INIT', 'RUNNING', 'SUCCESS']);
    await t.clearRequests();
    const late = sse(JOB_PROGRESS, { id: jobId }, { method: 'GET', headers: { authorization: `Bearer ${token}` } });
    await late.finished;
    expect(late.completed).toBe(true);
    expect(late.values('jobProgress')).toEqual([first.values('jobProgress').at(-1)]);
    expect(await jobGets(jobId)).toHaveLength(0);
  });

  it('refuses SSE without a token (UNAUTHENTICATED) and bob on alice’s job (NOT_FOUND)', async () => {
    const { jobId } = await startExport();
    const anonymous = sse(JOB_PROGRESS, { id: jobId }, { headers: {} });
    await anonymous.finished;
    expect(anonymous.failure).toBeUndefined();
    expect(anonymous.httpStatus).toBe(401);
    expect(anonymous.results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const bob = sse(JOB_PROGRESS, { id: jobId }, { headers: { 'x-auth-token': await t.token('bob') } });
    await bob.finished;
    expect(bob.results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });
});
