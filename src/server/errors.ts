/**
 * One table from upstream failures to stable gateway error codes (`extensions.code`), in the spirit of
 * openstacksdk's status-to-exception map. `extensions.upstream` keeps what the upstream said (HTTP
 * status, IMS code, request id) so an operator can find the call in the cloud's logs. Never a token.
 */
import { GraphQLError } from 'graphql';
import { UpstreamError } from '../upstream/http/errors';

export type GatewayErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'QUOTA_EXCEEDED'
  | 'RATE_LIMITED'
  | 'UNSUPPORTED_BY_UPSTREAM'
  | 'UPSTREAM_TIMEOUT'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_BAD_RESPONSE'
  | 'UPSTREAM_ERROR'
  | 'OUTCOME_UNKNOWN';

export interface UpstreamErrorDetails {
  status: number | null;
  code: string | null;
  requestId: string | null;
  message: string;
  retryAfterMs: number | null;
}

/** IMS codes (§C.11) whose meaning is better said by a specific gateway code than by BAD_USER_INPUT. */
const IMS_CODE_MAP: Record<string, GatewayErrorCode> = {
  'IMG.0015': 'QUOTA_EXCEEDED', // private-image quota reached
  'IMG.0116': 'QUOTA_EXCEEDED', // more than 10 tags on an image
  'IMG.0027': 'NOT_FOUND',
  'IMG.0144': 'NOT_FOUND',
  'IMG.0009': 'CONFLICT', // image name already exists
  'IMG.0060': 'RATE_LIMITED', // flow control
};

export function classifyUpstreamError(err: UpstreamError): GatewayErrorCode {
  if (err.kind === 'timeout') return 'UPSTREAM_TIMEOUT';
  if (err.kind === 'network') return 'UPSTREAM_UNAVAILABLE';
  if (err.kind === 'malformed') return 'UPSTREAM_BAD_RESPONSE';
  const mapped = err.upstreamCode ? IMS_CODE_MAP[err.upstreamCode] : undefined;
  if (mapped) return mapped;
  switch (err.status) {
    case 400:
      return 'BAD_USER_INPUT';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'BAD_USER_INPUT';
    case 429:
      return 'RATE_LIMITED';
    case 408:
    case 504:
      return 'UPSTREAM_TIMEOUT';
    case 502:
    case 503:
      return 'UPSTREAM_UNAVAILABLE';
    default:
      return 'UPSTREAM_ERROR';
  }
}

export function upstreamDetails(err: UpstreamError): UpstreamErrorDetails {
  return {
    status: err.status ?? null,
    code: err.upstreamCode ?? null,
    requestId: err.requestId ?? null,
    message: err.message,
    retryAfterMs: err.retryAfterMs ?? null,
  };
}

const HUMAN: Partial<Record<GatewayErrorCode, string>> = {
  UPSTREAM_TIMEOUT: 'The image service did not answer in time',
  UPSTREAM_UNAVAILABLE: 'The image service is unavailable',
  UPSTREAM_BAD_RESPONSE: 'The image service sent a response the gateway could not read',
  RATE_LIMITED: 'The image service is rate-limiting requests; retry later',
};

/** Turn anything thrown by the upstream layer into a GraphQL error with a stable code. */
export function toGraphQLError(err: unknown, path?: readonly (string | number)[]): GraphQLError {
  if (err instanceof GraphQLError) return err;
  if (err instanceof UpstreamError) {
    const code = classifyUpstreamError(err);
    const prefix = HUMAN[code];
    const message = prefix ? `${prefix}: ${err.message}` : err.message;
    // RATE_LIMITED says when to come back at the top level, as the gateway's own RATE_LIMITED does.
    const retry = code === 'RATE_LIMITED' ? { retryAfterMs: err.retryAfterMs ?? 1000 } : {};
    return new GraphQLError(message, {
      path,
      originalError: err,
      extensions: { code, ...retry, upstream: upstreamDetails(err) },
    });
  }
  // Anything else is unexpected: yoga masks it (the message never reaches the client).
  throw err;
}

/** Errors the gateway raises on purpose without being GraphQLErrors (typed mutation errors used in queries). */
interface CodedError extends Error {
  code: string;
  upstream: UpstreamErrorDetails | null;
}
function isCodedError(e: unknown): e is CodedError {
  return e instanceof Error && typeof (e as CodedError).code === 'string' && 'upstream' in e;
}

/**
 * yoga's maskError hook: upstream failures and coded gateway errors keep their meaning (code, upstream
 * details, path); anything else returns undefined and is masked.
 */
export function translateError(error: unknown): GraphQLError | undefined {
  const wrapper = error instanceof GraphQLError ? error : undefined;
  const original = wrapper?.originalError ?? error;
  if (original instanceof GraphQLError && original !== wrapper) {
    return new GraphQLError(original.message, {
      nodes: wrapper?.nodes,
      path: wrapper?.path,
      extensions: original.extensions,
      originalError: original.originalError ?? undefined,
    });
  }
  if (original instanceof UpstreamError) {
    const e = toGraphQLError(original, wrapper?.path);
    return new GraphQLError(e.message, { nodes: wrapper?.nodes, path: wrapper?.path, extensions: e.extensions });
  }
  if (isCodedError(original)) {
    return new GraphQLError(original.message, {
      nodes: wrapper?.nodes,
      path: wrapper?.path,
      extensions: { code: original.code, ...(original.upstream ? { upstream: original.upstream } : {}) },
    });
  }
  return undefined;
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
