import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JobTracker, watchMany } from '../../src/jobs';
import { FakeJob, collect, isTerminal, settle, type JobState } from './helpers';

const running = (progress: number): JobState => ({ status: 'RUNNING', progress });
const success: JobState = { status: 'SUCCESS', progress: 1 };
const failed: JobState = { status: 'FAIL', progress: 0.5 };

const tracker = () =>
  new JobTracker<JobState>({ isTerminal, minIntervalMs: 1_000, maxIntervalMs: 4_000, maxConsecutiveErrors: 2 });

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('watchMany', () => {
  it('merges several jobs and completes once all of them are terminal', async () => {
    const copy = new FakeJob(running(0.1));
    const exportJob = new FakeJob(running(0.5));
    const jobs = tracker();
    const run = collect(
      watchMany(jobs, [
        { key: 'copy', subscriber: copy.subscriber() },
        { key: 'export', subscriber: exportJob.subscriber() },
      ]),
    );
    await settle();
    exportJob.state = failed;
    copy.state = running(0.6);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(jobs.stats()).toMatchObject({ activePollers: 1, retainedTerminalStates: 1 });
    copy.state = success;
    await vi.advanceTimersByTimeAsync(1_000);

    const seen = await run;
    expect(seen.filter((s) => s.key === 'copy').map((s) => s.state)).toEqual([running(0.1), running(0.6), success]);
    expect(seen.filter((s) => s.key === 'export').map((s) => s.state)).toEqual([running(0.5), failed]);
    expect(jobs.stats().activePollers).toBe(0);
  });

  it('shares pollers with single watches of the same keys', async () => {
    const job = new FakeJob(running(0.3));
    const jobs = tracker();
    const single = jobs.watch('copy', job.subscriber());
    const merged = watchMany(jobs, [
      { key: 'copy', subscriber: job.subscriber() },
      { key: 'copy', subscriber: job.subscriber() },
    ]);
    expect(await merged.next()).toEqual({ done: false, value: { key: 'copy', state: running(0.3) } });
    expect(job.readsAt).toHaveLength(1);
    expect(jobs.stats()).toMatchObject({ activePollers: 1, watchers: 2 });
    merged.close();
    single.close();
  });

  it('leaves every job when closed, so their polling stops', async () => {
    const a = new FakeJob(running(0.1));
    const b = new FakeJob(running(0.2));
    const jobs = tracker();
    const aborter = new AbortController();
    const merged = watchMany(
      jobs,
      [
        { key: 'a', subscriber: a.subscriber() },
        { key: 'b', subscriber: b.subscriber() },
      ],
      { signal: aborter.signal },
    );
    const pending = (async () => {
      await merged.next();
      await merged.next();
      return merged.next();
    })();
    await settle();
    aborter.abort();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(jobs.stats()).toMatchObject({ activePollers: 0, watchers: 0 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('throws the first persistent failure and stops watching the other jobs', async () => {
    const healthy = new FakeJob(running(0.1));
    const broken = new FakeJob(running(0));
    const outage = new Error('503 Service Unavailable');
    broken.failure = () => outage;
    const jobs = tracker();
    const outcome = collect(
      watchMany(jobs, [
        { key: 'healthy', subscriber: healthy.subscriber() },
        { key: 'broken', subscriber: broken.subscriber() },
      ]),
    ).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await outcome).toBe(outage);
    expect(jobs.stats()).toMatchObject({ activePollers: 0, watchers: 0 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('passes each job’s initial state on, so none of them is polled before the first interval', async () => {
    const a = new FakeJob(running(0.1));
    const b = new FakeJob(running(0.2));
    const jobs = tracker();
    const merged = watchMany(jobs, [
      { key: 'a', subscriber: a.subscriber(), initial: running(0.1) },
      { key: 'b', subscriber: b.subscriber(), initial: running(0.2) },
    ]);
    const first = [(await merged.next()).value, (await merged.next()).value];
    expect(first).toEqual([
      { key: 'a', state: running(0.1) },
      { key: 'b', state: running(0.2) },
    ]);
    await vi.advanceTimersByTimeAsync(999);
    expect([a.readsAt, b.readsAt]).toEqual([[], []]);
    await vi.advanceTimersByTimeAsync(1);
    expect([a.readsAt, b.readsAt]).toEqual([[1_000], [1_000]]);
    merged.close();
  });

  it('completes at once when given no jobs', async () => {
    expect(await collect(watchMany(tracker(), []))).toEqual([]);
  });
});
