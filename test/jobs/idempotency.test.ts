/**
 * The idempotency engine on its own: what a shared store gives two processes (the second waits for the first's
 * pending start), expiry after the TTL, and that a refused start frees the key.
 */
import { describe, expect, it } from 'vitest';
import { JobOutcomeUnknownError, JobStarts, MemoryIdempotencyStore, IdempotencyKeyReusedError } from '../../src/jobs/idempotency';

const noSleep = async () => {
  await new Promise((r) => setImmediate(r));
};

describe('JobStarts', () => {
  it('two processes sharing one store: the second waits for the first’s pending start and gets its job', async () => {
    const store = new MemoryIdempotencyStore();
    const a = new JobStarts({ store, ttlMs: 60_000, maxWaitMs: 10_000, sleep: noSleep });
    const b = new JobStarts({ store, ttlMs: 60_000, maxWaitMs: 10_000, sleep: noSleep });
    let release!: (v: { jobId: string }) => void;
    let posts = 0;
    const first = a.start('p', 'k', 'f', () => {
      posts++;
      return new Promise((r) => (release = r));
    });
    await noSleep();
    const second = b.start('p', 'k', 'f', async () => {
      posts++;
      return { jobId: 'other' };
    });
    await noSleep();
    release({ jobId: 'job-1' });
    expect(await first).toEqual({ jobId: 'job-1' });
    expect(await second).toEqual({ jobId: 'job-1' });
    expect(posts).toBe(1);
  });

  it('a pending start elsewhere that never finishes ends in OUTCOME_UNKNOWN after maxWaitMs', async () => {
    const store = new MemoryIdempotencyStore();
    await store.claim('p\u0000k', 'f', 60_000);
    const starts = new JobStarts({ store, ttlMs: 60_000, maxWaitMs: 1_000, pollMs: 100, sleep: noSleep });
    await expect(starts.start('p', 'k', 'f', async () => ({ jobId: 'x' }))).rejects.toBeInstanceOf(JobOutcomeUnknownError);
  });

  it('keys expire after the TTL; other input is refused while they live; a refused start frees the key', async () => {
    let now = 0;
    const store = new MemoryIdempotencyStore(() => now);
    const starts = new JobStarts({ store, ttlMs: 1_000, maxWaitMs: 1_000, sleep: noSleep });
    expect(await starts.start('p', 'k', 'f', async () => ({ jobId: 'j1' }))).toEqual({ jobId: 'j1' });
    await expect(starts.start('p', 'k', 'g', async () => ({ jobId: 'j2' }))).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
    expect(await starts.start('p2', 'k', 'g', async () => ({ jobId: 'j3' }))).toEqual({ jobId: 'j3' });
    now = 1_001;
    expect(await starts.start('p', 'k', 'g', async () => ({ jobId: 'j4' }))).toEqual({ jobId: 'j4' });
    await expect(starts.start('p', 'r', 'f', async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(await starts.start('p', 'r', 'f', async () => ({ jobId: 'j5' }))).toEqual({ jobId: 'j5' });
  });
});
