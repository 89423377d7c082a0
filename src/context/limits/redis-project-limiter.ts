/**
 * Per-project limits that hold across replicas (cluster mode): the rate (token bucket, `PROJECT_CALLS_PER_SECOND`
 * with bursts of `PROJECT_CALLS_BURST`) and the upstream-throttle back-off (a 429 seen by one replica pauses the
 * project on all of them) live in Redis, in the toolkit's `RedisTokenBucket` (its `block`), one Lua script per call
 * on Redis's clock.
 *
 * Concurrency stays per replica (`PROJECT_MAX_CONCURRENT_CALLS`, uploads): it protects this process's sockets and
 * memory, and a queue cannot wait across processes anyway. While Redis is unreachable, or a command fails, the
 * rate falls back to an in-memory bucket per replica, as on a single process: limits loosen, nothing stops.
 */
import type { RedisConnection } from '../../cluster/connection';
import { RedisTokenBucket } from '../../cluster/rate-limit';
import { inMemoryProjectLimiter, rateLimited, type ProjectLimiter, type ProjectLimits } from './project-limiter';

export function redisProjectLimiter(redis: RedisConnection, limits: ProjectLimits): ProjectLimiter {
  // Large but finite: Infinity would make the in-memory refill compute 0 × Infinity (NaN).
  const unlimited = 1e12;
  // Concurrency and uploads: per replica, without a rate (the rate is decided below).
  const concurrency = inMemoryProjectLimiter({ ...limits, callsPerSecond: unlimited, burst: unlimited });
  // The rate when Redis cannot be asked: one bucket per replica, no concurrency limit of its own.
  const localRate = inMemoryProjectLimiter({
    ...limits,
    maxConcurrentCalls: unlimited,
    maxConcurrentUploads: unlimited,
    maxConcurrentUploadsTotal: unlimited,
  });
  const bucket = new RedisTokenBucket(redis, 'project-rate');

  /** One script on Redis: the back-off, then a token. False when Redis cannot answer (the local bucket decides). */
  async function takeShared(project: string): Promise<boolean> {
    if (!redis.isReady()) return false;
    let taken: Awaited<ReturnType<RedisTokenBucket['take']>>;
    try {
      taken = await bucket.take(project, { capacity: limits.burst, refillPerSecond: limits.callsPerSecond });
    } catch {
      return false;
    }
    if (taken.blocked) throw rateLimited('The image service is throttling this project', taken.retryAfterMs, 'UPSTREAM_THROTTLED');
    if (!taken.allowed)
      throw rateLimited(
        `This project is making more than ${limits.callsPerSecond} upstream calls per second (PROJECT_CALLS_PER_SECOND, across all replicas)`,
        taken.retryAfterMs,
        'PROJECT_CALLS_PER_SECOND',
      );
    return true;
  }

  return {
    async acquire(project, kind, signal) {
      signal?.throwIfAborted();
      if (!(await takeShared(project))) (await localRate.acquire(project, kind, signal))();
      return concurrency.acquire(project, kind, signal);
    },
    throttled(project, retryAfterMs) {
      // In Redis for the cluster; locally too, for the calls this replica decides alone while Redis is away.
      localRate.throttled(project, retryAfterMs);
      if (redis.isReady()) bucket.block(project, Math.max(1, retryAfterMs)).catch(() => {});
    },
  };
}
