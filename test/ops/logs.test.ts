/**
 * Logs through the public surface: one access line per operation (request id, operation, status, codes,
 * upstream calls, project), a client error as that one short line with no stack, upstream failures at warn
 * with the upstream's request id, X-Request-Id accepted (or replaced when unsafe), echoed, sent upstream and
 * carried in every error's extensions.requestId; no token anywhere in the log, even at debug.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { until } from '../helpers/wait';

interface Line {
  level: number;
  msg: string;
  requestId?: string;
  [k: string]: unknown;
}

function capture() {
  const raw: string[] = [];
  return {
    raw,
    destination: { write: (s: string) => void raw.push(s) },
    lines: (): Line[] => raw.flatMap((chunk) => chunk.split('\n').filter(Boolean)).map((l) => JSON.parse(l) as Line),
  };
}

const MISSING = '00000000-0000-4000-8000-000000000000';

async function post(t: TestGateway, query: string, headers: Record<string, string>) {
  const res = await fetch(t.gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { res, body: (await res.json()) as { data?: any; errors?: { extensions: Record<string, unknown> }[] } };
}

describe('logs at info', () => {
  let t: TestGateway;
  const log = capture();
  beforeAll(async () => {
    t = await startTestGateway({ LOG_LEVEL: 'info', LOG_FORMAT: 'json' }, { logDestination: log.destination });
  });
  afterAll(() => t?.close());

  it('a client error is one short access line: codes, status, request id, project; no stack', async () => {
    const token = await t.token('alice');
    await t.clearRequests();
    const { res, body } = await post(t, `query Missing { image(id: "${MISSING}") { name } }`, { 'x-auth-token': token, 'x-request-id': 'req-client-error-1' });
    expect(res.headers.get('x-request-id')).toBe('req-client-error-1');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', requestId: 'req-client-error-1' });
    // The access line is written when the response closes, which may be just after the client has read it.
    await until(() => log.lines().some((l) => l.requestId === 'req-client-error-1'), 'the access line');
    const mine = log.lines().filter((l) => l.requestId === 'req-client-error-1');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ level: 30, transport: 'http', operation: 'Missing', type: 'query', status: 200, errors: ['NOT_FOUND'], project: await t.projectId('alice') });
    expect(mine[0]!.upstreamCalls).toBe((await t.requests()).filter((r) => r.trace?.requestId === 'req-client-error-1').length);
    const text = JSON.stringify(mine[0]);
    expect(text).not.toMatch(/\n\s+at |stack/);
    expect(text.length).toBeLessThan(400);
  });

  it('sends the request id upstream; replaces an unsafe one with a generated id', async () => {
    const token = await t.token('alice');
    await t.clearRequests();
    const { res } = await post(t, `{ images(first: 1) { edges { node { id } } } }`, { 'x-auth-token': token, 'x-request-id': 'bad id; <b>with spaces</b>' });
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const calls = await t.requests();
    expect(calls.length).toBeGreaterThan(0);
    for (const c of calls) expect(c.trace?.requestId).toBe(id);
    // Tracing is off here: the caller's traceparent is forwarded as it came.
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    await t.clearRequests();
    await post(t, `{ images(first: 1) { edges { node { id } } } }`, { 'x-auth-token': token, traceparent });
    for (const c of await t.requests()) expect(c.trace?.traceparent).toBe(traceparent);
    const long = 'x'.repeat(200);
    const again = await post(t, `{ images(first: 1) { edges { node { id } } } }`, { 'x-auth-token': token, 'x-request-id': long });
    expect(again.res.headers.get('x-request-id')).not.toBe(long);
  });

  it('every error carries the request id, including validation errors', async () => {
    const token = await t.token('alice');
    const { body } = await post(t, `{ nosuchfield }`, { 'x-auth-token': token, 'x-request-id': 'req-validation' });
    expect(body.errors?.length).toBeGreaterThan(0);
    for (const e of body.errors!) expect(e.extensions.requestId).toBe('req-validation');
  });

  it('over graphql-ws, each operation gets a request id in its errors and its own access line', async () => {
    const token = await t.token('alice');
    const ws = createClient({ url: t.gateway.wsUrl, webSocketImpl: WebSocket, connectionParams: { token }, retryAttempts: 0 });
    try {
      const result = await new Promise<any>((resolve, reject) => {
        let value: unknown;
        ws.subscribe({ query: `query WsMissing { image(id: "${MISSING}") { name } }` }, { next: (v) => void (value = v), error: reject, complete: () => resolve(value) });
      });
      const requestId = result.errors[0].extensions.requestId as string;
      expect(result.errors[0].extensions.code).toBe('NOT_FOUND');
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      await until(() => log.lines().some((l) => l.requestId === requestId), 'the ws access line');
      const mine = log.lines().filter((l) => l.requestId === requestId);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ transport: 'ws', operation: 'WsMissing', errors: ['NOT_FOUND'] });
      expect(mine[0]!.upstreamCalls).toBe((await t.requests()).filter((r) => r.trace?.requestId === requestId).length);
    } finally {
      await ws.dispose();
    }
  });

  it('an upstream failure is logged at warn with the upstream request id', async () => {
    const token = await t.token('alice');
    await t.fault({ method: 'GET', path: '/v1/cloudimages/quota', kind: 'status', status: 500, times: 1 });
    await post(t, `{ quota { images { used } } }`, { 'x-auth-token': token, 'x-request-id': 'req-upstream-500' });
    await t.clearFaults();
    await until(() => log.lines().some((l) => l.requestId === 'req-upstream-500' && l.level === 30), 'the access line');
    const warn = log.lines().find((l) => l.requestId === 'req-upstream-500' && l.level === 40);
    expect(warn).toMatchObject({ endpoint: 'ims-get-quota', status: 500, kind: 'http' });
    expect(typeof warn!.upstreamRequestId).toBe('string');
    const access = log.lines().find((l) => l.requestId === 'req-upstream-500' && l.level === 30);
    expect(access?.errors).toEqual(['UPSTREAM_ERROR']);
  });
});

describe('logs at debug', () => {
  it('never contain a token, nor do metrics', async () => {
    const log = capture();
    const t = await startTestGateway({ LOG_LEVEL: 'debug', LOG_FORMAT: 'json' }, { logDestination: log.destination });
    try {
      const token = await t.token('alice');
      await post(t, `{ images(first: 2) { edges { node { name } } } quota { images { used } } }`, { 'x-auth-token': token });
      await post(t, `{ image(id: "${MISSING}") { name } }`, { authorization: `Bearer ${token}` });
      await post(t, `{ quota { images { used } } }`, { 'x-auth-token': `${token}x` });
      await t.fault({ method: 'GET', path: '/v2/images', kind: 'status', status: 503, times: 3 });
      await post(t, `{ images(first: 1) { edges { node { name } } } }`, { 'x-auth-token': token });
      await t.clearFaults();
      const metrics = await (await fetch(`${t.gateway.url}/metrics`)).text();
      await until(() => log.lines().filter((l) => l.level === 30 && l.transport === 'http').length >= 4, 'the four access lines');
      const lines = log.raw.join('');
      expect(log.lines().filter((l) => l.level === 20).length).toBeGreaterThan(3); // debug really ran
      expect(lines).not.toContain(token);
      expect(metrics).not.toContain(token);
      expect(metrics).toContain('gateway_upstream_retries_total{endpoint="glance-list-images"} 2');
    } finally {
      await t.close();
    }
  });
});

describe('yoga’s error hook', () => {
  it('logs an unexpected error at error with its stack, a translated client error at debug without one', async () => {
    const { createLogger, yogaLogger } = await import('../../src/server/ops/logging');
    const { GraphQLError } = await import('graphql');
    const log = capture();
    const y = yogaLogger(await createLogger({ level: 'debug', format: 'json', destination: log.destination }));
    y.error(new GraphQLError('wrapped', { originalError: new TypeError('boom in a resolver') }));
    y.error(new GraphQLError('Image not found', { extensions: { code: 'NOT_FOUND' } }));
    const [internal, client] = log.lines();
    expect(internal).toMatchObject({ level: 50 });
    expect(JSON.stringify(internal)).toContain('boom in a resolver');
    expect((internal as any).err.stack).toMatch(/\n\s+at /);
    expect(client).toMatchObject({ level: 20, code: 'NOT_FOUND', msg: 'Image not found' });
    expect(client).not.toHaveProperty('err');
  });
});

describe('an unexpected error in an operation', () => {
  it('is logged once at error, with its stack and the request id the client got', async () => {
    const { createOps } = await import('../../src/server/ops');
    const { loadConfig } = await import('../../src/config');
    const { newTrace } = await import('../../src/context/request-trace');
    const { createSchema, createYoga } = await import('graphql-yoga');
    const log = capture();
    const ops = await createOps(loadConfig({ LOG_LEVEL: 'info', LOG_FORMAT: 'json', METRICS: 'false' }), { logDestination: log.destination });
    const yoga = createYoga<{ trace?: ReturnType<typeof newTrace> }>({
      schema: createSchema({
        typeDefs: 'type Query { boom: String }',
        resolvers: { Query: { boom: () => { throw new TypeError('boom in a resolver'); } } },
      }),
      logging: ops.yogaLogger,
      plugins: ops.yogaPlugins(),
      context: ({ trace }) => ({ trace }),
    });
    const trace = newTrace({ requestId: 'req-internal-1', transport: 'http' });
    const res = await yoga.fetch('http://gateway/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ boom }"}' }, { trace });
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-internal-1' } });
    const errors = log.lines().filter((l) => l.level === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ requestId: 'req-internal-1' });
    expect((errors[0] as any).err.stack).toMatch(/boom in a resolver[\s\S]*\n\s+at /);
    await ops.close();
  });
});
