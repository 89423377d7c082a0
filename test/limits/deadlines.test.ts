/**
 * Deadlines and cancellation: the overall deadline holds under a slowly delivered body; a client that leaves
 * stops its pending upstream reads; job-starting POSTs are detached from the caller; past
 * MAX_INFLIGHT_REQUESTS the gateway answers 503 + Retry-After at once; a stalled upload is ended by
 * UPLOAD_IDLE_TIMEOUT_MS and its upstream connection freed.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HttpClient } from '../../src/upstream/http';
import { anonymousAuth } from '../../src/upstream/http/anonymous';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { newImage, stalledUpload } from './helpers';
import { sleep } from '../helpers/wait';

const IMG = (i: number) => `0000000${i}-0000-4000-8000-000000000000`.slice(-36);

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({
    REQUEST_DEADLINE_MS: '1500',
    UPSTREAM_HEADERS_TIMEOUT_MS: '20000',
    UPSTREAM_BODY_TIMEOUT_MS: '20000',
    PROJECT_MAX_CONCURRENT_CALLS: '2',
    MAX_INFLIGHT_REQUESTS: '3',
    UPLOAD_IDLE_TIMEOUT_MS: '500',
  });
  await t.token('alice');
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.clearFaults();
  await t.clearRequests();
});

describe('overall deadline', () => {
  it('a body delivered slowly (each piece within the body timeout) ends at the deadline with DEADLINE_EXCEEDED', async () => {
    // 10 pieces 800 ms apart: 8 s in all, never idle long enough for the 20 s body timeout.
    await t.fault({ method: 'GET', path: '/v2/images', kind: 'slow_body', delayMs: 800 });
    const r = await t.gql(`{ images(first: 3) { edges { node { name } } } }`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'DEADLINE_EXCEEDED', deadlineMs: 1500 });
    expect(r.errors?.[0]?.message).toMatch(/REQUEST_DEADLINE_MS=1500/);
  });

  it('an operation within the deadline is unaffected', async () => {
    const r = await t.gql(`{ images(first: 3) { edges { node { name } } } }`);
    expect(r.errors).toBeUndefined();
  });
});

describe('client abort', () => {
  it('a client that disconnects stops its pending upstream reads (queued calls are never sent)', async () => {
    const alpha = await t.projectId('alice');
    await t.fault({ method: 'GET', path: `^/v2/${alpha}/images/[^/]+/tags`, kind: 'latency', delayMs: 1000 });
    const controller = new AbortController();
    const query = `{ ${Array.from({ length: 12 }, (_, i) => `t${i}: imageTags(imageId: "${IMG(i)}") { key }`).join(' ')} }`;
    const pending = fetch(t.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-auth-token': await t.token() },
      body: JSON.stringify({ query }),
      signal: controller.signal,
    }).catch((e: unknown) => e);
    await sleep(300);
    controller.abort();
    await pending;
    // Two calls were in flight (PROJECT_MAX_CONCURRENT_CALLS=2); the other ten were waiting and must never go.
    // Without cancellation, two more would be logged each second from now on.
    await sleep(2500);
    const calls = (await t.requests()).filter((q) => q.path.endsWith('/tags'));
    expect(calls.length).toBeLessThanOrEqual(2);
  });

  it('a job-starting request is detached: the caller leaving does not abort it (HTTP core)', async () => {
    let answered = 0;
    const server: Server = createServer((req, res) => {
      req.resume();
      setTimeout(() => {
        answered++;
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"job_id":"j"}');
      }, 300);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/cloudimages/x/copy`;
    const http = new HttpClient();
    try {
      const leaving = new AbortController();
      const detached = http.request({ method: 'POST', url, json: {}, auth: anonymousAuth, signal: leaving.signal, detached: true });
      const attached = http.request({ method: 'POST', url, json: {}, auth: anonymousAuth, signal: leaving.signal });
      setTimeout(() => leaving.abort(new Error('client left')), 50);
      await expect(attached).rejects.toThrow('client left');
      await expect(detached).resolves.toMatchObject({ status: 200 });
    } finally {
      await http.close();
      server.close();
    }
  });
});

describe('admission control', () => {
  it('past MAX_INFLIGHT_REQUESTS: 503 with Retry-After at once, health still answered', async () => {
    await t.fault({ method: 'GET', path: '/v1/cloudimages/quota', kind: 'latency', delayMs: 1000 });
    const slow = Array.from({ length: 3 }, () => t.gql(`{ quota { images { used } } }`));
    let refused: Response | undefined;
    for (let i = 0; i < 100 && !refused; i++) {
      const res = await fetch(t.gateway.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-auth-token': await t.token() },
        body: JSON.stringify({ query: '{ quota { images { quota } } }' }),
      });
      if (res.status === 503) refused = res;
      else await res.text();
    }
    expect(refused?.status).toBe(503);
    expect(refused!.headers.get('retry-after')).toBe('1');
    const body = (await refused!.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'OVERLOADED', retryAfterMs: 1000 });
    // /health is never refused.
    expect((await fetch(`${t.gateway.url}/health`)).status).toBe(200);
    // The admitted requests were served (the third may wait for alice's concurrency slot past the deadline).
    const answers = await Promise.all(slow);
    expect(answers.filter((a) => a.data?.quota).length).toBeGreaterThanOrEqual(2);
  });
});

describe('upload idle timeout', () => {
  it('a stalled upload is answered 408 UPLOAD_IDLE_TIMEOUT and its upstream request ended', async () => {
    const id = await newImage(t, 'alice', 'stalled-upload');
    await t.clearRequests();
    const u = stalledUpload(t.gateway.graphqlUrl, await t.token(), id);
    const answer = await u.answer;
    u.req.destroy();
    expect('status' in answer && answer.status).toBe(408);
    expect('text' in answer && JSON.parse(answer.text).errors[0].extensions.code).toBe('UPLOAD_IDLE_TIMEOUT');
    // The simulator saw the upload end (cut short), and the image is not left in an upload.
    let put;
    for (let i = 0; i < 50 && !put; i++) {
      put = (await t.requests()).find((q) => q.method === 'PUT' && q.path.endsWith('/file'));
      if (!put) await sleep(50);
    }
    expect(put).toBeDefined();
    const image = await t.gql(`query($id: ID!) { image(id: $id) { status } }`, { id });
    expect(image.data.image.status).toBe('QUEUED');
  });
});
