/**
 * The gateway's use of the job engine: one JobTracker for IMS jobs and one for image status, keyed by
 * (upstream, project, id) so pollers are never shared across tenants. Each subscriber polls with its own
 * credentials (its session's clients); when the upstream refuses those credentials (401, or 403/404 once the
 * caller lost access), only that subscriber's watch ends and the others' credentials take over the poll.
 */
import type { Config } from '../config';
import type { RedisConnection } from '../cluster/connection';
import { JobTracker, type JobCoordinator, type JobTrackerOptions } from '../jobs';
import { RedisJobTracker } from '../jobs/redis-tracker';
import { sameJobState, type JobHistory } from '../jobs/history';
import type { Image, Job } from '../upstream/domain';
import { UpstreamError } from '../upstream/http/errors';

export const TERMINAL_IMAGE_STATUSES = new Set(['active', 'killed', 'deleted', 'pending_delete', 'deactivated']);

export interface JobWatchers {
  /** In memory, or coordinated through Redis across replicas (cluster mode): same contract. */
  jobs: JobCoordinator<Job>;
  images: JobCoordinator<Image>;
  /**
   * Remembered authorisation reads: `who` (a hash of the credentials) may watch `key`. One upstream read per
   * (credentials, key) within 30 s; concurrent subscribers share it; a failed read is not remembered.
   * Resolves to what `read` returned when this call waited for that read (it started it or joined it in
   * flight), so the caller may seed the watch with it; to `undefined` when answered from a finished read,
   * whose state may be long out of date.
   */
  authorise<T>(who: string, key: string, read: () => Promise<T>): Promise<T | undefined>;
  /** Completes every watch; in cluster mode resolves once this replica's leases are given back. */
  close(): Promise<void>;
}

const AUTHORISATION_TTL_MS = 30_000;

/** The caller's own credentials were refused (expired or revoked token, access lost): not the upstream's fault. */
export function isRefusedCredentials(error: unknown): boolean {
  return error instanceof UpstreamError && error.kind === 'http' && (error.status === 401 || error.status === 403 || error.status === 404);
}

/** `redis`: cluster mode (one poller per key across every replica sharing it). */
export function createJobWatchers(config: Config, redis?: RedisConnection | null): JobWatchers {
  const coordinator = <S>(namespace: string, options: JobTrackerOptions<S>): JobCoordinator<S> & { drained?(): Promise<void> } =>
    redis ? new RedisJobTracker<S>({ ...options, redis, namespace, leaseTtlMs: config.jobs.leaseTtlMs }) : new JobTracker<S>(options);
  const common = {
    isSubscriberFault: isRefusedCredentials,
    minIntervalMs: config.jobs.minIntervalMs,
    maxIntervalMs: config.jobs.maxIntervalMs,
    terminalRetentionMs: config.jobs.terminalRetentionMs,
  };
  const jobs = coordinator<Job>('jobs', {
    ...common,
    isTerminal: (job) => job.status === 'SUCCESS' || job.status === 'FAIL',
    // Only what a dashboard shows counts as a change: the same fields the job history compares.
    hasChanged: (a, b) => !sameJobState(a, b),
  });
  const images = coordinator<Image>('images', {
    ...common,
    isTerminal: (image) => TERMINAL_IMAGE_STATUSES.has(image.status),
    hasChanged: (a, b) => a.status !== b.status || a.updatedAt !== b.updatedAt || a.checksum !== b.checksum,
  });
  const authorised = new Map<string, { until: number; check: Promise<unknown>; settled: boolean }>();
  return {
    jobs,
    images,
    authorise<T>(who: string, key: string, read: () => Promise<T>): Promise<T | undefined> {
      const k = `${who}|${key}`;
      const now = Date.now();
      const hit = authorised.get(k);
      if (hit && hit.until > now) return hit.settled ? hit.check.then(() => undefined) : (hit.check as Promise<T>);
      for (const [other, v] of authorised) if (v.until <= now) authorised.delete(other);
      const check = read();
      const entry = { until: now + AUTHORISATION_TTL_MS, check, settled: false };
      authorised.set(k, entry);
      check.then(
        () => (entry.settled = true),
        () => {
          if (authorised.get(k) === entry) authorised.delete(k);
        },
      );
      return check;
    },
    async close() {
      jobs.close();
      images.close();
      await Promise.all([jobs.drained?.(), images.drained?.()]);
    },
  };
}

export const jobKey = (scope: string, jobId: string) => `job|${scope}|${jobId}`;
export const imageKey = (scope: string, imageId: string) => `image|${scope}|${imageId}`;

/**
 * A state a poller (or any read) saw for `jobId`: the project's job history keeps it as the last known state.
 * Best effort and never awaited by the poll: a slow or failing history store must not delay progress events.
 */
export function noteJobState(history: JobHistory, scope: string, job: Job): Job {
  history
    .update(scope, job.id, {
      status: job.status,
      progressPercent: job.progressPercent,
      currentTask: job.currentTask,
      errorCode: job.errorCode,
      failReason: job.failReason,
      imageId: job.imageId,
      upstreamType: job.type,
    })
    .catch(() => {});
  return job;
}
