/**
 * /metrics through the public surface: values checked against the simulator's request log and against what the
 * test did (operations, errors, a watched job, a websocket), bounded labels, METRICS_TOKEN and METRICS=false.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { sample, scrape, sse, startExport, until } from './helpers';

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';
let t: TestGateway;
let imageId: string;

beforeAll(async () => {
  t = await startTestGateway({ METRICS_TOKEN, SIM_JOB_STEP_MS: '600' });
  const r = await t.gql(`{ images(first: 1) { edges { node { imageId } } } }`);
  imageId = r.data.images.edges[0].node.imageId;
});
afterAll(() => t?.close());

const auth = { authorization: `Bearer ${METRICS_TOKEN}` };

describe('/metrics', () => {
  it('is refused without the bearer token', async () => {
    expect((await fetch(`${t.gateway.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${t.gateway.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
  });

  it('counts operations, errors and upstream calls as the simulator saw them', async () => {
    const before = await scrape(t, auth);
    await t.clearRequests();
    for (let i = 0; i < 3; i++) {
      const r = await t.gql(`query ImageById($id: ID!) { image(id: $id) { name } }`, { id: imageId });
      expect(r.errors).toBeUndefined();
    }
    const missing = await t.gql(`query ImageById($id: ID!) { image(id: $id) { name } }`, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const after = await scrape(t, auth);
    const log = await t.requests();
    const gets = (status: number) => log.filter((r) => r.method === 'GET' && /^\/v2\/images\/[^/]+$/.test(r.path) && r.status === status).length;
    const delta = (name: string, labels: Record<string, string>) => sample(after, name, labels) - sample(before, name, labels);
    expect(gets(200)).toBeGreaterThan(0);
    expect(delta('gateway_upstream_requests_total', { endpoint: 'glance-get-image', method: 'GET', status_class: '2xx' })).toBe(gets(200));
    expect(delta('gateway_upstream_requests_total', { endpoint: 'glance-get-image', method: 'GET', status_class: '4xx' })).toBe(gets(404));
    expect(delta('gateway_upstream_request_duration_seconds_count', { endpoint: 'glance-get-image' })).toBe(gets(200) + gets(404));
    expect(delta('graphql_envelop_request', { operationName: 'ImageById', operationType: 'query' })).toBe(4);
    expect(delta('graphql_envelop_request_duration_count', { operationName: 'ImageById', operationType: 'query' })).toBe(4);
    expect(delta('gateway_graphql_errors_total', { code: 'NOT_FOUND' })).toBe(1);
    // The HTTP histogram is observed when each response closes, which may be just after the client has read it.
    const http = { operationName: 'ImageById', operationType: 'query', method: 'POST', statusCode: '2xx' };
    await until(async () => sample(await scrape(t, auth), 'graphql_yoga_http_duration_count', http) - sample(before, 'graphql_yoga_http_duration_count', http) >= 4, 'four HTTP durations');
    expect(sample(await scrape(t, auth), 'graphql_yoga_http_duration_count', http) - sample(before, 'graphql_yoga_http_duration_count', http)).toBe(4);
    expect(sample(after, 'gateway_upstream_connections', { origin: t.simUrl, pool: 'default', state: 'connected' })).toBeGreaterThan(0);
    for (const name of ['process_resident_memory_bytes', 'nodejs_heap_size_used_bytes', 'nodejs_eventloop_lag_seconds'])
      expect(after.has(`${name}{}`), name).toBe(true);
  });

  it('keeps operation names bounded: past 200 distinct names, the rest count as other', async () => {
    await Promise.all(Array.from({ length: 230 }, (_, i) => t.gql(`query Flood${i} { __typename }`, undefined, { token: null })));
    const after = await scrape(t, auth);
    const names = new Set([...after.keys()].filter((k) => k.startsWith('graphql_envelop_request{')).map((k) => /operationName="([^"]*)"/.exec(k)![1]));
    // 200 client-chosen names at most, plus the two the gateway names: `other` and `anonymous`.
    expect(names.size).toBeLessThanOrEqual(202);
    expect(names.has('other')).toBe(true);
  });

  it('shows pollers, watchers, subscriptions, websockets and the job outcome', async () => {
    const token = await t.token('alice');
    const ws = createClient({ url: t.gateway.wsUrl, webSocketImpl: WebSocket, connectionParams: { token }, lazy: false, retryAttempts: 0 });
    const jobId = await startExport(t, 'metrics');
    const stream = sse(t.gateway.graphqlUrl, `subscription($id: ID!) { jobProgress(id: $id) { status } }`, { id: jobId }, { 'x-auth-token': token, 'x-request-id': 'sse-metrics' });
    // One scrape while the job runs (it lasts 5 steps of 600 ms) shows all of them.
    await until(async () => {
      const s = await scrape(t, auth);
      return (
        sample(s, 'gateway_job_pollers', { tracker: 'job' }) === 1 &&
        sample(s, 'gateway_job_watchers', { tracker: 'job' }) === 1 &&
        sample(s, 'gateway_subscriptions', { field: 'jobProgress' }) === 1 &&
        sample(s, 'gateway_websocket_connections') === 1
      );
    }, 'a poller, its watcher, the subscription and the socket are counted');
    expect(await stream.ended).toBe('complete');
    await ws.dispose();
    await until(async () => {
      const s = await scrape(t, auth);
      return sample(s, 'gateway_subscriptions', { field: 'jobProgress' }) === 0 && sample(s, 'gateway_websocket_connections') === 0;
    }, 'gauges return to zero');
    const after = await scrape(t, auth);
    const outcomes = [...after].filter(([k]) => k.startsWith('gateway_job_outcomes_total{') && k.includes('status="SUCCESS"'));
    expect(outcomes.reduce((n, [, v]) => n + v, 0)).toBe(1);
    const polls = (await t.requests()).filter((r) => r.method === 'GET' && r.path.includes(jobId) && r.trace?.requestId === 'sse-metrics').length;
    // Every poll the engine made went upstream under the subscription's request id (plus its one authorisation read).
    expect(sample(after, 'gateway_job_polls_total', { tracker: 'job' })).toBe(polls - 1);
  });
});

describe('uploads', () => {
  it('counts the bytes streamed to the image service; nothing in flight afterwards', async () => {
    const created = await t.gql(`mutation($name: String!) { createImageMetadata(input: { name: $name, diskFormat: RAW }) { ... on ImagePayload { image { imageId } } } }`, { name: 'ops-upload' });
    const id = created.data.createImageMetadata.image.imageId as string;
    const before = await scrape(t, auth);
    const file = new Uint8Array(300_000).map((_, i) => i % 251);
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: `mutation($id: ID!, $file: Upload!) { uploadImageFile(imageId: $id, file: $file) { __typename } }`, variables: { id, file: null } }));
    form.set('map', JSON.stringify({ f: ['variables.file'] }));
    form.set('f', new Blob([file]), 'disk.raw');
    const res = await fetch(t.gateway.graphqlUrl, { method: 'POST', headers: { 'x-auth-token': await t.token('alice'), 'graphql-preflight': '1' }, body: form });
    expect(((await res.json()) as any).data.uploadImageFile.__typename).toBe('ImagePayload');
    const after = await scrape(t, auth);
    expect(sample(after, 'gateway_upload_bytes_total') - sample(before, 'gateway_upload_bytes_total')).toBe(file.length);
    expect(sample(after, 'gateway_uploads_in_flight')).toBe(0);
  });
});

describe('METRICS=false', () => {
  it('answers 404 and adds no metrics', async () => {
    const off = await startTestGateway({ METRICS: 'false' });
    try {
      expect((await fetch(`${off.gateway.url}/metrics`)).status).toBe(404);
      expect(off.gateway.ops.metrics).toBeNull();
    } finally {
      await off.close();
    }
  });
});
