/**
 * Traces: an OTLP/HTTP receiver (a real HTTP server on port 0, JSON protocol) gets the gateway's spans. The
 * operation span is a child of the caller's traceparent, each upstream call is its child with endpoint, status,
 * retry count and upstream request id, the simulator saw each call's traceparent, and job polls are root spans
 * linked to their subscription's span. No token in any span.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { sse, startExport, until } from './helpers';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: Record<string, unknown> }[];
  links?: { traceId: string; spanId: string }[];
}

let receiver: Server;
const bodies: string[] = [];
const spans: OtlpSpan[] = [];
let t: TestGateway;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      bodies.push(body);
      if (req.url === '/v1/traces' && req.headers['content-type']?.includes('json')) {
        const doc = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] };
        for (const rs of doc.resourceSpans) for (const ss of rs.scopeSpans) spans.push(...ss.spans);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
  const port = (receiver.address() as AddressInfo).port;
  t = await startTestGateway({
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
    OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    OTEL_BSP_SCHEDULE_DELAY: '50',
    SIM_JOB_STEP_MS: '100',
  });
});
afterAll(async () => {
  await t?.close();
  receiver?.close();
});

const attr = (s: OtlpSpan, key: string) => {
  const v = s.attributes.find((a) => a.key === key)?.value;
  return v ? (v.stringValue ?? v.intValue ?? v.boolValue) : undefined;
};

describe('traces', () => {
  it('operation span under the caller’s traceparent, upstream calls as its children, the same traceparent upstream', async () => {
    const token = await t.token('alice');
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const callerSpan = '00f067aa0ba902b7';
    await t.clearRequests();
    await t.fault({ method: 'GET', path: '/v1/cloudimages/quota', kind: 'status', status: 503, times: 1 });
    const r = await t.gql(`query Traced { images(first: 2) { edges { node { name } } } quota { images { used } } }`, undefined, {
      token,
      headers: { traceparent: `00-${traceId}-${callerSpan}-01` },
    });
    expect(r.errors).toBeUndefined();
    await t.gateway.ops.tracing!.forceFlush();
    await until(() => spans.some((s) => s.traceId === traceId && s.name === 'query Traced'), 'the operation span arrived');
    const op = spans.find((s) => s.traceId === traceId && s.name === 'query Traced')!;
    expect(op.parentSpanId).toBe(callerSpan);
    expect(op.kind).toBe(2); // SERVER
    const children = spans.filter((s) => s.parentSpanId === op.spanId);
    const sim = (await t.requests()).filter((c) => c.trace?.traceparent?.includes(traceId));
    // One child span per logical upstream call; a retried call is one span with its retry count.
    const endpoints = children.map((c) => attr(c, 'upstream.endpoint')).sort();
    expect(endpoints).toEqual(expect.arrayContaining(['glance-list-images', 'ims-get-quota']));
    const quota = children.find((c) => attr(c, 'upstream.endpoint') === 'ims-get-quota')!;
    expect(Number(attr(quota, 'upstream.retry_count'))).toBe(1);
    expect(Number(attr(quota, 'http.response.status_code'))).toBe(200);
    expect(typeof attr(quota, 'upstream.request_id')).toBe('string');
    // The simulator saw every attempt, each with the traceparent of the call's span.
    expect(sim.length).toBe(children.length + 1);
    for (const c of sim) {
      const [, tid, sid] = c.trace!.traceparent!.split('-');
      expect(tid).toBe(traceId);
      expect(children.map((s) => s.spanId)).toContain(sid);
    }
    expect(bodies.join('')).not.toContain(token);
  });

  it('job polls are root spans linked to the subscription’s span', async () => {
    const token = await t.token('alice');
    const jobId = await startExport(t, 'traced');
    const stream = sse(t.gateway.graphqlUrl, `subscription Watch($id: ID!) { jobProgress(id: $id) { status } }`, { id: jobId }, { 'x-auth-token': token });
    expect(await stream.ended).toBe('complete');
    await t.gateway.ops.tracing!.forceFlush();
    await until(() => spans.some((s) => s.name === 'subscription Watch'), 'the subscription span arrived');
    const sub = spans.find((s) => s.name === 'subscription Watch')!;
    const polls = spans.filter((s) => s.name === 'job.poll' && s.links?.some((l) => l.spanId === sub.spanId));
    expect(polls.length).toBeGreaterThan(0);
    for (const p of polls) {
      expect(p.parentSpanId ?? '').toBe('');
      expect(p.traceId).not.toBe(sub.traceId);
      const calls = spans.filter((s) => s.parentSpanId === p.spanId);
      expect(calls.map((c) => attr(c, 'upstream.endpoint'))).toEqual(['ims-get-job']);
    }
    expect(bodies.join('')).not.toContain(token);
  });
});

describe('sampling (OTEL_TRACES_SAMPLER)', () => {
  it('a span not sampled is not exported, and its traceparent still reaches the upstream, flagged not sampled', async () => {
    const received: string[] = [];
    const sink = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push(body);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((r) => sink.listen(0, '127.0.0.1', () => r()));
    const gw = await startTestGateway({
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(sink.address() as AddressInfo).port}`,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_BSP_SCHEDULE_DELAY: '50',
      // Ratio 0 for operations of their own; a caller's sampled traceparent is followed (parent-based).
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      OTEL_TRACES_SAMPLER_ARG: '0',
    });
    try {
      const query = `{ images(first: 2) { edges { node { imageId } } } }`;
      const unsampled = await gw.gql(query);
      expect(unsampled.errors).toBeUndefined();
      const ownTrace = (await gw.requests()).filter((q) => q.path === '/v2/images').at(-1)!.trace!.traceparent!;
      expect(ownTrace).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/);
      // An operation not sampled makes no child span per call: its calls all name the operation's span.
      await gw.clearRequests();
      expect((await gw.gql(`{ images(first: 1) { edges { node { imageId } } } quota { images { used } } }`)).errors).toBeUndefined();
      const parents = (await gw.requests()).filter((q) => !q.path.startsWith('/v3/auth')).map((q) => q.trace!.traceparent!);
      expect(parents).toHaveLength(2);
      expect(parents[0]).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/);
      expect(parents[1]).toBe(parents[0]);
      // The positive control: a sampled caller's operation is exported through the same sink.
      const callerTrace = '0af7651916cd43dd8448eb211c80319c';
      const sampled = await gw.gql(query, undefined, { headers: { traceparent: `00-${callerTrace}-b7ad6b7169203331-01` } });
      expect(sampled.errors).toBeUndefined();
      await until(async () => received.some((b) => b.includes(callerTrace)), 'the sampled operation exported');
      expect(received.some((b) => b.includes(ownTrace.split('-')[1]!))).toBe(false);
    } finally {
      await gw.close();
      sink.close();
    }
  });
});
