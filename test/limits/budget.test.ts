/**
 * The upstream-call budget: a fan-out that depends on data (one members call per image of a page) stops at
 * exactly MAX_UPSTREAM_CALLS_PER_OPERATION calls, counted in the simulator's log; the refused fields say why.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

let t: TestGateway;
beforeAll(async () => {
  // Jobs last ~1 s and are polled every 20–50 ms: many more polls than the budget of 3.
  t = await startTestGateway({ MAX_UPSTREAM_CALLS_PER_OPERATION: '3', SIM_JOB_STEP_MS: '200', JOB_POLL_MIN_MS: '20', JOB_POLL_MAX_MS: '50' });
  await t.token('alice');
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.clearRequests();
});

const upstreamCalls = async () => (await t.requests()).filter((r) => !r.path.startsWith('/v3/auth'));

describe('upstream-call budget per operation', () => {
  it('a page of shared images with their members (one call per image) makes exactly 3 upstream calls, then UPSTREAM_BUDGET_EXCEEDED', async () => {
    // Without the budget, this page would make one members call per image: at least 4 more than the list.
    const page = await t.gql(`{ images(first: 10, filter: { visibility: SHARED }) { edges { node { imageId } } } }`);
    const shared = page.data!.images.edges.length;
    expect(shared).toBeGreaterThanOrEqual(4);
    await t.clearRequests();
    const r = await t.gql(`{ images(first: 10, filter: { visibility: SHARED }) { edges { node { imageId members { projectId } } } } }`);
    const calls = await upstreamCalls();
    expect(calls).toHaveLength(3);
    expect(calls[0]!.path).toBe('/v2/images');
    const refused = r.errors?.filter((e) => e.extensions?.code === 'UPSTREAM_BUDGET_EXCEEDED') ?? [];
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]!.message).toMatch(/MAX_UPSTREAM_CALLS_PER_OPERATION=3/);
    expect(refused[0]!.path?.slice(-1)).toEqual(['members']);
  });

  it('an operation within the budget is untouched, and the next operation has its own budget', async () => {
    const q = `{ images(first: 2, filter: { visibility: SHARED }) { edges { node { imageId members { projectId } } } } }`;
    const r1 = await t.gql(q);
    expect(r1.errors).toBeUndefined();
    const r2 = await t.gql(q);
    expect(r2.errors).toBeUndefined();
    expect(await upstreamCalls()).toHaveLength(6);
  });

  it('a subscription is not billed for the shared job polls: more polls than the budget, every event served', async () => {
    const token = await t.token();
    const job = await t.gql(`mutation { copyImage(input: { imageId: "${await privateImageId()}", name: "budget-copy" }) { ... on JobPayload { job { jobId } } ... on Error { message } } }`);
    const jobId = job.data?.copyImage?.job?.jobId;
    expect(jobId).toBeTruthy();
    const client = createClient({ url: t.gateway.wsUrl, webSocketImpl: WebSocket, connectionParams: { 'X-Auth-Token': token }, retryAttempts: 0 });
    const events: any[] = [];
    try {
      await new Promise<void>((resolve, reject) => {
        client.subscribe(
          { query: `subscription { jobProgress(id: "${jobId}") { status image { imageId members { projectId } } } }` },
          { next: (e) => void events.push(e), error: reject, complete: resolve },
        );
      });
    } finally {
      await client.dispose();
    }
    // More job reads upstream than the budget of 3 allows one operation, yet no event was refused.
    const polls = (await upstreamCalls()).filter((c) => c.path.includes('/jobs/'));
    expect(polls.length).toBeGreaterThan(3);
    expect(events.length).toBeGreaterThan(2);
    expect(events.at(-1).data.jobProgress.status).toBe('SUCCESS');
    expect(events.flatMap((e) => e.errors ?? []).filter((e: any) => e.extensions?.code === 'UPSTREAM_BUDGET_EXCEEDED')).toEqual([]);
  });
});

async function privateImageId(): Promise<string> {
  const r = await t.gql(`{ images(first: 20, filter: { visibility: PRIVATE }) { edges { node { imageId name } } } }`);
  return r.data.images.edges.find((e: any) => e.node.name === 'alpha-web-prod').node.imageId;
}
