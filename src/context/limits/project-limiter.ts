/**
 * Fairness between tenants: per-project limits on upstream calls, so one project's flood (alias storms, many
 * sockets, stalled uploads) cannot take what another project's reads need.
 *
 * - concurrency: at most `maxConcurrentCalls` calls of one project in flight; more wait in that project's
 *   queue (FIFO, bounded), never in another's;
 * - rate: a token bucket per project (`callsPerSecond`, bursts up to `burst`); an empty bucket refuses at once
 *   with RATE_LIMITED and the time until the next token (`retryAfterMs`), rather than queueing without bound;
 * - upstream throttling: a 429 for a project closes that project's gate for its Retry-After; the others go on;
 * - uploads: at most `maxConcurrentUploads` per project and `maxConcurrentUploadsTotal` in all, refused beyond
 *   (an upload cannot wait in a queue while its client keeps sending).
 *
 * Behind an interface so that a shared store (Redis) can implement the same limits across replicas.
 */
import { GraphQLError } from 'graphql';

export interface ProjectLimiter {
  /** A slot for one upstream call of `project`: waits for concurrency, throws RATE_LIMITED. Returns its release. */
  acquire(project: string, kind: 'call' | 'upload', signal?: AbortSignal): Promise<() => void>;
  /** The upstream throttled `project` (429): refuse its calls for `retryAfterMs`. */
  throttled(project: string, retryAfterMs: number): void;
}

export interface ProjectLimits {
  maxConcurrentCalls: number;
  callsPerSecond: number;
  burst: number;
  maxConcurrentUploads: number;
  maxConcurrentUploadsTotal: number;
  /** Calls of one project allowed to wait for a concurrency slot (default 64 × maxConcurrentCalls). */
  maxQueued?: number;
  now?: () => number;
}

export function rateLimited(message: string, retryAfterMs: number, limit: string): GraphQLError {
  const ms = Math.max(1, Math.ceil(retryAfterMs));
  return new GraphQLError(`${message}; retry in ${ms} ms`, {
    extensions: { code: 'RATE_LIMITED', retryAfterMs: ms, limit },
  });
}

interface ProjectState {
  active: number;
  uploads: number;
  waiting: { resolve: () => void }[];
  tokens: number;
  refilledAt: number;
  blockedUntil: number;
}

/** The in-memory limiter (one process). */
export function inMemoryProjectLimiter(limits: ProjectLimits): ProjectLimiter {
  const now = limits.now ?? Date.now;
  const maxQueued = limits.maxQueued ?? limits.maxConcurrentCalls * 64;
  const projects = new Map<string, ProjectState>();
  let uploadsTotal = 0;

  function state(project: string): ProjectState {
    let s = projects.get(project);
    if (!s) {
      if (projects.size >= 10_000) sweep();
      s = { active: 0, uploads: 0, waiting: [], tokens: limits.burst, refilledAt: now(), blockedUntil: 0 };
      projects.set(project, s);
    }
    return s;
  }

  // Idle projects with a full bucket hold nothing worth keeping.
  function sweep() {
    for (const [k, s] of projects) {
      refill(s);
      if (s.active === 0 && s.uploads === 0 && s.waiting.length === 0 && s.tokens >= limits.burst && s.blockedUntil <= now()) projects.delete(k);
    }
  }

  function refill(s: ProjectState) {
    const t = now();
    s.tokens = Math.min(limits.burst, s.tokens + ((t - s.refilledAt) / 1000) * limits.callsPerSecond);
    s.refilledAt = t;
  }

  function takeToken(s: ProjectState) {
    const t = now();
    if (s.blockedUntil > t) throw rateLimited('The image service is throttling this project', s.blockedUntil - t, 'UPSTREAM_THROTTLED');
    refill(s);
    if (s.tokens < 1) {
      throw rateLimited(
        `This project is making more than ${limits.callsPerSecond} upstream calls per second (PROJECT_CALLS_PER_SECOND)`,
        ((1 - s.tokens) / limits.callsPerSecond) * 1000,
        'PROJECT_CALLS_PER_SECOND',
      );
    }
    s.tokens -= 1;
  }

  return {
    async acquire(project, kind, signal) {
      signal?.throwIfAborted();
      const s = state(project);
      if (kind === 'upload') {
        if (s.uploads >= limits.maxConcurrentUploads)
          throw rateLimited(`This project already has ${s.uploads} uploads in progress (PROJECT_MAX_CONCURRENT_UPLOADS)`, 1000, 'PROJECT_MAX_CONCURRENT_UPLOADS');
        if (uploadsTotal >= limits.maxConcurrentUploadsTotal)
          throw rateLimited(`The gateway already has ${uploadsTotal} uploads in progress (MAX_CONCURRENT_UPLOADS)`, 1000, 'MAX_CONCURRENT_UPLOADS');
        takeToken(s);
        s.uploads++;
        uploadsTotal++;
        let released = false;
        return () => {
          if (released) return;
          released = true;
          s.uploads--;
          uploadsTotal--;
        };
      }
      takeToken(s);
      if (s.active >= limits.maxConcurrentCalls) {
        if (s.waiting.length >= maxQueued)
          throw rateLimited(`This project has ${s.waiting.length} upstream calls waiting (PROJECT_MAX_CONCURRENT_CALLS)`, 1000, 'PROJECT_MAX_CONCURRENT_CALLS');
        await new Promise<void>((resolve, reject) => {
          const waiter = {
            resolve: () => {
              signal?.removeEventListener('abort', onAbort);
              resolve();
            },
          };
          const onAbort = () => {
            const i = s.waiting.indexOf(waiter);
            if (i >= 0) s.waiting.splice(i, 1);
            reject(signal!.reason);
          };
          signal?.addEventListener('abort', onAbort, { once: true });
          s.waiting.push(waiter);
        });
        // The slot was handed over by release(): `active` already counts this call.
      } else {
        s.active++;
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const next = s.waiting.shift();
        if (next) next.resolve();
        else s.active--;
      };
    },
    throttled(project, retryAfterMs) {
      const s = state(project);
      s.blockedUntil = Math.max(s.blockedUntil, now() + retryAfterMs);
    },
  };
}
