/**
 * Per-project limits that hold across replicas (cluster mode): the rate (token bucket, `PROJECT_CALLS_PER_SECOND`
 * with bursts of `PROJECT_CALLS_BURST`) and the upstream-throttle back-off (a 429 seen by one replica pauses the
 * project on all of them) live in Redis, through the toolkit's `RedisTokenBucket` (one Lua script on Redis's clock).
 *
 * Concurrency stays per replica (`PROJECT_MAX_CONCURRENT_CALLS`, uploads): it protects this process's sockets and
 * memory, and a queue cannot wait across processes anyway. While Redis is unreachable, or a command fails, the
 * rate falls back to an in-memory bucket per replica, as on a single process: limits loosen, nothing stops.
 */
import type { RedisConnection } from './connection';
import { RedisTokenBucket } from './rate-limit';
import { inMemoryProjectLimiter, rateLimited, type ProjectLimiter, type ProjectLimits } from '../server/limits/project-limiter';

// KEYS: throttle. ARGV: ms. Keeps the longer of the current and the new pause.
const THROTTLE = `
local left = redis.call('PTTL', KEYS[1])
if left < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], '1', 'PX', ARGV[1]) end
return 1`;

// KEYS: throttle. Milliseconds left of the pause (<= 0: none).
const THROTTLE_LEFT = `return redis.call('PTTL', KEYS[1])`;

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
  const throttle = redis.script<number>(THROTTLE, 1);
  const throttleLeft = redis.script<number>(THROTTLE_LEFT, 1);
  const throttleKey = (project: string) => redis.key('project-throttle', project);

  async function takeShared(project: string): Promise<boolean> {
    if (!redis.isReady()) return false;
    let left: number;
    let taken: Awaited<ReturnType<RedisTokenBucket['take']>>;
    try {
      left = await throttleLeft([throttleKey(project)], []);
      if (left > 0) throw rateLimited('The image service is throttling this project', left, 'UPSTREAM_THROTTLED');
      taken = await bucket.take(project, { capacity: limits.burst, refillPerSecond: limits.callsPerSecond });
    } catch (e) {
      if (isRateLimited(e)) throw e;
      return false; // Redis failed mid-call: the local bucket decides this one.
    }
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
      // Locally at once (this replica's next calls must not wait for Redis to hear of it), and for the cluster.
      localRate.throttled(project, retryAfterMs);
      if (redis.isReady()) throttle([throttleKey(project)], [Math.max(1, Math.ceil(retryAfterMs))]).catch(() => {});
    },
  };
}

function isRateLimited(e: unknown): boolean {
  return (e as { extensions?: { code?: unknown } } | null)?.extensions?.code === 'RATE_LIMITED';
}
