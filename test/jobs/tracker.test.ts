import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JobTracker, type JobTrackerOptions } from '../../src/jobs';
import { FakeJob, RateLimited, Refused, collect, isRefusal, isTerminal, outcome, settle, type JobState } from './helpers';

const running = (progress: number): JobState => ({ status: 'RUNNING', progress });
const success: JobState = { status: 'SUCCESS', progress: 1 };

function tracker(options: Partial<JobTrackerOptions<JobState>> = {}) {
  return new JobTracker<JobState>({
    isTerminal,
    minIntervalMs: 1_000,
    maxIntervalMs: 8_000,
    backoffFactor: 2,
    terminalRetentionMs: 60_000,
    maxConsecutiveErrors: 3,
    ...options,
  });
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});

afterEach(() => {
  vi.useRealTimers();
});

/** A job that moves on by itself as fake time passes, so runs with different audiences can be compared. */
function scriptedJob(): FakeJob {
  const job = new FakeJob(running(0));
  const script: Array<[number, JobState]> = [
    [2_500, running(0.2)],
    [9_000, running(0.6)],
    [30_000, success],
  ];
  for (const [at, state] of script) setTimeout(() => (job.state = state), at);
  return job;
}

describe('JobTracker.watch', () => {
  it('polls once per interval for 200 watchers, as for one', async () => {
    const alone = scriptedJob();
    const soloRun = collect(tracker().watch('job', alone.subscriber()));
    await vi.advanceTimersByTimeAsync(120_000);
    const soloStates = await soloRun;

    vi.setSystemTime(0);
    const crowded = scriptedJob();
    const jobs = tracker();
    const subscribers = Array.from({ length: 200 }, () => crowded.subscriber());
    const runs = subscribers.map((subscriber) => collect(jobs.watch('job', subscriber)));
    await vi.advanceTimersByTimeAsync(120_000);
    const crowdStates = await Promise.all(runs);

    expect(soloStates).toEqual([running(0), running(0.2), running(0.6), success]);
    expect(crowded.readsAt).toEqual(alone.readsAt);
    const fetchCalls = subscribers.reduce((sum, s) => sum + s.fetch.mock.calls.length, 0);
    expect(fetchCalls).toBe(alone.readsAt.length);
    for (const states of crowdStates) expect(states).toEqual(soloStates);
  });

  it('gives a late joiner the last state first, without polling for it', async () => {
    const job = new FakeJob(running(0.1));
    const jobs = tracker();
    const early = jobs.watch('job', job.subscriber());
    expect((await early.next()).value).toEqual(running(0.1));
    job.state = running(0.4);
    await vi.advanceTimersByTimeAsync(1_000);
    const reads = job.readsAt.length;

    const lateSubscriber = job.subscriber();
    const late = jobs.watch('job', lateSubscriber);
    expect(await late.next()).toEqual({ done: false, value: running(0.4) });
    expect(lateSubscriber.fetch).not.toHaveBeenCalled();
    expect(job.readsAt).toHaveLength(reads);

    job.state = running(0.9);
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await late.next()).value).toEqual(running(0.9));
    expect((await early.next()).value).toEqual(running(0.9));
    jobs.close();
  });

  it('delivers the terminal state, then completes, and stops polling', async () => {
    const job = new FakeJob(running(0.5));
    const jobs = tracker();
    const run = collect(jobs.watch('job', job.subscriber()));
    await settle();
    job.state = success;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await run).toEqual([running(0.5), success]);
    const reads = job.readsAt.length;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(job.readsAt).toHaveLength(reads);
    expect(jobs.stats()).toMatchObject({ activePollers: 0, retainedTerminalStates: 1, watchers: 0 });
  });

  it('answers a watcher who arrives after the end from the kept terminal state, with no poll', async () => {
    const job = new FakeJob(success);
    const jobs = tracker({ terminalRetentionMs: 60_000 });
    expect(await collect(jobs.watch('job', job.subscriber()))).toEqual([success]);
    await vi.advanceTimersByTimeAsync(59_000);

    const latecomer = job.subscriber();
    expect(await collect(jobs.watch('job', latecomer))).toEqual([success]);
    expect(latecomer.fetch).not.toHaveBeenCalled();
    expect(job.readsAt).toHaveLength(1);

    // Once the retention is over the state is forgotten: nothing left behind, and a new watcher polls again.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(jobs.stats()).toMatchObject({ activePollers: 0, retainedTerminalStates: 0 });
    expect(vi.getTimerCount()).toBe(0);
    const afterRetention = job.subscriber();
    expect(await collect(jobs.watch('job', afterRetention))).toEqual([success]);
    expect(afterRetention.fetch).toHaveBeenCalledTimes(1);
  });

  it('lengthens the interval while nothing changes and returns to the minimum on a change', async () => {
    const job = new FakeJob(running(0.1));
    const jobs = tracker({ minIntervalMs: 1_000, backoffFactor: 2, maxIntervalMs: 8_000 });
    const watch = jobs.watch('job', job.subscriber());
    const seen = collect(watch);
    await vi.advanceTimersByTimeAsync(23_000);
    expect(job.readsAt).toEqual([0, 1_000, 3_000, 7_000, 15_000, 23_000]);

    job.state = running(0.2);
    await vi.advanceTimersByTimeAsync(8_000);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(job.readsAt.slice(6)).toEqual([31_000, 32_000]);

    // Fresh but equal objects are not changes: the watcher saw exactly two states.
    watch.close();
    expect(await seen).toEqual([running(0.1), running(0.2)]);
  });

  it('does not poll again before the Retry-After the upstream asked for', async () => {
    const job = new FakeJob(running(0.3));
    job.failure = () => new RateLimited(10_000);
    const jobs = tracker({ minIntervalMs: 1_000 });
    const watch = jobs.watch('job', job.subscriber());
    await settle();
    expect(job.readsAt).toEqual([0]);

    job.failure = undefined;
    await vi.advanceTimersByTimeAsync(9_999);
    expect(job.readsAt).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1);
    expect(job.readsAt).toEqual([0, 10_000]);
    expect(await watch.next()).toEqual({ done: false, value: running(0.3) });
    watch.close();
  });

  it('retries transient failures with growing delays, without telling the watchers', async () => {
    const job = new FakeJob(running(0.3));
    job.failure = () => new Error('503 Service Unavailable');
    const jobs = tracker({ minIntervalMs: 1_000, maxConsecutiveErrors: 3 });
    const watch = jobs.watch('job', job.subscriber());
    const first = watch.next();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(job.readsAt).toEqual([0, 1_000]);

    job.failure = undefined;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(job.readsAt).toEqual([0, 1_000, 3_000]);
    expect(await first).toEqual({ done: false, value: running(0.3) });

    // The error count starts again after a success: two more failures are absorbed, the third is not.
    const outage = new Error('still 503');
    job.failure = () => outage;
    const second = watch.next().catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1_000 + 1_000);
    expect(job.readsAt).toEqual([0, 1_000, 3_000, 4_000, 5_000]);
    expect(jobs.stats().activePollers).toBe(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await second).toBe(outage);
  });

  it('hands a persistent failure to every watcher and forgets the poller', async () => {
    const job = new FakeJob(running(0.3));
    const outage = new Error('503 Service Unavailable');
    job.failure = () => outage;
    const jobs = tracker({ maxConsecutiveErrors: 3 });
    const runs = [jobs.watch('job', job.subscriber()), jobs.watch('job', job.subscriber())].map((watch) =>
      collect(watch).then(
        () => 'completed',
        (error: unknown) => error,
      ),
    );
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await Promise.all(runs)).toEqual([outage, outage]);
    expect(job.readsAt).toHaveLength(3);
    expect(jobs.stats()).toMatchObject({ activePollers: 0, retainedTerminalStates: 0, watchers: 0 });
    expect(vi.getTimerCount()).toBe(0);

    job.failure = undefined;
    const again = job.subscriber();
    const watch = jobs.watch('job', again);
    expect(again.fetch).toHaveBeenCalledTimes(1);
    expect((await watch.next()).value).toEqual(running(0.3));
    watch.close();
  });

  it('delivers a non-retryable failure at once', async () => {
    const job = new FakeJob(running(0));
    const notFound = Object.assign(new Error('404'), { status: 404 });
    job.failure = () => notFound;
    const jobs = tracker({ isRetryable: (error) => (error as { status?: number }).status !== 404 });
    await expect(jobs.watch('job', job.subscriber()).next()).rejects.toBe(notFound);
    expect(job.readsAt).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops polling when the last watcher leaves, by return() or by abort', async () => {
    const job = new FakeJob(running(0.3));
    const jobs = tracker();
    const byReturn = jobs.watch('job', job.subscriber());
    const aborter = new AbortController();
    const byAbort = jobs.watch('job', job.subscriber(), { signal: aborter.signal });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(jobs.stats()).toMatchObject({ activePollers: 1, watchers: 2 });

    await byReturn.return();
    await vi.advanceTimersByTimeAsync(2_000);
    const reads = job.readsAt.length;
    aborter.abort();
    expect(jobs.stats()).toMatchObject({ activePollers: 0, watchers: 0 });
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(job.readsAt).toHaveLength(reads);
    // The aborted watch still hands over what it had, then ends.
    expect(await collect(byAbort)).toEqual([]);
  });

  it('aborts the request in flight when the last watcher leaves', async () => {
    let seen: AbortSignal | undefined;
    const jobs = tracker();
    const watch = jobs.watch('job', {
      fetch: (signal) => {
        seen = signal;
        return new Promise<JobState>(() => {});
      },
    });
    expect(seen?.aborted).toBe(false);
    watch.close();
    expect(seen?.aborted).toBe(true);
    expect(await watch.next()).toEqual({ done: true, value: undefined });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never calls the fetch of a watcher after it left', async () => {
    const job = new FakeJob(running(0.1));
    const jobs = tracker();
    const alice = job.subscriber();
    const bob = job.subscriber();
    const aliceWatch = jobs.watch('job', alice);
    const bobWatch = jobs.watch('job', bob);
    const bobSaw = collect(bobWatch);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(alice.fetch).toHaveBeenCalledTimes(2);
    expect(bob.fetch).not.toHaveBeenCalled();

    aliceWatch.close();
    job.state = running(0.5);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(alice.fetch).toHaveBeenCalledTimes(2);
    expect(bob.fetch.mock.calls.length).toBeGreaterThan(0);
    bobWatch.close();
    expect(await bobSaw).toEqual([running(0.1), running(0.5)]);
  });

  it('hands an in-flight poll over to the next watcher when its owner leaves', async () => {
    const jobs = tracker();
    let aliceSignal: AbortSignal | undefined;
    let answerAlice: ((state: JobState) => void) | undefined;
    const alice = {
      fetch: vi.fn((signal: AbortSignal) => {
        aliceSignal = signal;
        return new Promise<JobState>((resolve) => (answerAlice = resolve));
      }),
    };
    const bob = { fetch: vi.fn(async () => running(0.7)) };
    const aliceWatch = jobs.watch('job', alice);
    const bobWatch = jobs.watch('job', bob);
    expect(bob.fetch).not.toHaveBeenCalled();

    aliceWatch.close();
    expect(aliceSignal?.aborted).toBe(true);
    expect(bob.fetch).toHaveBeenCalledTimes(1);
    // A late answer obtained with Alice's credentials is not used.
    answerAlice?.(running(0.1));
    expect(await bobWatch.next()).toEqual({ done: false, value: running(0.7) });
    expect(alice.fetch).toHaveBeenCalledTimes(1);
    bobWatch.close();
  });

  it('keeps only the newest state for a watcher that does not read, without holding up the others', async () => {
    const job = new FakeJob(running(0));
    const jobs = tracker();
    const idle = jobs.watch('job', job.subscriber());
    const reader = collect(jobs.watch('job', job.subscriber()));
    for (const progress of [0.2, 0.4, 0.6, 0.8]) {
      job.state = running(progress);
      await vi.advanceTimersByTimeAsync(1_000);
    }
    job.state = success;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await reader).toEqual([0, 0.2, 0.4, 0.6, 0.8].map(running).concat(success));
    expect(await collect(idle)).toEqual([success]);
  });

  it('keeps different keys apart', async () => {
    const alpha = new FakeJob(running(0.1));
    const beta = new FakeJob(running(0.9));
    const jobs = tracker();
    const a = jobs.watch('alpha|job', alpha.subscriber());
    const b = jobs.watch('beta|job', beta.subscriber());
    expect((await a.next()).value).toEqual(running(0.1));
    expect((await b.next()).value).toEqual(running(0.9));
    expect(jobs.stats().activePollers).toBe(2);
    expect(jobs.pollsFor('alpha|job')).toBe(1);
    a.close();
    b.close();
  });

  it('completes every watch and clears every timer on close()', async () => {
    const job = new FakeJob(running(0.1));
    const jobs = tracker();
    const run = collect(jobs.watch('job', job.subscriber()));
    await vi.advanceTimersByTimeAsync(1_000);
    jobs.close();
    expect(await run).toEqual([running(0.1)]);
    expect(vi.getTimerCount()).toBe(0);
    expect(() => jobs.watch('job', job.subscriber())).toThrow(/closed/);
  });

  it('schedules through injected timers', async () => {
    const due: Array<{ callback: () => void; ms: number }> = [];
    const timers = {
      setTimeout: (callback: () => void, ms: number) => `timer-${due.push({ callback, ms })}`,
      clearTimeout: vi.fn(),
    };
    const job = new FakeJob(running(0.1));
    const jobs = tracker({ timers, minIntervalMs: 500 });
    const watch = jobs.watch('job', job.subscriber());
    expect((await watch.next()).value).toEqual(running(0.1));
    expect(due.map((timer) => timer.ms)).toEqual([500]);
    expect(vi.getTimerCount()).toBe(0);
    job.state = running(0.2);
    due[0]!.callback();
    expect((await watch.next()).value).toEqual(running(0.2));
    watch.close();
    expect(timers.clearTimeout).toHaveBeenCalledWith('timer-2');
  });

  it('rejects nonsensical settings', () => {
    expect(() => tracker({ minIntervalMs: 0 })).toThrow(RangeError);
    expect(() => tracker({ minIntervalMs: 5_000, maxIntervalMs: 1_000 })).toThrow(RangeError);
    expect(() => tracker({ maxConsecutiveErrors: 0 })).toThrow(RangeError);
  });
});

describe('a watcher whose credentials are refused', () => {
  it('ends only its own watch, and the next watcher polls at once with its own fetch', async () => {
    const job = new FakeJob(running(0.1));
    const jobs = tracker({ isSubscriberFault: isRefusal });
    const [alice, bob, carol] = [job.subscriber(), job.subscriber(), job.subscriber()];
    const runs = [alice, bob, carol].map((subscriber) => outcome(jobs.watch('job', subscriber)));
    await settle();
    expect(alice.fetch).toHaveBeenCalledTimes(1);

    // Alice's token expires between two polls.
    const expired = new Refused(401);
    alice.fetch.mockRejectedValue(expired);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(alice.fetch).toHaveBeenCalledTimes(2);
    // Bob's fetch replaced hers within the same instant, not after an error backoff.
    expect(bob.fetch).toHaveBeenCalledTimes(1);
    expect(job.readsAt).toEqual([0, 1_000]);
    expect(jobs.stats()).toMatchObject({ activePollers: 1, watchers: 2 });

    job.state = running(0.6);
    await vi.advanceTimersByTimeAsync(2_000);
    job.state = success;
    await vi.advanceTimersByTimeAsync(10_000);
    const [aliceSaw, bobSaw, carolSaw] = await Promise.all(runs);
    expect(aliceSaw).toEqual({ states: [running(0.1)], error: expired });
    expect(bobSaw).toEqual({ states: [running(0.1), running(0.6), success], error: undefined });
    expect(carolSaw).toEqual(bobSaw);
    expect(alice.fetch).toHaveBeenCalledTimes(2);
    expect(carol.fetch).not.toHaveBeenCalled();
  });

  it('ends every watch using the same credentials together, without asking again for each', async () => {
    const job = new FakeJob(running(0.1));
    const jobs = tracker({ isSubscriberFault: isRefusal });
    const aliceTab = { ...job.subscriber(), credentials: 'alice' };
    const aliceOtherTab = { ...job.subscriber(), credentials: 'alice' };
    const bob = { ...job.subscriber(), credentials: 'bob' };
    const runs = [aliceTab, aliceOtherTab, bob].map((subscriber) => outcome(jobs.watch('job', subscriber)));
    await settle();
    const revoked = new Refused(403);
    aliceTab.fetch.mockRejectedValue(revoked);
    aliceOtherTab.fetch.mockRejectedValue(revoked);
    job.state = success;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(aliceOtherTab.fetch).not.toHaveBeenCalled();
    expect(bob.fetch).toHaveBeenCalledTimes(1);

    const [first, second, bobSaw] = await Promise.all(runs);
    expect(first).toEqual({ states: [running(0.1)], error: revoked });
    expect(second).toEqual({ states: [running(0.1)], error: revoked });
    expect(bobSaw).toEqual({ states: [running(0.1), success], error: undefined });
  });

  it('stops the poller once every watcher has been refused in turn', async () => {
    const job = new FakeJob(running(0.1));
    const lost = new Refused(404);
    job.failure = () => lost;
    const jobs = tracker({ isSubscriberFault: isRefusal });
    const subscribers = [job.subscriber(), job.subscriber(), job.subscriber()];
    const runs = subscribers.map((subscriber) => outcome(jobs.watch('job', subscriber)));
    await settle();
    for (const subscriber of subscribers) expect(subscriber.fetch).toHaveBeenCalledTimes(1);
    expect(job.readsAt).toEqual([0, 0, 0]);
    expect(jobs.stats()).toMatchObject({ activePollers: 0, retainedTerminalStates: 0, watchers: 0 });
    expect(vi.getTimerCount()).toBe(0);
    expect(await Promise.all(runs)).toEqual(subscribers.map(() => ({ states: [], error: lost })));
  });

  it('still treats other failures as the upstream’s: backoff with the same owner, then the error for all', async () => {
    const job = new FakeJob(running(0.1));
    const jobs = tracker({ isSubscriberFault: isRefusal, maxConsecutiveErrors: 3 });
    const [alice, bob] = [job.subscriber(), job.subscriber()];
    const runs = [alice, bob].map((subscriber) => outcome(jobs.watch('job', subscriber)));
    await settle();
    const unavailable = Object.assign(new Error('503 Service Unavailable'), { status: 503 });
    job.failure = () => unavailable;

    await vi.advanceTimersByTimeAsync(1_000);
    expect(job.readsAt).toEqual([0, 1_000]);
    await vi.advanceTimersByTimeAsync(999);
    expect(job.readsAt).toEqual([0, 1_000]);
    await vi.advanceTimersByTimeAsync(1);
    expect(job.readsAt).toEqual([0, 1_000, 2_000]);
    expect(jobs.stats().watchers).toBe(2);
    await vi.advanceTimersByTimeAsync(2_000);

    expect(await Promise.all(runs)).toEqual([
      { states: [running(0.1)], error: unavailable },
      { states: [running(0.1)], error: unavailable },
    ]);
    expect(alice.fetch).toHaveBeenCalledTimes(4);
    expect(bob.fetch).not.toHaveBeenCalled();
  });

  it('counts a throwing isSubscriberFault as no refusal', async () => {
    const job = new FakeJob(running(0.1));
    const outage = new Error('boom');
    job.failure = () => outage;
    const jobs = tracker({
      maxConsecutiveErrors: 1,
      isSubscriberFault: () => {
        throw new Error('bug in the predicate');
      },
    });
    const runs = [job.subscriber(), job.subscriber()].map((subscriber) => outcome(jobs.watch('job', subscriber)));
    await settle();
    expect(await Promise.all(runs)).toEqual([
      { states: [], error: outage },
      { states: [], error: outage },
    ]);
    expect(job.readsAt).toEqual([0]);
  });
});

describe('a first watcher with a state it just read (initial)', () => {
  it('gets that state first and costs no poll before the first interval', async () => {
    const job = new FakeJob(running(0.1));
    const jobs = tracker({ minIntervalMs: 1_000 });
    const subscriber = job.subscriber();
    // The caller's own read (the authorisation read in the gateway).
    const initial = await subscriber.fetch(new AbortController().signal);
    const watch = jobs.watch('job', subscriber, { initial });
    expect(await watch.next()).toEqual({ done: false, value: running(0.1) });
    await vi.advanceTimersByTimeAsync(999);
    expect(job.readsAt).toEqual([0]);
    expect(jobs.pollsFor('job')).toBe(0);

    job.state = running(0.4);
    await vi.advanceTimersByTimeAsync(1);
    expect(job.readsAt).toEqual([0, 1_000]);
    expect(await watch.next()).toEqual({ done: false, value: running(0.4) });
    watch.close();
  });

  it('does not deliver an unchanged first poll again', async () => {
    const job = new FakeJob(running(0.1));
    const jobs = tracker({ minIntervalMs: 1_000, backoffFactor: 2 });
    const watch = jobs.watch('job', job.subscriber(), { initial: running(0.1) });
    const seen = collect(watch);
    await vi.advanceTimersByTimeAsync(3_000);
    // Nothing changed since the caller's read, so the interval already grows after the first poll.
    expect(job.readsAt).toEqual([1_000, 3_000]);
    watch.close();
    expect(await seen).toEqual([running(0.1)]);
  });

  it('completes at once on a terminal initial state and keeps it for later watchers, without polling', async () => {
    const job = new FakeJob(success);
    const jobs = tracker();
    const first = job.subscriber();
    expect(await collect(jobs.watch('job', first, { initial: success }))).toEqual([success]);
    const later = job.subscriber();
    expect(await collect(jobs.watch('job', later))).toEqual([success]);
    expect(first.fetch).not.toHaveBeenCalled();
    expect(later.fetch).not.toHaveBeenCalled();
    expect(jobs.stats()).toMatchObject({ activePollers: 0, retainedTerminalStates: 1 });
  });

  it('is ignored when the key is already polled: the poller’s state comes first', async () => {
    const job = new FakeJob(running(0.5));
    const jobs = tracker();
    const early = jobs.watch('job', job.subscriber());
    expect((await early.next()).value).toEqual(running(0.5));
    const late = jobs.watch('job', job.subscriber(), { initial: running(0.2) });
    expect(await late.next()).toEqual({ done: false, value: running(0.5) });
    early.close();
    late.close();
  });

  it('is ignored when isTerminal throws on it: the first poll runs at once as usual', async () => {
    const job = new FakeJob(running(0.5));
    const jobs = tracker({
      isTerminal: (state) => {
        if (state.progress < 0) throw new Error('not a job');
        return isTerminal(state);
      },
    });
    const watch = jobs.watch('job', job.subscriber(), { initial: running(-1) });
    expect(await watch.next()).toEqual({ done: false, value: running(0.5) });
    expect(job.readsAt).toEqual([0]);
    watch.close();
  });
});
