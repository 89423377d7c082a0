import { Pool, type Dispatcher } from 'undici';
import type { z } from 'zod';
import { parseRetryAfter } from './errors';
import { httpError, transportError, unexpectedStatusError } from './failure';
import { authorize, bodyOf, buildUrl, prepareRequest, type CallTrace, type HttpMethod, type HttpRequest, type HttpResponse, type PreparedRequest } from './request';
import { discard, flattenHeaders, parseSuccess, readText, withRequestId } from './response';
import { retryDelay } from './retry';

/**
 * The HTTP core every upstream client goes through: one keep-alive undici `Pool` per origin, timeouts,
 * credentials from an `AuthProvider`, bounded retries of idempotent requests, and one error type.
 *
 * A call's steps live beside it, each testable alone: request.ts builds what every attempt sends (and adds an
 * attempt's credentials), retry.ts decides whether a failed attempt is tried again and when, response.ts reads
 * an answer, failure.ts turns a failure into an `UpstreamError`. This file runs the attempts.
 */

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
  start(call: { endpoint: string | undefined; method: HttpMethod; url: URL; trace: CallTrace | undefined }): HttpCallObservation | undefined;
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
    const obs = this.observer?.start({ endpoint: req.endpoint, method: req.method, url, trace: req.trace });
    // The gate's slot of the current attempt, released when the attempt is over (next attempt, answer or error).
    let release: (() => void) | undefined;
    const hold = (next: (() => void) | undefined) => {
      release?.();
      release = next;
    };
    try {
      const prep = prepareRequest(req, url, { userAgent: this.opts.userAgent, headers: obs?.headers });
      const res = await this.attempts(req.detached ? { ...req, signal: undefined } : req, prep, obs, hold);
      obs?.end({ status: res.status, ...(res.requestId !== undefined ? { requestId: res.requestId } : {}) });
      return res;
    } catch (error) {
      obs?.end({ error });
      throw error;
    } finally {
      release?.();
    }
  }

  /** Attempts until an answer is final: the expected success, or an error no retry or renewed credential helps. */
  private async attempts(
    req: HttpRequest & { schema?: z.ZodType },
    prep: PreparedRequest,
    obs: HttpCallObservation | undefined,
    hold: (release: (() => void) | undefined) => void,
  ): Promise<HttpResponse<unknown>> {
    const { ctx, call } = prep;
    let retries = 0;
    let reauthorized = false;
    const retry = async (delay: number) => {
      await this.sleep(delay, req.signal);
      retries++;
      obs?.retry?.();
    };

    for (;;) {
      req.signal?.throwIfAborted();
      // Before anything is sent: a refusal (budget, rate) costs the upstream nothing.
      hold(req.gate ? await req.gate.admit(call, req.signal) : undefined);
      const { sent, authHeaders } = await authorize(req.auth, prep);

      let res: Dispatcher.ResponseData;
      try {
        res = await this.send(prep, sent, req.signal);
      } catch (err) {
        if (req.signal?.aborted) throw req.signal.reason;
        const delay = retryDelay(this.opts, prep, retries, { kind: 'transport', error: err });
        if (delay === undefined) throw transportError(err, ctx);
        await retry(delay);
        continue;
      }

      const status = res.statusCode;
      const resHeaders = flattenHeaders(res.headers);
      const retryAfterMs = parseRetryAfter(resHeaders['retry-after'], this.now());
      req.gate?.observe?.(call, status, retryAfterMs);
      const requestId = resHeaders['x-request-id'] ?? resHeaders['x-openstack-request-id'];
      const expected = req.expect ? req.expect.includes(status) : status >= 200 && status < 300;

      if (expected) {
        if (req.streamResponse) return withRequestId({ status, headers: resHeaders, data: res.body }, requestId);
        if (!req.schema || prep.method === 'HEAD') {
          await discard(res.body);
          return withRequestId({ status, headers: resHeaders, data: undefined }, requestId);
        }
        const text = await readText(res.body, ctx, req.signal);
        const data = parseSuccess(text, req.schema, ctx, status, requestId);
        return withRequestId({ status, headers: resHeaders, data }, requestId);
      }

      if (status === 401 && !reauthorized && prep.replayable && req.auth.onUnauthorized) {
        const text = await readText(res.body, ctx, req.signal).catch(() => '');
        reauthorized = true;
        // The provider gets the headers it gave, to tell a late 401 for a replaced credential from a current one.
        if (await req.auth.onUnauthorized({ ...authHeaders })) continue;
        throw httpError(ctx, status, resHeaders, text, requestId, this.now());
      }

      const delay = retryDelay(this.opts, prep, retries, { kind: 'status', status, retryAfterMs });
      if (delay !== undefined) {
        await discard(res.body);
        await retry(delay);
        continue;
      }

      if (status >= 200 && status < 400) {
        await discard(res.body);
        throw unexpectedStatusError(ctx, status, req.expect, requestId);
      }
      const text = await readText(res.body, ctx, req.signal).catch(() => '');
      throw httpError(ctx, status, resHeaders, text, requestId, this.now());
    }
  }

  /** One attempt on the wire, within the headers and body timeouts. */
  private send(prep: PreparedRequest, headers: Record<string, string>, signal: AbortSignal | undefined): Promise<Dispatcher.ResponseData> {
    const options: Dispatcher.RequestOptions = {
      origin: prep.url.origin,
      path: `${prep.url.pathname}${prep.url.search}`,
      method: prep.method,
      headers,
      body: bodyOf(prep) ?? null,
      headersTimeout: this.opts.headersTimeoutMs,
      bodyTimeout: this.opts.bodyTimeoutMs,
      signal: signal ?? null,
    };
    return (this.dispatcher ?? this.pool(prep.url.origin, prep.purpose)).request(options);
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

