/**
 * The project's job history through GraphQL, on a real gateway over the simulator: jobs started by the
 * mutations are listed newest first with who started them and on what, pollers' terminal states update them,
 * filters and cursors page them, `jobStarted` tells an open client of jobs started elsewhere in its project, and
 * no project ever sees another's jobs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { print } from 'graphql';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { CopyImageDocument, ExportImageDocument, JobProgressDocument, JobStartedDocument, ProjectJobsDocument } from '../generated/graphql';

let t: TestGateway;
const clients: Client[] = [];
const image: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestGateway({ SIM_JOB_STEP_MS: '40', JOB_POLL_MIN_MS: '20', JOB_POLL_MAX_MS: '40' });
  for (const user of ['alice', 'bob'] as const) {
    const r = await t.gql(`{ images(first: 100, filter: { imageType: PRIVATE }) { edges { node { imageId name } } } }`, {}, { user });
    for (const e of r.data.images.edges) image[e.node.name] = e.node.imageId;
  }
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await t?.close();
});

function ws(token: string): Client {
  const c = createClient({ url: t.gateway.wsUrl, connectionParams: { 'X-Auth-Token': token }, webSocketImpl: WebSocket, retryAttempts: 0 });
  clients.push(c);
  return c;
}

/** Follows a job over jobProgress until it completes; returns the last state. */
async function follow(user: 'alice' | 'bob', jobId: string): Promise<any> {
  const c = ws(await t.token(user));
  let last: any;
  await new Promise<void>((resolve, reject) => {
    c.subscribe({ query: print(JobProgressDocument), variables: { id: jobId } }, { next: (r) => (last = r.data?.jobProgress ?? r), error: reject, complete: resolve });
  });
  return last;
}

async function copy(user: 'alice' | 'bob', source: string, name: string): Promise<string> {
  const r = await t.gql(CopyImageDocument, { input: { imageId: image[source]!, name } }, { user });
  expect(r.data?.copyImage.__typename, JSON.stringify(r)).toBe('JobPayload');
  return (r.data!.copyImage as any).jobId;
}

async function exportTo(user: 'alice' | 'bob', source: string, bucketUrl: string): Promise<string> {
  const r = await t.gql(ExportImageDocument, { input: { imageId: image[source]!, bucketUrl, fileFormat: 'QCOW2' } }, { user });
  expect(r.data?.exportImage.__typename, JSON.stringify(r)).toBe('JobPayload');
  return (r.data!.exportImage as any).jobId;
}

const jobsOf = async (user: 'alice' | 'bob', vars: Record<string, unknown> = {}) => {
  const r = await t.gql(ProjectJobsDocument, vars as never, { user });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.jobs;
};

describe('Query.jobs', () => {
  let copyJob: string;
  let failingExport: string;
  let bobJob: string;

  beforeAll(async () => {
    copyJob = await copy('alice', 'alpha-web-prod', 'history-copy');
    failingExport = await exportTo('alice', 'alpha-ci-agent', 'no-such-bucket:ci.qcow2');
    bobJob = await copy('bob', 'beta-web-prod', 'bob-copy');
  });

  it('lists the project’s jobs newest first, with what started them, on what, and by whom (a user id, never a token)', async () => {
    const jobs = await jobsOf('alice');
    const nodes = jobs.edges.map((e) => e.node);
    expect(nodes.map((n) => n.jobId)).toEqual([failingExport, copyJob]);
    expect(nodes[0]).toMatchObject({ kind: 'EXPORT_IMAGE', targets: [{ kind: 'IMAGE', id: image['alpha-ci-agent'] }, { kind: 'OBS', id: 'no-such-bucket:ci.qcow2' }] });
    expect(nodes[1]).toMatchObject({ kind: 'COPY_IMAGE', imageName: 'history-copy', targets: [{ kind: 'IMAGE', id: image['alpha-web-prod'] }] });
    expect(nodes[1]!.startedBy).toBeTruthy();
    const token = await t.token('alice');
    expect(JSON.stringify(jobs)).not.toContain(token);
    const bobs = (await jobsOf('bob')).edges.map((e) => e.node);
    expect(bobs.map((n) => n.jobId)).toEqual([bobJob]);
    expect(bobs[0]!.startedBy).toBeTruthy();
    expect(bobs[0]!.startedBy).not.toBe(nodes[1]!.startedBy);
  });

  it('keeps the terminal states the pollers saw: SUCCESS with the new image, FAIL with the IMS code and reason', async () => {
    const [done, failed] = await Promise.all([follow('alice', copyJob), follow('alice', failingExport)]);
    expect(done.status).toBe('SUCCESS');
    expect(failed.status).toBe('FAIL');
    const nodes = (await jobsOf('alice')).edges.map((e) => e.node);
    const byId = Object.fromEntries(nodes.map((n) => [n.jobId, n]));
    expect(byId[copyJob]).toMatchObject({ status: 'SUCCESS', done: true, progressPercent: 100, imageId: done.imageId, upstreamType: 'imsCopyImageInRegionJob' });
    expect(byId[failingExport]).toMatchObject({ status: 'FAIL', done: true, errorCode: failed.errorCode });
    expect(byId[failingExport]!.errorCode).toMatch(/^IMG\./);
    expect(byId[failingExport]!.failReason).toBeTruthy();
  });

  it('filters by status and by kind, and pages forwards with cursors, without a single upstream call', async () => {
    await jobsOf('alice');
    await t.clearRequests();
    expect((await jobsOf('alice', { status: 'FAIL' })).edges.map((e) => e.node.jobId)).toEqual([failingExport]);
    expect((await jobsOf('alice', { type: 'COPY_IMAGE' })).edges.map((e) => e.node.jobId)).toEqual([copyJob]);
    expect((await jobsOf('alice', { type: 'SHARE_IMAGES' })).edges).toEqual([]);
    const first = await jobsOf('alice', { first: 1 });
    expect(first.edges.map((e) => e.node.jobId)).toEqual([failingExport]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await jobsOf('alice', { first: 1, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.jobId)).toEqual([copyJob]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    // The history is the gateway's own: IMS has no job list to ask.
    expect(await t.requests()).toEqual([]);
  });

  it('bob never sees alice’s jobs, even by following one of them', async () => {
    const bobs = await jobsOf('bob');
    expect(bobs.edges.map((e) => e.node.jobId)).not.toContain(copyJob);
    // Polling alice's job with bob's token is refused upstream, and does not put it in bob's history either.
    const r = await t.gql(`query($id: ID!) { job(id: $id) { status } }`, { id: copyJob }, { user: 'bob' });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await jobsOf('bob')).edges.map((e) => e.node.jobId)).toEqual([bobJob]);
  });

  it('refuses a foreign cursor and a missing token with stable codes', async () => {
    const bad = await t.gql(ProjectJobsDocument, { after: 'bm90LWEtY3Vyc29y' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anon = await t.gql(ProjectJobsDocument, {}, { token: null });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const last = await t.gql(`{ jobs(last: 2) { edges { cursor } } }`);
    expect(last.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('Subscription.jobStarted', () => {
  it('tells an open client of every job started in its project by another client, and of none of another project', async () => {
    const seen: string[] = [];
    const c = ws(await t.token('alice'));
    let ready!: () => void;
    const connected = new Promise<void>((r) => (ready = r));
    c.on('connected', () => ready());
    const errors: unknown[] = [];
    c.subscribe({ query: print(JobStartedDocument) }, { next: (r) => seen.push((r.data as any)?.jobStarted?.jobId ?? JSON.stringify(r)), error: (e) => errors.push(e), complete: () => {} });
    await connected;
    // The subscription is set up asynchronously after connecting: wait until the gateway has a listener.
    // (A job started before that is in Query.jobs, which a dashboard reads on (re)connect.)
    await new Promise((r) => setTimeout(r, 200));
    const bobs = await copy('bob', 'beta-web-staging', 'bob-elsewhere');
    const alices = await copy('alice', 'alpha-web-staging', 'alice-elsewhere');
    const deadline = Date.now() + 8000;
    while (!seen.includes(alices) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(errors).toEqual([]);
    expect(seen).toContain(alices);
    expect(seen).not.toContain(bobs);
  });

  it('refuses a subscriber without a valid token', async () => {
    const c = createClient({ url: t.gateway.wsUrl, connectionParams: { 'X-Auth-Token': 'not-a-token' }, webSocketImpl: WebSocket, retryAttempts: 0 });
    clients.push(c);
    const outcome = await new Promise<any>((resolve) => {
      c.subscribe({ query: print(JobStartedDocument) }, { next: (r) => resolve(r), error: (e) => resolve({ transport: e }), complete: () => resolve({ completed: true }) });
    });
    expect(outcome.errors?.[0]?.extensions?.code ?? outcome).toBe('UNAUTHENTICATED');
  });
});
