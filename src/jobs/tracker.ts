import { isDeepStrictEqual } from 'node:util';
import { Mailbox, type Watch } from './mailbox';
import type { JobCoordinator } from './coordinator';

/** One watcher's way to read the upstream, bound to that watcher's own credentials. */
export interface JobSubscriber<S> {
  fetch(signal: AbortSignal): Promise<S>;
  /**
   * Identifies the credentials `fetch` uses (e.g. a token hash). Watchers sharing it are refused together: when
   * one of their fetches is refused (`isSubscriberFault`), theirs would be too, and asking again costs a request each.
   */
  credentials?: string;
}

/** The timer functions the tracker uses; injectable so tests control time. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface JobTrackerOptions<S> {
  /** A terminal state is delivered, then every watch of that key completes and polling stops. */
  isTerminal(state: S): boolean;
  /** Whether `next` is worth sending to watchers. Default: not deeply equal. */
  hasChanged?(previous: S, next: S): boolean;
  /** Whether a failed poll may be retried; `false` delivers the error at once. Default: always. */
  isRetryable?(error: unknown): boolean;
  /**
   * Whether a failed fetch says its owner may no longer read (its token expired, it lost access) rather than
   * that the upstream is unwell. Such an error ends only that watcher's watch; the poll is retried at once with
   * the next watcher's fetch. Default: never.
   */
  isSubscriberFault?(error: unknown): boolean;
  /** Delay after a change, and the first error backoff. Default 1000. */
  minIntervalMs?: number;
  /** Ceiling of the interval and of the error backoff (not of Retry-After). Default 15000. */
  maxIntervalMs?: number;
  /** The interval is multiplied by this after each poll that saw no change. Default 1.5. */
  backoffFactor?: number;
  /** The delay before retry n+1 is this times the delay before retry n. Default 2. */
  errorBackoffFactor?: number;
  /** How long a terminal state is kept to answer late watchers without polling. Default 60000. */
  terminalRetentionMs?: number;
  /** Consecutive failed polls after which the error reaches the watchers. Default 3. */
  maxConsecutiveErrors?: number;
  timers?: Timers;
  /**
   * Called with every state delivered to the watchers of `key` (the seed, then each change), before delivery.
   * For a coordinator that publishes what this tracker sees (see redis-tracker.ts). Must not throw.
   */
  onChange?(key: string, state: S): void;
}

export interface WatchOptions {
  /** Aborting it closes the watch, like `return()`. */
  signal?: AbortSignal;
}

export interface JobWatchOptions<S> extends WatchOptions {
  /**
   * A state the caller has just read with this watcher's credentials. Used only when the key has no poller (and
   * so no retained state): it is delivered first and the first poll waits `minIntervalMs` instead of running at
   * once. Otherwise ignored: the poller's own state is newer or as new.
   */
  initial?: S;
}

export interface JobTrackerStats {
  /** Keys being polled now. */
  activePollers: number;
  /** Keys whose terminal state is kept for late watchers (no polling). */
  retainedTerminalStates: number;
  /** Watches currently attached to a poller. */
  watchers: number;
  /** Polls started since the tracker was created (all keys). */
  polls: number;
}

type Settings<S> = Required<Omit<JobTrackerOptions<S>, 'timers' | 'onChange'>> & {
  timers: Timers;
  onChange?: JobTrackerOptions<S>['onChange'];
};

const defaultTimers: Timers = {
  // Looked up at call time so that fake timers installed after import still apply.
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** `retryAfterMs` as carried by the upstream layer's errors (429/503 with Retry-After). */
function retryAfterOf(error: unknown): number {
  if (typeof error !== 'object' || error === null) return 0;
  const value = (error as { retryAfterMs?: unknown }).retryAfterMs;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

interface Member<S> {
  readonly subscriber: JobSubscriber<S>;
  readonly mailbox: Mailbox<S>;
}

/** The shared poll of one key. Lives while it has watchers, then (if terminal) for the retention period. */
class Poller<S> {
  /** Insertion-ordered: the oldest watcher still present lends its fetch to the shared poll. */
  private readonly members = new Set<Member<S>>();
  private last: { state: S } | undefined;
  private terminal = false;
  private delayMs: number;
  private consecutiveErrors = 0;
  private timer: unknown;
  private inFlight: { controller: AbortController; member: Member<S> } | undefined;
  /** Whether the first poll has been made or scheduled. */
  private started = false;
  polls = 0;

  constructor(
    readonly key: string,
    private readonly settings: Settings<S>,
    private readonly events: { dropped(poller: Poller<S>): void; polled(): void },
  ) {
    this.delayMs = settings.minIntervalMs;
  }

  get isTerminal(): boolean {
    return this.terminal;
  }

  get watcherCount(): number {
    return this.members.size;
  }

  join(member: Member<S>): void {
    if (this.last) member.mailbox.offer(this.last.state);
    if (this.terminal) {
      member.mailbox.end();
      return;
    }
    this.members.add(member);
    if (this.started) return;
    this.started = true;
    void this.poll();
  }

  /** Joins the first watcher with a state it just read, in place of the first poll. */
  seed(member: Member<S>, initial: S): void {
    let terminal: boolean;
    try {
      terminal = this.settings.isTerminal(initial);
    } catch {
      // Not trusted as a state: polling decides, as without a seed.
      this.join(member);
      return;
    }
    this.started = true;
    this.last = { state: initial };
    this.settings.onChange?.(this.key, initial);
    this.members.add(member);
    member.mailbox.offer(initial);
    if (terminal) this.finish();
    else this.schedule(this.settings.minIntervalMs);
  }

  leave(member: Member<S>): void {
    if (!this.members.delete(member)) return;
    if (this.members.size === 0) {
      this.drop();
      return;
    }
    if (this.inFlight?.member === member) {
      // Its owner's credentials must not be used any further, even by a request already under way.
      this.inFlight.controller.abort();
      this.inFlight = undefined;
      void this.poll();
    }
  }

  /** Ends every watch (with `failure` if given) and forgets this poller at once. */
  shutdown(failure?: { error: unknown }): void {
    for (const member of this.members) member.mailbox.end(failure);
    this.members.clear();
    this.drop();
  }

  private drop(): void {
    this.settings.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.inFlight?.controller.abort();
    this.inFlight = undefined;
    this.events.dropped(this);
  }

  private schedule(ms: number): void {
    this.timer = this.settings.timers.setTimeout(() => {
      this.timer = undefined;
      void this.poll();
    }, ms);
  }

  private async poll(): Promise<void> {
    const member = this.members.values().next().value;
    if (!member) return;
    const flight = { controller: new AbortController(), member };
    this.inFlight = flight;
    this.polls += 1;
    this.events.polled();
    let state: S;
    let changed: boolean;
    let terminal: boolean;
    try {
      state = await member.subscriber.fetch(flight.controller.signal);
    } catch (error) {
      if (this.inFlight !== flight) return;
      this.inFlight = undefined;
      if (this.isSubscriberFault(error)) this.refused(member, error);
      else this.failed(error);
      return;
    }
    if (this.inFlight !== flight) return;
    try {
      // Caller predicates run here so that a throwing predicate is handled like a failed poll.
      changed = !this.last || this.settings.hasChanged(this.last.state, state);
      terminal = this.settings.isTerminal(state);
    } catch (error) {
      this.inFlight = undefined;
      this.failed(error);
      return;
    }
    this.inFlight = undefined;
    this.consecutiveErrors = 0;
    this.last = { state };
    if (changed) {
      this.settings.onChange?.(this.key, state);
      for (const { mailbox } of this.members) mailbox.offer(state);
      this.delayMs = this.settings.minIntervalMs;
    } else {
      this.delayMs = Math.min(this.settings.maxIntervalMs, this.delayMs * this.settings.backoffFactor);
    }
    if (terminal) this.finish();
    else this.schedule(this.delayMs);
  }

  private isSubscriberFault(error: unknown): boolean {
    try {
      return this.settings.isSubscriberFault(error);
    } catch {
      return false;
    }
  }

  /**
   * The owner's credentials were refused: the upstream is fine, so this is no poll error. The owner (and whoever
   * shares its credentials) gets the error; the others carry on with the next owner's fetch at once.
   */
  private refused(owner: Member<S>, error: unknown): void {
    const credentials = owner.subscriber.credentials;
    for (const member of [...this.members]) {
      if (member !== owner && (credentials === undefined || member.subscriber.credentials !== credentials)) continue;
      this.members.delete(member);
      member.mailbox.end({ error });
    }
    if (this.members.size === 0) this.drop();
    else void this.poll();
  }

  private failed(error: unknown): void {
    this.consecutiveErrors += 1;
    const { maxConsecutiveErrors, isRetryable, minIntervalMs, maxIntervalMs, errorBackoffFactor } = this.settings;
    let retryable: boolean;
    try {
      retryable = isRetryable(error);
    } catch {
      retryable = false;
    }
    if (!retryable || this.consecutiveErrors >= maxConsecutiveErrors) {
      this.shutdown({ error });
      return;
    }
    const backoff = Math.min(maxIntervalMs, minIntervalMs * errorBackoffFactor ** (this.consecutiveErrors - 1));
    this.schedule(Math.max(backoff, retryAfterOf(error)));
  }

  private finish(): void {
    this.terminal = true;
    for (const { mailbox } of this.members) mailbox.end();
    this.members.clear();
    if (this.settings.terminalRetentionMs > 0) {
      this.timer = this.settings.timers.setTimeout(() => {
        this.timer = undefined;
        this.events.dropped(this);
      }, this.settings.terminalRetentionMs);
    } else {
      this.events.dropped(this);
    }
  }
}

/**
 * One shared poller per key, whatever the number of watchers. See `src/jobs/index.ts` for the contract.
 */
export class JobTracker<S> implements JobCoordinator<S> {
  private readonly pollers = new Map<string, Poller<S>>();
  private readonly settings: Settings<S>;
  private polls = 0;
  private closed = false;

  constructor(options: JobTrackerOptions<S>) {
    this.settings = {
      hasChanged: (previous, next) => !isDeepStrictEqual(previous, next),
      isRetryable: () => true,
      isSubscriberFault: () => false,
      minIntervalMs: 1_000,
      maxIntervalMs: 15_000,
      backoffFactor: 1.5,
      errorBackoffFactor: 2,
      terminalRetentionMs: 60_000,
      maxConsecutiveErrors: 3,
      timers: defaultTimers,
      ...withoutUndefined(options),
      isTerminal: options.isTerminal,
    };
    const s = this.settings;
    if (!(s.minIntervalMs > 0)) throw new RangeError('minIntervalMs must be > 0');
    if (!(s.maxIntervalMs >= s.minIntervalMs)) throw new RangeError('maxIntervalMs must be >= minIntervalMs');
    if (!(s.backoffFactor >= 1) || !(s.errorBackoffFactor >= 1)) throw new RangeError('backoff factors must be >= 1');
    if (!(s.terminalRetentionMs >= 0)) throw new RangeError('terminalRetentionMs must be >= 0');
    if (!Number.isInteger(s.maxConsecutiveErrors) || s.maxConsecutiveErrors < 1) {
      throw new RangeError('maxConsecutiveErrors must be an integer >= 1');
    }
  }

  /**
   * Streams the state of `key`: the current state first, then each change, then completion after a terminal
   * state. The iterator throws if polling fails `maxConsecutiveErrors` times in a row, or at once if this
   * watcher's own fetch is refused (`isSubscriberFault`).
   */
  watch(key: string, subscriber: JobSubscriber<S>, options: JobWatchOptions<S> = {}): Watch<S> {
    if (this.closed) throw new Error('JobTracker is closed');
    let poller: Poller<S> | undefined;
    const mailbox = new Mailbox<S>(() => poller?.leave(member), options.signal);
    const member: Member<S> = { subscriber, mailbox };
    if (options.signal?.aborted) {
      mailbox.close();
      return mailbox;
    }
    poller = this.pollers.get(key);
    if (!poller) {
      poller = this.createPoller(key);
      if (options.initial !== undefined) {
        poller.seed(member, options.initial);
        return mailbox;
      }
    }
    poller.join(member);
    return mailbox;
  }

  private createPoller(key: string): Poller<S> {
    const poller: Poller<S> = new Poller(key, this.settings, {
        dropped: (dropped) => {
          if (this.pollers.get(dropped.key) === dropped) this.pollers.delete(dropped.key);
        },
        polled: () => {
          this.polls += 1;
        },
      });
    this.pollers.set(key, poller);
    return poller;
  }

  /** Polls made for `key` by its current (or retained terminal) poller; 0 when there is none. */
  pollsFor(key: string): number {
    return this.pollers.get(key)?.polls ?? 0;
  }

  stats(): JobTrackerStats {
    let activePollers = 0;
    let retainedTerminalStates = 0;
    let watchers = 0;
    for (const poller of this.pollers.values()) {
      if (poller.isTerminal) retainedTerminalStates += 1;
      else activePollers += 1;
      watchers += poller.watcherCount;
    }
    return { activePollers, retainedTerminalStates, watchers, polls: this.polls };
  }

  /** For graceful shutdown: completes every watch, stops every timer, refuses new watches. */
  close(): void {
    this.closed = true;
    for (const poller of [...this.pollers.values()]) poller.shutdown();
    this.pollers.clear();
  }
}

function withoutUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
