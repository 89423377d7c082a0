/** The HTTP core's steps on their own: building a request, deciding a retry, turning a failure into an error. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { httpError, transportError, type ErrorContext } from '../../src/upstream/http/failure';
import { authorize, buildUrl, prepareRequest, type HttpRequest } from '../../src/upstream/http/request';
import { retryDelay, type RetryPolicy } from '../../src/upstream/http/retry';
import { tokenAuth } from './helpers';

const POLICY: RetryPolicy = { maxRetries: 2, retryBaseDelayMs: 100, maxRetryDelayMs: 2_000 };
const GET = { idempotent: true, replayable: true };
const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });

describe('retryDelay', () => {
  it('backs off exponentially after a dropped connection, up to the retry budget', () => {
    const failure = { kind: 'transport', error: reset } as const;
    expect(retryDelay(POLICY, GET, 0, failure)).toBe(100);
    expect(retryDelay(POLICY, GET, 1, failure)).toBe(200);
    expect(retryDelay(POLICY, GET, 2, failure)).toBeUndefined();
  });

  it('finds the code of a wrapped system error (happy eyeballs, cause chains)', () => {
    const wrapped = new AggregateError([Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })]);
    expect(retryDelay(POLICY, GET, 0, { kind: 'transport', error: new Error('fetch failed', { cause: wrapped }) })).toBe(100);
    expect(retryDelay(POLICY, GET, 0, { kind: 'transport', error: new Error('no code') })).toBeUndefined();
  });

  it('never retries what may have had an effect or cannot be sent again', () => {
    const failure = { kind: 'status', status: 503, retryAfterMs: undefined } as const;
    expect(retryDelay(POLICY, { idempotent: false, replayable: true }, 0, failure)).toBeUndefined();
    expect(retryDelay(POLICY, { idempotent: true, replayable: false }, 0, failure)).toBeUndefined();
    expect(retryDelay(POLICY, GET, 0, failure)).toBe(100);
  });

  it('retries 502/503/504 only, waiting a Retry-After it is willing to wait instead of the backoff', () => {
    for (const status of [400, 404, 429, 500]) expect(retryDelay(POLICY, GET, 0, { kind: 'status', status, retryAfterMs: undefined })).toBeUndefined();
    expect(retryDelay(POLICY, GET, 0, { kind: 'status', status: 504, retryAfterMs: undefined })).toBe(100);
    expect(retryDelay(POLICY, GET, 0, { kind: 'status', status: 503, retryAfterMs: 1_500 })).toBe(1_500);
    expect(retryDelay(POLICY, GET, 0, { kind: 'status', status: 503, retryAfterMs: 0 })).toBe(0);
    expect(retryDelay(POLICY, GET, 0, { kind: 'status', status: 503, retryAfterMs: 60_000 })).toBeUndefined();
  });
});

describe('buildUrl', () => {
  const at = (baseUrl: string, path: string | undefined, query?: HttpRequest['query']) =>
    buildUrl({ baseUrl, ...(path !== undefined ? { path } : {}), ...(query ? { query } : {}) }).href;

  it('joins a base (its trailing slashes, query and fragment dropped) and a path, then appends the query', () => {
    expect(at('http://up.test/prefix/', '/v2/images')).toBe('http://up.test/prefix/v2/images');
    expect(at('http://up.test/prefix//', 'v2/images')).toBe('http://up.test/prefix/v2/images');
    expect(at('http://up.test', '/v2/images')).toBe('http://up.test/v2/images');
    expect(at('http://up.test:8080/a?x=1#f', '/b')).toBe('http://up.test:8080/a/b');
    expect(at('http://up.test/a', undefined)).toBe('http://up.test/a/');
    expect(at('http://up.test/a', '/b', { limit: 2, tag: ['x', 'y z'], none: undefined })).toBe('http://up.test/a/b?limit=2&tag=x&tag=y+z');
  });

  it('escapes a `?` or `#` inside the path instead of reading a query or fragment from it', () => {
    expect(at('http://up.test/a/', '/images/what?x#y')).toBe('http://up.test/a/images/what%3Fx%23y');
  });

  it('takes an absolute url as it is', () => {
    expect(buildUrl({ url: 'http://other.test/x?y=1' }).href).toBe('http://other.test/x?y=1');
  });
});

describe('prepareRequest', () => {
  const base: HttpRequest = { method: 'POST', baseUrl: 'http://up.test/prefix/', path: '/v2/images', auth: tokenAuth('t') };

  it('serializes JSON, lower-cases headers, lets the caller override the observer', () => {
    const url = buildUrl(base);
    const prep = prepareRequest({ ...base, json: { a: 1 }, headers: { 'X-Trace': 'caller' } }, url, {
      userAgent: 'ua',
      headers: { 'x-trace': 'observer', 'X-Request-Id': 'r1' },
    });
    expect(url.href).toBe('http://up.test/prefix/v2/images');
    expect(prep.buffered).toBe('{"a":1}');
    expect(prep.headers).toEqual({
      accept: 'application/json',
      'user-agent': 'ua',
      'x-trace': 'caller',
      'x-request-id': 'r1',
      'content-type': 'application/json',
    });
    expect(prep).toMatchObject({ idempotent: false, replayable: true, call: { method: 'POST', path: '/prefix/v2/images', purpose: 'default' } });
  });

  it('marks a streaming body as not replayable and sends its length when known', () => {
    const prep = prepareRequest({ ...base, method: 'PUT', body: Readable.from([Buffer.from('x')]), contentLength: 1 }, buildUrl(base), { userAgent: 'ua' });
    expect(prep.replayable).toBe(false);
    expect(prep.headers['content-type']).toBe('application/octet-stream');
    expect(prep.headers['content-length']).toBe('1');
  });

  it('remembers every credential sent, from the caller and from the provider, for redaction', async () => {
    const prep = prepareRequest({ ...base, method: 'GET', headers: { 'X-Auth-Token': 'caller-token-1' } }, buildUrl(base), { userAgent: 'ua' });
    const { sent } = await authorize(tokenAuth('provider-token-2'), prep);
    expect(sent['x-auth-token']).toBe('provider-token-2');
    expect(prep.ctx.secrets).toEqual(['caller-token-1', 'provider-token-2']);
  });
});

describe('failures as UpstreamErrors', () => {
  const ctx = (): ErrorContext => ({ method: 'GET', path: '/v2/images/x', endpoint: 'glance-get-image', secrets: ['Bearer 0123456789abcdef0123'] });

  it('decodes an error answer and names the call, without the credential it echoes', () => {
    const err = httpError(
      ctx(),
      429,
      { 'content-type': 'application/json', 'retry-after': '3' },
      '{"error_code":"APIGW.0308","error_msg":"throttled for 0123456789abcdef0123"}',
      undefined,
      0,
    );
    expect(err).toMatchObject({ kind: 'http', status: 429, upstreamCode: 'APIGW.0308', retryAfterMs: 3_000, endpoint: 'glance-get-image' });
    expect(err.message).toBe('glance-get-image (GET /v2/images/x) failed with HTTP 429 APIGW.0308: throttled for [redacted]');
  });

  it('says an empty error body is empty', () => {
    expect(httpError(ctx(), 502, {}, '', 'req-1', 0)).toMatchObject({ requestId: 'req-1', message: 'glance-get-image (GET /v2/images/x) failed with HTTP 502: empty response body' });
  });

  it('names timeouts and network failures in words, keeping the code', () => {
    const timeout = transportError(Object.assign(new Error('x'), { code: 'UND_ERR_HEADERS_TIMEOUT' }), ctx());
    expect(timeout).toMatchObject({ kind: 'timeout', transportCode: 'UND_ERR_HEADERS_TIMEOUT' });
    expect(timeout.message).toBe('glance-get-image (GET /v2/images/x): no response headers within the timeout');
    expect(transportError(reset, ctx())).toMatchObject({ kind: 'network', message: 'glance-get-image (GET /v2/images/x): connection reset' });
    expect(transportError(new Error('?'), ctx())).toMatchObject({ kind: 'network', message: 'glance-get-image (GET /v2/images/x): network error' });
  });
});
