/**
 * One operation's share of the upstream: its signal (the client leaving, or the deadline), its budget of
 * upstream calls, and the gate that the HTTP core consults before each call it makes for the operation.
 *
 * Budget: every upstream HTTP request counts, retries included, so `MAX_UPSTREAM_CALLS_PER_OPERATION` is the
 * most the upstream can see from one operation, whatever its shape (the static limits cannot see fan-outs that
 * depend on data, e.g. one call per image of a page). Call n+1 is refused before it is sent. For a subscription,
 * the subscribe phase (authorisation, first state) has one budget and each event another: the counter starts
 * again after each event is delivered, so a long-lived subscription is not cut off by its age. The shared job
 * polls are not billed to any one subscriber.
 */
import { setMaxListeners } from 'node:events';
import { GraphQLError } from 'graphql';
import type { CallGate, UpstreamCall } from '../../upstream/http/gate';
import type { ProjectLimiter } from './project-limiter';

export interface ScopeLimits {
  maxUpstreamCallsPerOperation: number;
  requestDeadlineMs: number;
}

export function budgetExceeded(max: number): GraphQLError {
  return new GraphQLError(
    `This operation needs more than ${max} upstream calls, the most one operation may make (MAX_UPSTREAM_CALLS_PER_OPERATION=${max}). Ask for fewer items per operation.`,
    { extensions: { code: 'UPSTREAM_BUDGET_EXCEEDED', max } },
  );
}

export function deadlineExceeded(ms: number): GraphQLError {
  return new GraphQLError(`The operation did not finish within its deadline (REQUEST_DEADLINE_MS=${ms}); what had not answered was cancelled.`, {
    extensions: { code: 'DEADLINE_EXCEEDED', deadlineMs: ms, http: { status: 504 } },
  });
}

export function clientClosed(): GraphQLError {
  return new GraphQLError('The client closed the request', { extensions: { code: 'CLIENT_CLOSED_REQUEST' } });
}

/**
 * Where an operation learns that its client has gone: an AbortSignal (a websocket's, a `Request`'s), or a Node
 * HTTP response that closed before it finished. The latter spares every HTTP request the `Request.signal` that
 * whatwg-node would build for it (an AbortController and its listeners, ~2 % of `image(id:)` throughput).
 */
export type ClientDeparture = AbortSignal | { once(event: 'close', fn: () => void): unknown; off(event: 'close', fn: () => void): unknown; readonly writableFinished: boolean };

function onDeparture(parent: ClientDeparture, gone: () => void): () => void {
  if (parent instanceof AbortSignal) {
    if (parent.aborted) gone();
    parent.addEventListener('abort', gone, { once: true });
    return () => parent.removeEventListener('abort', gone);
  }
  const closed = () => {
    if (!parent.writableFinished) gone();
  };
  parent.once('close', closed);
  return () => parent.off('close', closed);
}

export class OperationScope {
  private readonly controller = new AbortController();
  private calls = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly unlink: () => void;
  /** Uploads have no overall deadline (see scope-plugin.ts). */
  isUpload = false;

  constructor(
    private readonly limits: ScopeLimits,
    private readonly limiter: ProjectLimiter,
    /** Tells when the client disconnects. */
    parent?: ClientDeparture,
  ) {
    // Every upstream call of the operation (and every call waiting for a slot) listens: one operation may make
    // up to MAX_UPSTREAM_CALLS_PER_OPERATION of them, well past node's leak warning at 10.
    setMaxListeners(0, this.controller.signal);
    this.unlink = parent ? onDeparture(parent, () => this.controller.abort(clientClosed())) : () => {};
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** A subscription event was delivered: the next one has a fresh budget. */
  resetBudget(): void {
    this.calls = 0;
  }

  /** Starts the overall deadline; resolves with its error when it passes (after aborting what is pending). */
  startDeadline(): Promise<GraphQLError> {
    const ms = this.limits.requestDeadlineMs;
    return new Promise((resolve) => {
      this.timer = setTimeout(() => {
        const e = deadlineExceeded(ms);
        this.controller.abort(e);
        resolve(e);
      }, ms);
      this.timer.unref?.();
    });
  }

  /** The operation is over: its timer and its link to the request go. */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.unlink();
  }

  /** The gate for calls made for `project` on this operation's behalf. */
  gate(project: string): CallGate {
    return {
      admit: async (call: UpstreamCall, signal: AbortSignal | undefined) => {
        const max = this.limits.maxUpstreamCallsPerOperation;
        if (this.calls >= max) throw budgetExceeded(max);
        // Reserved before any wait, so concurrent calls cannot overshoot the budget together.
        this.calls++;
        try {
          return await this.limiter.acquire(project, call.purpose === 'upload' ? 'upload' : 'call', signal);
        } catch (e) {
          this.calls--;
          throw e;
        }
      },
      observe: (_call, status, retryAfterMs) => {
        if (status === 429) this.limiter.throttled(project, retryAfterMs ?? 1000);
      },
    };
  }
}
