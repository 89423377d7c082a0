/**
 * The one error type of the upstream layer, and the decoding of upstream error bodies: Huawei Cloud's
 * `{error_code, error_msg}`, IMS's nested `{error: {code, message}}`, and the XML native OpenStack APIs answer
 * with when an IAM policy denies a call (ENDPOINTS.md, "Error response bodies").
 *
 * `kind` is the stable discriminator callers switch on:
 * - `http`: the upstream answered with an error status (`status`, usually `upstreamCode` such as IMG.0027);
 * - `timeout`: connect, headers or body timeout;
 * - `network`: connection refused/reset, socket closed, DNS, TLS;
 * - `malformed`: a success status whose body is not what the endpoint documents (bad JSON, schema mismatch).
 *
 * Messages never contain headers, query strings or credentials: the HTTP core redacts every credential it sent
 * before building one.
 */
export type UpstreamErrorKind = 'http' | 'timeout' | 'network' | 'malformed';

export interface UpstreamErrorInit {
  kind: UpstreamErrorKind;
  message: string;
  method: string;
  /** Path only, never the query string. */
  path: string;
  /** Endpoint id (endpoints.json) when known, e.g. `glance-get-image`. */
  endpoint?: string;
  status?: number;
  upstreamCode?: string;
  requestId?: string;
  retryAfterMs?: number;
  /** Short transport code for timeouts/network errors (e.g. `UND_ERR_HEADERS_TIMEOUT`, `ECONNRESET`). */
  transportCode?: string;
  /** The upstream's own words from its error body (redacted), without the endpoint/method/status prefix. */
  detail?: string;
  cause?: unknown;
}

export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';
  readonly kind: UpstreamErrorKind;
  readonly status?: number;
  readonly upstreamCode?: string;
  readonly requestId?: string;
  readonly retryAfterMs?: number;
  readonly method: string;
  readonly path: string;
  readonly endpoint?: string;
  readonly transportCode?: string;
  readonly detail?: string;
  /**
   * Name (or id) of the project the call was made for, set by the caller's clients (not by the HTTP core,
   * which knows no sessions) so that messages can say whose view of the cloud it was.
   */
  project?: string;

  constructor(init: UpstreamErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.method = init.method;
    this.path = init.path;
    if (init.endpoint !== undefined) this.endpoint = init.endpoint;
    if (init.status !== undefined) this.status = init.status;
    if (init.upstreamCode !== undefined) this.upstreamCode = init.upstreamCode;
    if (init.requestId !== undefined) this.requestId = init.requestId;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    if (init.transportCode !== undefined) this.transportCode = init.transportCode;
    if (init.detail !== undefined) this.detail = init.detail;
  }

  /** Safe to log: no cause chain, no headers. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      kind: this.kind,
      message: this.message,
      method: this.method,
      path: this.path,
      endpoint: this.endpoint,
      status: this.status,
      upstreamCode: this.upstreamCode,
      requestId: this.requestId,
      retryAfterMs: this.retryAfterMs,
      transportCode: this.transportCode,
    };
  }
}

export function isUpstreamError(e: unknown): e is UpstreamError {
  return e instanceof UpstreamError;
}

// ---------------------------------------------------------------------------------------------------------------
// Error bodies

export interface DecodedErrorBody {
  upstreamCode?: string;
  message?: string;
  /** Some flat bodies (API Gateway) carry the request id too. */
  requestId?: string;
}

const MAX_MESSAGE_LENGTH = 500;

/**
 * Decodes every error body format upstreams use: flat `{error_code, error_msg}` (Huawei generic, API Gateway,
 * Glance-native in the simulator), nested `{error: {code, message}}` (IMS appendix B; Keystone, whose `code` is a
 * number and is then not an upstream code), `{message}` / `{faultstring}`, XML (fine-grained IAM denials on
 * native OpenStack APIs), HTML (real Glance: `<h1>404 Not Found</h1>…`), plain text, and empty bodies.
 */
export function decodeErrorBody(text: string, contentType?: string): DecodedErrorBody {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  const looksJson = trimmed.startsWith('{') || trimmed.startsWith('[') || /json/i.test(contentType ?? '');
  if (looksJson) {
    try {
      return decodeJsonError(JSON.parse(trimmed));
    } catch {
      // Not JSON after all: fall through to text.
    }
  }
  if (trimmed.startsWith('<')) return decodeMarkupError(trimmed);
  return { message: clip(collapse(trimmed)) };
}

function decodeJsonError(body: unknown): DecodedErrorBody {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return typeof body === 'string' ? { message: clip(collapse(body)) } : {};
  }
  const o = body as Record<string, unknown>;
  const out: DecodedErrorBody = {};
  const nested = typeof o.error === 'object' && o.error !== null ? (o.error as Record<string, unknown>) : undefined;
  const code = str(o.error_code) ?? str(nested?.code) ?? str(o.code);
  const message =
    str(o.error_msg) ??
    str(nested?.message) ??
    str(nested?.title) ??
    (typeof o.error === 'string' ? o.error : undefined) ??
    str(o.message) ??
    str(o.faultstring) ??
    str(o.error_description);
  if (code !== undefined) out.upstreamCode = code;
  if (message !== undefined) out.message = clip(collapse(message));
  const requestId = str(o.request_id);
  if (requestId !== undefined) out.requestId = requestId;
  return out;
}

function decodeMarkupError(markup: string): DecodedErrorBody {
  const out: DecodedErrorBody = {};
  const code = tagText(markup, 'code') ?? tagText(markup, 'error_code');
  if (code !== undefined && /^[A-Za-z][\w.-]*$/.test(code)) out.upstreamCode = code;
  const message = tagText(markup, 'message') ?? tagText(markup, 'error_msg') ?? tagText(markup, 'msg');
  if (message !== undefined) {
    out.message = clip(collapse(message));
    return out;
  }
  const withoutHead = markup
    .replace(/<\?xml[^>]*\?>/gi, ' ')
    .replace(/<head[\s\S]*?<\/head>/gi, ' ')
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ');
  const textOnly = decodeEntities(withoutHead.replace(/<[^>]+>/g, ' '));
  const collapsed = collapse(textOnly);
  if (collapsed !== '') {
    out.message = clip(collapsed);
  } else {
    const title = tagText(markup, 'title');
    if (title !== undefined) out.message = clip(collapse(title));
  }
  return out;
}

function tagText(markup: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'i').exec(markup);
  if (!m) return undefined;
  const inner = m[1]!.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1').replace(/<[^>]+>/g, ' ');
  const text = collapse(decodeEntities(inner));
  return text === '' ? undefined : text;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function clip(s: string): string {
  return s.length > MAX_MESSAGE_LENGTH ? `${s.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : s;
}

// ---------------------------------------------------------------------------------------------------------------
// Retry-After

/** `Retry-After` as milliseconds from `nowMs`: delta seconds or an HTTP date (past dates give 0). */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (v === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

// ---------------------------------------------------------------------------------------------------------------
// Non-idempotent requests

/** Failures that happen before a request can have reached the upstream's handler. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/**
 * Whether the upstream may have acted on a request that failed this way: the request was (or may have been) sent
 * and its answer was lost (timeout after connecting, reset, malformed success body, a proxy's 504). A real error
 * answer (4xx/5xx other than 504) or a failure to connect means the upstream did nothing.
 */
export function outcomeUnknown(err: UpstreamError): boolean {
  switch (err.kind) {
    case 'malformed':
      return true;
    case 'timeout':
    case 'network':
      return !(err.transportCode !== undefined && NOT_SENT_CODES.has(err.transportCode));
    case 'http':
      return err.status === 504;
  }
}
