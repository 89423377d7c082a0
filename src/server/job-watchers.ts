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
  close(): void;
}

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
  return {
    jobs,
    images,
    close() {
      jobs.close();
      images.close();
    },
  };
}

export const jobKey = (scope: string, jobId: string) => `job|${scope}|${jobId}`;
export const imageKey = (scope: string, imageId: string) => `image|${scope}|${imageId}`;
