/**
 * The gateway's GraphQL API over real Keystone + Glance (scripts/openstack): the image life cycle a user
 * of project alpha goes through, sharing with project beta, paging against Glance's own listing, and the
 * errors a caller relies on. Everything goes through GraphQL; plain REST only reads Glance's own listing
 * to compare with, and cleans up. Skipped unless `. .openstack/env` (or CI) provided the servers.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { startGateway, type RunningGateway } from '../../src/server/start';
import {
  glanceUrl,
  graphql,
  haveOpenStack,
  inBatches,
  keystoneToken,
  keystoneUrl,
  rest,
  uploadGeneratedFile,
  type GraphQLResponse,
  type ScopedToken,
} from './openstack-env';

const IMAGE = `imageId name status checksum sizeBytes visibility ownerProjectId tags { key value } extraProperties`;
const ERR = `... on Error { __typename message }
  ... on NotFoundError { code upstream { status } }
  ... on ForbiddenError { code upstream { status } }
  ... on ConflictError { code upstream { status } }
  ... on UpstreamServiceError { code upstream { status code message } }
  ... on ValidationError { issues { path message } }
  ... on UnsupportedByUpstreamError { capability upstreamKind }`;
const UPLOAD_BYTES = 50 * 1024 * 1024;

describe.skipIf(!haveOpenStack)('gateway GraphQL over real Keystone + Glance', () => {
  let gateway: RunningGateway;
  let alice: ScopedToken;
  let bob: ScopedToken;
  /** Images this file created, deleted through REST at the end whatever happened. */
  const created = new Set<string>();
  const run = randomUUID().slice(0, 8);

  const asAlice = <T = any>(query: string, variables?: Record<string, unknown>) => graphql<T>(gateway.graphqlUrl, alice.token, query, variables);
  const asBob = <T = any>(query: string, variables?: Record<string, unknown>) => graphql<T>(gateway.graphqlUrl, bob.token, query, variables);

  /** The payload of a mutation that must have succeeded with `typename`. */
  function payload(r: GraphQLResponse, field: string, typename: string): any {
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const result = r.data?.[field];
    expect(result?.__typename, JSON.stringify(result)).toBe(typename);
    return result;
  }

  async function createMetadataImage(name: string, extra = ''): Promise<string> {
    const r = await asAlice(`mutation($name: String!) { createImageMetadata(input: { name: $name, diskFormat: RAW, containerFormat: BARE ${extra} }) { __typename ... on ImagePayload { image { ${IMAGE} } } ${ERR} } }`, { name });
    const id = payload(r, 'createImageMetadata', 'ImagePayload').image.imageId as string;
    created.add(id);
    return id;
  }

  beforeAll(async () => {
    [alice, bob] = await Promise.all([keystoneToken('ALICE'), keystoneToken('BOB')]);
    gateway = await startGateway(
      loadConfig({ UPSTREAM: 'openstack', GLANCE_ENDPOINT: glanceUrl, IAM_ENDPOINT: keystoneUrl, PORT: '0', LOG_LEVEL: 'silent' }),
    );
  });

  afterAll(async () => {
    await gateway?.close();
    if (alice) await inBatches([...created], 8, (id) => rest(glanceUrl, alice.token, 'DELETE', `/v2/images/${id}`));
  });

  describe('one image through its life, shared from alpha to beta', () => {
    let imageId: string;

    it('creates the metadata of a QUEUED private image owned by alpha', async () => {
      const r = await asAlice(
        `mutation($name: String!) { createImageMetadata(input: { name: $name, diskFormat: RAW, containerFormat: BARE, tags: ["it-${run}"] }) { __typename ... on ImagePayload { image { ${IMAGE} diskFormat containerFormat } } ${ERR} } }`,
        { name: `it-life-${run}` },
      );
      const image = payload(r, 'createImageMetadata', 'ImagePayload').image;
      imageId = image.imageId;
      created.add(imageId);
      expect(image).toMatchObject({ name: `it-life-${run}`, status: 'QUEUED', ownerProjectId: alice.projectId, diskFormat: 'RAW', containerFormat: 'BARE', checksum: null });
      expect(image.tags).toEqual([{ key: `it-${run}`, value: '' }]);
    });

    it('streams a 50 MB file through the multipart mutation; Glance reports the md5 of what was sent', async () => {
      const { status, response, md5, sentBytes } = await uploadGeneratedFile(
        gateway.graphqlUrl,
        alice.token,
        `mutation($id: ID!, $file: Upload!) { uploadImageFile(imageId: $id, file: $file) { __typename ... on ImagePayload { image { ${IMAGE} } } ${ERR} } }`,
        { id: imageId },
        UPLOAD_BYTES,
      );
      expect(status, JSON.stringify(response)).toBe(200);
      expect(sentBytes).toBe(UPLOAD_BYTES);
      const image = payload(response, 'uploadImageFile', 'ImagePayload').image;
      expect(image).toMatchObject({ status: 'ACTIVE', checksum: md5, sizeBytes: UPLOAD_BYTES });
      // What Glance itself stored, not only what the gateway said.
      const direct = await rest(glanceUrl, alice.token, 'GET', `/v2/images/${imageId}`);
      expect(direct.json).toMatchObject({ status: 'active', checksum: md5, size: UPLOAD_BYTES });
    });

    it('renames the image and sets a custom property (updateImage)', async () => {
      const r = await asAlice(
        `mutation($id: ID!, $name: String!) { updateImage(input: { imageId: $id, name: $name, setProperties: [{ name: "it_purpose", value: "integration" }] }) { __typename ... on ImagePayload { image { ${IMAGE} } } ${ERR} } }`,
        { id: imageId, name: `it-life-${run}-renamed` },
      );
      const image = payload(r, 'updateImage', 'ImagePayload').image;
      expect(image.name).toBe(`it-life-${run}-renamed`);
      expect(image.extraProperties.it_purpose).toBe('integration');
      const direct = await rest(glanceUrl, alice.token, 'GET', `/v2/images/${imageId}`);
      expect(direct.json).toMatchObject({ name: `it-life-${run}-renamed`, it_purpose: 'integration' });

      const removed = await asAlice(
        `mutation($id: ID!) { updateImage(input: { imageId: $id, removeProperties: ["it_purpose"] }) { __typename ... on ImagePayload { image { ${IMAGE} } } ${ERR} } }`,
        { id: imageId },
      );
      expect(payload(removed, 'updateImage', 'ImagePayload').image.extraProperties).not.toHaveProperty('it_purpose');
      const set = await asAlice(
        `mutation($id: ID!) { updateImage(input: { imageId: $id, setProperties: [{ name: "it_purpose", value: "sharing" }] }) { __typename ... on ImagePayload { image { ${IMAGE} } } ${ERR} } }`,
        { id: imageId },
      );
      expect(payload(set, 'updateImage', 'ImagePayload').image.extraProperties.it_purpose).toBe('sharing');
    });

    it('adds then removes a plain tag', async () => {
      const added = await asAlice(
        `mutation($id: ID!) { addPlainImageTag(imageId: $id, tag: "blue") { __typename ... on ImageTagsPayload { image { tags { key value } } } ${ERR} } }`,
        { id: imageId },
      );
      expect(payload(added, 'addPlainImageTag', 'ImageTagsPayload').image.tags).toEqual(
        expect.arrayContaining([{ key: 'blue', value: '' }, { key: `it-${run}`, value: '' }]),
      );
      expect((await rest(glanceUrl, alice.token, 'GET', `/v2/images/${imageId}`)).json.tags.sort()).toEqual(['blue', `it-${run}`].sort());

      const removed = await asAlice(
        `mutation($id: ID!) { removePlainImageTag(imageId: $id, tag: "blue") { __typename ... on ImageTagsPayload { image { tags { key value } } } ${ERR} } }`,
        { id: imageId },
      );
      expect(payload(removed, 'removePlainImageTag', 'ImageTagsPayload').image.tags).toEqual([{ key: `it-${run}`, value: '' }]);

      const again = await asAlice(
        `mutation($id: ID!) { removePlainImageTag(imageId: $id, tag: "blue") { __typename ${ERR} } }`,
        { id: imageId },
      );
      expect(again.data?.removePlainImageTag).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    });

    it('shares an image straight from createImageMetadata (no visibility change needed)', async () => {
      // Real Glance refuses members on a `private` image (403 "Not allowed to create members"), and
      // createImageMetadata creates private images: the gateway has to make the image `shared` itself.
      const own = await createMetadataImage(`it-share-direct-${run}`);
      const shared = await asAlice(
        `mutation($id: ID!, $project: String!) { shareImage(imageId: $id, projectId: $project) { __typename ... on ImageMemberPayload { member { imageId projectId status } } ${ERR} } }`,
        { id: own, project: bob.projectId },
      );
      expect(payload(shared, 'shareImage', 'ImageMemberPayload').member).toEqual({ imageId: own, projectId: bob.projectId, status: 'PENDING' });
    });

    it('shares the image with beta, which sees it pending and accepts it', async () => {
      // Until shareImage handles private images (the test above), the image is made `shared` directly in
      // Glance so the rest of the sharing flow is still checked through GraphQL.
      const visibility = await rest(glanceUrl, alice.token, 'PATCH', `/v2/images/${imageId}`, {
        json: [{ op: 'replace', path: '/visibility', value: 'shared' }],
        contentType: 'application/openstack-images-v2.1-json-patch',
      });
      expect(visibility.status, visibility.text).toBe(200);
      const shared = await asAlice(
        `mutation($id: ID!, $project: String!) { shareImage(imageId: $id, projectId: $project) { __typename ... on ImageMemberPayload { member { imageId projectId status } } ${ERR} } }`,
        { id: imageId, project: bob.projectId },
      );
      expect(payload(shared, 'shareImage', 'ImageMemberPayload').member).toEqual({ imageId, projectId: bob.projectId, status: 'PENDING' });

      const member = await asBob(`query($id: ID!, $project: String!) { imageMember(imageId: $id, projectId: $project) { imageId projectId status } }`, {
        id: imageId,
        project: bob.projectId,
      });
      expect(member.errors, JSON.stringify(member.errors)).toBeUndefined();
      expect(member.data.imageMember).toEqual({ imageId, projectId: bob.projectId, status: 'PENDING' });

      const pending = await asBob(
        `query($ids: [ID!]) { images(first: 10, filter: { visibility: SHARED, memberStatus: PENDING, ids: $ids }) { edges { node { imageId name ownedByMe } } } }`,
        { ids: [imageId] },
      );
      expect(pending.errors, JSON.stringify(pending.errors)).toBeUndefined();
      expect(pending.data.images.edges.map((e: any) => e.node)).toEqual([{ imageId, name: `it-life-${run}-renamed`, ownedByMe: false }]);

      const answered = await asBob(
        `mutation($id: ID!) { answerImageShare(imageId: $id, status: ACCEPTED) { __typename ... on ImageMemberPayload { member { imageId projectId status } } ${ERR} } }`,
        { id: imageId },
      );
      expect(payload(answered, 'answerImageShare', 'ImageMemberPayload').member).toEqual({ imageId, projectId: bob.projectId, status: 'ACCEPTED' });

      const accepted = await asBob(`{ images(first: 500, filter: { visibility: SHARED, memberStatus: ACCEPTED }) { edges { node { imageId } } } }`);
      expect(accepted.errors, JSON.stringify(accepted.errors)).toBeUndefined();
      expect(accepted.data.images.edges.map((e: any) => e.node.imageId)).toContain(imageId);
      const stillPending = await asBob(`query($ids: [ID!]) { images(first: 10, filter: { visibility: SHARED, memberStatus: PENDING, ids: $ids }) { edges { node { imageId } } } }`, {
        ids: [imageId],
      });
      expect(stillPending.data.images.edges).toEqual([]);

      // The owner sees the member and its answer on the image.
      const owner = await asAlice(`query($id: ID!) { image(id: $id) { visibility members { projectId status } } }`, { id: imageId });
      expect(owner.errors, JSON.stringify(owner.errors)).toBeUndefined();
      expect(owner.data.image).toEqual({ visibility: 'SHARED', members: [{ projectId: bob.projectId, status: 'ACCEPTED' }] });
    });

    it('unshares the image; beta no longer sees it', async () => {
      const r = await asAlice(
        `mutation($id: ID!, $project: String!) { unshareImage(imageId: $id, projectId: $project) { __typename ... on UnshareImagePayload { imageId projectId } ${ERR} } }`,
        { id: imageId, project: bob.projectId },
      );
      expect(payload(r, 'unshareImage', 'UnshareImagePayload')).toMatchObject({ imageId, projectId: bob.projectId });

      const byId = await asBob(`query($id: ID!) { image(id: $id) { imageId } }`, { id: imageId });
      expect(byId.errors?.[0]?.extensions?.code, JSON.stringify(byId)).toBe('NOT_FOUND');
      const lists = await asBob(`{ accepted: images(first: 500, filter: { visibility: SHARED, memberStatus: ACCEPTED }) { edges { node { imageId } } }
        all: images(first: 500) { edges { node { imageId } } } }`);
      expect(lists.errors, JSON.stringify(lists.errors)).toBeUndefined();
      expect(lists.data.accepted.edges.map((e: any) => e.node.imageId)).not.toContain(imageId);
      expect(lists.data.all.edges.map((e: any) => e.node.imageId)).not.toContain(imageId);
    });

    it('deletes the image; afterwards it is NOT_FOUND', async () => {
      const r = await asAlice(`mutation($id: ID!) { deleteImage(imageId: $id) { __typename ... on DeletedImagePayload { imageId } ${ERR} } }`, { id: imageId });
      expect(payload(r, 'deleteImage', 'DeletedImagePayload').imageId).toBe(imageId);
      created.delete(imageId);

      const read = await asAlice(`query($id: ID!) { image(id: $id) { imageId } }`, { id: imageId });
      expect(read.errors?.[0]?.extensions?.code, JSON.stringify(read)).toBe('NOT_FOUND');
      const again = await asAlice(`mutation($id: ID!) { deleteImage(imageId: $id) { __typename ${ERR} } }`, { id: imageId });
      expect(again.data?.deleteImage).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', upstream: { status: 404 } });
    });
  });

  it('pages through 60 images 25 at a time in the order Glance lists them', async () => {
    const ids = await inBatches(
      Array.from({ length: 60 }, (_, i) => i),
      10,
      (i) => createMetadataImage(`it-page-${run}-${String(i).padStart(2, '0')}`),
    );

    // `ids` keeps other suites' images (created in parallel on the same Glance) out of both listings.
    const filter = { ids };
    const viaGateway: string[] = [];
    const pageSizes: number[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const r: GraphQLResponse = await asAlice(
        `query($after: String, $filter: ImageFilter) { images(first: 25, after: $after, filter: $filter) { edges { node { imageId } } pageInfo { hasNextPage endCursor } } }`,
        { after, filter },
      );
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      const page = r.data.images;
      pageSizes.push(page.edges.length);
      viaGateway.push(...page.edges.map((e: any) => e.node.imageId));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }

    // Glance's own listing with the same token: default sort, default page size, following `next`.
    const viaGlance: string[] = [];
    let next: string | undefined = `/v2/images?id=in:${ids.join(',')}`;
    while (next) {
      const page = await rest(glanceUrl, alice.token, 'GET', next);
      expect(page.status, page.text).toBe(200);
      viaGlance.push(...page.json.images.map((i: { id: string }) => i.id));
      next = page.json.next;
    }

    expect(viaGlance).toHaveLength(60);
    expect(new Set(viaGlance)).toEqual(new Set(ids));
    expect(pageSizes).toEqual([25, 25, 10]);
    expect(viaGateway).toEqual(viaGlance);

    // Backwards from the end gives the last ten again.
    const last = await asAlice(`query($filter: ImageFilter) { images(last: 10, filter: $filter) { edges { node { imageId } } } }`, { filter });
    expect(last.errors, JSON.stringify(last.errors)).toBeUndefined();
    expect(last.data.images.edges.map((e: any) => e.node.imageId)).toEqual(viaGlance.slice(50));
  });

  it('filters by a plain tag (a key-only tag filter) as Glance does', async () => {
    const tag = `it-tagged-${run}`;
    const tagged = await createMetadataImage(`it-tagged-${run}`, `, tags: ["${tag}"]`);
    await createMetadataImage(`it-untagged-${run}`);
    const direct = await rest(glanceUrl, alice.token, 'GET', `/v2/images?tag=${tag}`);
    expect(direct.json.images.map((i: { id: string }) => i.id)).toEqual([tagged]);
    // A plain Glance tag is the key/value tag {key, value: ""}; real Glance matches it only as `tag=<key>`.
    const r = await asAlice(`query($tag: String!) { images(first: 10, filter: { tag: { key: $tag } }) { edges { node { imageId } } } }`, { tag });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data.images.edges.map((e: any) => e.node.imageId)).toEqual([tagged]);
  });

  describe('errors a caller relies on', () => {
    it('an unknown image id is NOT_FOUND, for queries and mutations', async () => {
      const unknown = randomUUID();
      const q = await asAlice(`query($id: ID!) { image(id: $id) { imageId } }`, { id: unknown });
      expect(q.errors?.[0]?.extensions?.code, JSON.stringify(q)).toBe('NOT_FOUND');
      const m = await asAlice(
        `mutation($id: ID!) { updateImage(input: { imageId: $id, name: "x" }) { __typename ${ERR} } }`,
        { id: unknown },
      );
      expect(m.data?.updateImage).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', upstream: { status: 404 } });
      const tag = await asAlice(`mutation($id: ID!) { addPlainImageTag(imageId: $id, tag: "x") { __typename ${ERR} } }`, { id: unknown });
      expect(tag.data?.addPlainImageTag).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    });

    it('a token Keystone does not know is UNAUTHENTICATED', async () => {
      const bad = await graphql(gateway.graphqlUrl, 'gAAAAABnot-a-real-token', `{ images(first: 1) { edges { node { imageId } } } }`);
      expect(bad.errors?.[0]?.extensions?.code, JSON.stringify(bad)).toBe('UNAUTHENTICATED');
      const none = await graphql(gateway.graphqlUrl, null, `{ images(first: 1) { edges { node { imageId } } } }`);
      expect(none.errors?.[0]?.extensions?.code, JSON.stringify(none)).toBe('UNAUTHENTICATED');
    });

    it('IMS-only operations are UNSUPPORTED_BY_UPSTREAM, and the gateway keeps serving', async () => {
      const quota = await asAlice(`{ quota { images { used quota } } }`);
      expect(quota.errors?.[0]?.extensions?.code, JSON.stringify(quota)).toBe('UNSUPPORTED_BY_UPSTREAM');

      const copy = await asAlice(`mutation($id: ID!) { copyImage(input: { imageId: $id, name: "copy" }) { __typename ${ERR} } }`, { id: randomUUID() });
      expect(copy.data?.copyImage).toMatchObject({ __typename: 'UnsupportedByUpstreamError', upstreamKind: 'openstack' });

      const tagsIms = await asAlice(`{ projectTags { key values } }`);
      expect(tagsIms.errors?.[0]?.extensions?.code, JSON.stringify(tagsIms)).toBe('UNSUPPORTED_BY_UPSTREAM');

      const ok = await asAlice(`{ images(first: 1) { edges { node { imageId } } } }`);
      expect(ok.errors, JSON.stringify(ok.errors)).toBeUndefined();
      const health = await fetch(`${gateway.url}/health`);
      expect(health.status).toBe(200);
      await health.arrayBuffer();
    });
  });
});
