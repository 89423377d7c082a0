/**
 * Idempotency keys shared by every replica (cluster mode): `IdempotencyStore` over the toolkit's `RedisOnceStore`,
 * so a key used on two replicas at once starts one job (SET NX is the single decision point).
 *
 * Redis trouble is not an outage: while the connection is down (or a command fails) the key goes to an in-memory
 * store, as on a single process. A key is owned by the store that granted its pending claim, so the claim's
 * outcome is recorded where it was claimed even if Redis comes back in between. Keys claimed locally during an
 * outage are not deduplicated against other replicas: that is the price of staying up, and the README says so.
 */
import type { IdempotencyClaim, IdempotencyOutcome, IdempotencyRecord, IdempotencyStore } from './idempotency';
import { MemoryIdempotencyStore } from './idempotency';
import type { RedisConnection } from '../cluster/connection';
import { RedisOnceStore, type OnceRecord } from '../cluster/once-store';

export class RedisIdempotencyStore implements IdempotencyStore {
  private readonly once: RedisOnceStore<IdempotencyOutcome>;
  /** Claims this process holds: in Redis (with the owner token that fences `complete`) or in memory. */
  private readonly claims = new Map<string, { where: 'redis'; owner: string } | { where: 'local' }>();

  constructor(
    private readonly redis: RedisConnection,
    private readonly local: IdempotencyStore = new MemoryIdempotencyStore(),
  ) {
    this.once = new RedisOnceStore<IdempotencyOutcome>(redis, 'idempotency');
  }

  async get(key: string): Promise<IdempotencyRecord | undefined> {
    if (this.claims.get(key)?.where === 'local' || !this.redis.isReady()) return this.local.get(key);
    try {
      const r = await this.once.get(key);
      return r ? toRecord(r) : this.local.get(key);
    } catch {
      return this.local.get(key);
    }
  }

  async claim(key: string, fingerprint: string, ttlMs: number): Promise<IdempotencyClaim> {
    // A key this replica claimed or finished in memory (during a Redis outage) answers from memory: Redis does not
    // know it, and claiming it there would start its job a second time.
    const here = await this.local.get(key);
    if (here !== undefined) return { claimed: false, record: here };
    if (this.redis.isReady()) {
      try {
        const r = await this.once.begin(key, fingerprint, ttlMs);
        if (!r.claimed) return { claimed: false, record: toRecord(r.record) };
        this.claims.set(key, { where: 'redis', owner: r.owner });
        return { claimed: true };
      } catch {
        // Redis went away between the readiness check and the command: decide locally.
      }
    }
    const claim = await this.local.claim(key, fingerprint, ttlMs);
    if (claim.claimed) this.claims.set(key, { where: 'local' });
    return claim;
  }

  async complete(key: string, outcome: IdempotencyOutcome, ttlMs: number): Promise<void> {
    const claim = this.claims.get(key);
    this.claims.delete(key);
    if (claim?.where === 'redis') await this.once.complete(key, claim.owner, outcome, ttlMs);
    else await this.local.complete(key, outcome, ttlMs);
  }

  async fail(key: string): Promise<void> {
    const claim = this.claims.get(key);
    this.claims.delete(key);
    if (claim?.where === 'redis') await this.once.abandon(key, claim.owner);
    else await this.local.fail(key);
  }
}

function toRecord(r: OnceRecord<IdempotencyOutcome>): IdempotencyRecord {
  return r.state === 'pending' ? { state: 'pending', fingerprint: r.fingerprint } : { ...r.value, fingerprint: r.fingerprint };
}
