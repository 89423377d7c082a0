import { Mailbox, type Watch } from './mailbox';
import type { JobCoordinator } from './coordinator';
import type { JobSubscriber, WatchOptions } from './tracker';

export interface WatchTarget<S> {
  key: string;
  subscriber: JobSubscriber<S>;
  /** As `JobWatchOptions.initial`: a state of this key the caller just read. */
  initial?: S;
}

export interface KeyedState<S> {
  key: string;
  state: S;
}

/**
 * Several keys in one stream of `{ key, state }`: each key's current state, then its changes, completing when
 * every key has reached a terminal state. The first error (after the tracker's retries) closes the other keys
 * and is thrown. A repeated key is watched once.
 */
export function watchMany<S>(
  tracker: JobCoordinator<S>,
  targets: Iterable<WatchTarget<S>>,
  options: WatchOptions = {},
): Watch<KeyedState<S>> {
  const watches = new Map<string, Watch<S>>();
  const closeAll = () => {
    for (const watch of watches.values()) watch.close();
  };
  const merged = new Mailbox<KeyedState<S>>(closeAll, options.signal);
  if (options.signal?.aborted) {
    merged.close();
    return merged;
  }
  for (const { key, subscriber, initial } of targets) {
    if (!watches.has(key)) watches.set(key, tracker.watch(key, subscriber, { initial }));
  }
  let running = watches.size;
  if (running === 0) merged.end();

  // Each key is drained eagerly into the merged mailbox, which still keeps only the newest state per key.
  const pump = async (key: string, watch: Watch<S>) => {
    try {
      for await (const state of watch) merged.offer({ key, state }, key);
    } catch (error) {
      merged.end({ error });
      closeAll();
      return;
    }
    running -= 1;
    if (running === 0) merged.end();
  };
  for (const [key, watch] of watches) void pump(key, watch);
  return merged;
}
