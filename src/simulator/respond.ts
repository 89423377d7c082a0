import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { Fault } from './control';
import { errorBody, type errorStyleForPath, type SimResponse } from './http';
import { sleep } from './util';

/**
 * How an answer goes on the wire: as is, or spoilt the way an injected fault asks (a slow body, a body cut in
 * half, no JSON at all, a status the handler never chose). Every answer carries the request id twice, as IMS does.
 */

function encode(response: SimResponse, requestId: string): { headers: Record<string, string>; payload: Buffer | undefined } {
  const headers: Record<string, string> = {
    'X-Request-Id': requestId,
    'X-Openstack-Request-Id': requestId,
    ...response.headers,
  };
  let payload: Buffer | undefined;
  if (response.body !== undefined) {
    if (response.raw) payload = Buffer.isBuffer(response.body) ? response.body : Buffer.from(String(response.body));
    else {
      payload = Buffer.from(JSON.stringify(response.body));
      headers['Content-Type'] ??= 'application/json; charset=UTF-8';
    }
  }
  headers['Content-Length'] = String(payload?.length ?? 0);
  return { headers, payload };
}

export function writeResponse(req: IncomingMessage, res: ServerResponse, response: SimResponse, requestId: string): void {
  if (res.destroyed) {
    response.stream?.destroy();
    return;
  }
  if (response.stream) {
    res.writeHead(response.status, { 'X-Request-Id': requestId, 'X-Openstack-Request-Id': requestId, ...response.headers });
    // Streamed from the store: neither the file nor the download is ever held in memory.
    pipeline(response.stream, res).catch(() => res.destroy());
    return;
  }
  const { headers, payload } = encode(response, requestId);
  res.writeHead(response.status, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

/** Headers at once, then the real body in up to ten pieces with `delayMs` between them. */
export async function writeSlow(req: IncomingMessage, res: ServerResponse, response: SimResponse, requestId: string, delayMs: number): Promise<void> {
  const { headers, payload } = encode(response, requestId);
  res.writeHead(response.status, headers);
  res.flushHeaders();
  if (!payload || req.method === 'HEAD') {
    await sleep(delayMs);
    if (!res.destroyed) res.end();
    return;
  }
  const pieces = Math.min(10, payload.length);
  const size = Math.ceil(payload.length / pieces);
  for (let off = 0; off < payload.length; off += size) {
    await sleep(delayMs);
    if (res.destroyed) return;
    res.write(payload.subarray(off, off + size));
  }
  if (!res.destroyed) res.end();
}

/** 200 with a body that is no JSON at all: what an intermediary's error page in place of the answer looks like. */
export function writeGarbage(res: ServerResponse, requestId: string): void {
  if (res.destroyed) return;
  writeBroken200(res, requestId, Buffer.from('<html><body>502 Bad Gateway</body></html>\x00\xff'));
}

/** 200 with JSON cut in half: what a proxy that drops a connection mid-body produces. */
export function writeMalformed(res: ServerResponse, response: SimResponse, requestId: string): void {
  if (res.destroyed) return;
  const text = response.body === undefined || response.raw ? '{"error":' : JSON.stringify(response.body);
  let cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  if (cut === text) cut = text.slice(0, -1) || '{';
  writeBroken200(res, requestId, Buffer.from(cut));
}

/** A 200 that says JSON and carries `payload` instead (the two faults above). */
function writeBroken200(res: ServerResponse, requestId: string, payload: Buffer): void {
  res.writeHead(200, {
    'X-Request-Id': requestId,
    'X-Openstack-Request-Id': requestId,
    'Content-Type': 'application/json; charset=UTF-8',
    'Content-Length': String(payload.length),
  });
  res.end(payload);
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * The answer of a `status` fault. 429 is the API gateway's throttling answer (APIGW.0308, flat, with
 * request_id); other statuses use the path's error style with IMG.0061 (5xx) or IMG.0001 (4xx).
 */
export function faultResponse(fault: Fault, style: ReturnType<typeof errorStyleForPath>, requestId: string): SimResponse {
  const status = fault.status ?? 503;
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined) headers['Retry-After'] = String(Math.ceil(fault.retryAfter));
  if (fault.body !== undefined) {
    return typeof fault.body === 'string' ? { status, headers, body: fault.body, raw: true } : { status, headers, body: fault.body };
  }
  const reason = REASONS[status] ?? 'Error';
  if (status === 429) {
    return {
      status,
      headers,
      body: { error_code: 'APIGW.0308', error_msg: 'The throttling threshold has been reached: policy user over ratelimit', request_id: requestId },
    };
  }
  if (status === 401) {
    return { status, headers, body: { error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information: token expired', request_id: requestId } };
  }
  const code = status >= 500 ? 'IMG.0061' : 'IMG.0001';
  return { status, headers, body: errorBody(style, code, `${reason} (injected fault ${fault.id}).`) };
}
