/**
 * The job engine across replicas: one poller per key in the whole cluster, coordinated through Redis.
 *
 * Per key, each replica that has watchers is in one of these modes:
 *   - lead:   it holds the key's lease (SET NX PX, renewed every `leaseTtlMs / 3`), polls with its own watchers'
 *             credentials through an in-memory JobTracker, and publishes each change (PUBLISH, and SET of the
 *             latest state with a version, in one Lua script fenced by the lease, so a replica that lost the
 *             lease can never publish over the new holder).
 *   - follow: someone else holds the lease; it subscribes to the key's channel, reads the latest state, and
 *             delivers versions newer than the last it saw. Every `leaseTtlMs / 3` (and at once when the holder
 *             says it released the lease) it tries to take the lease: when the holder died, the lease expires
 *             and the first follower to try becomes the leader and polls on.
 *   - local:  Redis is unreachable: it polls for its own watchers, exactly as the in-memory engine does (more
 *             upstream polls, never a lost event), and tries to share again as soon as Redis is back.
 * A terminal state is stored for `terminalRetentionMs` (and the lease dropped in the same script), so a late
 * watcher on any replica gets it and completion without a poll.
 *
 * Each watcher still brings its own fetch (its own credentials): only a replica's own watchers' fetches are used
 * to poll, and the contract of `JobTracker` holds per watcher: current state first, then every change, then
 * completion. A watcher moving between modes never sees the same state twice (per-watcher de-duplication with
 * `hasChanged`).
 *
 * Why our own lease instead of a lock library (Redlock): one Redis, one key per job and a fenced publish are the
 * whole protocol; Redlock's multi-master quorum buys nothing here and its retry loop would fight the followers'
 * own takeover timer.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import type { RedisConnection } from '../cluster/connection';
import type { JobCoordinator } from './coordinator';
import { Mailbox, type Watch } from './mailbox';
import { JobTracker, type JobSubscriber, type JobTrackerOptions, type JobTrackerStats, type JobWatchOptions } from './tracker';

export interface StateCodec<S> {
  encode(state: S): string;
  decode(text: string): S;
}

export interface RedisJobTrackerOptions<S> extends Omit<JobTrackerOptions<S>, 'onChange'> {
  redis: RedisConnection;
  /** Separates trackers sharing one Redis (e.g. `jobs`, `images`). */
  namespace: string;
  /** Lease lifetime: a dead holder's keys are taken over this long after its last renewal, at most. Default 5000. */
  leaseTtlMs?: number;
  /** Names this process in lease values (diagnostics). Default: host, pid and a random suffix. */
  replicaId?: string;
  /** Default JSON. */
  codec?: StateCodec<S>;
}

export interface RedisJobTrackerStats extends JobTrackerStats {
  /** Keys this replica polls for the cluster (it holds their lease). */
  leading: number;
  /** Keys this replica follows (another replica polls). */
  following: number;
  /** Keys polled locally because Redis is unreachable. */
  local: number;
}

type Mode = 'pending' | 'lead' | 'follow' | 'local' | 'done';

interface Member<S> {
  readonly subscriber: JobSubscriber<S>;
  readonly mailbox: Mailbox<S>;
  last?: { state: S };
  inner?: { watch: Watch<S>; detached: boolean };
}

interface Group<S> {
  readonly key: string;
  readonly owner: string;
  readonly leaseKey: string;
  readonly stateKey: string;
  readonly channel: string;
  readonly members: Set<Member<S>>;
  mode: Mode;
  /** Latest state this replica knows, with its Redis version (0 when not from Redis). */
  latest?: { state: S; version: number };
  /** A state seen while polling locally, not yet published. */
  unpublished: boolean;
  /** The first watcher's own fresh read, for seeding a local poll. */
  initial?: S;
  timer?: ReturnType<typeof setTimeout>;
  /** Redis steps of this key run one after the other: transitions never interleave. */
  queue: Promise<void>;
}

// KEYS: lease, state. ARGV: owner, leaseTtlMs. Returns {code, storedState}: 0 terminal state retained (no lease
// taken), 1 this owner holds the lease (taken now, or still its own), 2 someone else holds it.
const ACQUIRE = `
local st = redis.call('GET', KEYS[2])
if st and string.match(st, '^%d+|t|') then return {0, st} end
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return {1, st or false} end
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return {1, st or false}
end
return {2, st or false}`;

// KEYS: lease, state. ARGV: owner, flag (t|n), payload, stateTtlMs, channel. Returns the new version, 0 when the
// lease is not this owner's (the caller steps down). A terminal state ends the lease in the same step.
const PUBLISH = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
local cur = redis.call('GET', KEYS[2])
local v = 1
if cur then v = (tonumber(string.match(cur, '^(%d+)|')) or 0) + 1 end
local msg = v .. '|' .. ARGV[2] .. '|' .. ARGV[3]
redis.call('SET', KEYS[2], msg, 'PX', ARGV[4])
redis.call('PUBLISH', ARGV[5], msg)
if ARGV[2] == 't' then redis.call('DEL', KEYS[1]) end
return v`;

// KEYS: lease, state. ARGV: owner, leaseTtlMs, stateTtlMs. 1 renewed, 0 lost.
const RENEW = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[3])
return 1`;

// KEYS: lease. ARGV: owner, channel. Tells followers at once, so one of them takes over without waiting.
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
  redis.call('PUBLISH', ARGV[2], '0|r|')
  return 1
end
return 0`;

interface Parsed {
  version: number;
  flag: 't' | 'n' | 'r';
  payload: string;
}

function parse(message: string): Parsed | undefined {
  const first = message.indexOf('|');
  const second = message.indexOf('|', first + 1);
  if (first < 0 || second < 0) return undefined;
  const version = Number(message.slice(0, first));
  const flag = message.slice(first + 1, second);
  if (!Number.isInteger(version) || (flag !== 't' && flag !== 'n' && flag !== 'r')) return undefined;
  return { version, flag, payload: message.slice(second + 1) };
}

let groupSequence = 0;

/** A group's mode, read fresh: it may change while a Redis command is awaited (TypeScript would narrow it). */
const modeOf = (group: { mode: Mode }): Mode => group.mode;

export class RedisJobTracker<S> implements JobCoordinator<S> {
  private readonly inner: JobTracker<S>;
  private readonly groups = new Map<string, Group<S>>();
  private readonly byChannel = new Map<string, Group<S>>();
  private readonly redis: RedisConnection;
  private readonly codec: StateCodec<S>;
  private readonly leaseTtlMs: number;
  private readonly checkMs: number;
  private readonly stateTtlMs: number;
  private readonly terminalRetentionMs: number;
  private readonly replicaId: string;
  private readonly isTerminal: (state: S) => boolean;
  private readonly hasChanged: (previous: S, next: S) => boolean;
  private readonly acquire: (keys: string[], args: (string | number)[]) => Promise<[number, string | null]>;
  private readonly publishScript: (keys: string[], args: (string | number)[]) => Promise<number>;
  private readonly renew: (keys: string[], args: (string | number)[]) => Promise<number>;
  private readonly release: (keys: string[], args: (string | number)[]) => Promise<number>;
  private readonly offHealth: () => void;
  private readonly onMessage = (channel: string, message: string) => this.received(channel, message);
  private closed = false;
  private pending = new Set<Promise<void>>();

  constructor(private readonly options: RedisJobTrackerOptions<S>) {
    this.redis = options.redis;
    this.codec = options.codec ?? { encode: (s) => JSON.stringify(s), decode: (t) => JSON.parse(t) as S };
    this.leaseTtlMs = options.leaseTtlMs ?? 5_000;
    if (!(this.leaseTtlMs >= 30)) throw new RangeError('leaseTtlMs must be >= 30');
    this.checkMs = Math.max(10, Math.floor(this.leaseTtlMs / 3));
    this.terminalRetentionMs = Math.max(1, options.terminalRetentionMs ?? 60_000);
    // A polled key's latest state lives as long as its lease is renewed, and a while after (for followers).
    this.stateTtlMs = Math.max(this.terminalRetentionMs, this.leaseTtlMs * 10);
    this.replicaId = options.replicaId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.isTerminal = options.isTerminal;
    this.hasChanged = options.hasChanged ?? ((a, b) => !isDeepStrictEqual(a, b));
    this.inner = new JobTracker<S>({ ...options, onChange: (key, state) => this.polled(key, state) });
    this.acquire = this.redis.script(ACQUIRE, 2);
    this.publishScript = this.redis.script(PUBLISH, 2);
    this.renew = this.redis.script(RENEW, 2);
    this.release = this.redis.script(RELEASE, 1);
    this.redis.subscriber.on('message', this.onMessage);
    this.offHealth = this.redis.onHealthChange((ready) => {
      for (const group of this.groups.values()) {
        if (ready && group.mode === 'local') this.enqueue(group, () => this.share(group));
        if (!ready && (group.mode === 'lead' || group.mode === 'follow')) this.enqueue(group, async () => this.toLocal(group));
      }
    });
  }

  watch(key: string, subscriber: JobSubscriber<S>, options: JobWatchOptions<S> = {}): Watch<S> {
    if (this.closed) throw new Error('JobTracker is closed');
    let group: Group<S> | undefined;
    const mailbox = new Mailbox<S>(() => this.leave(group!, member), options.signal);
    const member: Member<S> = { subscriber, mailbox };
    if (options.signal?.aborted) {
      mailbox.close();
      return mailbox;
    }
    group = this.groups.get(key);
    if (!group) {
      group = this.createGroup(key, options.initial);
      group.members.add(member);
      if (this.redis.isReady()) this.enqueue(group, () => this.share(group!));
      else this.toLocal(group);
      return mailbox;
    }
    group.members.add(member);
    if (group.mode === 'lead' || group.mode === 'local') this.attach(group, member);
    else if (group.mode === 'follow' && group.latest) this.deliver(group, member, group.latest.state);
    // pending: the transition under way attaches every member present when it ends.
    return mailbox;
  }

  stats(): RedisJobTrackerStats {
    const inner = this.inner.stats();
    let watchers = 0;
    const modes = { lead: 0, follow: 0, local: 0 };
    for (const group of this.groups.values()) {
      watchers += group.members.size;
      if (group.mode === 'lead' || group.mode === 'follow' || group.mode === 'local') modes[group.mode] += 1;
    }
    return { ...inner, watchers, leading: modes.lead, following: modes.follow, local: modes.local };
  }

  /** Polls made by this replica for `key` (its current or retained poller). */
  pollsFor(key: string): number {
    return this.inner.pollsFor(key);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.offHealth();
    for (const group of [...this.groups.values()]) {
      for (const member of group.members) member.mailbox.end();
      group.members.clear();
      this.dispose(group);
    }
    this.inner.close();
  }

  /** Resolves when the leases this tracker held are released (after `close()`), so a successor need not wait. */
  async drained(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
    this.redis.subscriber.off('message', this.onMessage);
  }

  // ---- groups and members ----------------------------------------------------------------------------------

  private createGroup(key: string, initial: S | undefined): Group<S> {
    const { redis, options } = this;
    const group: Group<S> = {
      key,
      owner: `${this.replicaId}:${++groupSequence}`,
      leaseKey: redis.key(options.namespace, 'lease', key),
      stateKey: redis.key(options.namespace, 'state', key),
      channel: redis.key(options.namespace, 'events', key),
      members: new Set(),
      mode: 'pending',
      unpublished: false,
      initial,
      queue: Promise.resolve(),
    };
    this.groups.set(key, group);
    return group;
  }

  private enqueue(group: Group<S>, step: () => Promise<void>): void {
    // Steps run even after the key is done here: a terminal state's publication must still go out.
    group.queue = group.queue.then(step).catch(() => {
      // Redis failed under this step: this key polls locally and tries to share again later.
      if (group.mode !== 'done') this.toLocal(group);
    });
    const tracked = group.queue.then(() => {
      this.pending.delete(tracked);
    });
    this.pending.add(tracked);
  }

  private leave(group: Group<S>, member: Member<S>): void {
    this.detach(member);
    if (!group.members.delete(member)) return;
    if (group.members.size === 0) this.dispose(group);
  }

  /** The last watcher left (or the key finished): forget the key here and give the lease back. */
  private dispose(group: Group<S>): void {
    if (group.mode === 'done') return;
    const wasLeading = group.mode === 'lead';
    const wasFollowing = group.mode === 'follow';
    group.mode = 'done';
    clearTimeout(group.timer);
    if (this.groups.get(group.key) === group) this.groups.delete(group.key);
    if (this.byChannel.get(group.channel) === group) this.byChannel.delete(group.channel);
    for (const member of group.members) this.detach(member);
    const step = async () => {
      if (wasLeading && this.redis.isReady()) await this.release([group.leaseKey], [group.owner, group.channel]);
      if ((wasFollowing || wasLeading) && !this.byChannel.has(group.channel) && this.redis.isReady()) {
        await this.redis.subscriber.unsubscribe(group.channel);
      }
    };
    const run = group.queue.then(step).catch(() => {});
    const tracked = run.then(() => {
      this.pending.delete(tracked);
    });
    this.pending.add(tracked);
  }

  /** Delivers to one watcher unless it already has this state; a terminal state completes its watch. */
  private deliver(group: Group<S>, member: Member<S>, state: S): void {
    let changed: boolean;
    let terminal: boolean;
    try {
      changed = !member.last || this.hasChanged(member.last.state, state);
      terminal = this.isTerminal(state);
    } catch {
      return;
    }
    if (changed) {
      member.last = { state };
      member.mailbox.offer(state);
    }
    if (terminal) {
      this.detach(member);
      group.members.delete(member);
      member.mailbox.end();
      if (group.members.size === 0) this.dispose(group);
    }
  }

  /** Joins the watcher to this replica's own poll of the key (lead and local modes). */
  private attach(group: Group<S>, member: Member<S>): void {
    if (member.inner && !member.inner.detached) return;
    // The first watcher's own read is fresher than a stored state (which may be a dead holder's last one).
    const seed = group.initial ?? group.latest?.state;
    group.initial = undefined;
    const watch = this.inner.watch(group.key, member.subscriber, { initial: seed });
    const inner = { watch, detached: false };
    member.inner = inner;
    void (async () => {
      try {
        for await (const state of watch) {
          if (inner.detached) return;
          this.deliver(group, member, state);
        }
      } catch (error) {
        if (inner.detached) return;
        group.members.delete(member);
        member.mailbox.end({ error });
        if (group.members.size === 0) this.dispose(group);
        return;
      }
      if (inner.detached || !group.members.has(member)) return;
      group.members.delete(member);
      member.mailbox.end();
      if (group.members.size === 0) this.dispose(group);
    })();
  }

  private detach(member: Member<S>): void {
    if (!member.inner || member.inner.detached) return;
    member.inner.detached = true;
    member.inner.watch.close();
  }

  // ---- modes -------------------------------------------------------------------------------------------------

  /** Redis is usable: take the lease (lead), or follow whoever has it, or finish from a retained terminal state. */
  private async share(group: Group<S>): Promise<void> {
    // Already shared (a retry and a health event both asked): nothing to do.
    if (group.mode !== 'local' && group.mode !== 'pending') return;
    const [code, stored] = await this.acquire([group.leaseKey, group.stateKey], [group.owner, this.leaseTtlMs]);
    if (modeOf(group) === 'done') {
      if (code === 1) await this.release([group.leaseKey], [group.owner, group.channel]);
      return;
    }
    if (code === 0 && stored) {
      this.fromRedis(group, stored);
      return;
    }
    if (code === 1) {
      await this.toLead(group, stored);
      return;
    }
    await this.toFollow(group, stored);
  }

  private async toLead(group: Group<S>, stored: string | null): Promise<void> {
    clearTimeout(group.timer);
    if (stored) this.remember(group, stored);
    const fromLocal = group.mode === 'local';
    group.mode = 'lead';
    this.byChannel.delete(group.channel);
    for (const member of [...group.members]) this.attach(group, member);
    // What this replica saw alone while Redis was away is news to the followers.
    if (fromLocal && group.unpublished && group.latest) await this.publish(group, group.latest.state);
    this.scheduleRenewal(group);
  }

  private async toFollow(group: Group<S>, stored: string | null): Promise<void> {
    clearTimeout(group.timer);
    group.mode = 'follow';
    group.unpublished = false;
    // Read when the key was first watched: stale by the time this replica might lead.
    group.initial = undefined;
    for (const member of group.members) this.detach(member);
    this.byChannel.set(group.channel, group);
    await this.redis.subscriber.subscribe(group.channel);
    if (stored) this.fromRedis(group, stored);
    if (group.mode !== 'follow') return;
    // A state published between the lease check and the subscription is in the state key.
    const now = await this.redis.client.get(group.stateKey);
    if (now) this.fromRedis(group, now);
    if (group.mode !== 'follow') return;
    if (group.latest) for (const member of [...group.members]) this.deliver(group, member, group.latest.state);
    this.scheduleTakeover(group);
  }

  /** Polls for this replica's own watchers only (Redis unreachable or failing). */
  private toLocal(group: Group<S>): void {
    if (group.mode === 'done' || group.mode === 'local') return;
    clearTimeout(group.timer);
    group.mode = 'local';
    if (this.byChannel.get(group.channel) === group) this.byChannel.delete(group.channel);
    for (const member of [...group.members]) this.attach(group, member);
    this.scheduleRetry(group);
  }

  private scheduleRenewal(group: Group<S>): void {
    group.timer = setTimeout(() => {
      this.enqueue(group, async () => {
        if (group.mode !== 'lead') return;
        const renewed = await this.renew([group.leaseKey, group.stateKey], [group.owner, this.leaseTtlMs, this.stateTtlMs]);
        if (group.mode !== 'lead') return;
        if (renewed === 1) this.scheduleRenewal(group);
        // Someone else holds the lease now (this process stalled past the TTL): follow it.
        else await this.toFollow(group, null);
      });
    }, this.checkMs);
    group.timer.unref?.();
  }

  private scheduleTakeover(group: Group<S>): void {
    clearTimeout(group.timer);
    group.timer = setTimeout(() => this.enqueue(group, () => this.checkLease(group)), this.checkMs);
    group.timer.unref?.();
  }

  private async checkLease(group: Group<S>): Promise<void> {
    if (group.mode !== 'follow') return;
    const [code, stored] = await this.acquire([group.leaseKey, group.stateKey], [group.owner, this.leaseTtlMs]);
    if (group.mode !== 'follow') {
      if (code === 1) await this.release([group.leaseKey], [group.owner, group.channel]);
      return;
    }
    if (stored) this.fromRedis(group, stored);
    if (group.mode !== 'follow') return;
    if (code === 1) await this.toLead(group, null);
    else this.scheduleTakeover(group);
  }

  private scheduleRetry(group: Group<S>): void {
    clearTimeout(group.timer);
    group.timer = setTimeout(() => {
      if (group.mode !== 'local') return;
      if (this.redis.isReady()) this.enqueue(group, () => this.share(group));
      else this.scheduleRetry(group);
    }, Math.max(this.checkMs, 250));
    group.timer.unref?.();
  }

  // ---- states --------------------------------------------------------------------------------------------------

  /** From the in-memory poller (lead and local modes), before its watchers get it. */
  private polled(key: string, state: S): void {
    const group = this.groups.get(key);
    if (!group || (group.mode !== 'lead' && group.mode !== 'local')) return;
    if (group.latest && !this.safeChanged(group.latest.state, state)) return;
    group.latest = { state, version: group.latest?.version ?? 0 };
    if (group.mode === 'local') {
      group.unpublished = true;
      return;
    }
    this.enqueue(group, () => this.publish(group, state));
  }

  private async publish(group: Group<S>, state: S): Promise<void> {
    // 'done': the last watcher left right after this state (typically the terminal one): it still goes out.
    if (group.mode !== 'lead' && group.mode !== 'done') {
      if (group.mode === 'local') group.unpublished = true;
      return;
    }
    const terminal = this.isTerminal(state);
    const version = await this.publishScript(
      [group.leaseKey, group.stateKey],
      [group.owner, terminal ? 't' : 'n', this.codec.encode(state), terminal ? this.terminalRetentionMs : this.stateTtlMs, group.channel],
    );
    group.unpublished = false;
    if (version > 0) {
      if (group.latest) group.latest.version = Math.max(group.latest.version, version);
      return;
    }
    // The lease is someone else's: our watchers follow the new holder (which has or will publish this state).
    if (!terminal && group.mode === 'lead') await this.toFollow(group, null);
  }

  private received(channel: string, message: string): void {
    const group = this.byChannel.get(channel);
    if (!group || group.mode !== 'follow') return;
    const parsed = parse(message);
    if (!parsed) return;
    if (parsed.flag === 'r') {
      // The holder let go (its last watcher left, or it shut down): take over now rather than at the next check.
      this.enqueue(group, () => this.checkLease(group));
      return;
    }
    this.fromRedis(group, message);
  }

  /** A versioned state from Redis (stored or published): delivered if newer than what this replica has. */
  private fromRedis(group: Group<S>, message: string): void {
    const parsed = parse(message);
    if (!parsed || parsed.flag === 'r') return;
    if (group.latest && parsed.version > 0 && parsed.version <= group.latest.version) return;
    let state: S;
    try {
      state = this.codec.decode(parsed.payload);
    } catch {
      return;
    }
    group.latest = { state, version: parsed.version };
    const terminal = parsed.flag === 't';
    if (group.mode === 'follow' || group.mode === 'pending' || terminal) {
      for (const member of [...group.members]) this.deliver(group, member, state);
    }
    if (terminal && group.mode !== 'done') {
      // A retained terminal state settles the key for every watcher, whatever the mode.
      for (const member of [...group.members]) {
        this.detach(member);
        member.mailbox.end();
      }
      group.members.clear();
      this.dispose(group);
    }
  }

  private remember(group: Group<S>, message: string): void {
    const parsed = parse(message);
    if (!parsed || parsed.flag === 'r') return;
    if (group.latest && parsed.version <= group.latest.version) return;
    try {
      group.latest = { state: this.codec.decode(parsed.payload), version: parsed.version };
    } catch {
      // An unreadable stored state is as good as none: the poll will tell.
    }
  }

  private safeChanged(previous: S, next: S): boolean {
    try {
      return this.hasChanged(previous, next);
    } catch {
      return true;
    }
  }
}
