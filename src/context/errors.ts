/**
 * One table from upstream failures to stable gateway error codes (`extensions.code`), in the spirit of
 * openstacksdk's status-to-exception map. `extensions.upstream` keeps what the upstream said (HTTP
 * status, IMS code, request id) so an operator can find the call in the cloud's logs. Never a token.
 */
import { GraphQLError } from 'graphql';
import { UpstreamError } from '../upstream/http/errors';

/**
 * Every stable code a client can meet in `extensions.code` or `Error.code`, in one list the schema's
 * ErrorCode enum is built from. Codes raised by other parts of the gateway (limits, idempotency, deadlines)
 * are listed here too so the enum is complete whichever feature raises them.
 */
export const GATEWAY_ERROR_CODES = {
  BAD_USER_INPUT: 'The request broke a documented rule (extensions.issues says which argument and rule). Nothing was sent upstream, or the upstream refused it as invalid.',
  UNAUTHENTICATED: 'No token, or the token was rejected (expired, revoked, not project-scoped).',
  FORBIDDEN: 'Your project may not do this (e.g. change an image it does not own).',
  NOT_FOUND: 'The image, job or membership does not exist or is not visible to your project.',
  CONFLICT: 'The resource is not in a state that allows this, or the name is taken.',
  QUOTA_EXCEEDED: 'A quota was reached (private images, 10 tags per image…).',
  RATE_LIMITED: 'Too many requests (gateway limit or upstream flow control); retry later.',
  UNSUPPORTED_BY_UPSTREAM: 'The configured upstream cannot do this (e.g. an IMS-only operation on OpenStack).',
  UPSTREAM_TIMEOUT: 'The image service did not answer in time.',
  UPSTREAM_UNAVAILABLE: 'The image service could not be reached or is unavailable.',
  UPSTREAM_BAD_RESPONSE: 'The image service answered something the gateway could not read.',
  UPSTREAM_ERROR: 'The image service failed the request for another reason (see extensions.upstream).',
  UPSTREAM_BUDGET_EXCEEDED: 'The operation would need more upstream calls than one operation may make.',
  OPERATION_TOO_COMPLEX: 'The operation is too deep, too large or too costly.',
  DEADLINE_EXCEEDED: 'The operation did not finish within the gateway deadline.',
  OVERLOADED: 'The gateway is at its in-flight request limit (HTTP 503 with Retry-After); nothing was done.',
  UPLOAD_IDLE_TIMEOUT: 'The upload stalled (no data from the client for UPLOAD_IDLE_TIMEOUT_MS) and was ended.',
  OUTCOME_UNKNOWN: 'A job-starting mutation may or may not have taken effect; retry with the same idempotencyKey.',
  INTERNAL_SERVER_ERROR: 'Something unexpected went wrong in the gateway (details are logged, not returned).',
} as const;

export type GatewayErrorCode = keyof typeof GATEWAY_ERROR_CODES;

/** Codes the upstream-error table below can produce. */
export type UpstreamErrorCode =
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

/**
 * What the upstream said, for an operator (never for the message a person reads): which endpoint was called
 * how, its HTTP status, IMS code, request id, and its own words.
 */
export interface UpstreamErrorDetails {
  endpoint: string | null;
  method: string;
  path: string;
  status: number | null;
  code: string | null;
  requestId: string | null;
  /** The upstream's own message (its error body), or null when it sent none. */
  message: string | null;
  retryAfterMs: number | null;
}

/** IMS error codes (ENDPOINTS.md, "IMS error codes") whose meaning is better said by a specific gateway code than by BAD_USER_INPUT. */
const IMS_CODE_MAP: Record<string, UpstreamErrorCode> = {
  'IMG.0015': 'QUOTA_EXCEEDED', // private-image quota reached
  'IMG.0116': 'QUOTA_EXCEEDED', // more than 10 tags on an image
  'IMG.0027': 'NOT_FOUND',
  'IMG.0144': 'NOT_FOUND',
  'IMG.0009': 'CONFLICT', // image name already exists
  'IMG.0060': 'RATE_LIMITED', // flow control
};

export function classifyUpstreamError(err: UpstreamError): UpstreamErrorCode {
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
    endpoint: err.endpoint ?? null,
    method: err.method,
    path: err.path,
    status: err.status ?? null,
    code: err.upstreamCode ?? null,
    requestId: err.requestId ?? null,
    message: err.detail ?? null,
    retryAfterMs: err.retryAfterMs ?? null,
  };
}

/** What an upstream path is about, in words: "Image 0000…", "Job 4010…", or null when it is a collection. */
function subjectOf(path: string): string | null {
  const seg = '([^/]+)';
  let m = path.match(new RegExp(`^/v2/images/${seg}/members/${seg}`));
  if (m) return `The sharing of image ${m[1]} with project ${m[2]}`;
  m = path.match(new RegExp(`^/v1/${seg}/jobs/${seg}$`)) ?? path.match(new RegExp(`^/v1/cloudimages/job/${seg}$`));
  if (m) return `Job ${m.at(-1)}`;
  m =
    path.match(new RegExp(`^/v2/images/${seg}`)) ??
    path.match(new RegExp(`^/v1(?:\\.1)?/images/${seg}$`)) ??
    path.match(new RegExp(`^/v2/cloudimages/${seg}$`)) ??
    path.match(new RegExp(`^/v1/cloudimages/${seg}/(?:copy|cross_region_copy|file|upload)$`)) ??
    path.match(new RegExp(`^/v2/${seg}/images/${seg}/tags`));
  if (m && !['action', 'detail', 'resource_instances'].includes(m.at(-1)!)) return `Image ${decodeURIComponent(m.at(-1)!)}`;
  return null;
}

const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/**
 * The message a person reads: what went wrong with which image or job, in words, plus the upstream's own
 * explanation where it adds something (a rule, a quota). Endpoint ids, methods, paths, statuses and request ids
 * stay in extensions.upstream.
 */
export function humanMessage(err: UpstreamError, code: UpstreamErrorCode = classifyUpstreamError(err)): string {
  const subject = subjectOf(err.path);
  const whose = err.project ? `project ${err.project}` : 'your project';
  const said = err.detail ? ` The image service said: ${sentence(err.detail)}` : '';
  switch (code) {
    case 'NOT_FOUND':
      return `${subject ?? 'The requested resource'} does not exist or is not visible to ${whose}.`;
    case 'UNAUTHENTICATED':
      return 'The image service rejected the token (expired, revoked or not valid for this project).';
    case 'FORBIDDEN':
      return `${whose[0]!.toUpperCase()}${whose.slice(1)} may not do this${subject ? ` to ${subject[0]!.toLowerCase()}${subject.slice(1)}` : ''}.${said}`;
    case 'CONFLICT':
      return `${subject ?? 'The resource'} is not in a state that allows this, or the name is already taken.${said}`;
    case 'QUOTA_EXCEEDED':
      return `A quota was reached.${said}`;
    case 'BAD_USER_INPUT':
      return `The image service refused the request as invalid.${said}`;
    case 'RATE_LIMITED':
      return `The image service is rate-limiting requests; retry${err.retryAfterMs != null ? ` in ${Math.ceil(err.retryAfterMs / 1000)} s` : ' later'}.`;
    case 'UPSTREAM_TIMEOUT':
      return 'The image service did not answer in time; retry later.';
    case 'UPSTREAM_UNAVAILABLE':
      return 'The image service is unavailable; retry later.';
    case 'UPSTREAM_BAD_RESPONSE':
      return 'The image service sent a response the gateway could not read.';
    default:
      return `The image service failed the request.${said}`;
  }
}

/** Turn anything thrown by the upstream layer into a GraphQL error with a stable code. */
export function toGraphQLError(err: unknown, path?: readonly (string | number)[]): GraphQLError {
  if (err instanceof GraphQLError) return err;
  if (err instanceof UpstreamError) {
    const code = classifyUpstreamError(err);
    // RATE_LIMITED says when to come back at the top level, as the gateway's own RATE_LIMITED does.
    const retry = code === 'RATE_LIMITED' ? { retryAfterMs: err.retryAfterMs ?? 1000 } : {};
    return new GraphQLError(humanMessage(err, code), {
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
