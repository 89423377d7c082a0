import { Readable } from 'node:stream';
import { Pool, type Dispatcher } from 'undici';
import type { z } from 'zod';
import type { AuthProvider, OutgoingRequest } from '../auth/types';
import { UpstreamError, decodeErrorBody, parseRetryAfter, type UpstreamErrorKind } from './errors';
import type { CallGate, UpstreamCall } from './gate';

/**
 * The HTTP core every upstream client goes through: one keep-alive undici `Pool` per origin, timeouts,
 * credentials from an `AuthProvider`, bounded retries of idempotent requests, and one error type.
 */

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type QueryScalar = string | number | boolean;
/** `undefined`/`null` are dropped; arrays repeat the key (`tag=bms&tag=uefi`). */
export type QueryValue = QueryScalar | readonly QueryScalar[] | null | undefined;
export type Query = Record<string, QueryValue>;

/** A request body that is sent as it is produced, never buffered. */
export type StreamingBody = Readable | AsyncIterable<Uint8Array>;

export interface HttpRequest {
  method: HttpMethod;
  /** Absolute URL (its own query string is kept) … */
  url?: string | URL;
  /** … or a base URL (may carry a path prefix) plus a path. */
  baseUrl?: string | URL;
  path?: string;
  query?: Query;
  headers?: Record<string, string>;
  /** Serialized as JSON (also on DELETE: IMS `DELETE /v1/cloudimages/members`, Glance `DELETE /v2/images/{image_id}`). */
  json?: unknown;
  /** Raw bytes or a stream. */
  body?: Uint8Array | string | StreamingBody;
  /** Defaults: `application/json` for `json`, `application/octet-stream` for raw bodies. */
  contentType?: string;
  /** Sets `Content-Length` for a streaming body (otherwise it is sent chunked). */
  contentLength?: number;
  auth: AuthProvider;
  /** Accepted statuses; default any 2xx. */
  expect?: readonly number[];
  signal?: AbortSignal;
  /**
   * Not bound to `signal`: a job-starting POST must reach its answer whatever the caller does (it is recorded
   * under an idempotency key), so neither the client leaving nor the operation's deadline aborts it. Undici's
   * own timeouts still apply.
   */
  detached?: boolean;
  /** Consulted before each attempt: budgets and per-project limits (see gate.ts). */
  gate?: CallGate;
  /** `upload` requests use their own connection pool, so stalled uploads never hold the connections reads need. */
  purpose?: 'default' | 'upload';
  /** Endpoint id for messages and logs, e.g. `glance-get-image`. */
  endpoint?: string;
  /** Success bodies are handed back unread as `data` (a Readable): downloads stream through, never buffered. */
  streamResponse?: boolean;
}

export interface HttpResponse<T> {
  status: number;
  /** Lower-case names; repeated headers joined with `, `. */
  headers: Record<string, string>;
  data: T;
  requestId?: string;
}

export interface HttpClientOptions {
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
  keepAliveTimeoutMs?: number;
  /** Max sockets per origin. */
  connectionsPerOrigin?: number;
  /** Max sockets per origin for `purpose: 'upload'` requests (their own pool). */
  uploadConnectionsPerOrigin?: number;
  /** Retries of GET/HEAD after a connection error or 502/503/504 (default 2, so at most 3 attempts). */
  maxRetries?: number;
  /** First backoff delay; doubles per retry (default 100 ms). */
  retryBaseDelayMs?: number;
  /** A 503's Retry-After longer than this is not waited for: the error is thrown with `retryAfterMs`. */
  maxRetryDelayMs?: number;
  /** Send everything through this dispatcher instead of per-origin pools (tests: undici `MockAgent`). */
  dispatcher?: Dispatcher;
  /** Injected for tests (no wall-clock waits). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  userAgent?: string;
  /** Sees every call (metrics, traces, logs, request ids): see `HttpObserver`. */
  observer?: HttpObserver;
}

/**
 * The instrumentation seam of the HTTP core. `start` runs once per logical call (before the first attempt) and
 * may add headers to every attempt (request id, traceparent); `retry` runs before each retry; `end` once, with
 * the final answer or error. The core knows nothing of what the observer does with them.
 */
export interface HttpObserver {
  start(call: { endpoint: string | undefined; method: HttpMethod; url: URL }): HttpCallObservation | undefined;
}
export interface HttpCallObservation {
  headers?: Record<string, string>;
  retry?(): void;
  end(outcome: { status?: number; requestId?: string; error?: unknown }): void;
}

export const DEFAULT_HTTP_OPTIONS = {
  connectTimeoutMs: 5_000,
  headersTimeoutMs: 30_000,
  bodyTimeoutMs: 60_000,
  keepAliveTimeoutMs: 10_000,
  connectionsPerOrigin: 64,
  uploadConnectionsPerOrigin: 16,
  maxRetries: 2,
  retryBaseDelayMs: 100,
  maxRetryDelayMs: 2_000,
} as const;

const RETRYABLE_STATUSES = new Set([502, 503, 504]);
const RETRYABLE_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_CLOSED',
]);
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
/** Headers whose values are credentials: redacted from any message that might echo them. */
const CREDENTIAL_HEADERS = new Set(['x-auth-token', 'x-subject-token', 'authorization', 'proxy-authorization', 'cookie']);

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export class HttpClient {
  private readonly opts: Required<
    Omit<HttpClientOptions, 'dispatcher' | 'sleep' | 'now' | 'userAgent' | 'observer'>
  > & { userAgent: string };
  private readonly dispatcher?: Dispatcher;
  private readonly pools = new Map<string, Pool>();
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly now: () => number;
  private readonly observer: HttpObserver | undefined;
  private closed = false;

  constructor(options: HttpClientOptions = {}) {
    this.opts = {
      connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_HTTP_OPTIONS.connectTimeoutMs,
      headersTimeoutMs: options.headersTimeoutMs ?? DEFAULT_HTTP_OPTIONS.headersTimeoutMs,
      bodyTimeoutMs: options.bodyTimeoutMs ?? DEFAULT_HTTP_OPTIONS.bodyTimeoutMs,
      keepAliveTimeoutMs: options.keepAliveTimeoutMs ?? DEFAULT_HTTP_OPTIONS.keepAliveTimeoutMs,
      connectionsPerOrigin: options.connectionsPerOrigin ?? DEFAULT_HTTP_OPTIONS.connectionsPerOrigin,
      uploadConnectionsPerOrigin: options.uploadConnectionsPerOrigin ?? DEFAULT_HTTP_OPTIONS.uploadConnectionsPerOrigin,
      maxRetries: options.maxRetries ?? DEFAULT_HTTP_OPTIONS.maxRetries,
      retryBaseDelayMs: options.retryBaseDelayMs ?? DEFAULT_HTTP_OPTIONS.retryBaseDelayMs,
      maxRetryDelayMs: options.maxRetryDelayMs ?? DEFAULT_HTTP_OPTIONS.maxRetryDelayMs,
      userAgent: options.userAgent ?? 'ims-glance-graphql-gateway',
    };
    if (options.dispatcher) this.dispatcher = options.dispatcher;
    this.sleep = options.sleep ?? defaultSleep;
    this.now = options.now ?? Date.now;
    this.observer = options.observer;
  }

  /** Connection counts per origin and pool (undici `Pool.stats`), for metrics. */
  poolStats(): { origin: string; pool: 'default' | 'upload'; connected: number; free: number; pending: number; running: number }[] {
    return [...this.pools].map(([key, p]) => {
      const [pool, origin] = key.split(' ') as ['default' | 'upload', string];
      return { origin, pool, connected: p.stats.connected, free: p.stats.free, pending: p.stats.pending, running: p.stats.running };
    });
  }

  /** Closes every pool (waits for in-flight requests). */
  async close(): Promise<void> {
    this.closed = true;
    const pools = [...this.pools.values()];
    this.pools.clear();
    await Promise.all(pools.map((p) => p.close()));
  }

  /**
   * Sends a request and parses a JSON success body with `schema`. Without a schema the body is discarded
   * (`data` is undefined). Throws `UpstreamError` for everything that is not an expected success.
   */
  request<S extends z.ZodType>(req: HttpRequest & { schema: S }): Promise<HttpResponse<z.output<S>>>;
  request(req: HttpRequest & { schema?: undefined }): Promise<HttpResponse<undefined>>;
  async request(req: HttpRequest & { schema?: z.ZodType }): Promise<HttpResponse<unknown>> {
    if (this.closed) throw new Error('HttpClient is closed');
    const url = buildUrl(req);
    const obs = this.observer?.start({ endpoint: req.endpoint, method: req.method, url });
    // The gate's slot of the current attempt, released when the attempt is over (next attempt, answer or error).
    let release: (() => void) | undefined;
    const hold = (next: (() => void) | undefined) => {
      release?.();
      release = next;
    };
    try {
      const res = await this.attempts(req.detached ? { ...req, signal: undefined } : req, url, obs, hold);
      obs?.end({ status: res.status, ...(res.requestId !== undefined ? { requestId: res.requestId } : {}) });
      return res;
    } catch (error) {
      obs?.end({ error });
      throw error;
    } finally {
      release?.();
    }
  }

  private async attempts(
    req: HttpRequest & { schema?: z.ZodType },
    url: URL,
    obs: HttpCallObservation | undefined,
    hold: (release: (() => void) | undefined) => void,
  ): Promise<HttpResponse<unknown>> {
    const method = req.method;
    const purpose = req.purpose ?? 'default';
    const call: UpstreamCall = { method, path: url.pathname, purpose, ...(req.endpoint !== undefined ? { endpoint: req.endpoint } : {}) };
    const path = url.pathname;
    const ctx: ErrorContext = { method, path, endpoint: req.endpoint, secrets: [] };

    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': this.opts.userAgent };
    for (const [k, v] of Object.entries({ ...obs?.headers, ...req.headers })) headers[k.toLowerCase()] = v;

    let buffered: string | Uint8Array | undefined;
    let stream: StreamingBody | undefined;
    if (req.json !== undefined) {
      buffered = JSON.stringify(req.json);
      headers['content-type'] = req.contentType ?? 'application/json';
    } else if (req.body !== undefined) {
      if (typeof req.body === 'string' || req.body instanceof Uint8Array) buffered = req.body;
      else stream = req.body;
      headers['content-type'] = req.contentType ?? 'application/octet-stream';
      if (stream !== undefined && req.contentLength !== undefined) headers['content-length'] = String(req.contentLength);
    } else if (req.contentType !== undefined) {
      headers['content-type'] = req.contentType;
    }
    for (const [k, v] of Object.entries(headers)) if (CREDENTIAL_HEADERS.has(k)) ctx.secrets.push(v);

    // A stream can be sent once only: such requests are never retried.
    const replayable = stream === undefined;
    const idempotent = method === 'GET' || method === 'HEAD';
    let transientRetries = 0;
    let reauthorized = false;

    for (;;) {
      req.signal?.throwIfAborted();
      // Before anything is sent: a refusal (budget, rate) costs the upstream nothing.
      hold(req.gate ? await req.gate.admit(call, req.signal) : undefined);
      const outgoing: OutgoingRequest = { method, url, headers: { ...headers } };
      if (buffered !== undefined) outgoing.body = buffered;
      if (stream !== undefined) outgoing.streamingBody = true;
      const authHeaders = await req.auth.authorize(outgoing);
      const sent: Record<string, string> = { ...headers };
      for (const [k, v] of Object.entries(authHeaders)) {
        sent[k.toLowerCase()] = v;
        // Whatever a provider adds is a credential or derived from one.
        if (v.length >= 8) ctx.secrets.push(v);
      }

      let res: Dispatcher.ResponseData;
      try {
        res = await this.send(url, method, sent, buffered ?? toReadable(stream), req.signal, purpose);
      } catch (err) {
        if (req.signal?.aborted) throw req.signal.reason;
        const e = transportError(err, ctx);
        if (idempotent && replayable && transientRetries < this.opts.maxRetries && isRetryableTransport(err)) {
          await this.sleep(this.backoff(transientRetries), req.signal);
          transientRetries++;
          obs?.retry?.();
          continue;
        }
        throw e;
      }

      const status = res.statusCode;
      const resHeaders = flattenHeaders(res.headers);
      req.gate?.observe?.(call, status, parseRetryAfter(resHeaders['retry-after'], this.now()));
      const requestId = resHeaders['x-request-id'] ?? resHeaders['x-openstack-request-id'];
      const expected = req.expect ? req.expect.includes(status) : status >= 200 && status < 300;

      if (expected) {
        if (req.streamResponse) return withRequestId({ status, headers: resHeaders, data: res.body }, requestId);
        if (!req.schema || method === 'HEAD') {
          await discard(res.body);
          return withRequestId({ status, headers: resHeaders, data: undefined }, requestId);
        }
        const text = await readText(res.body, ctx, req.signal);
        const data = parseSuccess(text, req.schema, ctx, status, requestId);
        return withRequestId({ status, headers: resHeaders, data }, requestId);
      }

      if (status === 401 && !reauthorized && replayable && req.auth.onUnauthorized) {
        const text = await readText(res.body, ctx, req.signal).catch(() => '');
        reauthorized = true;
        // The provider gets the headers it gave, to tell a late 401 for a replaced credential from a current one.
        if (await req.auth.onUnauthorized({ ...authHeaders })) continue;
        throw httpError(ctx, status, resHeaders, text, requestId, this.now());
      }

      if (
        idempotent &&
        replayable &&
        RETRYABLE_STATUSES.has(status) &&
        transientRetries < this.opts.maxRetries
      ) {
        const retryAfterMs = parseRetryAfter(resHeaders['retry-after'], this.now());
        const delay = retryAfterMs ?? this.backoff(transientRetries);
        if (delay <= this.opts.maxRetryDelayMs) {
          await discard(res.body);
          await this.sleep(delay, req.signal);
          transientRetries++;
          obs?.retry?.();
          continue;
        }
      }

      const text = status >= 200 && status < 400 ? (await discard(res.body), '') : await readText(res.body, ctx, req.signal).catch(() => '');
      if (status >= 200 && status < 400) {
        throw new UpstreamError({
          ...errorBase(ctx),
          kind: 'malformed',
          status,
          ...(requestId !== undefined ? { requestId } : {}),
          message: redact(`${describe(ctx)}: unexpected status ${status} (expected ${req.expect?.join('/') ?? '2xx'})`, ctx),
        });
      }
      throw httpError(ctx, status, resHeaders, text, requestId, this.now());
    }
  }

  private backoff(retry: number): number {
    return this.opts.retryBaseDelayMs * 2 ** retry;
  }

  private send(
    url: URL,
    method: HttpMethod,
    headers: Record<string, string>,
    body: string | Uint8Array | Readable | undefined,
    signal: AbortSignal | undefined,
    purpose: 'default' | 'upload',
  ): Promise<Dispatcher.ResponseData> {
    const options: Dispatcher.RequestOptions = {
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method,
      headers,
      body: body ?? null,
      headersTimeout: this.opts.headersTimeoutMs,
      bodyTimeout: this.opts.bodyTimeoutMs,
      signal: signal ?? null,
    };
    return (this.dispatcher ?? this.pool(url.origin, purpose)).request(options);
  }

  private pool(origin: string, purpose: 'default' | 'upload'): Pool {
    const key = `${purpose} ${origin}`;
    let pool = this.pools.get(key);
    if (!pool) {
      pool = new Pool(origin, {
        connections: purpose === 'upload' ? this.opts.uploadConnectionsPerOrigin : this.opts.connectionsPerOrigin,
        connect: { timeout: this.opts.connectTimeoutMs },
        headersTimeout: this.opts.headersTimeoutMs,
        bodyTimeout: this.opts.bodyTimeoutMs,
        keepAliveTimeout: this.opts.keepAliveTimeoutMs,
      });
      this.pools.set(key, pool);
    }
    return pool;
  }
}

// ---------------------------------------------------------------------------------------------------------------

interface ErrorContext {
  method: string;
  path: string;
  endpoint: string | undefined;
  secrets: string[];
}

function errorBase(ctx: ErrorContext) {
  return {
    method: ctx.method,
    path: ctx.path,
    ...(ctx.endpoint !== undefined ? { endpoint: ctx.endpoint } : {}),
  };
}

function describe(ctx: ErrorContext): string {
  const route = `${ctx.method} ${ctx.path}`;
  return ctx.endpoint ? `${ctx.endpoint} (${route})` : route;
}

function redact(message: string, ctx: ErrorContext): string {
  let out = message;
  for (const secret of ctx.secrets) {
    if (secret.length >= 4) out = out.split(secret).join('[redacted]');
    // Bearer-style values: the credential part alone may be echoed.
    const parts = secret.split(/[\s,=]+/).filter((p) => p.length >= 16);
    for (const p of parts) out = out.split(p).join('[redacted]');
  }
  return out;
}

function httpError(
  ctx: ErrorContext,
  status: number,
  headers: Record<string, string>,
  text: string,
  headerRequestId: string | undefined,
  nowMs: number,
): UpstreamError {
  const decoded = decodeErrorBody(text, headers['content-type']);
  const requestId = headerRequestId ?? decoded.requestId;
  const retryAfterMs = parseRetryAfter(headers['retry-after'], nowMs);
  const detail = decoded.message ?? (text.trim() === '' ? 'empty response body' : undefined) ?? 'no message';
  const code = decoded.upstreamCode ? ` ${decoded.upstreamCode}` : '';
  return new UpstreamError({
    ...errorBase(ctx),
    kind: 'http',
    status,
    ...(decoded.upstreamCode !== undefined ? { upstreamCode: decoded.upstreamCode } : {}),
    ...(requestId !== undefined ? { requestId } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    ...(decoded.message !== undefined ? { detail: redact(decoded.message, ctx) } : {}),
    message: redact(`${describe(ctx)} failed with HTTP ${status}${code}: ${detail}`, ctx),
  });
}

function errorCode(err: unknown): string | undefined {
  let e: unknown = err;
  // Node wraps system errors (AggregateError for happy-eyeballs, `cause` chains).
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    const inner = (e as { errors?: unknown[] }).errors?.[0] ?? (e as { cause?: unknown }).cause;
    e = inner;
  }
  return undefined;
}

function isRetryableTransport(err: unknown): boolean {
  const code = errorCode(err);
  return code !== undefined && RETRYABLE_NETWORK_CODES.has(code);
}

function transportError(err: unknown, ctx: ErrorContext): UpstreamError {
  if (err instanceof UpstreamError) return err;
  const code = errorCode(err);
  const kind: UpstreamErrorKind = code !== undefined && TIMEOUT_CODES.has(code) ? 'timeout' : 'network';
  const what =
    code === 'UND_ERR_CONNECT_TIMEOUT'
      ? 'connect timeout'
      : code === 'UND_ERR_HEADERS_TIMEOUT'
        ? 'no response headers within the timeout'
        : code === 'UND_ERR_BODY_TIMEOUT'
          ? 'response body stalled beyond the timeout'
          : code === 'ECONNREFUSED'
            ? 'connection refused'
            : code === 'ECONNRESET' || code === 'UND_ERR_SOCKET'
              ? 'connection reset'
              : `network error${code ? ` ${code}` : ''}`;
  return new UpstreamError({
    ...errorBase(ctx),
    kind,
    ...(code !== undefined ? { transportCode: code } : {}),
    message: redact(`${describe(ctx)}: ${what}`, ctx),
  });
}

async function readText(body: Dispatcher.ResponseData['body'], ctx: ErrorContext, signal?: AbortSignal): Promise<string> {
  try {
    return await body.text();
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    throw transportError(err, ctx);
  }
}

async function discard(body: Dispatcher.ResponseData['body']): Promise<void> {
  try {
    await body.dump();
  } catch {
    // The socket is being torn down anyway.
  }
}

function parseSuccess(
  text: string,
  schema: z.ZodType,
  ctx: ErrorContext,
  status: number,
  requestId: string | undefined,
): unknown {
  const malformed = (why: string, cause?: unknown) =>
    new UpstreamError({
      ...errorBase(ctx),
      kind: 'malformed',
      status,
      ...(requestId !== undefined ? { requestId } : {}),
      message: redact(`${describe(ctx)}: ${why}`, ctx),
      ...(cause !== undefined ? { cause } : {}),
    });
  let json: unknown;
  if (text.trim() === '') throw malformed('empty response body where JSON was expected');
  try {
    json = JSON.parse(text);
  } catch {
    throw malformed('response is not valid JSON');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? formatPath(issue.path) : '(root)';
    throw malformed(`response does not match the documented shape: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out;
}

function flattenHeaders(h: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function withRequestId<T>(res: HttpResponse<T>, requestId: string | undefined): HttpResponse<T> {
  if (requestId !== undefined) res.requestId = requestId;
  return res;
}

function toReadable(stream: StreamingBody | undefined): Readable | undefined {
  if (stream === undefined) return undefined;
  return stream instanceof Readable ? stream : Readable.from(stream, { objectMode: false });
}

export function buildUrl(req: Pick<HttpRequest, 'url' | 'baseUrl' | 'path' | 'query'>): URL {
  let url: URL;
  if (req.url !== undefined) {
    url = new URL(String(req.url));
  } else if (req.baseUrl !== undefined) {
    url = new URL(String(req.baseUrl));
    const prefix = url.pathname.replace(/\/+$/, '');
    const path = req.path ?? '/';
    url.pathname = `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
    url.search = '';
  } else {
    throw new Error('request needs url or baseUrl');
  }
  for (const [key, value] of Object.entries(req.query ?? {})) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const v of value) url.searchParams.append(key, String(v));
    else url.searchParams.append(key, String(value));
  }
  return url;
}
