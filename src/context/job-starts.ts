/** The gateway's idempotency keys for job starts: in memory, one per process. */
import type { Config } from '../config';
import { JobStarts, MemoryIdempotencyStore, type IdempotencyStore } from '../jobs/idempotency';

export function createJobStarts(config: Config, store: IdempotencyStore = new MemoryIdempotencyStore()): JobStarts {
  const { connectTimeoutMs, headersTimeoutMs, bodyTimeoutMs } = config.http;
  return new JobStarts({
    store,
    ttlMs: config.idempotencyTtlMs,
    // A first call on another process cannot take longer than one job-starting request.
    maxWaitMs: connectTimeoutMs + headersTimeoutMs + bodyTimeoutMs,
  });
}
