/**
 * No N+1: exact upstream call counts for nested reads, counted from the simulator's request log.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ SIM_JOB_STEP_MS: '5' });
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.clearRequests();
});

const upstreamCalls = async () => (await t.requests()).filter((q) => !q.path.startsWith('/v3/'));

describe('batching', () => {
  it('a page of 50 images with their parent images: one list call plus one id=in: call', async () => {
    const r = await t.gql(`{ images(first: 50) { edges { node { imageId name parentImageId parentImage { imageId name } } } } }`);
    expect(r.errors).toBeUndefined();
    const edges = r.data.images.edges;
    expect(edges).toHaveLength(50);
    const parents = new Set(edges.map((e: any) => e.node.parentImageId).filter(Boolean));
    expect(parents.size).toBeGreaterThan(0);
    for (const e of edges) if (e.node.parentImage) expect(e.node.parentImage.imageId).toBe(e.node.parentImageId);

    const calls = await upstreamCalls();
    const lists = calls.filter((q) => q.path === '/v2/images' && !String(q.query.id ?? '').startsWith('in:'));
    const batched = calls.filter((q) => q.path === '/v2/images' && String(q.query.id ?? '').startsWith('in:'));
    expect(lists).toHaveLength(1);
    // Parents already on the page come from the loader cache; the rest are fetched together.
    expect(batched.length).toBeLessThanOrEqual(1);
    const singles = calls.filter((q) => /^\/v2\/images\/[^/]+$/.test(q.path));
    // Only parents that a list cannot return (not visible) are read one by one, and each at most once.
    expect(new Set(singles.map((q) => q.path)).size).toBe(singles.length);
  });

  it('members of every image on a page: one members call per distinct image, no repeats', async () => {
    const r = await t.gql(`{ images(first: 20, filter: { visibility: SHARED }) { edges { node { imageId members { projectId status image { imageId } } } } } }`);
    expect(r.errors).toBeUndefined();
    const n = r.data.images.edges.length;
    expect(n).toBeGreaterThan(0);
    const calls = await upstreamCalls();
    const memberCalls = calls.filter((q) => /\/members$/.test(q.path));
    expect(memberCalls).toHaveLength(n);
    // member.image resolves from the loader cache primed by the page: no image reads at all.
    expect(calls.filter((q) => q.path.startsWith('/v2/images/') && !q.path.endsWith('/members'))).toHaveLength(0);
  });

  it('jobs and the images they created: one read per job, one batched read for all their images', async () => {
    // A copyable image: an ordinary system-disk image (not full-ECS, not ISO).
    const source = await t.gql(`{ images(first: 50, filter: { status: ACTIVE, ownerProjectId: "${await t.projectId('alice')}" }) { edges { node { imageId wholeImage virtualEnvType } } } }`);
    expect(source.errors).toBeUndefined();
    const imageId = source.data.images.edges.find((e: any) => !e.node.wholeImage && e.node.virtualEnvType === 'FUSION_COMPUTE').node.imageId;
    const jobIds: string[] = [];
    for (let i = 0; i < 6; i++) {
      const m = await t.gql(`mutation { copyImage(input: { imageId: "${imageId}", name: "batch-copy-${i}" }) { __typename ... on JobPayload { jobId } ... on Error { message } } }`);
      expect(m.data.copyImage.__typename, JSON.stringify(m.data)).toBe('JobPayload');
      jobIds.push(m.data.copyImage.jobId);
    }
    // Wait until every job has finished (polling through the gateway).
    for (let attempt = 0; attempt < 200; attempt++) {
      const s = await t.gql(`{ ${jobIds.map((id, i) => `j${i}: job(id: "${id}") { status }`).join(' ')} }`);
      if (jobIds.every((_, i) => s.data[`j${i}`].status === 'SUCCESS')) break;
      await new Promise((res) => setTimeout(res, 20));
    }
    await t.clearRequests();
    const aliases = jobIds.flatMap((id, i) => [`j${i}: job(id: "${id}") { status image { imageId name } }`, `again${i}: job(id: "${id}") { status }`]);
    const r = await t.gql(`{ ${aliases.join('\n')} }`);
    expect(r.errors).toBeUndefined();
    for (let i = 0; i < jobIds.length; i++) expect(r.data[`j${i}`].image.name).toBe(`batch-copy-${i}`);
    const calls = await upstreamCalls();
    expect(calls.filter((q) => /\/jobs\//.test(q.path))).toHaveLength(jobIds.length);
    const imageReads = calls.filter((q) => q.path.startsWith('/v2/images'));
    expect(imageReads).toHaveLength(1);
    expect(String(imageReads[0]!.query.id)).toMatch(/^in:/);
  });

  it('a parent listed after its child on the same page is not fetched again: the page primes the loader', async () => {
    const r = await t.gql(`{ images(first: 200) { edges { node { imageId parentImageId parentImage { imageId name } } } } }`);
    expect(r.errors).toBeUndefined();
    const edges: any[] = r.data.images.edges;
    const index = new Map(edges.map((e, i) => [e.node.imageId, i]));
    // The seeded alpha-web-prod (2023) is made from a public image (2021), which newest-first lists after it.
    const child = edges.findIndex((e) => e.node.parentImageId && (index.get(e.node.parentImageId) ?? -1) > edges.indexOf(e));
    expect(child).toBeGreaterThanOrEqual(0);
    expect(edges[child].node.parentImage.imageId).toBe(edges[child].node.parentImageId);
    const calls = await upstreamCalls();
    expect(calls.map((q) => `${q.method} ${q.path}`)).toEqual(['GET /v2/images']);
  });

  it('identical reads in one operation are made once', async () => {
    const r = await t.gql(`{ a: quota { images { used } } b: quota { images { quota } } c: apiVersions { id } d: apiVersions { status } }`);
    expect(r.errors).toBeUndefined();
    const calls = await upstreamCalls();
    expect(calls.filter((q) => q.path === '/v1/cloudimages/quota')).toHaveLength(1);
    expect(calls.filter((q) => q.path === '/')).toHaveLength(1);
  });
});
