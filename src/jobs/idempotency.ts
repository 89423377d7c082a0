/**
 * Idempotent job starts (Stripe's idempotency keys, for IMS jobs): the first call with a key posts upstream and
 * records its outcome under the key; later calls with the same key and the same input get that outcome without
 * posting again, including while the first is still in flight. Knows nothing of GraphQL or HTTP: the caller
 * passes the post as a function and says, by throwing `JobOutcomeUnknownError`, when its answer was lost.
 *
 * The store is an interface so a shared store (Redis) can replace the in-memory one: every method is async and
 * the set is small (get, claim = set-if-absent pending or else the current record, record an outcome, release).
 */

/** What a key holds. `fingerprint` identifies the input the key was first used with. */
export type IdempotencyRecord =
  | { state: 'pending'; fingerprint: string }
  | { state: 'succeeded'; fingerprint: string; jobId: string }
  | { state: 'unknown'; fingerprint: string; message: string };

/** A finished first call: the job it started, or the fact that nobody can know whether it started one. */
export type IdempotencyOutcome = { state: 'succeeded'; jobId: string } | { state: 'unknown'; message: string };

/** A claim either took the key (the caller must later `complete` or `fail` it) or found what the key holds. */
export type IdempotencyClaim = { claimed: true } | { claimed: false; record: IdempotencyRecord };

export interface IdempotencyStore {
  get(key: string): Promise<IdempotencyRecord | undefined>;
  /** Set-if-absent, in one step: the key as pending for this caller, or else its current record. */
  claim(key: string, fingerprint: string, ttlMs: number): Promise<IdempotencyClaim>;
  /** Records the owner's outcome, kept for `ttlMs` from now. */
  complete(key: string, outcome: IdempotencyOutcome, ttlMs: number): Promise<void>;
  /** The upstream certainly started nothing (it refused, or the request never left): the key is free again. */
  fail(key: string): Promise<void>;
}

/** In-process store: a Map with expiry times, swept as it is written. */
export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly entries = new Map<string, { record: IdempotencyRecord; expiresAt: number }>();
  private writes = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async get(key: string): Promise<IdempotencyRecord | undefined> {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e.record;
  }

  async claim(key: string, fingerprint: string, ttlMs: number): Promise<IdempotencyClaim> {
    const record = await this.get(key);
    if (record !== undefined) return { claimed: false, record };
    this.entries.set(key, { record: { state: 'pending', fingerprint }, expiresAt: this.now() + ttlMs });
    this.sweepSometimes();
    return { claimed: true };
  }

  async complete(key: string, outcome: IdempotencyOutcome, ttlMs: number): Promise<void> {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.set(key, { record: { ...outcome, fingerprint: e.record.fingerprint }, expiresAt: this.now() + ttlMs });
  }

  async fail(key: string): Promise<void> {
    this.entries.delete(key);
  }

  /** Expired keys are otherwise only dropped when read again; one pass every 256 writes bounds the garbage. */
  private sweepSometimes(): void {
    if (++this.writes % 256 !== 0) return;
    const now = this.now();
    for (const [k, e] of this.entries) if (e.expiresAt <= now) this.entries.delete(k);
  }
}

/** The key was first used with other input (another mutation or other arguments). */
export class IdempotencyKeyReusedError extends Error {
  constructor() {
    super('This idempotencyKey was already used with different input in this project. Use a new key for a new request.');
    this.name = 'IdempotencyKeyReusedError';
  }
}

/** The job-starting request was sent but its answer was lost: the job may or may not exist. */
export class JobOutcomeUnknownError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'JobOutcomeUnknownError';
  }
}

export interface JobStartsOptions {
  store: IdempotencyStore;
  ttlMs: number;
  /**
   * How long a call waits for a first call in flight on another process (seen only as `pending` in a shared
   * store) before answering OUTCOME_UNKNOWN: the longest a job-starting request can take.
   */
  maxWaitMs: number;
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Deduplicates job starts by (scope, key). One per gateway process. */
export class JobStarts {
  /** First calls in flight in this process: later calls with the key await the same promise. */
  private readonly inFlight = new Map<string, { fingerprint: string; promise: Promise<{ jobId: string }> }>();
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly opts: JobStartsOptions) {
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /**
   * `post` starts the job once. It must throw `JobOutcomeUnknownError` when the request left but its answer was
   * lost; any other error means nothing was started, and frees the key.
   */
  start(scope: string, key: string, fingerprint: string, post: () => Promise<{ jobId: string }>): Promise<{ jobId: string }> {
    const storeKey = `${scope}\u0000${key}`;
    const local = this.inFlight.get(storeKey);
    // Same input: join the call in flight. Other input: the store decides (it holds the first fingerprint).
    if (local && local.fingerprint === fingerprint) return local.promise;
    if (local) return this.run(storeKey, fingerprint, post);
    const promise = this.run(storeKey, fingerprint, post).finally(() => this.inFlight.delete(storeKey));
    this.inFlight.set(storeKey, { fingerprint, promise });
    return promise;
  }

  private async run(storeKey: string, fingerprint: string, post: () => Promise<{ jobId: string }>): Promise<{ jobId: string }> {
    const { store, ttlMs, maxWaitMs } = this.opts;
    const pollMs = this.opts.pollMs ?? 100;
    let waited = 0;
    for (;;) {
      // One round trip to the store whether the key is new (claimed) or already used (its record comes back).
      const claim = await store.claim(storeKey, fingerprint, ttlMs);
      if (claim.claimed) break;
      const rec = claim.record;
      if (rec.fingerprint !== fingerprint) throw new IdempotencyKeyReusedError();
      if (rec.state === 'succeeded') return { jobId: rec.jobId };
      if (rec.state === 'unknown') throw new JobOutcomeUnknownError(rec.message);
      if (waited >= maxWaitMs)
        throw new JobOutcomeUnknownError(
          'A request with this idempotencyKey is still in progress elsewhere and its outcome is not known yet. Retry later with the same key.',
        );
      const step = Math.min(pollMs * 2 ** Math.min(4, Math.floor(waited / (pollMs * 8))), maxWaitMs - waited);
      await this.sleep(step);
      waited += step;
    }

    let accepted: { jobId: string };
    try {
      accepted = await post();
    } catch (e) {
      // A failure to record must not hide the upstream's answer; the pending entry then expires with its TTL.
      if (e instanceof JobOutcomeUnknownError) await store.complete(storeKey, { state: 'unknown', message: e.message }, ttlMs).catch(() => {});
      else await store.fail(storeKey).catch(() => {});
      throw e;
    }
    await store.complete(storeKey, { state: 'succeeded', jobId: accepted.jobId }, ttlMs).catch(() => {});
    return accepted;
  }
}
