/**
 * A per-project list kept for a while: the Redis side of the job history (`Query.jobs`). Newest first, cursor
 * paging, optional filters, entries expiring `ttlMs` after they were recorded.
 *
 * Layout: one string key per entry (JSON, PX ttl: it disappears on its own) and one sorted set per project
 * (member = id, score = createdAt) as the index. The index is trimmed of expired scores on every write, and a
 * listed id whose entry is gone is skipped, so the two never disagree for a reader. `update` merges fields in a
 * Lua script (cjson, KEEPTTL) so that concurrent pollers on several replicas never lose each other's fields.
 */
import type { RedisConnection } from './connection';

export interface HistoryEntry {
  id: string;
  /** ms since epoch: the sort key. */
  createdAt: number;
}

export interface HistoryPage<E> {
  entries: E[];
  /** Pass as `after` for the next page; undefined at the end. */
  endCursor?: string;
  hasNextPage: boolean;
}

// KEYS: entry, index. ARGV: json, id, createdAt, ttlMs, now, onlyIfAbsent ('1'), channel ('' = none).
// 1 recorded (and the entry published on the channel), 0 already there.
const RECORD = `
if ARGV[6] == '1' and redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[4])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', tonumber(ARGV[5]) - tonumber(ARGV[4]))
redis.call('PEXPIRE', KEYS[2], ARGV[4])
if ARGV[7] ~= '' then redis.call('PUBLISH', ARGV[7], ARGV[1]) end
return 1`;

// KEYS: entry. ARGV: json patch. Returns the merged entry, or nil when it is gone.
const UPDATE = `
local cur = redis.call('GET', KEYS[1])
if not cur then return false end
local entry = cjson.decode(cur)
for k, v in pairs(cjson.decode(ARGV[1])) do entry[k] = v end
local merged = cjson.encode(entry)
redis.call('SET', KEYS[1], merged, 'KEEPTTL')
return merged`;

const PAGE_SCAN = 100;

export class RedisHistory<E extends HistoryEntry> {
  private readonly recordScript;
  private readonly updateScript;

  constructor(
    private readonly redis: RedisConnection,
    private readonly namespace = 'history',
  ) {
    this.recordScript = redis.script<number>(RECORD, 2);
    this.updateScript = redis.script<string | null>(UPDATE, 1);
  }

  /** The entry's own key, for callers with a merge rule of their own (a Lua script over the JSON). */
  entryKey = (scope: string, id: string) => this.redis.key(this.namespace, 'entry', scope, id);
  private indexKey = (scope: string) => this.redis.key(this.namespace, 'index', scope);

  /**
   * False when `onlyIfAbsent` and the entry already exists (it is then left as it is). With `announce`, a new
   * entry is also published (its JSON) on that channel, in the same step.
   */
  async record(scope: string, entry: E, ttlMs: number, opts: { onlyIfAbsent?: boolean; announce?: string } = {}): Promise<boolean> {
    const recorded = await this.recordScript(
      [this.entryKey(scope, entry.id), this.indexKey(scope)],
      [JSON.stringify(entry), entry.id, entry.createdAt, ttlMs, Date.now(), opts.onlyIfAbsent ? '1' : '0', opts.announce ?? ''],
    );
    return recorded === 1;
  }

  /** Merges `patch` into the entry (e.g. the last known state a poller saw); undefined when it expired. */
  async update(scope: string, id: string, patch: Partial<E>): Promise<E | undefined> {
    const merged = await this.updateScript([this.entryKey(scope, id)], [JSON.stringify(patch)]);
    return merged ? (JSON.parse(merged) as E) : undefined;
  }

  async get(scope: string, id: string): Promise<E | undefined> {
    const text = await this.redis.client.get(this.entryKey(scope, id));
    return text ? (JSON.parse(text) as E) : undefined;
  }

  /**
   * Newest first. `after` is a previous page's `endCursor`; `filter` keeps matching entries (applied while
   * scanning the index, in pages of 100, so a sparse filter still fills `first`).
   */
  async list(scope: string, opts: { first: number; after?: string; filter?: (entry: E) => boolean }): Promise<HistoryPage<E>> {
    const index = this.indexKey(scope);
    const entries: E[] = [];
    let start = 0;
    if (opts.after) {
      const cut = opts.after.indexOf('|');
      const score = Number(opts.after.slice(0, cut));
      const id = opts.after.slice(cut + 1);
      if (cut < 0 || !Number.isFinite(score)) throw new RangeError('invalid history cursor');
      const rank = await this.redis.client.zrevrank(index, id);
      // The cursor's entry left the index (expired): resume after everything at least as new as it was.
      start = rank === null ? await this.redis.client.zcount(index, score, '+inf') : rank + 1;
    }
    const cursor = (e: E | undefined) => (e ? `${e.createdAt}|${e.id}` : undefined);
    for (;;) {
      const ids = await this.redis.client.zrevrange(index, start, start + PAGE_SCAN - 1);
      if (ids.length === 0) return { entries, hasNextPage: false, endCursor: cursor(entries.at(-1)) };
      const texts = await this.redis.client.mget(...ids.map((id) => this.entryKey(scope, id)));
      for (let i = 0; i < ids.length; i++) {
        const text = texts[i];
        if (!text) continue;
        const entry = JSON.parse(text) as E;
        if (opts.filter && !opts.filter(entry)) continue;
        if (entries.length === opts.first) return { entries, hasNextPage: true, endCursor: cursor(entries.at(-1)) };
        entries.push(entry);
      }
      start += ids.length;
    }
  }
}
