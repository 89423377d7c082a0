/**
 * The payload of every mutation that starts an IMS job: the Job itself, at once, so the client can refetch
 * it or subscribe to `jobProgress` right away.
 */
import type { AcceptedJob } from '../../upstream/domain';
import { builder } from '../builder';
import { JobRef } from './types';

export interface JobPayloadShape {
  jobId: string;
}

export const JobPayloadRef = builder.objectRef<JobPayloadShape>('JobPayload').implement({
  description: 'The asynchronous job a mutation started. Subscribe with `jobProgress(id: job.id)`.',
  fields: (t) => ({
    jobId: t.exposeID('jobId', { description: 'The upstream job id.' }),
    job: t.field({ type: JobRef, description: 'The job, read right after it was accepted.', resolve: (p) => p.jobId }),
  }),
});

export const jobPayload = (accepted: AcceptedJob): JobPayloadShape => ({ jobId: accepted.jobId });
