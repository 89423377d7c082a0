/**
 * The gateway's use of the job engine: one JobTracker for IMS jobs and one for image status, keyed by
 * (upstream, project, id) so pollers are never shared across tenants. Each subscriber polls with its own
 * credentials (its session's clients).
 */
import type { Config } from '../config';
import { JobTracker } from '../jobs';
import type { Image, Job } from '../upstream/domain';

export const TERMINAL_IMAGE_STATUSES = new Set(['active', 'killed', 'deleted', 'pending_delete', 'deactivated']);

export interface JobWatchers {
  jobs: JobTracker<Job>;
  images: JobTracker<Image>;
  /**
   * Remembered authorisation reads: `who` (a hash of the credentials) may watch `key`. One upstream read per
   * (credentials, key) within `ttlMs`; concurrent subscribers share it; a failed read is not remembered.
   */
  authorise(who: string, key: string, read: () => Promise<unknown>): Promise<unknown>;
  close(): void;
}

const AUTHORISATION_TTL_MS = 30_000;

export function createJobWatchers(config: Config): JobWatchers {
  const common = {
    minIntervalMs: config.jobs.minIntervalMs,
    maxIntervalMs: config.jobs.maxIntervalMs,
    terminalRetentionMs: config.jobs.terminalRetentionMs,
  };
  const jobs = new JobTracker<Job>({
    ...common,
    isTerminal: (job) => job.status === 'SUCCESS' || job.status === 'FAIL',
    // Only what a dashboard shows counts as a change.
    hasChanged: (a, b) =>
      a.status !== b.status || a.progressPercent !== b.progressPercent || a.currentTask !== b.currentTask || a.imageId !== b.imageId,
  });
  const images = new JobTracker<Image>({
    ...common,
    isTerminal: (image) => TERMINAL_IMAGE_STATUSES.has(image.status),
    hasChanged: (a, b) => a.status !== b.status || a.updatedAt !== b.updatedAt || a.checksum !== b.checksum,
  });
  const authorised = new Map<string, { until: number; check: Promise<unknown> }>();
  return {
    jobs,
    images,
    authorise(who, key, read) {
      const k = `${who}|${key}`;
      const now = Date.now();
      const hit = authorised.get(k);
      if (hit && hit.until > now) return hit.check;
      for (const [other, v] of authorised) if (v.until <= now) authorised.delete(other);
      const check = read();
      authorised.set(k, { until: now + AUTHORISATION_TTL_MS, check });
      check.catch(() => authorised.delete(k));
      return check;
    },
    close() {
      jobs.close();
      images.close();
    },
  };
}

export const jobKey = (scope: string, jobId: string) => `job|${scope}|${jobId}`;
export const imageKey = (scope: string, imageId: string) => `image|${scope}|${imageId}`;
