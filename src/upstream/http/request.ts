import { Readable } from 'node:stream';
import type { AuthProvider, OutgoingRequest } from '../auth/types';
import { CREDENTIAL_HEADERS, type ErrorContext } from './failure';
import type { CallGate, UpstreamCall } from './gate';

/**
 * What a caller asks of the HTTP core, and the first step of a call: the URL, headers and body it sends on
 * every attempt, and the credentials each attempt adds.
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
  /** The operation the call is made for, handed to the observer (request id, span, counts); opaque to the core. */
  trace?: CallTrace;
  /** `upload` requests use their own connection pool, so stalled uploads never hold the connections reads need. */
  purpose?: 'default' | 'upload';
  /** Endpoint id for messages and logs, e.g. `glance-get-image`. */
  endpoint?: string;
  /** Success bodies are handed back unread as `data` (a Readable): downloads stream through, never buffered. */
  streamResponse?: boolean;
}

/**
 * Whatever the HTTP observer (server/ops) needs to know of the operation a call serves: passed along with the call,
 * explicitly, from the per-operation context down to the core, which never looks inside.
 */
export type CallTrace = object;

export interface HttpResponse<T> {
  status: number;
  /** Lower-case names; repeated headers joined with `, `. */
  headers: Record<string, string>;
  data: T;
  requestId?: string;
}

/** A request as every attempt sends it, before credentials. */
export interface PreparedRequest {
  method: HttpMethod;
  url: URL;
  purpose: 'default' | 'upload';
  /** What the gate sees. */
  call: UpstreamCall;
  /** What error messages name, and the credential values they must never contain (grows as attempts add some). */
  ctx: ErrorContext;
  /** Lower-case names. */
  headers: Record<string, string>;
  buffered: string | Uint8Array | undefined;
  stream: StreamingBody | undefined;
  /** A stream can be sent once only: such requests are never retried. */
  replayable: boolean;
  idempotent: boolean;
}

export function buildUrl(req: Pick<HttpRequest, 'url' | 'baseUrl' | 'path' | 'query'>): URL {
  let url: URL;
  if (req.url !== undefined) {
    url = new URL(String(req.url));
  } else if (req.baseUrl !== undefined) {
    const path = req.path ?? '/';
    const absolute = path.startsWith('/') ? path : `/${path}`;
    // One parse of the whole URL (its base's prefix kept parsed); a path with `?` or `#` in it goes through the
    // pathname setter, which escapes them instead of reading a query or a fragment.
    if (absolute.includes('?') || absolute.includes('#')) {
      url = new URL(String(req.baseUrl));
      url.pathname = `${url.pathname.replace(/\/+$/, '')}${absolute}`;
      url.search = '';
      url.hash = '';
    } else {
      url = new URL(`${basePrefix(String(req.baseUrl))}${absolute}`);
    }
  } else {
    throw new Error('request needs url or baseUrl');
  }
  if (req.query) {
    for (const [key, value] of Object.entries(req.query)) {
      if (value === undefined || value === null) continue;
      if (Array.isArray(value)) for (const v of value) url.searchParams.append(key, String(v));
      else url.searchParams.append(key, String(value));
    }
  }
  return url;
}

/** A base URL without its query, fragment and trailing slashes, parsed once per base (a gateway has a handful). */
const basePrefixes = new Map<string, string>();
function basePrefix(baseUrl: string): string {
  let prefix = basePrefixes.get(baseUrl);
  if (prefix === undefined) {
    const url = new URL(baseUrl);
    url.search = '';
    url.hash = '';
    url.pathname = url.pathname.replace(/\/+$/, '');
    prefix = url.href.replace(/\/+$/, '');
    if (basePrefixes.size >= 256) basePrefixes.clear();
    basePrefixes.set(baseUrl, prefix);
  }
  return prefix;
}

/** Headers (the observer's, then the caller's, over the defaults) and body, fixed for every attempt. */
export function prepareRequest(
  req: HttpRequest,
  url: URL,
  defaults: { userAgent: string; headers?: Record<string, string> | undefined },
): PreparedRequest {
  const method = req.method;
  const purpose = req.purpose ?? 'default';
  const call: UpstreamCall = { method, path: url.pathname, purpose, ...(req.endpoint !== undefined ? { endpoint: req.endpoint } : {}) };
  const ctx: ErrorContext = { method, path: url.pathname, endpoint: req.endpoint, secrets: [] };

  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': defaults.userAgent };
  for (const [k, v] of Object.entries({ ...defaults.headers, ...req.headers })) headers[k.toLowerCase()] = v;

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

  return {
    method,
    url,
    purpose,
    call,
    ctx,
    headers,
    buffered,
    stream,
    replayable: stream === undefined,
    idempotent: method === 'GET' || method === 'HEAD',
  };
}

/**
 * One attempt's credentials: the provider sees the request as it will be sent. Returns the headers to send and
 * the provider's own (handed back to it on a 401); every value it added is redacted from messages from now on.
 */
export async function authorize(
  auth: AuthProvider,
  prep: PreparedRequest,
): Promise<{ sent: Record<string, string>; authHeaders: Record<string, string> }> {
  const outgoing: OutgoingRequest = { method: prep.method, url: prep.url, headers: { ...prep.headers } };
  if (prep.buffered !== undefined) outgoing.body = prep.buffered;
  if (prep.stream !== undefined) outgoing.streamingBody = true;
  const authHeaders = await auth.authorize(outgoing);
  const sent: Record<string, string> = { ...prep.headers };
  for (const [k, v] of Object.entries(authHeaders)) {
    sent[k.toLowerCase()] = v;
    // Whatever a provider adds is a credential or derived from one.
    if (v.length >= 8) prep.ctx.secrets.push(v);
  }
  return { sent, authHeaders };
}

/** The body as undici sends it. */
export function bodyOf(prep: PreparedRequest): string | Uint8Array | Readable | undefined {
  if (prep.buffered !== undefined) return prep.buffered;
  if (prep.stream === undefined) return undefined;
  return prep.stream instanceof Readable ? prep.stream : Readable.from(prep.stream, { objectMode: false });
}
