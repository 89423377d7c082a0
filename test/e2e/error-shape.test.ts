/**
 * The error contract a client programs against: `Error.code` on every typed error, messages written for a
 * person (no endpoint ids, methods, paths or statuses: those sit once in extensions.upstream), nullable
 * single-object lookups that leave their siblings intact, and per-entry errors in `nodes`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { uuidFrom } from '../../src/simulator/util';

const MISSING_IMAGE = '00000000-0000-4000-8000-000000000000';
const MISSING_JOB = '0000000000000000000000000000dead';
const ALPHA_WEB_PROD = uuidFrom('image:alpha:web-prod');
/** What must never appear in a message meant for a person. */
const INTERNALS = /glance-|ims-|iam-|\b(GET|POST|PUT|PATCH|DELETE|HEAD)\b|\/v\d|HTTP \d{3}|IMG\.\d{4}/;

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t?.close());

describe('single-object lookups', () => {
  it('a missing image is null with a NOT_FOUND error in words, and the quota beside it still answers', async () => {
    const r = await t.gql(`{ quota { images { used quota } } image(id: "${MISSING_IMAGE}") { name } }`);
    expect(r.data?.quota?.images).toMatchObject({ used: expect.any(Number), quota: expect.any(Number) });
    expect(r.data?.image).toBeNull();
    expect(r.errors).toHaveLength(1);
    const [e] = r.errors!;
    expect(e!.path).toEqual(['image']);
    expect(e!.extensions?.code).toBe('NOT_FOUND');
    expect(e!.message).toBe(`Image ${MISSING_IMAGE} does not exist or is not visible to project alpha.`);
    expect(e!.message).not.toMatch(INTERNALS);
    // The upstream facts, once, in extensions only.
    expect(e!.extensions?.upstream).toMatchObject({ endpoint: 'glance-get-image', method: 'GET', path: `/v2/images/${MISSING_IMAGE}`, status: 404 });
    expect(JSON.stringify(e!.extensions).split('glance-get-image')).toHaveLength(2);
  });

  it('the message names the caller’s own project', async () => {
    const r = await t.gql(`{ image(id: "${MISSING_IMAGE}") { name } }`, undefined, { user: 'bob' });
    expect(r.errors?.[0]?.message).toBe(`Image ${MISSING_IMAGE} does not exist or is not visible to project beta.`);
  });

  it('a missing job is null with NOT_FOUND naming the job, siblings intact', async () => {
    const r = await t.gql(`{ job(id: "${MISSING_JOB}") { status } image(id: "${ALPHA_WEB_PROD}") { name } }`);
    expect(r.data).toEqual({ job: null, image: { name: 'alpha-web-prod' } });
    expect(r.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['job'], 'NOT_FOUND']]);
    expect(r.errors![0]!.message).toMatch(new RegExp(`^Job ${MISSING_JOB} does not exist or is not visible to project alpha\\.$`));
  });

  it('imageMember and legacyImageMetadata are nullable too', async () => {
    const r = await t.gql(`{ imageMember(imageId: "${MISSING_IMAGE}", projectId: "p") { status } legacyImageMetadata(id: "${MISSING_IMAGE}") { name } apiVersions { id } }`);
    expect(r.data?.imageMember).toBeNull();
    expect(r.data?.legacyImageMetadata).toBeNull();
    expect(r.data?.apiVersions.length).toBeGreaterThan(0);
    expect(r.errors?.map((e) => e.extensions?.code).sort()).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    for (const e of r.errors!) expect(e.message).not.toMatch(INTERNALS);
  });
});

describe('nodes with a malformed id', () => {
  it('answers BAD_USER_INPUT for that entry alone and keeps the others', async () => {
    const good = (await t.gql(`{ image(id: "${ALPHA_WEB_PROD}") { id } }`)).data.image.id as string;
    const r = await t.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids: [good, 'not-a-global-id', Buffer.from('Nope:1').toString('base64'), good] });
    expect(r.data?.nodes).toEqual([{ __typename: 'Image', id: good }, null, null, { __typename: 'Image', id: good }]);
    expect(r.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['nodes', 1], 'BAD_USER_INPUT'],
      [['nodes', 2], 'BAD_USER_INPUT'],
    ]);
    expect(r.errors![0]!.message).toMatch(/not a global id/);
  });

  it('node(id) with a malformed id is null with BAD_USER_INPUT, siblings intact', async () => {
    const r = await t.gql(`{ node(id: "garbage") { id } apiVersions { id } }`);
    expect(r.data?.node).toBeNull();
    expect(r.data?.apiVersions.length).toBeGreaterThan(0);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('Error.code', () => {
  it('every type implementing Error has code: ErrorCode! and the enum has every stable code', async () => {
    const r = await t.gql(`{
      __type(name: "Error") { possibleTypes { name fields { name type { kind ofType { name } } } } }
      codes: __type(name: "ErrorCode") { enumValues { name } }
    }`);
    const types = r.data.__type.possibleTypes as { name: string; fields: { name: string; type: { kind: string; ofType: { name: string } | null } }[] }[];
    expect(types.length).toBeGreaterThanOrEqual(7);
    for (const ty of types) {
      expect(ty.fields.find((f) => f.name === 'code'), ty.name).toEqual({ name: 'code', type: { kind: 'NON_NULL', ofType: { name: 'ErrorCode' } } });
    }
    const codes = (r.data.codes.enumValues as { name: string }[]).map((v) => v.name);
    for (const c of ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'QUOTA_EXCEEDED', 'RATE_LIMITED', 'UNSUPPORTED_BY_UPSTREAM', 'UPSTREAM_TIMEOUT', 'UPSTREAM_UNAVAILABLE', 'UPSTREAM_BAD_RESPONSE', 'UPSTREAM_ERROR', 'OUTCOME_UNKNOWN', 'UPSTREAM_BUDGET_EXCEEDED', 'OPERATION_TOO_COMPLEX', 'DEADLINE_EXCEEDED'])
      expect(codes).toContain(c);
  });

  it('typed mutation errors carry code and a message in words; the upstream details sit in `upstream`', async () => {
    const r = await t.gql(`mutation {
      missing: setImageTags(imageId: "${MISSING_IMAGE}", tags: [{ key: "env", value: "prod" }]) {
        __typename ... on Error { code message } ... on NotFoundError { upstream { endpoint method path status } }
      }
      invalid: setImageTags(imageId: "${ALPHA_WEB_PROD}", tags: [{ key: "${'k'.repeat(40)}", value: "v" }]) {
        __typename ... on Error { code message }
      }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.missing).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', message: expect.stringMatching(/^Image 0{8}-.* does not exist or is not visible to project alpha\.$/) });
    expect(r.data.missing.upstream).toMatchObject({ method: expect.any(String), path: expect.stringContaining(MISSING_IMAGE), status: 404 });
    expect(r.data.missing.message).not.toMatch(INTERNALS);
    expect(r.data.invalid).toMatchObject({ __typename: 'ValidationError', code: 'BAD_USER_INPUT' });
  });

  it('a refusal the upstream explains keeps its explanation in words, without the route', async () => {
    const gold = (await t.gql(`{ images(first: 1, filter: { imageType: GOLD }) { edges { node { imageId } } } }`)).data.images.edges[0].node.imageId;
    const r = await t.gql(`mutation($id: ID!) { deleteImage(imageId: $id) { __typename ... on Error { code message } ... on ForbiddenError { upstream { status code } } } }`, { id: gold });
    expect(r.data.deleteImage).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN', upstream: { status: 403, code: expect.stringMatching(/^IMG\./) } });
    expect(r.data.deleteImage.message).toMatch(new RegExp(`^Project alpha may not do this to image ${gold}\\.`));
    expect(r.data.deleteImage.message).not.toMatch(INTERNALS);
  });
});
