import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AuthProvider } from '../../src/upstream/auth/types';
import { HttpClient, UpstreamError, decodeErrorBody, parseRetryAfter } from '../../src/upstream/http';
import { json, recordingSleep, startServer, tokenAuth, type TestServer } from './helpers';

const TOKEN = 'MIIEhQYJKoZIhvcNAQcCoIIEdjCCBHICAQExDTALBglghkgBZQMEAgEwggLSBgkq';

let server: TestServer | undefined;
let http: HttpClient | undefined;
afterEach(async () => {
  await http?.close();
  await server?.close();
  http = undefined;
  server = undefined;
});

async function failure(p: Promise<unknown>): Promise<UpstreamError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(UpstreamError);
    return e as UpstreamError;
  }
  throw new Error('expected the request to fail');
}

const okSchema = z.looseObject({ ok: z.boolean() });

describe('error bodies', () => {
  it('decodes the flat {error_code, error_msg} form with the request id header', async () => {
    server = await startServer((_req, res) =>
      json(res, 404, { error_code: 'IMG.0144', error_msg: 'The image does not exist.' }, { 'x-openstack-request-id': 'req-1' }),
    );
    http = new HttpClient();
    const e = await failure(
      http.request({ method: 'GET', baseUrl: server.url, path: '/v2/images/abc', auth: tokenAuth(TOKEN), endpoint: 'glance-get-image', schema: okSchema }),
    );
    expect(e).toMatchObject({ kind: 'http', status: 404, upstreamCode: 'IMG.0144', requestId: 'req-1', method: 'GET', path: '/v2/images/abc', endpoint: 'glance-get-image' });
    expect(e.message).toContain('The image does not exist.');
    expect(e.message).toContain('glance-get-image');
  });

  it('decodes the nested {error: {code, message}} form', async () => {
    server = await startServer((_req, res) =>
      json(res, 400, { error: { code: 'IMG.0116', message: 'The number of tags exceeds the limit.' } }, { 'x-request-id': 'req-2' }),
    );
    http = new HttpClient();
    const e = await failure(http.request({ method: 'POST', baseUrl: server.url, path: '/v2/p/images/i/tags', json: {}, auth: tokenAuth(TOKEN) }));
    expect(e).toMatchObject({ kind: 'http', status: 400, upstreamCode: 'IMG.0116', requestId: 'req-2' });
    expect(e.message).toContain('The number of tags exceeds the limit.');
  });

  it('takes the message of an XML body from its text', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(403, { 'content-type': 'application/xml' });
      res.end('<?xml version="1.0"?>\n<error>\n  <message>\n   Policy doesn\'t allow ims:images:get to be performed.\n  </message>\n</error>');
    });
    http = new HttpClient();
    const e = await failure(http.request({ method: 'GET', baseUrl: server.url, path: '/v2/images', auth: tokenAuth(TOKEN) }));
    expect(e).toMatchObject({ kind: 'http', status: 403 });
    expect(e.upstreamCode).toBeUndefined();
    expect(e.message).toContain("Policy doesn't allow ims:images:get to be performed.");
  });

  it('takes the message of an HTML body from its text, not its markup', () => {
    const d = decodeErrorBody(
      '<html>\n <head>\n  <title>404 Not Found</title>\n </head>\n <body>\n  <h1>404 Not Found</h1>\n  No image found with ID abc<br /><br />\n </body>\n</html>',
      'text/html',
    );
    expect(d.message).toBe('404 Not Found No image found with ID abc');
  });

  it('reports an empty error body plainly', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(500);
      res.end();
    });
    http = new HttpClient();
    const e = await failure(http.request({ method: 'DELETE', baseUrl: server.url, path: '/v2/images/x', auth: tokenAuth(TOKEN) }));
    expect(e).toMatchObject({ kind: 'http', status: 500 });
    expect(e.message).toContain('empty response body');
  });

  it('decodes plain text and Keystone bodies', () => {
    expect(decodeErrorBody('  upstream connect error  \n', 'text/plain')).toEqual({ message: 'upstream connect error' });
    // Keystone's numeric code is an HTTP status, not an upstream error code.
    expect(decodeErrorBody('{"error":{"code":401,"message":"The request you have made requires authentication.","title":"Unauthorized"}}')).toEqual({
      message: 'The request you have made requires authentication.',
    });
    expect(decodeErrorBody('{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information","request_id":"r9"}')).toEqual({
      upstreamCode: 'APIGW.0301',
      message: 'Incorrect IAM authentication information',
      requestId: 'r9',
    });
  });
});

describe('malformed success bodies', () => {
  it('reports invalid JSON on 200 as malformed, naming the endpoint', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"images": [');
    });
    http = new HttpClient();
    const e = await failure(
      http.request({ method: 'GET', baseUrl: server.url, path: '/v2/images', query: { limit: 2 }, auth: tokenAuth(TOKEN), endpoint: 'glance-list-images', schema: okSchema }),
    );
    expect(e).toMatchObject({ kind: 'malformed', status: 200, endpoint: 'glance-list-images', path: '/v2/images' });
    expect(e.message).toBe('glance-list-images (GET /v2/images): response is not valid JSON');
  });

  it('reports a schema mismatch with the first issue and its path', async () => {
    server = await startServer((_req, res) => json(res, 200, { images: [{ id: 'a' }, { id: 7 }] }));
    http = new HttpClient();
    const schema = z.looseObject({ images: z.array(z.looseObject({ id: z.string() })) });
    const e = await failure(
      http.request({ method: 'GET', baseUrl: server.url, path: '/v2/cloudimages', auth: tokenAuth(TOKEN), endpoint: 'ims-list-images', schema }),
    );
    expect(e.kind).toBe('malformed');
    expect(e.message).toMatch(/^ims-list-images \(GET \/v2\/cloudimages\): response does not match the documented shape: images\[1\]\.id: /);
  });

  it('treats an unexpected success status as malformed', async () => {
    server = await startServer((_req, res) => json(res, 200, { ok: true }));
    http = new HttpClient();
    const e = await failure(http.request({ method: 'POST', baseUrl: server.url, path: '/v2/images', json: {}, expect: [201], auth: tokenAuth(TOKEN) }));
    expect(e).toMatchObject({ kind: 'malformed', status: 200 });
  });
});

describe('timeouts and connection failures', () => {
  it('turns a missing response into a timeout error (headers timeout)', async () => {
    server = await startServer(() => {
      // Never answers.
    });
    http = new HttpClient({ headersTimeoutMs: 150, maxRetries: 0 });
    const e = await failure(http.request({ method: 'GET', baseUrl: server.url, path: '/v2/images', auth: tokenAuth(TOKEN) }));
    expect(e).toMatchObject({ kind: 'timeout', transportCode: 'UND_ERR_HEADERS_TIMEOUT' });
  });

  it('turns a stalled response body into a timeout error (body timeout)', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"ok":');
      // Never finishes the body.
    });
    http = new HttpClient({ bodyTimeoutMs: 150 });
    const e = await failure(http.request({ method: 'GET', baseUrl: server.url, path: '/x', auth: tokenAuth(TOKEN), schema: okSchema }));
    expect(e).toMatchObject({ kind: 'timeout', transportCode: 'UND_ERR_BODY_TIMEOUT' });
  });

  it("rejects with the caller's abort reason, not an UpstreamError", async () => {
    server = await startServer(() => {
      // Never answers.
    });
    http = new HttpClient();
    const controller = new AbortController();
    const pending = http.request({ method: 'GET', baseUrl: server.url, path: '/x', auth: tokenAuth(TOKEN), signal: controller.signal });
    await new Promise<void>((r) => {
      const wait = () => (server!.requests.length > 0 ? r() : setImmediate(wait));
      wait();
    });
    controller.abort(new Error('client went away'));
    await expect(pending).rejects.toThrow('client went away');
  });

  it('retries a GET after a connection reset, then succeeds', async () => {
    server = await startServer((req, res, _b, n) => {
      if (n === 0) req.socket.destroy();
      else json(res, 200, { ok: true });
    });
    const { sleep, delays } = recordingSleep();
    http = new HttpClient({ sleep });
    const res = await http.request({ method: 'GET', baseUrl: server.url, path: '/x', auth: tokenAuth(TOKEN), schema: okSchema });
    expect(res.data).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
    expect(delays).toHaveLength(1);
  });

  it('never retries a POST after a connection reset', async () => {
    server = await startServer((req) => {
      req.socket.destroy();
    });
    const { sleep } = recordingSleep();
    http = new HttpClient({ sleep });
    const e = await failure(http.request({ method: 'POST', baseUrl: server.url, path: '/x', json: { a: 1 }, auth: tokenAuth(TOKEN) }));
    expect(e.kind).toBe('network');
    expect(server.requests).toHaveLength(1);
  });

  it('reports a refused connection as a network error after the GET retries', async () => {
    const s = await startServer(() => undefined);
    const url = s.url;
    await s.close();
    const { sleep, delays } = recordingSleep();
    http = new HttpClient({ sleep, maxRetries: 2 });
    const e = await failure(http.request({ method: 'GET', url: `${url}/v2/images`, auth: tokenAuth(TOKEN) }));
    expect(e).toMatchObject({ kind: 'network', transportCode: 'ECONNREFUSED', path: '/v2/images' });
    expect(delays).toEqual([100, 200]);
  });
});

describe('retries', () => {
  it('retries a GET on 503 and returns the later success', async () => {
    server = await startServer((_req, res, _b, n) => (n < 2 ? json(res, 503, { error_code: 'X', error_msg: 'busy' }) : json(res, 200, { ok: true })));
    const { sleep, delays } = recordingSleep();
    http = new HttpClient({ sleep });
    const res = await http.request({ method: 'GET', baseUrl: server.url, path: '/x', auth: tokenAuth(TOKEN), schema: okSchema });
    expect(res.data.ok).toBe(true);
    expect(server.requests).toHaveLength(3);
    expect(delays).toEqual([100, 200]);
  });

  it('gives up on a GET after two retries', async () => {
    server = await startServer((_req, res) => json(res, 502, { error_code: 'X', error_msg: 'bad gateway' }));
    http = new HttpClient({ sleep: recordingSleep().sleep });
    const e = await failure(http.request({ method: 'GET', baseUrl: server.url, path: '/x', auth: tokenAuth(TOKEN) }));
    expect(e.status).toBe(502);
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry a POST on 503', async () => {
    server = await startServer((_req, res) => json(res, 503, { error: { code: 'IMG.0001', message: 'unavailable' } }));
    http = new HttpClient({ sleep: recordingSleep().sleep });
    const e = await failure(http.request({ method: 'POST', baseUrl: server.url, path: '/x', json: {}, auth: tokenAuth(TOKEN) }));
    expect(e).toMatchObject({ kind: 'http', status: 503, upstreamCode: 'IMG.0001' });
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry 429 and reports Retry-After', async () => {
    server = await startServer((_req, res) => json(res, 429, { error_code: 'APIGW.0308', error_msg: 'throttled' }, { 'retry-after': '7' }));
    http = new HttpClient({ sleep: recordingSleep().sleep });
    const e = await failure(http.request({ method: 'GET', baseUrl: server.url, path: '/x', auth: tokenAuth(TOKEN) }));
    expect(e).toMatchObject({ kind: 'http', status: 429, retryAfterMs: 7000, upstreamCode: 'APIGW.0308' });
    expect(server.requests).toHaveLength(1);
  });

  it('waits a short 503 Retry-After instead of the backoff, but not a long one', async () => {
    server = await startServer((_req, res, _b, n) =>
      n === 0 ? json(res, 503, {}, { 'retry-after': '1' }) : n === 1 ? json(res, 200, { ok: true }) : json(res, 503, {}, { 'retry-after': '60' }),
    );
    const { sleep, delays } = recordingSleep();
    http = new HttpClient({ sleep });
    await http.request({ method: 'GET', baseUrl: server.url, path: '/x', auth: tokenAuth(TOKEN), schema: okSchema });
    expect(delays).toEqual([1000]);
    const e = await failure(http.request({ method: 'GET', baseUrl: server.url, path: '/x', auth: tokenAuth(TOKEN) }));
    expect(e.retryAfterMs).toBe(60_000);
    expect(server.requests).toHaveLength(3);
  });

  it('parses Retry-After in seconds and as an HTTP date', () => {
    const now = Date.parse('2024-01-02T03:04:05Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Tue, 02 Jan 2024 03:04:35 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 02 Jan 2024 03:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('authorization', () => {
  function renewingAuth(tokens: string[], renewals: { count: number }, renewResult = true): AuthProvider {
    let current = 0;
    return {
      kind: 'service-account',
      async authorize() {
        return { 'x-auth-token': tokens[current]! };
      },
      async onUnauthorized() {
        renewals.count++;
        current = Math.min(current + 1, tokens.length - 1);
        return renewResult;
      },
    };
  }

  it('after a 401 asks the provider to renew and retries once with the new credential', async () => {
    server = await startServer((req, res) =>
      req.headers['x-auth-token'] === 'fresh-token-0123456789'
        ? json(res, 200, { ok: true })
        : json(res, 401, { error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information' }),
    );
    const renewals = { count: 0 };
    http = new HttpClient();
    const res = await http.request({
      method: 'POST',
      baseUrl: server.url,
      path: '/v1/cloudimages/members',
      json: { images: [] },
      auth: renewingAuth(['stale-token-0123456789', 'fresh-token-0123456789'], renewals),
      schema: okSchema,
    });
    expect(res.data.ok).toBe(true);
    expect(renewals.count).toBe(1);
    expect(server.requests.map((r) => r.headers['x-auth-token'])).toEqual(['stale-token-0123456789', 'fresh-token-0123456789']);
    expect(server.requests[1]!.body).toBe('{"images":[]}');
  });

  it('retries at most once when the renewed credential is rejected too', async () => {
    server = await startServer((_req, res) => json(res, 401, { error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information' }));
    const renewals = { count: 0 };
    http = new HttpClient();
    const e = await failure(
      http.request({ method: 'GET', baseUrl: server.url, path: '/x', auth: renewingAuth(['a-token-00000000', 'b-token-00000000'], renewals) }),
    );
    expect(e).toMatchObject({ status: 401, upstreamCode: 'APIGW.0301' });
    expect(renewals.count).toBe(1);
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry when the provider cannot renew', async () => {
    server = await startServer((_req, res) => json(res, 401, { error_code: 'APIGW.0301', error_msg: 'bad token' }));
    const renewals = { count: 0 };
    http = new HttpClient();
    const e = await failure(http.request({ method: 'GET', baseUrl: server.url, path: '/x', auth: renewingAuth(['t-000000000000'], renewals, false) }));
    expect(e).toMatchObject({ status: 401, upstreamCode: 'APIGW.0301' });
    expect(e.message).toContain('bad token');
    expect(server.requests).toHaveLength(1);
  });

  it('hands the provider the final URL, headers and buffered body', async () => {
    server = await startServer((_req, res) => json(res, 200, { ok: true }));
    const seen: unknown[] = [];
    http = new HttpClient();
    await http.request({
      method: 'PUT',
      baseUrl: server.url,
      path: '/v1/cloudimages/tags',
      query: { a: 'b c' },
      json: { image_id: 'x' },
      auth: {
        kind: 'aksk',
        async authorize(req) {
          seen.push({ method: req.method, url: req.url.toString(), ct: req.headers['content-type'], body: req.body, streaming: req.streamingBody });
          return { authorization: 'SDK-HMAC-SHA256 Access=AK, Signature=abc', 'x-sdk-date': '20240102T030405Z' };
        },
      },
    });
    expect(seen).toEqual([
      { method: 'PUT', url: `${server.url}/v1/cloudimages/tags?a=b+c`, ct: 'application/json', body: '{"image_id":"x"}', streaming: undefined },
    ]);
    expect(server.requests[0]!.headers.authorization).toBe('SDK-HMAC-SHA256 Access=AK, Signature=abc');
    expect(server.requests[0]!.url).toBe('/v1/cloudimages/tags?a=b+c');
  });

  it('never puts the token or the query string into an error message', async () => {
    server = await startServer((req, res) =>
      json(res, 401, { error_code: 'APIGW.0301', error_msg: `Incorrect IAM authentication information: token ${String(req.headers['x-auth-token'])} expired` }),
    );
    http = new HttpClient();
    const e = await failure(
      http.request({ method: 'GET', baseUrl: server.url, path: '/v2/images', query: { marker: 'secret-marker-value' }, auth: tokenAuth(TOKEN) }),
    );
    expect(e.message).not.toContain(TOKEN);
    expect(e.message).toContain('[redacted]');
    expect(e.message).not.toContain('secret-marker-value');
    expect(e.path).toBe('/v2/images');
    expect(JSON.stringify(e)).not.toContain(TOKEN);
  });
});

describe('bodies and connections', () => {
  it('sends a JSON body on DELETE (IMS DELETE /v1/cloudimages/members, Glance DELETE /v2/images/{image_id})', async () => {
    server = await startServer((_req, res) => json(res, 200, { job_id: 'j' }));
    http = new HttpClient();
    await http.request({ method: 'DELETE', baseUrl: server.url, path: '/v1/cloudimages/members', json: { images: ['i'], projects: ['p'] }, auth: tokenAuth(TOKEN) });
    expect(server.requests[0]).toMatchObject({ method: 'DELETE', body: '{"images":["i"],"projects":["p"]}' });
    expect(server.requests[0]!.headers['content-type']).toBe('application/json');
  });

  it('streams an upload body: the server sees the first chunk before the second is produced', async () => {
    let firstChunkArrived!: () => void;
    const firstChunkSeen = new Promise<void>((r) => (firstChunkArrived = r));
    let received = 0;
    server = await startServer(
      async (req, res) => {
        let chunks = 0;
        req.on('data', (c: Buffer) => {
          received += c.length;
          if (chunks++ === 0) firstChunkArrived();
        });
        await once(req, 'end');
        res.writeHead(204);
        res.end();
      },
      { raw: true },
    );
    const order: string[] = [];
    async function* file() {
      order.push('chunk1');
      yield new Uint8Array(64 * 1024).fill(1);
      // A client that buffered the body would wait here forever: the server only sees data that was sent.
      await firstChunkSeen;
      order.push('server-saw-chunk1');
      yield new Uint8Array(64 * 1024).fill(2);
      order.push('chunk2');
    }
    http = new HttpClient();
    const seen: { streaming?: boolean; body?: unknown }[] = [];
    await http.request({
      method: 'PUT',
      baseUrl: server.url,
      path: '/v2/images/i/file',
      body: file(),
      auth: {
        kind: 'passthrough',
        async authorize(req) {
          seen.push({ streaming: req.streamingBody, body: req.body });
          return { 'x-auth-token': TOKEN };
        },
      },
    });
    expect(order).toEqual(['chunk1', 'server-saw-chunk1', 'chunk2']);
    expect(received).toBe(128 * 1024);
    expect(seen).toEqual([{ streaming: true, body: undefined }]);
    expect(server.requests[0]!.headers['content-type']).toBe('application/octet-stream');
    expect(server.requests[0]!.headers['transfer-encoding']).toBe('chunked');
  });

  it('reuses one keep-alive connection per origin across requests', async () => {
    server = await startServer((_req, res) => json(res, 200, { ok: true }));
    http = new HttpClient();
    for (let i = 0; i < 6; i++) {
      await http.request({ method: 'GET', baseUrl: server.url, path: `/x/${i}`, auth: tokenAuth(TOKEN), schema: okSchema });
    }
    expect(server.requests).toHaveLength(6);
    // undici's pool may alternate between two idle sockets; without keep-alive there would be six.
    expect(server.connections()).toBeLessThanOrEqual(2);
  });

  it('keeps a base URL path prefix and repeats array query values', async () => {
    server = await startServer((_req, res) => json(res, 200, []));
    http = new HttpClient();
    await http.request({ method: 'GET', baseUrl: `${server.url}/ims/`, path: '/v1/cloudimages/os_version', query: { tag: ['bms', 'uefi'], none: undefined }, auth: tokenAuth(TOKEN) });
    expect(server.requests[0]!.url).toBe('/ims/v1/cloudimages/os_version?tag=bms&tag=uefi');
  });
});
