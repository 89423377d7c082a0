/**
 * Limits that must hold across replicas, as atomic Lua scripts on Redis's own clock (TIME), so replicas whose
 * clocks disagree still share one budget.
 *
 * - `RedisTokenBucket.take(key, { capacity, refillPerSecond, cost })`: a rate ("10 job starts per second per
 *   project, bursts of 20"); answers allowed, tokens left and how long until `cost` tokens are back (Retry-After).
 *   Also the shape of an upstream-throttle back-off shared by every replica: `block(key, ms)` empties the bucket
 *   until then.
 * - `RedisSemaphore.acquire(key, holder, { limit, ttlMs })`: a concurrency cap ("5 uploads per project", "20
 *   websocket connections per client"). Each slot is a sorted-set member scored by its expiry, so the slots of a
 *   replica that died free themselves after `ttlMs`; long holders `renew`.
 */
import type { RedisConnection } from './connection';

// KEYS: bucket. ARGV: capacity, refill per ms, cost, ttlMs. Returns {allowed, tokens (string), retryAfterMs, blocked}.
const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local capacity, rate, cost = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at', 'blocked')
local tokens = tonumber(b[1]) or capacity
local at = tonumber(b[2]) or now
local blocked = tonumber(b[3]) or 0
if blocked > now then return {0, '0', blocked - now, 1} end
tokens = math.min(capacity, tokens + math.max(0, now - at) * rate)
local allowed, retry = 0, 0
if tokens >= cost then
  tokens = tokens - cost
  allowed = 1
else
  retry = math.ceil((cost - tokens) / rate)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now, 'blocked', 0)
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return {allowed, tostring(tokens), retry, 0}`;

// KEYS: bucket. ARGV: ms, ttlMs. A shorter block than the one in force leaves it as it is.
const BLOCK = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if (tonumber(redis.call('HGET', KEYS[1], 'blocked')) or 0) >= now + tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'tokens', '0', 'at', now + tonumber(ARGV[1]), 'blocked', now + tonumber(ARGV[1]))
redis.call('PEXPIRE', KEYS[1], math.max(tonumber(ARGV[1]), tonumber(ARGV[2])))
return 1`;

// KEYS: slots. ARGV: holder, limit, ttlMs. Returns {acquired, count}.
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
  return {1, redis.call('ZCARD', KEYS[1])}
end
local count = redis.call('ZCARD', KEYS[1])
if count >= tonumber(ARGV[2]) then return {0, count} end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return {1, count + 1}`;

// KEYS: slots. ARGV: holder, ttlMs. 1 renewed, 0 the slot had expired (the holder must acquire again).
const RENEW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if not redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`;

export interface TakeResult {
  allowed: boolean;
  /** Tokens left after this take (fractional). */
  remaining: number;
  /** 0 when allowed; else how long until `cost` tokens are back. */
  retryAfterMs: number;
  /** Refused because of `block()` (an upstream back-off), not for want of tokens. */
  blocked: boolean;
}

export class RedisTokenBucket {
  private readonly takeScript;
  private readonly blockScript;

  constructor(
    private readonly redis: RedisConnection,
    private readonly namespace = 'rate',
  ) {
    this.takeScript = redis.script<[number, string, number, number]>(TAKE, 1);
    this.blockScript = redis.script<number>(BLOCK, 1);
  }

  async take(key: string, opts: { capacity: number; refillPerSecond: number; cost?: number }): Promise<TakeResult> {
    const { capacity, refillPerSecond } = opts;
    const cost = opts.cost ?? 1;
    if (!(capacity > 0) || !(refillPerSecond > 0) || !(cost > 0)) throw new RangeError('capacity, refillPerSecond and cost must be > 0');
    // The bucket is forgotten once it would be full again anyway.
    const ttlMs = Math.ceil((capacity / refillPerSecond) * 1000) + 1_000;
    const [allowed, remaining, retryAfterMs, blocked] = await this.takeScript(
      [this.redis.key(this.namespace, key)],
      [capacity, refillPerSecond / 1000, cost, ttlMs],
    );
    return { allowed: allowed === 1, remaining: Number(remaining), retryAfterMs: Number(retryAfterMs), blocked: blocked === 1 };
  }

  /** Refuses every take for `ms` (e.g. the upstream answered 429 with Retry-After), on every replica. */
  async block(key: string, ms: number): Promise<void> {
    await this.blockScript([this.redis.key(this.namespace, key)], [Math.ceil(ms), 1_000]);
  }
}

export class RedisSemaphore {
  private readonly acquireScript;
  private readonly renewScript;

  constructor(
    private readonly redis: RedisConnection,
    private readonly namespace = 'slots',
  ) {
    this.acquireScript = redis.script<[number, number]>(ACQUIRE, 1);
    this.renewScript = redis.script<number>(RENEW, 1);
  }

  /** Takes one of `limit` slots for `holder` (idempotent for a holder that has one). */
  async acquire(key: string, holder: string, opts: { limit: number; ttlMs: number }): Promise<{ acquired: boolean; count: number }> {
    const [acquired, count] = await this.acquireScript([this.redis.key(this.namespace, key)], [holder, opts.limit, opts.ttlMs]);
    return { acquired: acquired === 1, count };
  }

  async renew(key: string, holder: string, ttlMs: number): Promise<boolean> {
    return (await this.renewScript([this.redis.key(this.namespace, key)], [holder, ttlMs])) === 1;
  }

  async release(key: string, holder: string): Promise<void> {
    await this.redis.client.zrem(this.redis.key(this.namespace, key), holder);
  }

  async count(key: string): Promise<number> {
    return this.redis.client.zcount(this.redis.key(this.namespace, key), Date.now(), '+inf');
  }
}
