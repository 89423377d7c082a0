import { UpstreamError, decodeErrorBody, parseRetryAfter, type UpstreamErrorKind } from './errors';

/**
 * How a failed call becomes an `UpstreamError`: an error answer (its body decoded), a transport failure (its
 * code named), a success the endpoint does not document. Every message names the call and never contains a
 * credential the call sent.
 */

/** Headers whose values are credentials: redacted from any message that might echo them. */
export const CREDENTIAL_HEADERS = new Set(['x-auth-token', 'x-subject-token', 'authorization', 'proxy-authorization', 'cookie']);
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

export interface ErrorContext {
  method: string;
  path: string;
  endpoint: string | undefined;
  /** Values to redact from every message. */
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

export function redact(message: string, ctx: ErrorContext): string {
  let out = message;
  for (const secret of ctx.secrets) {
    if (secret.length >= 4) out = out.split(secret).join('[redacted]');
    // Bearer-style values: the credential part alone may be echoed.
    const parts = secret.split(/[\s,=]+/).filter((p) => p.length >= 16);
    for (const p of parts) out = out.split(p).join('[redacted]');
  }
  return out;
}

/** An error answer: status, the upstream's code and message from its body, request id, Retry-After. */
export function httpError(
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

/** A success (or redirect) status the call did not expect. */
export function unexpectedStatusError(
  ctx: ErrorContext,
  status: number,
  expected: readonly number[] | undefined,
  requestId: string | undefined,
): UpstreamError {
  return malformedBodyError(ctx, status, requestId, `unexpected status ${status} (expected ${expected?.join('/') ?? '2xx'})`);
}

/** A success whose body is not what the endpoint documents. */
export function malformedBodyError(
  ctx: ErrorContext,
  status: number,
  requestId: string | undefined,
  why: string,
  cause?: unknown,
): UpstreamError {
  return new UpstreamError({
    ...errorBase(ctx),
    kind: 'malformed',
    status,
    ...(requestId !== undefined ? { requestId } : {}),
    message: redact(`${describe(ctx)}: ${why}`, ctx),
    ...(cause !== undefined ? { cause } : {}),
  });
}

/** The system or undici code of a transport failure, looking through Node's wrappers. */
export function errorCode(err: unknown): string | undefined {
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

/** No answer: a timeout (connect, headers, body) or a network failure, named in words. */
export function transportError(err: unknown, ctx: ErrorContext): UpstreamError {
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
