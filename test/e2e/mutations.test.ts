/**
 * Mutations: every documented input limit is refused before any upstream call, with the field path and
 * the rule; every typed error a payload can carry is produced by a realistic situation.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { startGateway, type RunningGateway } from '../../src/server/start';
import { startSimulator } from '../../src/simulator';
import { uuidFrom } from '../../src/simulator/util';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { issueDemoToken } from '../helpers/tokens';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.clearFaults();
  await t.clearRequests();
});

const ERR = `... on Error { __typename message }
  ... on ValidationError { issues { path message } }
  ... on UpstreamServiceError { code upstream { status code requestId } }
  ... on NotFoundError { code upstream { status code } }
  ... on ForbiddenError { code upstream { status code } }
  ... on ConflictError { code upstream { status code } }
  ... on QuotaExceededError { code upstream { status code } }
  ... on UnsupportedByUpstreamError { capability upstreamKind }`;

const IMG = '11111111-2222-4333-8444-555555555555';
const long = (n: number, c = 'a') => c.repeat(n);

/** [mutation call, expected issue path, rule pattern] */
const LIMITS: [string, string, RegExp][] = [
  [`createImageFromServer(input: { name: "${long(129)}", serverId: "s" })`, 'input.name', /at most 128/],
  [`createImageFromServer(input: { name: " lead", serverId: "s" })`, 'input.name', /start or end with a space/],
  [`createImageFromServer(input: { name: "bad@name", serverId: "s" })`, 'input.name', /only letters/],
  [`createImageFromServer(input: { name: "", serverId: "s" })`, 'input.name', /must not be empty/],
  [`createImageFromServer(input: { name: "ok", serverId: "s", description: "${long(1025)}" })`, 'input.description', /at most 1024/],
  [`createImageFromServer(input: { name: "ok", serverId: "s", description: "a <b>" })`, 'input.description', /"<" or ">"/],
  [`createImageFromServer(input: { name: "ok", serverId: "s", tags: [{ key: "${long(37)}", value: "v" }] })`, 'input.tags.0.key', /at most 36/],
  [`createImageFromServer(input: { name: "ok", serverId: "s", tags: [{ key: "k", value: "${long(44)}" }] })`, 'input.tags.0.value', /at most 43/],
  [`createImageFromServer(input: { name: "ok", serverId: "s", tags: [{ key: "k k", value: "v" }] })`, 'input.tags.0.key', /only letters, digits/],
  [`createImageFromServer(input: { name: "ok", serverId: "s", tags: [{ key: "k", value: "v v" }] })`, 'input.tags.0.value', /only letters, digits/],
  [`createImageFromServer(input: { name: "ok", serverId: "s", tags: [${Array.from({ length: 11 }, (_, i) => `{ key: "k${i}", value: "v" }`).join(',')}] })`, 'input.tags', /at most 10 tags/],
  [`createImageFromServer(input: { name: "ok", serverId: "s", tags: [{ key: "k", value: "1" }, { key: "k", value: "2" }] })`, 'input.tags', /unique/],
  [`createImageFromServer(input: { name: "ok", serverId: "s", minRamMb: -1 })`, 'input.minRamMb', /≥ 0/],
  [`createImageFromFile(input: { name: "ok", imageUrl: "ims-image:a.qcow2", minDiskGb: 39 })`, 'input.minDiskGb', /at least 40/],
  [`createImageFromFile(input: { name: "ok", imageUrl: "ims-image:a.qcow2", minDiskGb: 256 })`, 'input.minDiskGb', /at most 255/],
  [`createImageFromFile(input: { name: "ok", imageUrl: "no-colon", minDiskGb: 40 })`, 'input.imageUrl', /bucket:file/],
  [`createImageFromFile(input: { name: "ok", imageUrl: "ims-image:a.iso", minDiskGb: 40 })`, 'input.osVersion', /required for ISO/],
  [`createImageFromFile(input: { name: "ok", imageUrl: "ims-image:a.qcow2", minDiskGb: 40, quickImport: true })`, 'input.osVersion', /quick import/],
  [`createImageFromFile(input: { name: "ok", imageUrl: "ims-image:a.qcow2", minDiskGb: 40, dataDisks: [${Array.from({ length: 4 }, () => `{ imageUrl: "ims-image:d.qcow2", minDiskGb: 40 }`).join(',')}] })`, 'input.dataDisks', /at most 3/],
  [`createImageFromFile(input: { name: "ok", imageUrl: "ims-image:a.qcow2", minDiskGb: 40, dataDisks: [{ imageUrl: "ims-image:d.qcow2", minDiskGb: 2049 }] })`, 'input.dataDisks.0.minDiskGb', /at most 2048/],
  [`quickImportImage(input: { name: "ok", imageUrl: "ims-image:a.zvhd2", minDiskGb: 1025, osVersion: "CentOS 7.0 64bit" })`, 'input.minDiskGb', /at most 1024/],
  [`quickImportImage(input: { name: "ok", imageUrl: "ims-image:a.zvhd2", minDiskGb: 0, osVersion: "CentOS 7.0 64bit" })`, 'input.minDiskGb', /at least 1/],
  [`quickImportImage(input: { name: "ok", imageUrl: "ims-image:a.qcow2", minDiskGb: 40, osVersion: "CentOS 7.0 64bit" })`, 'input.imageUrl', /RAW or ZVHD2/],
  [`quickImportImage(input: { name: "ok", imageUrl: "ims-image:a.raw", minDiskGb: 40 })`, 'input.osVersion', /system-disk import/],
  [`quickImportImage(input: { name: "ok", imageUrl: "ims-image:a.raw", minDiskGb: 40, dataDisk: true, serverType: BMS })`, 'input.serverType', /system-disk imports only/],
  [`createDataImageFromFile(input: { name: "ok", imageUrl: "ims-image:a.qcow2", minDiskGb: 39 })`, 'input.minDiskGb', /at least 40/],
  [`createDataImageFromFile(input: { name: "ok", imageUrl: "ims-image:a.qcow2", minDiskGb: 2049 })`, 'input.minDiskGb', /at most 2048/],
  [`createWholeImage(input: { name: "ok", serverId: "a", backupId: "b" })`, 'input.serverId', /exactly one/],
  [`createWholeImage(input: { name: "ok" })`, 'input.serverId', /exactly one/],
  [`createWholeImage(input: { name: "ok", backupId: "b", vaultId: "v" })`, 'input.vaultId', /serverId only/],
  [`exportImage(input: { imageId: "${IMG}", bucketUrl: "b1b:x.qcow2", fileFormat: QCOW2, quickExport: true })`, 'input.fileFormat', /must not be given with quickExport/],
  [`exportImage(input: { imageId: "${IMG}", bucketUrl: "b1b:x.qcow2" })`, 'input.fileFormat', /required unless quickExport/],
  [`copyImageToRegion(input: { imageId: "${IMG}", name: "ok", region: "Mars", projectName: "p", agencyName: "a" })`, 'input.region', /region id/],
  [`copyImage(input: { imageId: "${IMG}", name: "${long(200)}" })`, 'input.name', /at most 128/],
  [`setImageTags(imageId: "${IMG}", tags: [${Array.from({ length: 11 }, (_, i) => `{ key: "k${i}" }`).join(',')}])`, 'tags', /at most 10 tags/],
  [`addImageTag(imageId: "${IMG}", tag: { key: "${long(37)}", value: "" })`, 'tag.key', /at most 36/],
  [`addPlainImageTag(imageId: "${IMG}", tag: "a=b")`, 'tag', /must not contain "="/],
  [`addPlainImageTag(imageId: "${IMG}", tag: "${long(256)}")`, 'tag', /at most 255/],
  [`removeImageTags(imageId: "${IMG}", keys: [" "])`, 'keys.0', /blank/],
  [`shareImages(imageIds: [], projectIds: ["p"])`, 'imageIds', /at least one image/],
  [`shareImages(imageIds: ["${IMG}"], projectIds: [${Array.from({ length: 129 }, (_, i) => `"p${i}"`).join(',')}])`, 'projectIds', /at most 128/],
  [`answerImageShares(imageIds: ["${IMG}"], status: PENDING)`, 'status', /ACCEPTED or REJECTED/],
  [`updateImage(input: { imageId: "${IMG}" })`, 'input', /nothing to change/],
  [`updateImage(input: { imageId: "${IMG}", setProperties: [{ name: "owner", value: "x" }] })`, 'input.setProperties.0.name', /core attribute/],
  [`createImageMetadata(input: { name: "ok", tags: ["a=b"] })`, 'input.tags.0', /must not contain "="/],
];

const PAYLOAD = `{ __typename ${ERR} }`;

describe('documented limits are checked before any upstream call', () => {
  it.each(LIMITS)('%s → %s', async (call, path, rule) => {
    const r = await t.gql(`mutation { result: ${call} ${PAYLOAD} }`);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const res = r.data.result;
    expect(res.__typename).toBe('ValidationError');
    const hit = res.issues.find((i: { path: string[] }) => i.path.join('.') === path);
    expect(hit, JSON.stringify(res.issues)).toBeDefined();
    expect(hit.message).toMatch(rule);
    expect(res.message).toContain(path);
    const upstream = (await t.requests()).filter((q) => !q.path.startsWith('/v3/'));
    expect(upstream).toEqual([]);
  });

  it('rejects an unknown enum value at the GraphQL layer', async () => {
    const r = await t.gql(`mutation { exportImage(input: { imageId: "${IMG}", bucketUrl: "b1b:x", fileFormat: RAW }) { __typename } }`);
    expect(r.errors?.[0]?.message).toMatch(/RAW/);
  });
});

describe('typed errors', () => {
  it('NotFoundError: deleting an image that does not exist', async () => {
    const r = await t.gql(`mutation { result: deleteImage(imageId: "${IMG}") ${PAYLOAD} }`);
    expect(r.data.result).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', upstream: { status: 404 } });
  });

  it('ForbiddenError: deleting a protected image', async () => {
    const mine = await t.gql(`{ images(first: 50, filter: { protected: true, ownerProjectId: "${await t.projectId('alice')}" }) { edges { node { imageId protected } } } }`);
    const id = mine.data.images.edges[0].node.imageId;
    const r = await t.gql(`mutation { result: deleteImage(imageId: "${id}") ${PAYLOAD} }`);
    expect(r.data.result).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN', upstream: { status: 403 } });
    const still = await t.gql(`{ image(id: "${id}") { status } }`);
    expect(still.data.image.status).toBe('ACTIVE');
  });

  it('QuotaExceededError: an 11th tag on an image (IMG.0116)', async () => {
    const created = await t.gql(`mutation { createImageMetadata(input: { name: "tag-quota" }) { ... on ImagePayload { image { imageId } } ${ERR} } }`);
    const id = created.data.createImageMetadata.image.imageId;
    const first = Array.from({ length: 10 }, (_, i) => `{ key: "k${i}", value: "v" }`).join(',');
    const ok = await t.gql(`mutation { result: setImageTags(imageId: "${id}", tags: [${first}]) { __typename ... on ImageTagsPayload { image { tags { key } } } ${ERR} } }`);
    expect(ok.data.result.__typename).toBe('ImageTagsPayload');
    expect(ok.data.result.image.tags).toHaveLength(10);
    const r = await t.gql(`mutation { result: addImageTag(imageId: "${id}", tag: { key: "eleventh", value: "x" }) ${PAYLOAD} }`);
    expect(r.data.result).toMatchObject({ __typename: 'QuotaExceededError', code: 'QUOTA_EXCEEDED', upstream: { status: 400, code: 'IMG.0116' } });
  });

  it('ConflictError: sharing an image twice with the same project', async () => {
    const created = await t.gql(`mutation { createImageMetadata(input: { name: "share-twice" }) { ... on ImagePayload { image { imageId } } } }`);
    const id = created.data.createImageMetadata.image.imageId;
    const beta = await t.projectId('bob');
    const once = await t.gql(`mutation { result: shareImage(imageId: "${id}", projectId: "${beta}") { __typename ... on ImageMemberPayload { member { status } } ${ERR} } }`);
    expect(once.data.result).toMatchObject({ __typename: 'ImageMemberPayload', member: { status: 'PENDING' } });
    const twice = await t.gql(`mutation { result: shareImage(imageId: "${id}", projectId: "${beta}") ${PAYLOAD} }`);
    expect(twice.data.result).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT', upstream: { status: 409 } });
  });

  it('UpstreamServiceError: imaging an ECS that is still running (IMG.0008), with the upstream request id', async () => {
    const r = await t.gql(`mutation { result: createImageFromServer(input: { name: "from-running", serverId: "${uuidFrom('server:ecs-app-02')}" }) ${PAYLOAD} }`);
    expect(r.data.result).toMatchObject({ __typename: 'UpstreamServiceError', code: 'BAD_USER_INPUT', upstream: { status: 400, code: 'IMG.0008' } });
    expect(r.data.result.upstream.requestId).toBeTruthy();
  });

  it('UpstreamServiceError: an upstream 500 on a write is reported, not retried', async () => {
    await t.fault({ method: 'POST', path: '/v2/images', kind: 'status', status: 500 });
    const r = await t.gql(`mutation { result: createImageMetadata(input: { name: "boom" }) ${PAYLOAD} }`);
    expect(r.data.result).toMatchObject({ __typename: 'UpstreamServiceError', code: 'UPSTREAM_ERROR', upstream: { status: 500 } });
    expect((await t.requests()).filter((q) => q.method === 'POST' && q.path === '/v2/images')).toHaveLength(1);
  });
});

describe('against an upstream without IMS (UPSTREAM=openstack)', () => {
  let sim: Awaited<ReturnType<typeof startSimulator>>;
  let gw: RunningGateway;
  beforeAll(async () => {
    sim = await startSimulator({ port: 0, jobStepMs: 50 });
    gw = await startGateway(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', UPSTREAM: 'openstack', GLANCE_ENDPOINT: sim.url, IAM_ENDPOINT: sim.url }));
  });
  afterAll(async () => {
    await gw?.close();
    await sim?.close();
  });

  it('answers IMS-only mutations with UnsupportedByUpstreamError and IMS-only queries with UNSUPPORTED_BY_UPSTREAM, while Glance works', async () => {
    const token = (await t.token('alice'));
    // The simulator instances differ; issue a token on this one.
    const { token: own } = await issueDemoToken(sim.url, 'alice');
    expect(own).not.toBe(token);
    const call = async (query: string) =>
      (await (await fetch(gw.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-auth-token': own }, body: JSON.stringify({ query }) })).json()) as any;

    const m = await call(`mutation { result: copyImage(input: { imageId: "${IMG}", name: "copy" }) ${PAYLOAD} }`);
    expect(m.data.result).toMatchObject({ __typename: 'UnsupportedByUpstreamError', capability: 'Replicating images', upstreamKind: 'openstack' });
    const q = await call(`{ quota { images { used } } }`);
    expect(q.errors[0].extensions.code).toBe('UNSUPPORTED_BY_UPSTREAM');
    const ok = await call(`{ images(first: 2) { edges { node { name } } } }`);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.images.edges).toHaveLength(2);
  });
});
