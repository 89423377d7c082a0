/**
 * The first vertical slice through a real gateway and the simulator: images, image, quota, job, auth and
 * error codes, paging without gaps or duplicates, and upstream calls counted from the simulator's log.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

let t: TestGateway;
beforeAll(async () => {
  // Batching is shown with more aliases than MAX_ALIASES allows by default.
  t = await startTestGateway({ MAX_ALIASES: '60' });
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.clearFaults();
  await t.clearRequests();
});

describe('images', () => {
  it('lists seeded images through the gateway', async () => {
    const r = await t.gql(`{ images(first: 5) { edges { node { id imageId name status } } pageInfo { hasNextPage endCursor } } }`);
    expect(r.errors).toBeUndefined();
    const edges = r.data.images.edges;
    expect(edges).toHaveLength(5);
    for (const e of edges) {
      expect(e.node.status).toMatch(/^[A-Z_]+$/);
      expect(e.node.imageId).toMatch(/^[0-9a-f-]{36}$/);
      expect(e.node.id).not.toBe(e.node.imageId); // Relay global id
    }
    expect(r.data.images.pageInfo.hasNextPage).toBe(true);
  });

  it('walks every page forwards with no duplicate and no gap, and backwards to the same order', async () => {
    const all = await t.gql(`{ images(first: 500) { edges { node { imageId } } } }`);
    const expected: string[] = all.data.images.edges.map((e: any) => e.node.imageId);
    expect(expected.length).toBeGreaterThan(12);

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const r: any = await t.gql(`query($after: String) { images(first: 5, after: $after) { edges { node { imageId } } pageInfo { hasNextPage endCursor } } }`, { after });
      expect(r.errors).toBeUndefined();
      seen.push(...r.data.images.edges.map((e: any) => e.node.imageId));
      if (!r.data.images.pageInfo.hasNextPage) break;
      after = r.data.images.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);

    const back: string[] = [];
    let before: string | null = null;
    for (let page = 0; page < 50; page++) {
      const r: any = await t.gql(`query($before: String) { images(last: 7, before: $before) { edges { node { imageId } } pageInfo { hasPreviousPage startCursor } } }`, { before });
      expect(r.errors).toBeUndefined();
      back.unshift(...r.data.images.edges.map((e: any) => e.node.imageId));
      if (!r.data.images.pageInfo.hasPreviousPage) break;
      before = r.data.images.pageInfo.startCursor;
    }
    expect(back).toEqual(expected);
  });

  it('passes filters upstream with their wire names', async () => {
    const r = await t.gql(`{ images(first: 10, filter: { imageType: GOLD, platform: CENTOS, support: { kvm: true } }, sort: { key: NAME, direction: ASC }) { edges { node { name platform imageType support { kvm } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.images.edges.length).toBeGreaterThan(0);
    for (const e of r.data.images.edges) {
      expect(e.node).toMatchObject({ platform: 'CENTOS', imageType: 'GOLD', support: { kvm: true } });
    }
    const names = r.data.images.edges.map((e: any) => e.node.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
    const [call] = (await t.requests()).filter((q) => q.path === '/v2/images');
    expect(call!.query).toMatchObject({ __imagetype: 'gold', __platform: 'CentOS', __support_kvm: 'true', sort_key: 'name', sort_dir: 'asc' });
  });

  it('filters by a key/value tag and by a key-only tag', async () => {
    const m = await t.gql(`mutation { createImageMetadata(input: { name: "tag-filter", tags: ["blueprint"] }) { ... on ImagePayload { image { imageId } } } }`);
    const id = m.data.createImageMetadata.image.imageId;
    await t.gql(`mutation { addImageTag(imageId: "${id}", tag: { key: "tier", value: "gold" }) { __typename } }`);
    const byKeyOnly = await t.gql(`{ images(first: 50, filter: { tag: { key: "blueprint" } }) { edges { node { imageId } } } }`);
    expect(byKeyOnly.data.images.edges.map((e: any) => e.node.imageId)).toEqual([id]);
    const byPair = await t.gql(`{ images(first: 50, filter: { tag: { key: "tier", value: "gold" } }) { edges { node { imageId } } } }`);
    expect(byPair.data.images.edges.map((e: any) => e.node.imageId)).toContain(id);
    const calls = (await t.requests()).filter((q) => q.path === '/v2/images' && q.query.tag);
    expect(calls.map((q) => q.query.tag)).toEqual(['blueprint', 'tier=gold']);
  });

  it('refuses bad input before any upstream call, naming the field and the rule', async () => {
    const cases: [string, string, RegExp][] = [
      ['images(first: 0)', 'first', /between 1 and 500/],
      ['images(first: 5, filter: { memberStatus: PENDING })', 'filter.memberStatus', /requires visibility: SHARED/],
      ['images(first: 5, filter: { osBits: 16 })', 'filter.osBits', /32 or 64/],
      ['images(first: 5, filter: { support: { kvm: true, kvmGpuType: "P4" } })', 'filter.support.kvmGpuType', /cannot be combined/],
      ['images(first: 5, filter: { tag: { key: "this-key-is-far-too-long-for-ims-tags-x", value: "v" } })', 'filter.tag.key', /at most 36/],
      ['images(first: 5, after: "bm9wZQ")', 'after', /not a cursor/],
    ];
    for (const [field, path, rule] of cases) {
      const r = await t.gql(`{ ${field} { edges { node { id } } } }`);
      expect(r.errors?.[0]?.extensions?.code, field).toBe('BAD_USER_INPUT');
      const issues = r.errors![0]!.extensions!.issues as { path: string[]; message: string }[];
      expect(issues.map((i) => i.path.join('.')), field).toContain(path);
      expect(issues.map((i) => i.message).join(' '), field).toMatch(rule);
    }
    expect((await t.requests()).filter((q) => !q.path.startsWith('/v3'))).toHaveLength(0);
  });
});

describe('image(id)', () => {
  it('answers the same image asked 20 times through aliases with one upstream call', async () => {
    const list = await t.gql(`{ images(first: 1) { edges { node { imageId } } } }`);
    const id = list.data.images.edges[0].node.imageId;
    await t.clearRequests();
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: image(id: "${id}") { name status }`).join('\n');
    const r = await t.gql(`{ ${aliases} }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.a19.name).toBe(r.data.a0.name);
    const calls = (await t.requests()).filter((q) => q.path.startsWith('/v2/images'));
    expect(calls).toHaveLength(1);
  });

  it('batches different images into one id=in: list', async () => {
    const list = await t.gql(`{ images(first: 30) { edges { node { imageId } } } }`);
    const ids: string[] = list.data.images.edges.map((e: any) => e.node.imageId);
    await t.clearRequests();
    const r = await t.gql(`{ ${ids.map((id, i) => `i${i}: image(id: "${id}") { imageId }`).join('\n')} }`);
    expect(r.errors).toBeUndefined();
    const calls = (await t.requests()).filter((q) => q.path.startsWith('/v2/images'));
    expect(calls).toHaveLength(1);
    expect(String(calls[0]!.query.id)).toMatch(/^in:/);
  });

  it('gives NOT_FOUND with the upstream status and code for an unknown image', async () => {
    const r = await t.gql(`{ image(id: "00000000-0000-4000-8000-000000000000") { name } }`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, code: 'IMG.0144' } });
    expect(r.errors?.[0]?.extensions?.upstream?.requestId).toBeTruthy();
  });
});

describe('auth', () => {
  it('gives UNAUTHENTICATED without a token and with a rejected one, without calling IMS or Glance', async () => {
    const none = await t.gql(`{ images(first: 1) { edges { node { id } } } }`, undefined, { token: null });
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await t.gql(`{ images(first: 1) { edges { node { id } } } }`, undefined, { token: 'not-a-token' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.requests()).filter((q) => !q.path.startsWith('/v3'))).toHaveLength(0);
  });

  it('validates a token once and then serves it from the cache', async () => {
    const token = await t.token('bob');
    await t.gql(`{ quota { images { used } } }`, undefined, { token });
    await t.gql(`{ quota { images { used } } }`, undefined, { token });
    const validations = (await t.requests()).filter((q) => q.method === 'GET' && q.path === '/v3/auth/tokens');
    expect(validations).toHaveLength(1);
  });

  it('accepts Authorization: Bearer as well as X-Auth-Token', async () => {
    const token = await t.token('alice');
    const r = await t.gql(`{ quota { images { quota } } }`, undefined, { token: null, headers: { authorization: `Bearer ${token}` } });
    expect(r.errors).toBeUndefined();
    expect(r.data.quota.images.quota).toBeGreaterThan(0);
  });
});

describe('tenancy', () => {
  it('never shows one project’s private images to another', async () => {
    const alicePrivate = await t.gql(`{ images(first: 100, filter: { imageType: PRIVATE }) { edges { node { imageId ownerProjectId } } } }`, undefined, { user: 'alice' });
    const aliceProject = await t.projectId('alice');
    const ids = alicePrivate.data.images.edges.filter((e: any) => e.node.ownerProjectId === aliceProject).map((e: any) => e.node.imageId);
    expect(ids.length).toBeGreaterThan(0);
    const asCarol = await t.gql(`{ images(first: 500) { edges { node { imageId } } } }`, undefined, { user: 'carol' });
    const carolSees = new Set(asCarol.data.images.edges.map((e: any) => e.node.imageId));
    for (const id of ids) expect(carolSees.has(id)).toBe(false);
    const direct = await t.gql(`query($id: ID!) { image(id: $id) { name } }`, { id: ids[0] }, { user: 'carol' });
    expect(direct.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('upstream faults', () => {
  it('turns a 503 into UPSTREAM_UNAVAILABLE after retrying, and keeps serving', async () => {
    await t.fault({ method: 'GET', path: '/v2/images', kind: 'status', status: 503 });
    const r = await t.gql(`{ images(first: 1) { edges { node { id } } } }`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstream: { status: 503 } });
    await t.clearFaults();
    const ok = await t.gql(`{ images(first: 1) { edges { node { id } } } }`);
    expect(ok.errors).toBeUndefined();
  });

  it('turns malformed JSON into UPSTREAM_BAD_RESPONSE', async () => {
    await t.fault({ method: 'GET', path: '/v1/cloudimages/quota', kind: 'malformed_json' });
    const r = await t.gql(`{ quota { images { used } } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('UPSTREAM_BAD_RESPONSE');
  });

  it('turns a connection reset into UPSTREAM_UNAVAILABLE', async () => {
    await t.fault({ method: 'GET', path: '/v1/cloudimages/quota', kind: 'reset' });
    const r = await t.gql(`{ quota { images { used } } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
  });

  it('turns a 429 into RATE_LIMITED with the advertised wait', async () => {
    await t.fault({ method: 'GET', path: '/v1/cloudimages/quota', kind: 'status', status: 429, retryAfter: 7 });
    const r = await t.gql(`{ quota { images { used } } }`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', upstream: { status: 429, retryAfterMs: 7000 } });
  });
});
