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

/** What a watch delivered, and the error it ended with (`undefined` when it completed). */
export async function outcome<T>(watch: Watch<T>): Promise<{ states: T[]; error: unknown }> {
  const states: T[] = [];
  try {
    for await (const value of watch) states.push(value);
  } catch (error) {
    return { states, error };
  }
  return { states, error: undefined };
}

/** An upstream refusal of one caller's credentials (401, or 403/404 once it lost access). */
export class Refused extends Error {
  constructor(readonly status: 401 | 403 | 404) {
    super(`${status} refused`);
  }
}

export const isRefusal = (error: unknown) => error instanceof Refused;
