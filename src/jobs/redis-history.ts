/**
 * The job history shared by every replica (cluster mode): `JobHistory` over the toolkit's `RedisHistory` (one JSON
 * entry per job with the history's TTL, a sorted set per project as the index), so `jobs` on any replica lists a
 * job started on another, with the last state any replica's poller saw. `jobStarted` reaches subscribers on every
 * replica through a pub/sub channel per project.
 *
 * Redis trouble is not an outage: while it is unreachable (or a command fails) records, updates and lists go to an
 * in-memory history on this replica, and `jobStarted` is delivered to this replica's own subscribers; once Redis is
 * back, the shared history is used again (what was recorded only locally meanwhile stays local).
 */
import type { JobHistory, JobHistoryState, JobRecord } from './history';
import { createMemoryJobHistory, JOB_STATE_FIELDS } from './history';
import type { RedisConnection } from '../cluster/connection';
import { RedisHistory } from '../cluster/history';

type Entry = JobRecord & { id: string; createdAt: number };

// KEYS: entry. ARGV: state (JSON), now, the fields that make a new state (JSON, JOB_STATE_FIELDS). The merged record, or nil when it is not in the history. A terminal record
// is left as it is (a late, slower poller must not turn SUCCESS back into RUNNING); updatedAt moves only when what
// a dashboard shows changed. One script, so pollers on several replicas never lose each other's writes.
const UPDATE = `
local cur = redis.call('GET', KEYS[1])
if not cur then return false end
local r = cjson.decode(cur)
if r.status == 'SUCCESS' or r.status == 'FAIL' then return cur end
local s = cjson.decode(ARGV[1])
local changed = false
for _, k in ipairs(cjson.decode(ARGV[3])) do
  if r[k] ~= s[k] then changed = true end
end
for k, v in pairs(s) do r[k] = v end
if changed then r.updatedAt = tonumber(ARGV[2]) end
local merged = cjson.encode(r)
redis.call('SET', KEYS[1], merged, 'KEEPTTL')
return merged`;

const STATE_FIELDS = JSON.stringify(JOB_STATE_FIELDS);

export function redisJobHistory(redis: RedisConnection, opts: { ttlMs: number }): JobHistory {
  const local = createMemoryJobHistory({ ttlMs: opts.ttlMs });
  const store = new RedisHistory<Entry>(redis, 'job-history');
  const updateScript = redis.script<string | null>(UPDATE, 1);
  const channelPrefix = redis.key('job-history', 'started', '');
  const channel = (scope: string) => channelPrefix + scope;
  const listeners = new Map<string, Set<(r: JobRecord) => void>>();
  const localOff = new Map<string, () => void>();

  const deliver = (scope: string, record: JobRecord) => {
    for (const l of [...(listeners.get(scope) ?? [])]) {
      try {
        l({ ...record });
      } catch {
        // One listener's failure must not keep the others from hearing of the job.
      }
    }
  };
  const onMessage = (ch: string, message: string) => {
    if (!ch.startsWith(channelPrefix)) return;
    try {
      deliver(ch.slice(channelPrefix.length), toRecord(JSON.parse(message) as Entry));
    } catch {
      // Not ours to judge: a malformed message is dropped.
    }
  };
  redis.subscriber.on('message', onMessage);
  // ioredis restores the subscriptions it had; one attempted while Redis was down never existed, so every scope
  // with listeners is subscribed again when Redis is back (subscribing twice is harmless).
  // States read during an outage for jobs recorded in Redis (so not in the local history): written when it is back,
  // so a job that ended meanwhile does not stay RUNNING in the shared history. Bounded: the oldest go first.
  const unsent = new Map<string, { scope: string; jobId: string; state: JobHistoryState }>();
  const MAX_UNSENT = 10_000;
  const writeShared = (scope: string, jobId: string, state: JobHistoryState) =>
    updateScript([store.entryKey(scope, jobId)], [JSON.stringify(state), Date.now(), STATE_FIELDS]);
  const offHealth = redis.onHealthChange((ready) => {
    if (!ready) return;
    for (const scope of listeners.keys()) redis.subscriber.subscribe(channel(scope)).catch(() => {});
    for (const [k, u] of unsent) {
      unsent.delete(k);
      writeShared(u.scope, u.jobId, u.state).catch(() => {});
    }
  });

  return {
    async record(record) {
      if (redis.isReady()) {
        try {
          const entry: Entry = { ...record, id: record.jobId, createdAt: record.startedAt };
          // Recorded and announced in one step: every replica's subscribers (this one's too) hear of it through the
          // channel, exactly once.
          await store.record(record.scope, entry, opts.ttlMs, { onlyIfAbsent: true, announce: channel(record.scope) });
          return;
        } catch {
          // Redis went away mid-way: keep the record here, and tell this replica's subscribers.
        }
      }
      await local.record(record);
    },
    async update(scope, jobId, state: JobHistoryState) {
      if (redis.isReady()) {
        try {
          const merged = await writeShared(scope, jobId, state);
          if (merged) return toRecord(JSON.parse(merged) as Entry);
          return local.update(scope, jobId, state);
        } catch {
          // Fall through to this replica's own history.
        }
      }
      const updated = await local.update(scope, jobId, state);
      if (!updated) {
        const k = `${scope}\u0000${jobId}`;
        unsent.delete(k);
        if (unsent.size >= MAX_UNSENT) unsent.delete(unsent.keys().next().value!);
        unsent.set(k, { scope, jobId, state });
      }
      return updated;
    },
    async list(scope, q) {
      if (redis.isReady()) {
        try {
          const page = await store.list(scope, {
            first: q.first,
            ...(q.after ? { after: `${q.after.startedAt}|${q.after.jobId}` } : {}),
            filter: (e) => (!q.status || e.status === q.status) && (!q.kind || e.kind === q.kind),
          });
          return { records: page.entries.map(toRecord), hasNextPage: page.hasNextPage };
        } catch {
          // Fall through: what this replica recorded itself.
        }
      }
      return local.list(scope, q);
    },
    onRecorded(scope, listener) {
      let set = listeners.get(scope);
      if (!set) {
        listeners.set(scope, (set = new Set()));
        // While Redis is down the local history delivers this replica's own records.
        redis.subscriber.subscribe(channel(scope)).catch(() => {});
        localOff.set(scope, local.onRecorded(scope, (r) => deliver(scope, r)));
      }
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(scope) === set) {
          listeners.delete(scope);
          localOff.get(scope)?.();
          localOff.delete(scope);
          redis.subscriber.unsubscribe(channel(scope)).catch(() => {});
        }
      };
    },
    async close() {
      offHealth();
      redis.subscriber.off('message', onMessage);
      for (const scope of listeners.keys()) redis.subscriber.unsubscribe(channel(scope)).catch(() => {});
      for (const off of localOff.values()) off();
      listeners.clear();
      localOff.clear();
      unsent.clear();
      await local.close();
    },
  };
}

/** A stored entry as the history's record: the index fields dropped, and JSON's quirks of Lua's cjson undone. */
function toRecord(e: Entry): JobRecord {
  const { id: _id, createdAt: _createdAt, ...record } = e;
  // cjson encodes an empty array as {} after an update.
  return { ...record, targets: Array.isArray(record.targets) ? record.targets : [] };
}
