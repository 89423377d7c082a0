/**
 * Prometheus metrics, one prom-client Registry per gateway (tests run several gateways in one process).
 *
 * GraphQL operation metrics keep the names and labels of yoga's Prometheus plugin (the names people already alert
 * on: `graphql_envelop_request`, `graphql_envelop_request_duration`, `graphql_envelop_error_result`,
 * `graphql_yoga_http_duration`), with their operation-name label bounded, but are recorded here, by one small
 * envelop plugin and the HTTP wrapper: the plugin, even with three metrics on, built label parameters in five hooks
 * of every operation and cost about 6 % of `image(id:)` throughput (BENCHMARKS.md). The gateway's own metrics
 * (upstream calls, jobs, websockets, subscriptions, uploads) are prom-client instruments fed by small hooks. Every label value comes from a bounded set: endpoint
 * ids of the endpoint table, HTTP methods, status classes, schema field names, configured origins, error codes
 * the gateway defines, and at most MAX_NAMES operation names / job types (others are counted as `other`).
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

/** Distinct client-chosen names kept per label before the rest are folded into `other`. */
const MAX_NAMES = 200;

/** Keeps the first `max` distinct plain values; anything else (or any value once full) becomes `other`. */
export function boundedLabel(max: number, pattern = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/) {
  const seen = new Set<string>();
  return (value: string | undefined | null, fallback = 'anonymous'): string => {
    if (!value) return fallback;
    if (seen.has(value)) return value;
    if (!pattern.test(value) || seen.size >= max) return 'other';
    seen.add(value);
    return value;
  };
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const method = (m: string) => (METHODS.has(m) ? m : 'other');
const statusClass = (s: number) => (s >= 100 && s < 600 ? `${Math.floor(s / 100)}xx` : 'other');

export interface MetricsSources {
  jobs: () => { tracker: 'job' | 'image'; activePollers: number; watchers: number; polls: number }[];
  websocketConnections: () => number;
  upstreamPools: () => { origin: string; pool: string; connected: number; free: number; pending: number; running: number }[];
}

export type GatewayMetrics = ReturnType<typeof createMetrics>;

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const opName = boundedLabel(MAX_NAMES);
  const jobType = boundedLabel(50, /^[A-Za-z0-9_.-]{1,64}$/);
  const errorCode = boundedLabel(60, /^[A-Z][A-Z0-9_]{0,63}$/);
  const endpoint = boundedLabel(100, /^[a-z0-9][a-z0-9-]{0,63}$/);
  let sources: MetricsSources | undefined;

  const upstreamCalls = new Counter({
    name: 'gateway_upstream_requests_total',
    help: 'Upstream HTTP calls by endpoint id (the endpoint table), method and outcome (status class, or timeout/network/aborted).',
    labelNames: ['endpoint', 'method', 'status_class'],
    registers: [registry],
  });
  const upstreamDuration = new Histogram({
    name: 'gateway_upstream_request_duration_seconds',
    help: 'Duration of upstream calls (all attempts, until the answer or the error), by endpoint id.',
    labelNames: ['endpoint'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const upstreamRetries = new Counter({
    name: 'gateway_upstream_retries_total',
    help: 'Retries of idempotent upstream calls after a transient failure, by endpoint id.',
    labelNames: ['endpoint'],
    registers: [registry],
  });
  const upstreamRejected = new Counter({
    name: 'gateway_upstream_rejected_total',
    help: 'Upstream calls the gateway refused to make because a limit was reached, by limit.',
    labelNames: ['reason'],
    registers: [registry],
  });
  new Gauge({
    name: 'gateway_upstream_connections',
    help: 'Upstream connections per origin and pool (default: reads and writes; upload: image files), from undici pool stats: connected, free (idle), running and pending requests.',
    labelNames: ['origin', 'pool', 'state'],
    registers: [registry],
    collect() {
      this.reset();
      for (const p of sources?.upstreamPools() ?? []) {
        this.set({ origin: p.origin, pool: p.pool, state: 'connected' }, p.connected);
        this.set({ origin: p.origin, pool: p.pool, state: 'free' }, p.free);
        this.set({ origin: p.origin, pool: p.pool, state: 'running' }, p.running);
        this.set({ origin: p.origin, pool: p.pool, state: 'pending' }, p.pending);
      }
    },
  });
  const errors = new Counter({
    name: 'gateway_graphql_errors_total',
    help: 'GraphQL errors answered, by extensions.code.',
    labelNames: ['code'],
    registers: [registry],
  });
  new Gauge({
    name: 'gateway_job_pollers',
    help: 'Keys polled now (one shared poller per job or watched image).',
    labelNames: ['tracker'],
    registers: [registry],
    collect() {
      for (const s of sources?.jobs() ?? []) this.set({ tracker: s.tracker }, s.activePollers);
    },
  });
  new Gauge({
    name: 'gateway_job_watchers',
    help: 'Subscribers attached to a shared poller.',
    labelNames: ['tracker'],
    registers: [registry],
    collect() {
      for (const s of sources?.jobs() ?? []) this.set({ tracker: s.tracker }, s.watchers);
    },
  });
  // A counter whose value lives in the job engine: reported as it is at scrape time.
  new Counter({
    name: 'gateway_job_polls_total',
    help: 'Upstream polls made by the shared pollers since start.',
    labelNames: ['tracker'],
    registers: [registry],
    collect() {
      this.reset();
      for (const s of sources?.jobs() ?? []) this.inc({ tracker: s.tracker }, s.polls);
    },
  });
  const jobOutcomes = new Counter({
    name: 'gateway_job_outcomes_total',
    help: 'IMS jobs seen reaching a terminal status by a poller, by job type and status (SUCCESS/FAIL).',
    labelNames: ['type', 'status'],
    registers: [registry],
  });
  new Gauge({
    name: 'gateway_websocket_connections',
    help: 'Open graphql-ws connections.',
    registers: [registry],
    collect() {
      this.set(sources?.websocketConnections() ?? 0);
    },
  });
  const subscriptions = new Gauge({
    name: 'gateway_subscriptions',
    help: 'Active GraphQL subscriptions (graphql-ws and SSE), by root field.',
    labelNames: ['field'],
    registers: [registry],
  });
  const uploadBytes = new Counter({
    name: 'gateway_upload_bytes_total',
    help: 'Image file bytes streamed from clients to the image service.',
    registers: [registry],
  });
  const jitCompiled = new Counter({
    name: 'gateway_graphql_compiled_documents_total',
    help: 'Query documents compiled by graphql-jit (each once, at its GRAPHQL_JIT_AFTER-th execution).',
    registers: [registry],
  });
  const uploadsInFlight = new Gauge({
    name: 'gateway_uploads_in_flight',
    help: 'Image uploads being streamed now.',
    registers: [registry],
  });

  const labels = ['operationName', 'operationType'] as const;
  // The name and labels of yoga's own HTTP histogram, fed from the HTTP wrapper: it has the operation, method and
  // status at hand when the response closes, where the plugin needs three hooks and two maps per request.
  const httpDuration = new Histogram({
    name: 'graphql_yoga_http_duration',
    help: 'Duration of GraphQL HTTP requests, seconds, by operation, method and status.',
    labelNames: [...labels, 'method', 'statusCode'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const opLabels = (p: { operationName?: string; operationType?: string }) => ({
    operationName: opName(p.operationName),
    operationType: p.operationType ?? 'unknown',
  });
  const requests = new Counter({
    name: 'graphql_envelop_request',
    help: 'GraphQL operations executed (queries, mutations, subscriptions), by operation name and type.',
    labelNames: [...labels],
    registers: [registry],
  });
  const requestDuration = new Histogram({
    name: 'graphql_envelop_request_duration',
    help: 'Duration of GraphQL execution (a subscription: until its event stream is set up), seconds.',
    labelNames: [...labels],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errorResults = new Counter({
    name: 'graphql_envelop_error_result',
    help: 'GraphQL errors by operation and phase: parse, validate (one per refused document), execute, subscribe (one per error).',
    labelNames: [...labels, 'phase'],
    registers: [registry],
  });

  // prom-client hashes a label object on every call; a labelled child is hashed once. Keys are bounded as the labels.
  const upstreamCallChildren = new Map<string, { inc(): void }>();
  const upstreamDurationChildren = new Map<string, { observe(v: number): void }>();
  const httpChildren = new Map<string, { observe(v: number): void }>();
  const operationChildren = new Map<string, { requests: { inc(): void }; duration: { observe(v: number): void }; labels: { operationName: string; operationType: string } }>();
  /** The labelled instruments of one operation of a document (yoga's parse cache hands back the same document). */
  function operation(document: DocumentNode | undefined, name: string | null | undefined) {
    const op = document ? getOperationAST(document, name) : null;
    const labels = opLabels({ operationName: op?.name?.value ?? name ?? undefined, operationType: op?.operation });
    return child(operationChildren, `${labels.operationName} ${labels.operationType}`, () => ({
      requests: requests.labels(labels),
      duration: requestDuration.labels(labels),
      labels,
    }));
  }
  const countErrors = (labels: { operationName: string; operationType: string }, phase: string, result: ExecutionResult) => {
    if (result.errors?.length) errorResults.inc({ ...labels, phase }, result.errors.length);
  };

  function child<C>(cache: Map<string, C>, key: string, make: () => C): C {
    let c = cache.get(key);
    if (!c) cache.set(key, (c = make()));
    return c;
  }

  return {
    registry,
    setSources(s: MetricsSources) {
      sources = s;
    },
    upstreamCall(e: string | undefined, m: string, outcome: { status?: number; failure?: 'timeout' | 'network' | 'aborted' | 'malformed' }, seconds: number, retries: number) {
      const ep = endpoint(e, 'unknown');
      const outcomeLabel = outcome.status !== undefined ? statusClass(outcome.status) : (outcome.failure ?? 'network');
      child(upstreamCallChildren, `${ep} ${m} ${outcomeLabel}`, () => upstreamCalls.labels({ endpoint: ep, method: method(m), status_class: outcomeLabel })).inc();
      child(upstreamDurationChildren, ep, () => upstreamDuration.labels({ endpoint: ep })).observe(seconds);
      if (retries > 0) upstreamRetries.inc({ endpoint: ep }, retries);
    },
    httpRequest(p: { operationName?: string; operationType?: string; method: string; status: number }, seconds: number) {
      const op = opLabels(p);
      const m = method(p.method);
      const status = statusClass(p.status);
      child(httpChildren, `${op.operationName} ${op.operationType} ${m} ${status}`, () =>
        httpDuration.labels({ ...op, method: m, statusCode: status }),
      ).observe(seconds);
    },
    upstreamRejected: (reason: string) => upstreamRejected.inc({ reason: endpoint(reason, 'other') }),
    error: (code: unknown) => errors.inc({ code: errorCode(typeof code === 'string' ? code : undefined, 'NONE') }),
    jobOutcome: (type: string | null, status: string) => jobOutcomes.inc({ type: jobType(type, 'unknown'), status: status === 'SUCCESS' ? 'SUCCESS' : 'FAIL' }),
    subscriptionStarted: (field: string) => subscriptions.inc({ field }),
    subscriptionEnded: (field: string) => subscriptions.dec({ field }),
    uploadStarted: () => uploadsInFlight.inc(),
    uploadEnded: () => uploadsInFlight.dec(),
    uploadBytes: (n: number) => uploadBytes.inc(n),
    jitCompiled: () => jitCompiled.inc(),
    /** The GraphQL operation metrics (see the head of this file): executions, their duration, errors by phase. */
    graphqlPlugin(): Plugin {
      return {
        onParse: () => ({ result }) => {
          if (result instanceof Error) errorResults.inc({ operationName: 'anonymous', operationType: 'unknown', phase: 'parse' });
        },
        onValidate: ({ params }) => ({ valid }) => {
          if (!valid) errorResults.inc({ ...operation(params.documentAST, undefined).labels, phase: 'validate' });
        },
        onExecute({ args }) {
          const op = operation(args.document, args.operationName);
          const started = performance.now();
          return {
            onExecuteDone({ result }) {
              op.requests.inc();
              op.duration.observe((performance.now() - started) / 1000);
              if (isAsyncIterable(result)) return { onNext: ({ result: r }) => countErrors(op.labels, 'execute', r) };
              countErrors(op.labels, 'execute', result);
              return undefined;
            },
          };
        },
        onSubscribe({ args }) {
          const op = operation(args.document, args.operationName);
          const started = performance.now();
          const done = () => {
            op.requests.inc();
            op.duration.observe((performance.now() - started) / 1000);
          };
          return {
            onSubscribeResult({ result }) {
              done();
              if (isAsyncIterable(result)) return { onNext: ({ result: r }) => countErrors(op.labels, 'subscribe', r) };
              countErrors(op.labels, 'subscribe', result);
              return undefined;
            },
            onSubscribeError() {
              done();
              errorResults.inc({ ...op.labels, phase: 'subscribe' });
            },
          };
        },
      };
    },
  };
}
