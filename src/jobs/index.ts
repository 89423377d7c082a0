/**
 * The job-watching engine: however many watchers follow one key, the upstream sees one poll per interval.
 * It knows nothing of GraphQL or HTTP; it is generic over the state `S` and receives upstream reads as functions.
 *
 * ```ts
 * const jobs = new JobTracker<Job>({ isTerminal: (job) => job.status === 'SUCCESS' || job.status === 'FAIL' });
 * const watch = jobs.watch(`${upstream}|${projectId}|${jobId}`, { fetch: (signal) => ims.getJob(jobId, { token, signal }) });
 * for await (const job of watch) send(job); // current state, each change, the terminal state, then done
 * ```
 *
 * `new JobTracker<S>(options: JobTrackerOptions<S>)`
 *   - `isTerminal(state): boolean` (required). After a terminal state is delivered, every watch of the key
 *     completes, polling stops, and the state is kept `terminalRetentionMs` (default 60 000) so later watchers get
 *     it and completion at once, without a poll.
 *   - `hasChanged(previous, next): boolean`: default `!isDeepStrictEqual`. Only changes are delivered.
 *   - `minIntervalMs` (1000), `maxIntervalMs` (15 000), `backoffFactor` (1.5): the interval starts at the minimum,
 *     is multiplied by the factor after each poll that saw no change (capped at the maximum) and returns to the
 *     minimum on a change.
 *   - `maxConsecutiveErrors` (3), `errorBackoffFactor` (2), `isRetryable(error)` (always true): a failed poll is
 *     retried after `min(maxIntervalMs, minIntervalMs * errorBackoffFactor^(n-1))`, and never before the error's
 *     `retryAfterMs` (a number property, as on the upstream layer's errors; 429s count as failures). On the
 *     `maxConsecutiveErrors`-th consecutive failure, or a non-retryable one, the error is thrown by every watch of
 *     the key and the poller is forgotten: the next watcher starts afresh.
 *   - `isSubscriberFault(error)` (never): the error says the poll owner's credentials were refused (token expired
 *     or revoked, access lost), not that the upstream is unwell. It is no poll failure: only that watcher's watch
 *     throws it (with every watcher whose subscriber has the same `credentials`), they leave, and the poll is
 *     made again at once with the next watcher's fetch. With nobody left, the poller stops. The gateway counts
 *     upstream HTTP 401, 403 and 404 as subscriber faults.
 *   - `timers: { setTimeout, clearTimeout }`: defaults to the globals, looked up per call (vitest fake timers work).
 *
 * `tracker.watch(key, subscriber: { fetch(signal): Promise<S>, credentials? }, { signal?, initial? }): Watch<S>`
 *   - `key` identifies what is polled; the caller composes it (upstream, project, job id) so tenants never share.
 *   - The first watcher of a key triggers an immediate poll; later ones get the last state seen first.
 *   - `initial`: a state the caller has just read itself (e.g. while authorising the watcher). If the key has no
 *     poller (hence no retained state), it is delivered first and takes the place of the first poll (it is not
 *     counted in `polls`): the first poll comes `minIntervalMs` later, so the first watcher costs one upstream
 *     read, not two. A terminal `initial` completes the watch and is retained. Ignored when the key is already
 *     polled or retained (that state is as new or newer).
 *   - `credentials`: an opaque name of the credentials `fetch` uses (e.g. a token hash); see `isSubscriberFault`.
 *   - Each watcher brings its own `fetch` (its own credentials). The shared poll uses the fetch of the oldest
 *     watcher still present; when that watcher leaves, its in-flight request is aborted and the next watcher's
 *     fetch polls at once. A departed watcher's fetch is never called again.
 *   - `fetch` gets an AbortSignal that fires when its result is no longer wanted.
 *   - The watch stops on `return()`, `close()` or `signal` abort; the last watcher leaving stops the poller
 *     (timer cleared, in-flight request aborted).
 *   - Each watch buffers only the newest state: a slow or stalled consumer skips intermediate snapshots and never
 *     delays the others. A terminal state is always delivered before completion.
 *
 * `tracker.stats(): { activePollers, retainedTerminalStates, watchers, polls }`, `tracker.pollsFor(key): number`,
 * `tracker.close()` (graceful shutdown: completes every watch, clears every timer, refuses new watches).
 *
 * `watchMany(tracker, targets: Iterable<{ key, subscriber, initial? }>, { signal? }): Watch<{ key, state }>`:
 * several keys merged into one stream, completing when all are terminal; the first error closes the rest and is
 * thrown.
 *
 * `Watch<T>`: an `AsyncIterableIterator<T>` with `close()`.
 *
 * `JobCoordinator<S>` is the interface both engines implement (`watch`, `stats`, `close`): `JobTracker` in memory
 * (the default), and `RedisJobTracker` (redis-tracker.ts) for several replicas: one poller per key in the whole
 * cluster through a Redis lease, states shared by pub/sub, local polling while Redis is unreachable.
 */
export type { JobCoordinator } from './coordinator';
export { JobTracker } from './tracker';
export type { JobSubscriber, JobTrackerOptions, JobTrackerStats, JobWatchOptions, Timers, WatchOptions } from './tracker';
export { watchMany } from './watch-many';
export type { KeyedState, WatchTarget } from './watch-many';
export type { Watch } from './mailbox';
