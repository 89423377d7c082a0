import { SimError, json, type SimResponse } from './http';
import type { Job, JobOutcome } from './model';
import type { Ctx, Router } from './router';
import type { SimState } from './state';
import { hex32, isoMillis } from './util';

/**
 * The job model of §C.6, driven by elapsed time (no timers). With one step = `jobStepMs`:
 * step 0 → INIT; steps 1..4 → RUNNING at 0.1, 0.3, 0.6, 0.9 with the job type's sub-tasks; at step 5 →
 * SUCCESS. A failing job ends earlier, at the step where its cause is found (e.g. the OBS file is read at step 2).
 */
export const SUCCESS_STEP = 5;
const PERCENTS = [0.1, 0.3, 0.6, 0.9];

export interface JobSpec {
  projectId: string;
  type: string;
  tasks: string[];
  imageName?: string | null;
  imageId?: string | null;
  /** A failure the world makes inevitable: its code, reason, and the step at which it is found. */
  failure?: { code: string; reason: string; atStep?: number };
  complete: Job['complete'];
  /** Applied when a doomed job reaches its end (e.g. a registered image becomes `killed`). */
  onFail?: (atMs: number) => void;
}

export function submitJob(state: SimState, spec: JobSpec): Job {
  const outcome: JobOutcome = spec.failure
    ? { endStep: Math.min(SUCCESS_STEP, Math.max(1, spec.failure.atStep ?? 2)), errorCode: spec.failure.code, failReason: spec.failure.reason }
    : { endStep: SUCCESS_STEP, errorCode: null, failReason: null };
  const job: Job = {
    id: hex32(),
    subJobId: hex32(),
    projectId: spec.projectId,
    type: spec.type,
    tasks: spec.tasks,
    beginMs: state.now(),
    imageName: spec.imageName ?? null,
    imageId: spec.imageId ?? null,
    outcome,
    // A job doomed from the start changes nothing in the store.
    complete: spec.failure
      ? (atMs) => {
          spec.onFail?.(atMs);
          return {};
        }
      : spec.complete,
    finished: null,
  };
  state.jobs.set(job.id, job);
  return job;
}

export function accepted(job: Job): SimResponse {
  return json(200, { job_id: job.id });
}

export function jobView(state: SimState, job: Job, progressApi: boolean): Record<string, unknown> {
  const base = {
    job_id: job.id,
    job_type: job.type,
    begin_time: isoMillis(job.beginMs),
  };
  const sub = progressApi ? { subJobId: job.subJobId } : {};
  const f = job.finished;
  if (f) {
    const failed = f.status === 'FAIL';
    const lastRunning = Math.max(0, job.outcome.endStep - 2);
    const entities: Record<string, unknown> = failed
      ? {
          ...(f.imageName ? { image_name: f.imageName } : {}),
          ...(job.imageId ? { image_id: job.imageId } : {}),
          process_percent: job.outcome.endStep > 1 ? PERCENTS[Math.min(lastRunning, 3)] : 0,
          current_task: job.tasks[Math.min(lastRunning, job.tasks.length - 1)],
          error_code: f.errorCode,
          fail_reason: f.failReason,
          ...sub,
        }
      : {
          ...(f.imageId ? { image_id: f.imageId } : {}),
          ...(f.imageName ? { image_name: f.imageName } : {}),
          process_percent: 1.0,
          current_task: job.tasks[job.tasks.length - 1],
          ...sub,
        };
    if (f.results) entities.results = f.results;
    return {
      status: f.status,
      ...base,
      end_time: isoMillis(f.endMs),
      error_code: f.errorCode,
      fail_reason: f.failReason,
      entities,
    };
  }
  const step = Math.floor((state.now() - job.beginMs) / state.opts.jobStepMs);
  if (step <= 0) {
    return {
      status: 'INIT',
      ...base,
      end_time: '',
      error_code: null,
      fail_reason: null,
      entities: { ...(job.imageName ? { image_name: job.imageName } : {}), ...(job.imageId ? { image_id: job.imageId } : {}), process_percent: 0.0, ...sub },
    };
  }
  const i = Math.min(step - 1, PERCENTS.length - 1);
  return {
    status: 'RUNNING',
    ...base,
    end_time: '',
    error_code: null,
    fail_reason: null,
    entities: {
      ...(job.imageName ? { image_name: job.imageName } : {}),
      ...(job.imageId ? { image_id: job.imageId } : {}),
      process_percent: PERCENTS[i],
      current_task: job.tasks[Math.min(i, job.tasks.length - 1)],
      ...sub,
    },
  };
}

function findJob(ctx: Ctx): Job {
  const job = ctx.state.jobs.get(ctx.params.job_id!);
  if (!job || job.projectId !== ctx.caller.projectId) {
    throw new SimError(404, 'IMG.0121', `The object cannot be found. Job ${ctx.params.job_id} does not exist.`);
  }
  return job;
}

export function registerJobRoutes(router: Router): void {
  router.add({ id: 'ims-get-job', method: 'GET', pattern: '/v1/{project_id}/jobs/{job_id}', auth: true, handler: (ctx) => json(200, jobView(ctx.state, findJob(ctx), false)) });
  router.add({ id: 'ims-get-job-progress', method: 'GET', pattern: '/v1/cloudimages/job/{job_id}', auth: true, handler: (ctx) => json(200, jobView(ctx.state, findJob(ctx), true)) });
}
