import { errorCode } from './failure';

/**
 * Whether a failed attempt is tried again, and after how long. Only requests that can be sent again unchanged
 * and have no effect the second time are retried (GET/HEAD without a streaming body), and only after a failure
 * that says nothing about the request itself: a dropped connection, or a 502/503/504.
 */

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** First backoff delay; doubles per retry. */
  retryBaseDelayMs: number;
  /** A 503's Retry-After longer than this is not waited for. */
  maxRetryDelayMs: number;
}

export type AttemptFailure =
  | { kind: 'transport'; error: unknown }
  | { kind: 'status'; status: number; retryAfterMs: number | undefined };

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

/** Milliseconds to wait before the next attempt, or undefined when the failure is final. */
export function retryDelay(
  policy: RetryPolicy,
  request: { idempotent: boolean; replayable: boolean },
  retriesSoFar: number,
  failure: AttemptFailure,
): number | undefined {
  if (!request.idempotent || !request.replayable || retriesSoFar >= policy.maxRetries) return undefined;
  const backoff = policy.retryBaseDelayMs * 2 ** retriesSoFar;
  if (failure.kind === 'transport') {
    const code = errorCode(failure.error);
    return code !== undefined && RETRYABLE_NETWORK_CODES.has(code) ? backoff : undefined;
  }
  if (!RETRYABLE_STATUSES.has(failure.status)) return undefined;
  // The upstream's own estimate wins over the backoff; one longer than we are willing to wait ends the call, and
  // the error carries it for the caller.
  const delay = failure.retryAfterMs ?? backoff;
  return delay <= policy.maxRetryDelayMs ? delay : undefined;
}
