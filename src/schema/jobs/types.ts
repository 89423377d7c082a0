/**
 * Job: an asynchronous IMS task (IMS `GET /v1/{project_id}/jobs/{job_id}`), as a Relay node loaded per request by id.
 */
import type { Job, JobResult } from '../../upstream/domain';
import type { GatewayContext } from '../../context';
import { loadJobsById } from '../../loaders/jobs';
import { jobIdArg, jobIdFromArg } from '../ids';
import { builder } from '../builder';
import { ImageRef } from '../images/types';

export const JobStatusEnum = builder.enumType('JobStatus', {
  description: 'State of an asynchronous job. SUCCESS and FAIL are terminal.',
  values: {
    INIT: { value: 'INIT', description: 'Accepted, initializing.' },
    RUNNING: { value: 'RUNNING', description: 'In progress; see progressPercent and currentTask.' },
    SUCCESS: { value: 'SUCCESS', description: 'Finished; createdImage holds the result.' },
    FAIL: { value: 'FAIL', description: 'Failed; see errorCode and failReason.' },
  },
});

const JobResultRef = builder.objectRef<JobResult>('JobImageResult').implement({
  description: 'Outcome of a batch (sharing) job for one image and project.',
  fields: (t) => ({
    imageId: t.exposeString('imageId', { nullable: true, description: 'Upstream id of the image this result is about.' }),
    image: t.field({
      type: ImageRef,
      nullable: true,
      description: 'The image, when it is visible to you.',
      resolve: (r) => r.imageId,
    }),
    projectId: t.exposeString('projectId', { nullable: true, description: 'The member project.' }),
    status: t.field({
      type: JobStatusEnum,
      nullable: true,
      description: 'SUCCESS or FAIL for this pair (the upstream writes success/failed).',
      resolve: (r) => r.status,
    }),
  }),
});

/** The progress API's view of a job (IMS `GET /v1/cloudimages/job/{job_id}`), read once per operation, only when asked for. */
function progressOf(job: Job, ctx: GatewayContext): Promise<Job> {
  if (job.subJobId) return Promise.resolve(job);
  return ctx.once(`jobProgress:${job.id}`, (c) => c.requireIms('Job progress').getJobProgress(job.id));
}

export const JobRef = builder.loadableNodeRef<Job>('Job', {
  id: { resolve: (job) => job.id, description: 'Global id of the job (for node/nodes and client caches); the upstream id is jobId.' },
  load: (ids: string[], ctx) => loadJobsById(ctx, ids),
  toKey: (job) => job.id,
  cacheResolved: true,
});

JobRef.implement({
  description: 'An asynchronous IMS job (create, import, export, copy, share…). Refetch with job(id) or watch with jobProgress.',
  isTypeOf: (v) => typeof v === 'object' && v !== null && 'progressPercent' in v && 'currentTask' in v,
  fields: (t) => ({
    jobId: t.exposeID('id', { description: 'The upstream job id (32 hex characters).' }),
    type: t.exposeString('type', { nullable: true, description: 'Upstream job type, e.g. createImageByInstance, imsCopyImageInRegionJob.' }),
    status: t.field({ type: JobStatusEnum, description: 'Where the job is; SUCCESS and FAIL are final.', resolve: (j) => j.status }),
    done: t.boolean({ description: 'True at SUCCESS or FAIL.', resolve: (j) => j.status === 'SUCCESS' || j.status === 'FAIL' }),
    progressPercent: t.float({
      nullable: true,
      description: 'Progress hint, 0–100 (the upstream reports a fraction; it is scaled here). 100 at SUCCESS.',
      resolve: (j) => (j.status === 'SUCCESS' ? 100 : j.progressPercent),
    }),
    currentTask: t.exposeString('currentTask', { nullable: true, description: 'Current sub-task, e.g. CreateImageByInstanceTask.' }),
    beginTime: t.field({ type: 'DateTime', nullable: true, description: 'When the job started (`begin_time`, UTC).', resolve: (j) => j.beginTime }),
    endTime: t.field({ type: 'DateTime', nullable: true, description: 'Null until the job ends.', resolve: (j) => j.endTime }),
    errorCode: t.exposeString('errorCode', { nullable: true, description: 'IMS error code (IMG.xxxx) when the job failed.' }),
    failReason: t.exposeString('failReason', { nullable: true, description: 'Why the job failed.' }),
    imageId: t.exposeString('imageId', { nullable: true, description: 'Id of the image the job creates or affects.' }),
    imageName: t.exposeString('imageName', { nullable: true, description: 'Name of that image (`entities.image_name`).' }),
    image: t.field({
      type: ImageRef,
      nullable: true,
      description: 'The image the job created, copied or affected, once it exists and is visible to you.',
      resolve: (j) => (j.status === 'SUCCESS' && j.imageId ? j.imageId : null),
    }),
    subJobId: t.string({
      nullable: true,
      description:
        'Id of the internal sub-job the progress API (IMS `GET /v1/cloudimages/job/{job_id}`) reports, if any (for support; it is not itself a readable job).',
      resolve: async (j, _a, ctx) => (await progressOf(j, ctx)).subJobId,
    }),
    results: t.field({ type: [JobResultRef], description: 'Per-image results of batch (sharing) jobs.', resolve: (j) => j.results }),
    extraProperties: t.field({ type: 'JSON', description: 'Upstream fields beyond the documented ones.', resolve: (j) => j.extraProperties }),
  }),
});

builder.queryFields((t) => ({
  job: t.field({
    type: JobRef,
    nullable: true,
    description: 'An asynchronous IMS job by its upstream or global id (IMS `GET /v1/{project_id}/jobs/{job_id}`). An unknown id gives null and a NOT_FOUND error, a malformed one BAD_USER_INPUT.',
    args: { id: t.arg.id({ validate: jobIdArg, required: true, description: 'Job id: 32 hex characters, or the global Job id.' }) },
    resolve: (_root, { id }) => jobIdFromArg(String(id)),
  }),
}));
