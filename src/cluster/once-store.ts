/**
 * Set-if-absent with expiry, and waiting for completion: the Redis side of idempotency keys (Stripe's pattern).
 *
 *   const r = await store.begin(key, fingerprint, ttlMs);
 *   if (r.claimed) { const value = await run(); await store.complete(key, r.owner, value, ttlMs); }
 *   else if (r.record.state === 'done') replay r.record.value (refuse if r.record.fingerprint differs)
 *   else { const done = await store.wait(key, timeoutMs); ... } // the first request is still running elsewhere
 *
 * `begin` is one atomic step (SET NX PX, else the current record), so two replicas given the same key at the same
 * time never both run the operation. `complete` is fenced by the claim's owner: a claim that expired and was
 * taken over cannot be overwritten by its first owner. `wait` subscribes before it reads, so a completion between
 * the two is never missed.
 */
import { randomUUID } from 'node:crypto';
import type { RedisConnection } from './connection';

export type OnceRecord<V> =
  | { state: 'pending'; fingerprint: string; owner: string }
  | { state: 'done'; fingerprint: string; owner: string; value: V };

export type BeginResult<V> = { claimed: true; owner: string } | { claimed: false; record: OnceRecord<V> };

// KEYS: record. ARGV: pending record, ttlMs. Returns nil when claimed, else the existing record.
const BEGIN = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return false end
return redis.call('GET', KEYS[1])`;

// KEYS: record. ARGV: owner, value (JSON), ttlMs, channel. 1 stored, 0 the claim is not this owner's (any more).
// The done record keeps the pending one's fingerprint; the value's JSON is spliced in as it came.
const COMPLETE = `
local cur = redis.call('GET', KEYS[1])
if not cur then return 0 end
local rec = cjson.decode(cur)
if rec.owner ~= ARGV[1] then return 0 end
local done = '{"state":"done","fingerprint":' .. cjson.encode(rec.fingerprint) .. ',"owner":' .. cjson.encode(ARGV[1]) .. ',"value":' .. ARGV[2] .. '}'
redis.call('SET', KEYS[1], done, 'PX', ARGV[3])
redis.call('PUBLISH', ARGV[4], 'done')
return 1`;

// KEYS: record. ARGV: owner, channel. Drops a pending claim (the operation failed before any effect).
const ABANDON = `
local cur = redis.call('GET', KEYS[1])
if cur and cjson.decode(cur).owner == ARGV[1] and cjson.decode(cur).state == 'pending' then
  redis.call('DEL', KEYS[1])
  redis.call('PUBLISH', ARGV[2], 'abandoned')
  return 1
end
return 0`;

export class RedisOnceStore<V> {
  private readonly beginScript;
  private readonly completeScript;
  private readonly abandonScript;

  constructor(
    private readonly redis: RedisConnection,
    private readonly namespace = 'once',
  ) {
    this.beginScript = redis.script<string | null>(BEGIN, 1);
    this.completeScript = redis.script<number>(COMPLETE, 1);
    this.abandonScript = redis.script<number>(ABANDON, 1);
  }

  private recordKey = (key: string) => this.redis.key(this.namespace, 'record', key);
  private channel = (key: string) => this.redis.key(this.namespace, 'events', key);

  async begin(key: string, fingerprint: string, ttlMs: number): Promise<BeginResult<V>> {
    const owner = randomUUID();
    const pending: OnceRecord<V> = { state: 'pending', fingerprint, owner };
    const existing = await this.beginScript([this.recordKey(key)], [JSON.stringify(pending), ttlMs]);
    if (existing === null) return { claimed: true, owner };
    return { claimed: false, record: JSON.parse(existing) as OnceRecord<V> };
  }

  /** False when the claim expired and someone else owns the key now. */
  async complete(key: string, owner: string, value: V, ttlMs: number): Promise<boolean> {
    return (await this.completeScript([this.recordKey(key)], [owner, JSON.stringify(value), ttlMs, this.channel(key)])) === 1;
  }

  async abandon(key: string, owner: string): Promise<boolean> {
    return (await this.abandonScript([this.recordKey(key)], [owner, this.channel(key)])) === 1;
  }

  async get(key: string): Promise<OnceRecord<V> | undefined> {
    const text = await this.redis.client.get(this.recordKey(key));
    return text ? (JSON.parse(text) as OnceRecord<V>) : undefined;
  }

  /**
   * Until the key is done (its record), abandoned or expired (`undefined`: the caller may `begin` again), or
   * `timeoutMs` passes (the pending record).
   */
  async wait(key: string, timeoutMs: number): Promise<OnceRecord<V> | undefined> {
    const channel = this.channel(key);
    const { subscriber } = this.redis;
    let wake: () => void = () => {};
    const onMessage = (ch: string) => {
      if (ch === channel) wake();
    };
    subscriber.on('message', onMessage);
    await subscriber.subscribe(channel);
    const deadline = Date.now() + timeoutMs;
    try {
      for (;;) {
        const record = await this.get(key);
        if (!record || record.state === 'done') return record;
        const left = deadline - Date.now();
        if (left <= 0) return record;
        // Also re-read now and then: a claim that expires publishes nothing.
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.min(left, 1_000));
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    } finally {
      subscriber.off('message', onMessage);
      await subscriber.unsubscribe(channel).catch(() => {});
    }
  }
}
