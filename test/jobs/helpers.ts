import { vi } from 'vitest';
import type { JobSubscriber, Watch } from '../../src/jobs';

export interface JobState {
  status: 'INIT' | 'RUNNING' | 'SUCCESS' | 'FAIL';
  progress: number;
}

export const isTerminal = (job: JobState) => job.status === 'SUCCESS' || job.status === 'FAIL';

/** A stand-in for one upstream job: counts reads (at fake time) and answers its current state, or fails. */
export class FakeJob {
  readonly readsAt: number[] = [];
  failure: (() => unknown) | undefined;

  constructor(public state: JobState) {}

  /** A watcher's own fetch, as the GraphQL layer would bind it to that watcher's token. */
  subscriber(): JobSubscriber<JobState> & { fetch: ReturnType<typeof vi.fn<(signal: AbortSignal) => Promise<JobState>>> } {
    return {
      fetch: vi.fn(async (_signal: AbortSignal) => {
        this.readsAt.push(Date.now());
        if (this.failure) throw this.failure();
        return structuredClone(this.state);
      }),
    };
  }
}

export function collect<T>(watch: Watch<T>): Promise<T[]> {
  return (async () => {
    const seen: T[] = [];
    for await (const value of watch) seen.push(value);
    return seen;
  })();
}

/** Settles pending promises without moving fake time. */
export const settle = () => vi.advanceTimersByTimeAsync(0);

export class RateLimited extends Error {
  constructor(readonly retryAfterMs: number) {
    super('429 Too Many Requests');
  }
}
