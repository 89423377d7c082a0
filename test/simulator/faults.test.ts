import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { start, type SimClient } from './helpers';
import type { RunningSimulator } from '../../src/simulator/index';

describe('control surface: request log and fault injection', () => {
  let sim: RunningSimulator;
  let c: SimClient;
  let alice: string;
  beforeAll(async () => {
    ({ sim, c } = await start());
    alice = await c.login('alice');
  });
  afterAll(() => sim.close());
  afterEach(async () => {
    await c.call('DELETE', '/_sim/faults');
  });

  const fault = async (spec: Record<string, unknown>): Promise<string> => {
    const res = await c.call('POST', '/_sim/faults', { body: spec });
    expect(res.status).toBe(201);
    return res.body.id;
  };
  const lastLogged = async () => {
    const all = (await c.call('GET', '/_sim/requests')).body.requests;
    return all[all.length - 1];
  };

  it('records requests in order with parsed query and body, filters by since, and is cleared by DELETE', async () => {
    expect((await c.call('GET', '/_sim/health')).status).toBe(200);
    const before = await lastLogged();
    await c.call('GET', '/v2/images?tag=a&tag=b&limit=2', { token: alice });
    await c.call('POST', '/v2/images', { token: alice, body: { name: 'logged' } });
    const since = (await c.call('GET', `/_sim/requests?since=${before.seq}`)).body.requests;
    expect(since.map((r: any) => r.method)).toEqual(['GET', 'POST']);
    expect(since[0]).toMatchObject({ path: '/v2/images', query: { tag: ['a', 'b'], limit: '2' }, rawQuery: 'tag=a&tag=b&limit=2', status: 200, projectId: c.projectId('alice'), body: null, fault: null });
    expect(since[1]).toMatchObject({ status: 201, contentType: 'application/json', body: { name: 'logged' } });
    expect(since[1].seq).toBeGreaterThan(since[0].seq);
    const login = (await c.call('GET', '/_sim/requests')).body.requests.find((r: any) => r.path === '/v3/auth/tokens');
    expect(JSON.stringify(login.body)).not.toContain('"alice","domain"');
    expect((await c.call('DELETE', '/_sim/requests')).status).toBe(204);
    expect((await c.call('GET', '/_sim/requests')).body.requests).toEqual([]);
  });

  it('status: answers 503 in the path’s error format, and 429 with Retry-After; times limits it', async () => {
    await fault({ path: '/v2/cloudimages', kind: 'status', status: 503, times: 1 });
    const first = await c.call('GET', '/v2/cloudimages', { token: alice });
    expect(first.status).toBe(503);
    expect(first.body.error.code).toBe('IMG.0061');
    expect((await lastLogged()).fault).toMatchObject({ kind: 'status' });
    expect((await c.call('GET', '/v2/cloudimages', { token: alice })).status).toBe(200);

    await fault({ method: 'GET', path: '^/v2/images$', kind: 'status', status: 429, retryAfter: 2 });
    const limited = await c.call('GET', '/v2/images', { token: alice });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.body.error_code).toBe('APIGW.0308');
    expect((await c.call('GET', `/v2/images/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`, { token: alice })).status).toBe(404);
    const custom = await fault({ path: '/v1/cloudimages/quota', kind: 'status', status: 500, body: { oops: true } });
    expect((await c.call('GET', '/v1/cloudimages/quota', { token: alice })).body).toEqual({ oops: true });
    expect((await c.call('GET', '/_sim/faults')).body.faults.map((f: any) => f.id)).toContain(custom);
    expect((await c.call('DELETE', `/_sim/faults/${custom}`)).status).toBe(204);
    expect((await c.call('GET', '/v1/cloudimages/quota', { token: alice })).status).toBe(200);
  });

  it('reset: destroys the connection without a response and logs status 0', async () => {
    await fault({ path: '/v2/images', kind: 'reset', times: 1 });
    await expect(fetch(`${sim.url}/v2/images`, { headers: { 'X-Auth-Token': alice } })).rejects.toThrow();
    const logged = await lastLogged();
    expect(logged).toMatchObject({ path: '/v2/images', status: 0, fault: { kind: 'reset' } });
  });

  it('latency: answers normally after the delay and records the fault', async () => {
    await fault({ path: '/v1/cloudimages/quota', kind: 'latency', delayMs: 20, times: 1 });
    const res = await c.call('GET', '/v1/cloudimages/quota', { token: alice });
    expect(res.status).toBe(200);
    expect(res.body.quotas).toBeTruthy();
    expect((await lastLogged()).fault).toMatchObject({ kind: 'latency' });
  });

  it('slow_body: sends the real body in pieces', async () => {
    await fault({ path: '/v1/cloudimages/quota', kind: 'slow_body', delayMs: 5, times: 1 });
    const res = await fetch(`${sim.url}/v1/cloudimages/quota`, { headers: { 'X-Auth-Token': alice } });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    let pieces = 0;
    let text = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      pieces++;
      text += new TextDecoder().decode(value);
    }
    expect(pieces).toBeGreaterThan(1);
    expect(JSON.parse(text).quotas.resources[0].type).toBe('image');
  });

  it('malformed_json: answers 200 with a body that is not valid JSON', async () => {
    await fault({ path: '/v2/images', kind: 'malformed_json', times: 1 });
    const res = await fetch(`${sim.url}/v2/images`, { headers: { 'X-Auth-Token': alice } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const text = await res.text();
    expect(() => JSON.parse(text)).toThrow();
  });

  it('after_commit reset: the write happens, then the connection drops without an answer', async () => {
    await fault({ method: 'POST', path: '/v2/images', kind: 'after_commit', times: 1 });
    const name = `after-commit-reset-${Date.now()}`;
    await expect(
      fetch(`${sim.url}/v2/images`, { method: 'POST', headers: { 'X-Auth-Token': alice, 'Content-Type': 'application/json' }, body: JSON.stringify({ name }) }),
    ).rejects.toThrow();
    expect(await lastLogged()).toMatchObject({ method: 'POST', path: '/v2/images', status: 201, fault: { kind: 'after_commit' } });
    const list = await c.call('GET', '/v2/images', { token: alice });
    expect(list.body.images.map((i: any) => i.name)).toContain(name);
  });

  it('after_commit garbage: the write happens, the answer is 200 with a body that is not JSON', async () => {
    await fault({ method: 'POST', path: '/v2/images', kind: 'after_commit', answer: 'garbage', times: 1 });
    const name = `after-commit-garbage-${Date.now()}`;
    const res = await fetch(`${sim.url}/v2/images`, {
      method: 'POST',
      headers: { 'X-Auth-Token': alice, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name }),
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(() => JSON.parse(text)).toThrow();
    const list = await c.call('GET', '/v2/images', { token: alice });
    expect(list.body.images.map((i: any) => i.name)).toContain(name);
  });

  it('rejects invalid fault specs', async () => {
    expect((await c.call('POST', '/_sim/faults', { body: { kind: 'after_commit', answer: 'explode' } })).status).toBe(400);
    expect((await c.call('POST', '/_sim/faults', { body: { kind: 'reset', answer: 'garbage' } })).status).toBe(400);
    expect((await c.call('POST', '/_sim/faults', { body: { kind: 'explode' } })).status).toBe(400);
    expect((await c.call('POST', '/_sim/faults', { body: { kind: 'status' } })).status).toBe(400);
  });

  it('survives malformed bodies (400 IMG.0001 in the path’s format) and answers 404 for unknown routes', async () => {
    const glance = await c.call('POST', '/v2/images', { token: alice, body: '{"name": ' });
    expect(glance.status).toBe(400);
    expect(glance.body.error_code).toBe('IMG.0001');
    const ims = await c.call('POST', '/v2/cloudimages/action', { token: alice, body: '[1,' });
    expect(ims.body.error.code).toBe('IMG.0001');
    expect((await c.call('GET', '/v9/nothing/here', { token: alice })).status).toBe(404);
    expect((await c.call('DELETE', '/v2/cloudimages', { token: alice })).status).toBe(405);
    expect((await c.call('GET', '/v2/images', { token: alice })).status).toBe(200);
  });
});
