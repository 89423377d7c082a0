/**
 * The in-memory job history: what the GraphQL tests cannot reach in reasonable time, on an injected clock:
 * the TTL, the per-project bound, and that a terminal state is final.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryJobHistory, type JobRecord } from '../../src/jobs/history';

const rec = (jobId: string, startedAt: number, scope = 'embedded:p1'): JobRecord => ({
  jobId, scope, kind: 'copyImage', targets: [], imageName: null, startedBy: 'u1', startedAt, updatedAt: startedAt,
  status: 'INIT', progressPercent: 0, currentTask: null, errorCode: null, failReason: null, imageId: null, upstreamType: null,
});
const state = (status: 'RUNNING' | 'SUCCESS' | 'FAIL', progressPercent: number) =>
  ({ status, progressPercent, currentTask: null, errorCode: null, failReason: null, imageId: null, upstreamType: null }) as const;

describe('memory job history', () => {
  it('forgets a job JOB_HISTORY_TTL_MS after it started', async () => {
    let now = 1_000;
    const h = createMemoryJobHistory({ ttlMs: 500, now: () => now });
    await h.record(rec('a', 1_000));
    now = 1_200;
    await h.record(rec('b', 1_200));
    expect((await h.list('embedded:p1', { first: 10 })).records.map((r) => r.jobId)).toEqual(['b', 'a']);
    now = 1_600;
    expect((await h.list('embedded:p1', { first: 10 })).records.map((r) => r.jobId)).toEqual(['b']);
    expect(await h.update('embedded:p1', 'a', state('RUNNING', 50))).toBeUndefined();
  });

  it('keeps at most maxPerScope jobs per project, dropping the oldest, and other projects untouched', async () => {
    const h = createMemoryJobHistory({ ttlMs: 60_000, maxPerScope: 2, now: () => 10 });
    for (const id of ['a', 'b', 'c']) await h.record(rec(id, 10));
    await h.record(rec('x', 10, 'embedded:p2'));
    expect((await h.list('embedded:p1', { first: 10 })).records.map((r) => r.jobId).sort()).toEqual(['b', 'c']);
    expect((await h.list('embedded:p2', { first: 10 })).records.map((r) => r.jobId)).toEqual(['x']);
  });

  it('keeps a job recorded twice (an idempotent replay of its mutation) as it was, and announces it once', async () => {
    const h = createMemoryJobHistory({ ttlMs: 60_000 });
    const heard: string[] = [];
    h.onRecorded('embedded:p1', (r) => heard.push(r.jobId));
    await h.record(rec('a', Date.now()));
    await h.update('embedded:p1', 'a', state('RUNNING', 60));
    await h.record(rec('a', Date.now()));
    expect((await h.list('embedded:p1', { first: 5 })).records).toMatchObject([{ jobId: 'a', status: 'RUNNING', progressPercent: 60 }]);
    expect(heard).toEqual(['a']);
  });

  it('ignores states of unknown jobs and any state after a terminal one', async () => {
    const h = createMemoryJobHistory({ ttlMs: 60_000 });
    await h.record(rec('a', Date.now()));
    await h.update('embedded:p1', 'a', state('FAIL', 30));
    await h.update('embedded:p1', 'a', state('RUNNING', 60));
    expect(await h.update('embedded:p2', 'a', state('SUCCESS', 100))).toBeUndefined();
    expect((await h.list('embedded:p1', { first: 1 })).records[0]).toMatchObject({ status: 'FAIL', progressPercent: 30 });
    expect((await h.list('embedded:p2', { first: 1 })).records).toEqual([]);
  });
});
