/**
 * What the HTTP core asks before each upstream call it is about to send (every attempt, retries included),
 * so that per-operation budgets and per-project limits are enforced where the calls are made, whatever the
 * GraphQL layer above does. The upstream layer knows nothing of GraphQL: a gate refuses by throwing, and the
 * error it throws is what the caller gets.
 */
export interface UpstreamCall {
  method: string;
  /** Path only (no query string). */
  path: string;
  endpoint?: string;
  /** `upload` calls stream a request body of unknown duration. */
  purpose: 'default' | 'upload';
}

export interface CallGate {
  /**
   * Called before each attempt. Throws to refuse it (nothing is sent); may wait (e.g. for a concurrency slot),
   * giving up when `signal` aborts. Returns the function to call once the attempt is over.
   */
  admit(call: UpstreamCall, signal: AbortSignal | undefined): Promise<() => void> | (() => void);
  /** The upstream's answer status, so a gate can learn throttling (429 + Retry-After) for its tenant. */
  observe?(call: UpstreamCall, status: number, retryAfterMs: number | undefined): void;
}
