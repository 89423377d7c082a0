/**
 * The Huawei IMS SDK operations (#52–59) through GraphQL, beyond the coverage check of each endpoint: safeMode
 * keeps the job-starting path (idempotency, job history), deleteImageTags validates before any upstream call,
 * and ImageMember.memberType reads members through the IMS v1 API in one call, with Glance untouched when it is
 * not asked for, and no IMS call at all on OpenStack. Real gateway over the simulator; calls counted in its log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { startGateway, type RunningGateway } from '../../src/server/start';
import { uuidFrom } from '../../src/simulator/util';
import { CopyImageDocument, CreateImageFromFileDocument, ProjectJobsDocument } from '../generated/graphql';
import { startTestGateway, type SimRequest, type TestGateway } from '../helpers/gateway';
import { endpointOf } from '../helpers/endpoints';

const STAGING = uuidFrom('image:alpha:web-staging');
const SHARED_WITH_BETA = uuidFrom('image:alpha:shared-accepted');

let t: TestGateway;
let alpha = '';
let beta = '';
beforeAll(async () => {
  t = await startTestGateway();
  alpha = await t.projectId('alice');
  beta = await t.projectId('bob');
});
afterAll(async () => {
  await t?.close();
});

/** Runs `fn` and returns the simulator calls it caused (auth calls aside), as endpoint ids in order. */
async function callsOf(fn: () => Promise<unknown>): Promise<{ ids: string[]; log: SimRequest[] }> {
  await t.clearRequests();
  await fn();
  const log = (await t.requests()).filter((r) => !r.path.startsWith('/v3/'));
  return { ids: log.map((r) => endpointOf(r.method, r.path) ?? `${r.method} ${r.path}`), log };
}

const ERR = `... on Error { __typename message } ... on ValidationError { issues { path message } } ... on ConflictError { code }
  ... on UnsupportedByUpstreamError { capability upstreamKind }`;

describe('safeMode on the job-starting mutations', () => {
  it('false or unset calls the original operation; true the v2.1 variant, for every mode of image creation', async () => {
    const off = await callsOf(() => t.gql(CopyImageDocument, { input: { imageId: STAGING, name: 'sm-off', safeMode: false } }));
    expect(off.ids.filter((i) => i.startsWith('ims-copy'))).toEqual(['ims-copy-image-in-region']);

    const fromFile = await callsOf(async () => {
      const r = await t.gql(CreateImageFromFileDocument, {
        input: { name: 'sm-file', imageUrl: 'ims-image:centos70.qcow2', minDiskGb: 40, osVersion: 'CentOS 7.0 64bit', safeMode: true },
      });
      expect(r.data?.createImageFromFile.__typename, JSON.stringify(r)).toBe('JobPayload');
    });
    const post = fromFile.log.find((r) => r.method === 'POST' && r.path.includes('cloudimages'));
    expect(post?.path).toBe('/v2.1/cloudimages/action');
    expect(post?.body).toMatchObject({ name: 'sm-file', image_url: 'ims-image:centos70.qcow2', min_disk: 40 });
    expect(fromFile.ids).not.toContain('ims-create-image');
  });

  it('an idempotencyKey replays across unset/false, refuses a switch to safe mode, and the job is in the history', async () => {
    const key = `sm-${Date.now()}`;
    const input = { imageId: STAGING, name: 'sm-idem', idempotencyKey: key };
    let first = '';
    const a = await callsOf(async () => {
      const r = await t.gql(CopyImageDocument, { input });
      expect(r.data?.copyImage.__typename, JSON.stringify(r)).toBe('JobPayload');
      first = (r.data!.copyImage as { jobId: string }).jobId;
    });
    expect(a.ids.filter((i) => i.startsWith('ims-copy'))).toEqual(['ims-copy-image-in-region']);

    const b = await callsOf(async () => {
      const r = await t.gql(CopyImageDocument, { input: { ...input, safeMode: false } });
      expect((r.data?.copyImage as { jobId?: string }).jobId).toBe(first);
    });
    expect(b.ids.filter((i) => i.startsWith('ims-copy')), 'replayed: no second copy').toEqual([]);

    const c = await callsOf(async () => {
      const r = await t.gql(`mutation($input: CopyImageInput!) { copyImage(input: $input) { __typename ${ERR} } }`, { input: { ...input, safeMode: true } });
      expect(r.data?.copyImage).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });
    });
    expect(c.ids.filter((i) => i.startsWith('ims-copy'))).toEqual([]);

    const safe = await t.gql(CopyImageDocument, { input: { imageId: STAGING, name: 'sm-history', safeMode: true } });
    const safeJob = (safe.data!.copyImage as { jobId: string }).jobId;
    const jobs = (await t.gql(ProjectJobsDocument, { first: 50, type: 'COPY_IMAGE' })).data!.jobs.edges.map((e) => e.node);
    expect(jobs.find((j) => j.jobId === safeJob)).toMatchObject({ kind: 'COPY_IMAGE', upstreamType: 'imsCopyImageInRegionJob', imageName: 'sm-history' });
  });
});

describe('deleteImageTags (IMS SDK BatchDeleteTags)', () => {
  const IMG = '11111111-2222-4333-8444-555555555555';
  const long = (n: number) => 'k'.repeat(n);
  const cases: [string, string, RegExp][] = [
    ['[]', 'tags', /at least one tag/],
    [`[${Array.from({ length: 11 }, (_, i) => `{ key: "k${i}" }`).join(',')}]`, 'tags', /at most 10 tags/],
    ['[{ key: "a" }, { key: "a", value: "x" }]', 'tags', /keys must be unique/],
    ['[{ key: "  " }]', 'tags.0.key', /blank/],
    [`[{ key: "${long(128)}" }]`, 'tags.0.key', /at most 127/],
    [`[{ key: "a", value: "${long(256)}" }]`, 'tags.0.value', /at most 255/],
  ];
  it.each(cases)('tags: %s → %s, before any upstream call', async (tags, path, rule) => {
    const { ids } = await callsOf(async () => {
      const r = await t.gql(`mutation { deleteImageTags(imageId: "${IMG}", tags: ${tags}) { __typename ${ERR} } }`);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      const res = r.data.deleteImageTags;
      expect(res.__typename).toBe('ValidationError');
      const hit = res.issues.find((i: { path: string[] }) => i.path.join('.') === path);
      expect(hit, JSON.stringify(res.issues)).toBeDefined();
      expect(hit.message).toMatch(rule);
    });
    expect(ids).toEqual([]);
  });

  it('a key the image does not have is no error; another project’s image is a typed error', async () => {
    const mine = await t.gql(`mutation { deleteImageTags(imageId: "${STAGING}", tags: [{ key: "no-such-key" }]) { __typename ${ERR} } }`);
    expect(mine.data?.deleteImageTags.__typename, JSON.stringify(mine)).toBe('ImageTagsPayload');
    const theirs = await t.gql(`mutation { deleteImageTags(imageId: "${STAGING}", tags: [{ key: "env" }]) { __typename ${ERR} } }`, {}, { user: 'bob' });
    expect(['NotFoundError', 'ForbiddenError']).toContain(theirs.data?.deleteImageTags.__typename);
  });
});

describe('ImageMember.memberType: the IMS v1 member API, only when asked for', () => {
  const MEMBERS = (sel: string) => `query($id: ID!) { image(id: $id) { members { projectId status ${sel} } } } fragment T on ImageMember { memberType }`;

  it('without it, Image.members reads Glance only; with it (through a fragment too), IMS v1 only', async () => {
    const plain = await callsOf(() => t.gql(`query($id: ID!) { image(id: $id) { members { projectId status } } }`, { id: SHARED_WITH_BETA }));
    expect(plain.ids.filter((i) => i.includes('member'))).toEqual(['glance-list-members']);

    let members: unknown;
    const typed = await callsOf(async () => {
      const r = await t.gql(MEMBERS('...T'), { id: SHARED_WITH_BETA });
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      members = r.data.image.members;
    });
    expect(typed.ids.filter((i) => i.includes('member'))).toEqual(['ims-list-image-members']);
    expect(members).toEqual([{ projectId: beta, status: 'ACCEPTED', memberType: 'TENANT' }]);
  });

  it('a member from a mutation payload reads its type with one ShowImageMember', async () => {
    const created = await t.gql(`mutation { createImageMetadata(input: { name: "mt-share", diskFormat: QCOW2 }) { ... on ImagePayload { image { imageId } } } }`);
    const id = created.data.createImageMetadata.image.imageId as string;
    const { ids, log } = await callsOf(async () => {
      const r = await t.gql(`mutation { shareImage(imageId: "${id}", projectId: "${beta}") { __typename ... on ImageMemberPayload { member { status memberType organizationUrn } } ${ERR} } }`);
      expect(r.data?.shareImage).toEqual({ __typename: 'ImageMemberPayload', member: { status: 'PENDING', memberType: 'TENANT', organizationUrn: null } });
    });
    expect(ids.filter((i) => i.includes('member'))).toEqual(['glance-add-member', 'ims-show-image-member']);
    expect(log.find((r) => endpointOf(r.method, r.path) === 'ims-show-image-member')?.path).toBe(`/v1/${alpha}/cloudimages/${id}/members/${beta}`);
  });

  it('imageMember answers a missing membership the same way through either API', async () => {
    const q = (sel: string) => t.gql(`{ imageMember(imageId: "${STAGING}", projectId: "${beta}") { projectId ${sel} } }`);
    const glance = await q('');
    const ims = await q('memberType');
    expect(ims.data).toEqual(glance.data);
    expect(ims.errors?.map((e) => e.extensions?.code)).toEqual(glance.errors?.map((e) => e.extensions?.code));
  });
});

describe('on OpenStack (Glance only)', () => {
  let gw: RunningGateway;
  let tokenAlice = '';
  beforeAll(async () => {
    gw = await startGateway(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', UPSTREAM: 'openstack', GLANCE_ENDPOINT: t.simUrl, IAM_ENDPOINT: t.simUrl }));
    tokenAlice = await t.token('alice');
  });
  afterAll(async () => {
    await gw?.close();
  });
  const gql = async (query: string) =>
    (await (
      await fetch(gw.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-auth-token': tokenAlice }, body: JSON.stringify({ query }) })
    ).json()) as { data?: any; errors?: unknown[] };

  it('every Glance member is a project: memberType TENANT with no IMS call; IMS-only writes are refused as such', async () => {
    const { ids } = await callsOf(async () => {
      const r = await gql(`{ image(id: "${SHARED_WITH_BETA}") { members { projectId memberType organizationUrn } } imageMember(imageId: "${SHARED_WITH_BETA}", projectId: "${beta}") { memberType } }`);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      expect(r.data.image.members).toEqual([{ projectId: beta, memberType: 'TENANT', organizationUrn: null }]);
      expect(r.data.imageMember).toEqual({ memberType: 'TENANT' });
    });
    expect(ids.filter((i) => i.includes('member')).sort()).toEqual(['glance-get-member', 'glance-list-members']);

    const del = await gql(`mutation { deleteImageTags(imageId: "${SHARED_WITH_BETA}", tags: [{ key: "share" }]) { __typename ${ERR} } }`);
    expect(del.data.deleteImageTags).toMatchObject({ __typename: 'UnsupportedByUpstreamError', upstreamKind: 'openstack' });
    const copy = await gql(`mutation { copyImage(input: { imageId: "${STAGING}", name: "x", safeMode: true }) { __typename ${ERR} } }`);
    expect(copy.data.copyImage.__typename).toBe('UnsupportedByUpstreamError');
  });
});
