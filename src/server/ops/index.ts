/**
 * Operating the gateway: logs, metrics, traces, request ids, /health, /ready, /metrics and draining, wired
 * through a few small seams so the rest of the code stays unaware of them:
 * - `wrapHttp` around the node:http handler (request id, operation scope and span, access line, drain);
 * - `httpObserver` in the upstream HTTP core (call metrics, child spans, request id and traceparent upstream);
 * - `yogaPlugins` (ops endpoints, operation names, error codes and `extensions.requestId`, GraphQL operation metrics);
 * - `wsTrace` + `wsOperation` around each graphql-ws operation; `observePoll` around job polls; `countUpload`
 *   around uploads.
 * Each operation's request trace (context/request-trace.ts) travels explicitly: `wrapHttp` hands it to yoga as the
 * server context (`{ trace }`), the context factory puts it on the GraphQL context, and the clients put it on each
 * upstream call, where `httpObserver` reads it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable, Transform, pipeline } from 'node:stream';
import { timingSafeEqual } from 'node:crypto';
import type { Span } from '@opentelemetry/api';
import { GraphQLError, getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Config } from '../../config';
import type { HttpCallObservation, HttpObserver } from '../../upstream/http/client';
import { UpstreamError } from '../../upstream/http/errors';
import { createAccessLogger, createLogger, stdoutDestination, yogaLogger, type Logger } from './logging';
import { createMetrics, type GatewayMetrics, type MetricsSources } from './metrics';
import { newTrace, requestIdFrom, validTraceparent, type RequestTrace } from '../../context/request-trace';
import type { GatewayContext } from '../../context';
import { createTracing, endSpan, type Tracing } from './tracing';

export interface ReadinessProbe {
  /** Each check resolves to true when that upstream answered (any status below 500). */
  checks: Record<string, () => Promise<boolean>>;
}

export interface Ops {
  log: Logger;
  metrics: GatewayMetrics | null;
  tracing: Tracing | null;
  httpObserver: HttpObserver;
  yogaLogger: ReturnType<typeof yogaLogger>;
  yogaPlugins(): Plugin<{ trace?: RequestTrace }>[];
  /** Gives each HTTP request its trace, which `handler` hands to yoga as its server context (`{ trace }`). */
  wrapHttp(handler: (req: IncomingMessage, res: ServerResponse, serverContext: { trace: RequestTrace }) => void): (req: IncomingMessage, res: ServerResponse) => void;
  /** The trace of one graphql-ws operation, from its socket's headers: put it in the operation's context. */
  wsTrace(headers: IncomingMessage['headers']): RequestTrace;
  /** Runs one graphql-ws operation (its trace from `wsTrace`); its result's errors get codes counted and a request id. */
  wsOperation<T>(trace: RequestTrace, run: () => T): T;
  annotateErrors(errors: readonly GraphQLError[]): GraphQLError[];
  observePoll<T>(kind: 'job' | 'image', fetch: (signal: AbortSignal, trace?: RequestTrace) => Promise<T>, subscription?: RequestTrace): (signal: AbortSignal) => Promise<T>;
  countUpload(stream: Readable): Readable;
  attach(sources: MetricsSources & ReadinessProbe): void;
  readonly draining: boolean;
  /** Marks the gateway as draining (/ready answers 503) and ends the open SSE streams without `complete`. */
  startDraining(): void;
  /** HTTP responses not finished yet (SSE streams excluded). */
  inFlight(): number;
  /** Writes the log lines still buffered (before printing around them, and at shutdown). */
  flushLogs(): void;
  close(): Promise<void>;
}

export async function createOps(config: Config, opts: { logDestination?: { write(s: string): unknown } } = {}): Promise<Ops> {
  // JSON lines to stdout go through one buffered destination, shared by the access lines and the rest.
  const stdout = !opts.logDestination && config.logFormat === 'json' && config.logLevel !== 'silent' ? stdoutDestination(config.logFlushMs) : undefined;
  const destination = opts.logDestination ?? stdout;
  const logOptions = { level: config.logLevel, format: config.logFormat, ...(destination ? { destination } : {}) };
  const log = await createLogger(logOptions);
  const accessLog = createAccessLogger(logOptions, log);
  // The request id of each error an operation answered, for yoga's log line of the ones it masks (see yogaLogger).
  const errorRequestIds = new WeakMap<object, string>();
  const metrics = config.metrics.enabled ? createMetrics() : null;
  const tracing = config.tracing ? createTracing(config.tracing) : null;
  let probe: ReadinessProbe | undefined;
  let draining = false;
  const sse = new Set<ServerResponse>();
  const open = new Set<ServerResponse>();
  const flushLogs = () => stdout?.flushSync();
  let readyCache: { until: number; result: Promise<{ ok: boolean; checks: Record<string, boolean> }> } | undefined;

  // ---- upstream calls ------------------------------------------------------------------------------------
  const httpObserver: HttpObserver = {
    start({ endpoint, method, trace }): HttpCallObservation {
      const scope = trace as RequestTrace | undefined;
      if (scope) scope.upstreamCalls += 1;
      const started = performance.now();
      let retries = 0;
      const headers: Record<string, string> = {};
      if (scope) headers['x-request-id'] = scope.requestId;
      // A call gets a child span of its operation's only when the operation is recorded: every standard sampler
      // decides a child as it decided its parent, so the child of an operation not sampled would not be recorded
      // either. Such calls send the operation's own traceparent (flagged not sampled), made once per operation.
      const parent = scope?.span;
      const span = tracing && (!parent || parent.isRecording()) ? tracing.startUpstream(parent, endpoint ?? 'unknown', method) : undefined;
      const traceparent = span ? tracing!.traceparent(span) : parent ? (scope!.spanTraceparent ??= tracing!.traceparent(parent)) : scope?.traceparent;
      if (traceparent) headers.traceparent = traceparent;
      return {
        headers,
        retry: () => void (retries += 1),
        end({ status, requestId, error }) {
          const seconds = (performance.now() - started) / 1000;
          const upstreamError = error instanceof UpstreamError ? error : undefined;
          const httpStatus = status ?? (upstreamError?.kind === 'http' || upstreamError?.kind === 'malformed' ? upstreamError.status : undefined);
          const failure = httpStatus !== undefined ? undefined : upstreamError?.kind === 'timeout' ? 'timeout' : upstreamError ? 'network' : 'aborted';
          metrics?.upstreamCall(endpoint, method, { ...(httpStatus !== undefined ? { status: httpStatus } : {}), ...(failure ? { failure } : {}) }, seconds, retries);
          const upstreamRequestId = requestId ?? upstreamError?.requestId;
          if (span) {
            if (httpStatus !== undefined) span.setAttribute('http.response.status_code', httpStatus);
            span.setAttribute('upstream.retry_count', retries);
            if (upstreamRequestId) span.setAttribute('upstream.request_id', upstreamRequestId);
            endSpan(span, error);
          }
          if (error !== undefined) {
            // The upstream's own trouble is worth a warning; a 4xx is the caller's (its code is on the access line).
            const upstreamFault = !upstreamError || upstreamError.kind !== 'http' || (upstreamError.status ?? 0) >= 500 || upstreamError.status === 429;
            const line = {
              requestId: scope?.requestId,
              endpoint,
              method,
              status: httpStatus,
              kind: upstreamError?.kind ?? 'aborted',
              upstreamCode: upstreamError?.upstreamCode,
              upstreamRequestId,
              retries,
              ms: Math.round(seconds * 1000),
            };
            if (upstreamFault && failure !== 'aborted') log.warn(line, `upstream ${endpoint ?? method} failed`);
            else log.debug(line, `upstream ${endpoint ?? method} refused`);
          } else if (log.isLevelEnabled('debug')) {
            log.debug({ requestId: scope?.requestId, endpoint, method, status, upstreamRequestId, retries, ms: Math.round(seconds * 1000) }, 'upstream call');
          }
        },
      };
    },
  };

  // ---- results: error codes and request ids ----------------------------------------------------------------
  function annotateErrors(errors: readonly GraphQLError[], scope: RequestTrace | undefined): GraphQLError[] {
    return errors.map((e) => {
      const code = typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR';
      scope?.errorCodes.add(code);
      metrics?.error(code);
      if (!scope) return e;
      return new GraphQLError(e.message, {
        nodes: e.nodes ?? null,
        source: e.source ?? null,
        positions: e.positions ?? null,
        path: e.path ?? null,
        originalError: e.originalError ?? null,
        extensions: { ...e.extensions, requestId: scope.requestId },
      });
    });
  }
  function annotate<R extends ExecutionResult>(result: R, scope: RequestTrace | undefined): R {
    if (!result.errors?.length) return result;
    return { ...result, errors: annotateErrors(result.errors as GraphQLError[], scope) };
  }
  /** Maps each item; unlike an async generator, `return()` reaches the source at once even while it waits. */
  function mapIterable<T>(source: AsyncIterable<T>, map: (v: T) => T, onEnd?: () => void): AsyncIterableIterator<T> {
    const it = source[Symbol.asyncIterator]();
    let ended = false;
    const end = () => {
      if (!ended) {
        ended = true;
        onEnd?.();
      }
    };
    return {
      async next() {
        try {
          const r = await it.next();
          if (r.done) end();
          return r.done ? r : { done: false, value: map(r.value) };
        } catch (e) {
          end();
          throw e;
        }
      },
      async return(value?: unknown) {
        end();
        return (await it.return?.(value)) ?? { done: true, value: undefined };
      },
      async throw(error?: unknown) {
        end();
        if (it.throw) return it.throw(error);
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  function nameOperation(document: DocumentNode, operationName: string | null | undefined, scope: RequestTrace | undefined) {
    const op = getOperationAST(document, operationName);
    if (!scope || !op) return op;
    scope.operationName = op.name?.value ?? operationName ?? undefined;
    scope.operationType = op.operation;
    const first = op.selectionSet.selections[0];
    if (first?.kind === 'Field') scope.rootField = first.name.value;
    if (scope.span) {
      scope.span.updateName(`${op.operation} ${scope.operationName ?? 'anonymous'}`);
      scope.span.setAttribute('graphql.operation.type', op.operation);
      if (scope.operationName) scope.span.setAttribute('graphql.operation.name', scope.operationName.slice(0, 100));
    }
    return op;
  }

  function accessLine(scope: RequestTrace, extra: Record<string, unknown>) {
    const line = {
      requestId: scope.requestId,
      transport: scope.transport,
      operation: scope.operationName,
      type: scope.operationType,
      ms: Math.round(performance.now() - scope.startedAt),
      ...extra,
      errors: scope.errorCodes.size ? [...scope.errorCodes] : undefined,
      upstreamCalls: scope.upstreamCalls,
      project: scope.project,
    };
    accessLog.info(line, `${scope.operationType ?? 'request'} ${scope.operationName ?? ''}`.trim());
  }

  // ---- the ops endpoints ---------------------------------------------------------------------------------
  async function readiness(): Promise<{ ok: boolean; checks: Record<string, boolean> }> {
    const now = Date.now();
    if (!readyCache || readyCache.until <= now) {
      const result = (async () => {
        const entries = await Promise.all(Object.entries(probe?.checks ?? {}).map(async ([name, check]) => [name, await check().catch(() => false)] as const));
        const checks = Object.fromEntries(entries);
        return { ok: entries.every(([, ok]) => ok), checks };
      })();
      // Probes share one check for READY_CACHE_MS: however often they come, the upstreams see one request each.
      readyCache = { until: now + config.readyCacheMs, result };
    }
    return readyCache.result;
  }

  function metricsAuthorized(request: Request): boolean {
    const token = config.metrics.token;
    if (!token) return true;
    const given = request.headers.get('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim() ?? '';
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers } });

  const opsEndpoints: Plugin = {
    onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      switch (url.pathname) {
        case '/health':
          return endResponse(json(200, { status: 'ok', uptimeSeconds: Math.round(process.uptime()) }));
        case '/ready':
          if (draining) return endResponse(json(503, { status: 'draining' }, { 'retry-after': '5' }));
          return readiness().then(({ ok, checks }) => endResponse(json(ok ? 200 : 503, { status: ok ? 'ready' : 'unavailable', checks })));
        case '/metrics':
          if (!metrics) return endResponse(json(404, { error: 'metrics are off (METRICS=false)' }));
          if (!metricsAuthorized(request)) return endResponse(json(401, { error: 'send Authorization: Bearer <METRICS_TOKEN>' }, { 'www-authenticate': 'Bearer' }));
          return metrics.registry.metrics().then((text) => endResponse(new Response(text, { status: 200, headers: { 'content-type': metrics.registry.contentType } })));
      }
    },
  };

  // yoga logs each error it masks (an unexpected one) by itself, with no request: the request id is noted here,
  // before masking (yoga's masking plugin comes after these), for the log line (logging.ts).
  const noteRequestId = (scope: RequestTrace | undefined) => (r: ExecutionResult) => {
    if (scope && r.errors) for (const e of r.errors) errorRequestIds.set(e, scope.requestId);
  };
  const traceOf = (args: { contextValue: unknown }) => (args.contextValue as Partial<GatewayContext> | undefined)?.trace;
  const operations: Plugin<{ trace?: RequestTrace }> = {
    onExecute({ args }) {
      const scope = traceOf(args);
      nameOperation(args.document, args.operationName, scope);
      const note = noteRequestId(scope);
      return {
        onExecuteDone({ result }) {
          if (isAsyncIterable(result)) return { onNext: ({ result: r }) => note(r) };
          note(result);
          return undefined;
        },
      };
    },
    onSubscribe({ args }) {
      const scope = traceOf(args);
      const op = nameOperation(args.document, args.operationName, scope);
      const first = op?.selectionSet.selections[0];
      const field = first?.kind === 'Field' ? first.name.value : 'unknown';
      const note = noteRequestId(scope);
      return {
        onSubscribeResult({ result, setResult }) {
          if (!isAsyncIterable(result)) {
            note(result);
            return undefined;
          }
          if (metrics) {
            metrics.subscriptionStarted(field);
            setResult(mapIterable(result, (v) => v, () => metrics.subscriptionEnded(field)));
          }
          return { onNext: ({ result: r }) => note(r) };
        },
      };
    },
    onResultProcess({ result, setResult, serverContext }) {
      const scope = (serverContext as { trace?: RequestTrace }).trace;
      if (isAsyncIterable(result)) setResult(mapIterable(result, (r) => annotate(r, scope)));
      else if (Array.isArray(result)) setResult(result.map((r) => annotate(r, scope)));
      else setResult(annotate(result as ExecutionResult, scope) as typeof result);
    },
  };

  return {
    log,
    metrics,
    tracing,
    httpObserver,
    yogaLogger: yogaLogger(log, errorRequestIds),
    yogaPlugins: () => [opsEndpoints, operations, ...(metrics ? [metrics.graphqlPlugin()] : [])],
    annotateErrors: (errors) => annotateErrors(errors, undefined),
    get draining() {
      return draining;
    },

    wrapHttp(handler) {
      return (req, res) => {
        const requestId = requestIdFrom(req.headers['x-request-id'] as string | undefined);
        const traceparent = validTraceparent(req.headers.traceparent as string | undefined);
        const scope = newTrace({ requestId, transport: 'http', ...(traceparent ? { traceparent } : {}) });
        res.setHeader('x-request-id', requestId);
        if (draining) res.setHeader('connection', 'close');
        const path = (req.url ?? '/').split('?')[0]!;
        const graphql = path === '/graphql';
        if (tracing && graphql) scope.span = tracing.startOperation('graphql', traceparent, { 'http.request.method': req.method ?? 'GET' });
        const isSse = String(req.headers.accept ?? '').includes('text/event-stream');
        (isSse ? sse : open).add(res);
        res.once('close', () => {
          sse.delete(res);
          open.delete(res);
          if (scope.span) {
            scope.span.setAttribute('http.response.status_code', res.statusCode);
            endSpan(scope.span, res.statusCode >= 500 ? new Error('status') : undefined);
          }
          if (graphql && req.method !== 'OPTIONS' && (scope.operationType || scope.errorCodes.size || res.statusCode >= 400)) {
            metrics?.httpRequest({ operationName: scope.operationName, operationType: scope.operationType, method: req.method ?? 'GET', status: res.statusCode }, (performance.now() - scope.startedAt) / 1000);
            accessLine(scope, { method: req.method, status: res.statusCode, ...(res.writableFinished ? {} : { aborted: true }) });
          } else {
            log.debug({ requestId, method: req.method, path, status: res.statusCode, ms: Math.round(performance.now() - scope.startedAt) }, 'http');
          }
        });
        handler(req, res, { trace: scope });
      };
    },

    wsTrace(headers) {
      const requestId = requestIdFrom(headers['x-request-id'] as string | undefined);
      const traceparent = validTraceparent(headers.traceparent as string | undefined);
      const scope = newTrace({ requestId, transport: 'ws', ...(traceparent ? { traceparent } : {}) });
      if (tracing) scope.span = tracing.startOperation('graphql', traceparent, { 'network.protocol.name': 'websocket' });
      return scope;
    },

    wsOperation<T>(scope: RequestTrace, run: () => T): T {
      const finish = () => {
        if (scope.span) endSpan(scope.span);
        accessLine(scope, {});
      };
      const result = run() as unknown;
      const settle = (r: unknown): unknown => {
        if (isAsyncIterable(r)) return mapIterable(r as AsyncIterable<ExecutionResult>, (v) => annotate(v, scope), finish);
        const annotated = annotate(r as ExecutionResult, scope);
        finish();
        return annotated;
      };
      const failed = (e: unknown) => {
        if (scope.span) endSpan(scope.span, e);
        accessLine(scope, { failed: true });
        throw e;
      };
      return (result instanceof Promise ? result.then(settle, failed) : settle(result)) as T;
    },

    observePoll(kind, fetch, subscription) {
      return async (signal) => {
        const scope = newTrace({ requestId: subscription?.requestId ?? requestIdFrom(undefined), transport: 'poll' });
        const span: Span | undefined = tracing?.startPoll(`${kind}.poll`, subscription?.span, { 'gateway.poll.kind': kind });
        if (span) scope.span = span;
        try {
          const state = await fetch(signal, scope);
          if (kind === 'job' && metrics) {
            const job = state as { status?: string; type?: string | null };
            if (job.status === 'SUCCESS' || job.status === 'FAIL') metrics.jobOutcome(job.type ?? null, job.status);
          }
          if (span) endSpan(span);
          return state;
        } catch (error) {
          if (span) endSpan(span, error);
          throw error;
        }
      };
    },

    countUpload(stream) {
      if (!metrics) return stream;
      metrics.uploadStarted();
      let done = false;
      const end = () => {
        if (!done) {
          done = true;
          metrics.uploadEnded();
        }
      };
      const counter = new Transform({
        transform(chunk: Buffer, _enc, cb) {
          metrics.uploadBytes(chunk.length);
          cb(null, chunk);
        },
      });
      counter.once('close', end);
      pipeline(stream, counter, () => end());
      return counter;
    },

    attach(sources) {
      probe = sources;
      metrics?.setSources(sources);
    },

    startDraining() {
      if (draining) return;
      draining = true;
      log.info({ openStreams: sse.size, inFlight: open.size }, 'draining: /ready answers 503, open event streams end without complete');
      // An SSE stream ends with `complete` only when its job is done; these are not, so the connection is cut
      // instead: the client sees the stream end without `complete` and reconnects elsewhere.
      for (const res of sse) res.destroy();
      sse.clear();
    },

    inFlight: () => open.size,

    flushLogs,

    async close() {
      await tracing?.shutdown().catch((e: unknown) => log.warn({ err: e instanceof Error ? e.message : String(e) }, 'trace export failed at shutdown'));
      stdout?.close(); // writes what waits
    },
  };
}
