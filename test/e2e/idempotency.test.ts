/**
 * Idempotent job starts: an idempotencyKey gives one upstream POST however often, and however concurrently, a
 * job-starting mutation is called with it, also when the first answer was lost (every simulator fault mode,
 * including after_commit: the job exists, the answer does not arrive). Counted in the simulator's request log.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { ImsClient } from '../../src/upstream/ims/client';
import { HttpClient } from '../../src/upstream/http';
import { passthroughAuth } from '../../src/upstream/auth/passthrough';
import { issueDemoToken } from '../helpers/tokens';

let t: TestGateway;
let imageId: string;
beforeAll(async () => {
  // Short upstream timeouts so the timeout and slow-body faults end quickly.
  t = await startTestGateway({ UPSTREAM_HEADERS_TIMEOUT_MS: '500', UPSTREAM_BODY_TIMEOUT_MS: '500' });
  const source = await t.gql(
    `{ images(first: 50, filter: { status: ACTIVE, ownerProjectId: "${await t.projectId('alice')}" }) { edges { node { imageId wholeImage virtualEnvType } } } }`,
  );
  imageId = source.data.images.edges.find((e: any) => !e.node.wholeImage && e.node.virtualEnvType === 'FUSION_COMPUTE').node.imageId;
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.clearFaults();
  await t.clearRequests();
});

const COPY = `mutation($input: CopyImageInput!) { copyImage(input: $input) {
  __typename
  ... on JobPayload { jobId }
  ... on Error { message }
  ... on OutcomeUnknownError { code upstream { status } }
  ... on ConflictError { code }
  ... on UpstreamServiceError { code }
} }`;

let n = 0;
const key = () => `key-${Date.now()}-${++n}`;
const copy = (input: Record<string, unknown>, user: 'alice' | 'bob' = 'alice') => t.gql(COPY, { input: { imageId, name: 'idem-copy', ...input } }, { user });
const copyPosts = async () => (await t.requests()).filter((r) => r.method === 'POST' && r.path === `/v1/cloudimages/${imageId}/copy`);

describe('idempotencyKey on job-starting mutations', () => {
  it('sequential: the second call returns the same job without a second POST', async () => {
    const k = key();
    const a = await copy({ idempotencyKey: k });
    const b = await copy({ idempotencyKey: k });
    expect(a.data.copyImage.__typename, JSON.stringify(a)).toBe('JobPayload');
    expect(b.data.copyImage).toEqual(a.data.copyImage);
    expect(await copyPosts()).toHaveLength(1);
    // Without a key, every call is a new job.
    await copy({});
    await copy({});
    expect(await copyPosts()).toHaveLength(3);
  });

  it('concurrent: calls made while the first is in flight await it (one POST, one job)', async () => {
    await t.fault({ method: 'POST', path: `/v1/cloudimages/${imageId}/copy`, kind: 'latency', delayMs: 200, times: 1 });
    const k = key();
    const all = await Promise.all(Array.from({ length: 5 }, () => copy({ idempotencyKey: k })));
    const ids = new Set(all.map((r) => r.data.copyImage.jobId));
    expect(all.map((r) => r.data.copyImage.__typename)).toEqual(Array(5).fill('JobPayload'));
    expect(ids.size).toBe(1);
    expect(await copyPosts()).toHaveLength(1);
  });

  it('a global image id and its UUID are the same input', async () => {
    const g = await t.gql(`{ image(id: "${imageId}") { id } }`);
    const k = key();
    const a = await copy({ idempotencyKey: k });
    const b = await copy({ idempotencyKey: k, imageId: g.data.image.id });
    expect(b.data.copyImage.jobId).toBe(a.data.copyImage.jobId);
    expect(await copyPosts()).toHaveLength(1);
  });

  it('the same key with different input is CONFLICT, and nothing is posted', async () => {
    const k = key();
    await copy({ idempotencyKey: k });
    const other = await copy({ idempotencyKey: k, name: 'another-name' });
    expect(other.data.copyImage).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });
    expect(other.data.copyImage.message).toMatch(/idempotencyKey was already used with different input/);
    // Another mutation with the key is different input too.
    const exp = await t.gql(
      `mutation($input: ExportImageInput!) { exportImage(input: $input) { __typename ... on ConflictError { code } } }`,
      { input: { imageId, bucketUrl: 'idem-bucket:x.qcow2', fileFormat: 'QCOW2', idempotencyKey: k } },
    );
    expect(exp.data.exportImage).toEqual({ __typename: 'ConflictError', code: 'CONFLICT' });
    expect((await t.requests()).filter((r) => r.method !== 'GET')).toHaveLength(1);
  });

  it('keys are scoped by project: another project with the same key is not answered with this project’s job', async () => {
    const k = key();
    const a = await copy({ idempotencyKey: k });
    const b = await copy({ idempotencyKey: k }, 'bob');
    expect(b.data.copyImage.jobId).not.toBe(a.data.copyImage.jobId);
    expect(await copyPosts()).toHaveLength(2);
  });

  it('keys are not scoped by token: a second token of the same project gets the same job', async () => {
    const { token: otherToken } = await issueDemoToken(t.simUrl, 'alice');
    expect(otherToken).not.toBe(await t.token('alice'));
    const k = key();
    const a = await copy({ idempotencyKey: k });
    const b = await t.gql(COPY, { input: { imageId, name: 'idem-copy', idempotencyKey: k } }, { token: otherToken });
    expect(b.data.copyImage.jobId).toBe(a.data.copyImage.jobId);
    expect(await copyPosts()).toHaveLength(1);
  });

  it('a refused start (the upstream answered an error) frees the key: a retry posts again and succeeds', async () => {
    await t.fault({ method: 'POST', path: `/v1/cloudimages/${imageId}/copy`, kind: 'status', status: 503, times: 1 });
    const k = key();
    const a = await copy({ idempotencyKey: k });
    expect(a.data.copyImage).toMatchObject({ __typename: 'UpstreamServiceError', code: 'UPSTREAM_UNAVAILABLE' });
    const b = await copy({ idempotencyKey: k });
    expect(b.data.copyImage.__typename).toBe('JobPayload');
    const posts = await copyPosts();
    // A job-starting POST is never retried by the HTTP core: one POST per call.
    expect(posts.map((p) => p.status)).toEqual([503, 200]);
  });

  const LOST: [string, Record<string, unknown>][] = [
    ['timeout (no answer in time)', { kind: 'latency', delayMs: 2000 }],
    ['reset before an answer', { kind: 'reset' }],
    ['malformed JSON answer', { kind: 'malformed_json' }],
    ['slow body', { kind: 'slow_body', delayMs: 1500 }],
    ['after_commit reset (job exists, connection dropped)', { kind: 'after_commit', answer: 'reset' }],
    ['after_commit garbage (job exists, answer unreadable)', { kind: 'after_commit', answer: 'garbage' }],
    ['a proxy’s 504 (it gave up waiting for IMS)', { kind: 'status', status: 504 }],
  ];
  for (const [label, spec] of LOST) {
    it(`lost answer: ${label} → OUTCOME_UNKNOWN, and a retry with the key does not post again`, async () => {
      await t.fault({ method: 'POST', path: `/v1/cloudimages/${imageId}/copy`, times: 1, ...spec });
      const k = key();
      const a = await copy({ idempotencyKey: k });
      expect(a.data.copyImage, JSON.stringify(a)).toMatchObject({ __typename: 'OutcomeUnknownError', code: 'OUTCOME_UNKNOWN' });
      expect(a.data.copyImage.message).toMatch(/may or may not have been started/);
      expect(a.data.copyImage.message).toMatch(/same idempotencyKey is safe/);
      expect(a.errors).toBeUndefined();
      const b = await copy({ idempotencyKey: k });
      // The same answer (the first one also carries what the transport reported, in upstream).
      const { upstream: _first, ...answer } = a.data.copyImage;
      expect(b.data.copyImage).toMatchObject(answer);
      // A delayed request is logged when its handler finishes, after the gateway gave up on it: wait for it.
      for (let i = 0; i < 100 && (await copyPosts()).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(await copyPosts()).toHaveLength(1);
    });
  }

  it('without a key, a lost answer is OUTCOME_UNKNOWN too, and the message says how to make retries safe', async () => {
    await t.fault({ method: 'POST', path: `/v1/cloudimages/${imageId}/copy`, kind: 'after_commit', times: 1 });
    const a = await copy({});
    expect(a.data.copyImage).toMatchObject({ __typename: 'OutcomeUnknownError', code: 'OUTCOME_UNKNOWN' });
    expect(a.data.copyImage.message).toMatch(/send an idempotencyKey/);
  });

  it('top-level idempotencyKey on the batch sharing mutations: one POST for two calls', async () => {
    const k = key();
    const q = `mutation($ids: [ID!]!, $k: String) { shareImages(imageIds: $ids, projectIds: ["${await t.projectId('carol')}"], idempotencyKey: $k) { __typename ... on JobPayload { jobId } ... on Error { message } } }`;
    const a = await t.gql(q, { ids: [imageId], k });
    const b = await t.gql(q, { ids: [imageId], k });
    expect(a.data.shareImages.__typename, JSON.stringify(a)).toBe('JobPayload');
    expect(b.data.shareImages.jobId).toBe(a.data.shareImages.jobId);
    expect((await t.requests()).filter((r) => r.method === 'POST' && r.path === '/v1/cloudimages/members')).toHaveLength(1);
  });

  it('refuses an unusable key before any upstream call', async () => {
    const r = await copy({ idempotencyKey: '' });
    expect(r.data.copyImage.__typename).toBe('ValidationError');
    const c = await copy({ idempotencyKey: 'bad\u0000key' });
    expect(c.data.copyImage.__typename).toBe('ValidationError');
    expect(await copyPosts()).toHaveLength(0);
  });
});

describe('job-starting requests ignore the caller’s abort signal', () => {
  it('an IMS job POST goes out even when the client’s signal is already aborted; a read does not', async () => {
    const http = new HttpClient();
    const abort = new AbortController();
    abort.abort(new Error('client left'));
    const ims = new ImsClient({
      http,
      baseUrl: t.simUrl,
      auth: passthroughAuth(await t.token('alice')),
      projectId: await t.projectId('alice'),
      signal: abort.signal,
    });
    try {
      // The earlier tests' copies may have filled alice's image quota by now (how many finished depends on the
      // machine's speed): the upstream's answer, job or refusal, is what shows the POST was sent and answered.
      const outcome = await ims.copyImageInRegion(imageId, { name: 'detached-copy' }).then(
        (job) => job.jobId,
        (e: unknown) => e,
      );
      if (typeof outcome === 'string') expect(outcome).toMatch(/^[0-9a-f]{32}$/);
      else expect(outcome).toMatchObject({ kind: 'http', upstreamCode: 'IMG.0015' });
      await expect(ims.getQuota()).rejects.toThrow(/client left/);
      expect(await copyPosts()).toHaveLength(1);
    } finally {
      await http.close();
    }
  });
});
