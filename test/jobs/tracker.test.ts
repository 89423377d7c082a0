import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JobTracker, type JobTrackerOptions } from '../../src/jobs';
import { FakeJob, RateLimited, collect, isTerminal, settle, type JobState } from './helpers';

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
