import type { Watch } from './mailbox';
import type { JobSubscriber, JobTrackerStats, JobWatchOptions } from './tracker';

/**
 * What the gateway needs from a job engine: watch a key with one's own credentials, see stats, close. Two
 * implementations: `JobTracker` (in memory, one process; the default) and `RedisJobTracker` (several replicas,
 * one poller per key in the whole cluster through a Redis lease). Both keep the same delivery contract
 * (current state first, then each change, then completion; see index.ts).
 */
export interface JobCoordinator<S> {
  watch(key: string, subscriber: JobSubscriber<S>, options?: JobWatchOptions<S>): Watch<S>;
  stats(): JobTrackerStats;
  close(): void;
}
