import { z } from 'zod';
import type { Job, JobResult, JobStatus } from '../domain';
import { optNumber, optString, optTimestamp } from './common';

/**
 * The job object of IMS `GET /v1/{project_id}/jobs/{job_id}` and IMS `GET /v1/cloudimages/job/{job_id}`,
 * normalized per the asynchronous job model of docs/api/ENDPOINTS.md: status compared case-insensitively (`failed` = FAIL), `process_percent`
 * fraction → percentage, both time formats.
 */

const JOB_STATUS_ALIASES: Record<string, JobStatus> = {
  init: 'INIT',
  initial: 'INIT',
  initializing: 'INIT',
  pending: 'INIT',
  queued: 'INIT',
  running: 'RUNNING',
  processing: 'RUNNING',
  success: 'SUCCESS',
  succeeded: 'SUCCESS',
  successful: 'SUCCESS',
  fail: 'FAIL',
  failed: 'FAIL',
  failure: 'FAIL',
  error: 'FAIL',
};

export function normalizeJobStatus(raw: string): JobStatus | undefined {
  return JOB_STATUS_ALIASES[raw.trim().toLowerCase()];
}

const jobStatus = z.string().transform((v, ctx): JobStatus => {
  const s = normalizeJobStatus(v);
  if (s !== undefined) return s;
  ctx.issues.push({ code: 'custom', message: `unknown job status "${v}"`, input: v });
  return z.NEVER;
});

const optJobStatus = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v, ctx): JobStatus | null => {
    if (v === undefined || v === null || v === '') return null;
    const s = normalizeJobStatus(v);
    if (s !== undefined) return s;
    ctx.issues.push({ code: 'custom', message: `unknown job result status "${v}"`, input: v });
    return z.NEVER;
  });

/**
 * The wire carries a fraction 0..1 (the documented examples: 0.20, 0.40); a value above 1 is taken as already
 * being a percentage. Rounded to 2 decimals so 0.2 reads 20, not 20.000000000000004.
 */
export function toPercent(value: number): number {
  const pct = value <= 1 ? value * 100 : value;
  return Math.round(Math.min(100, Math.max(0, pct)) * 100) / 100;
}

const wireJobResultSchema = z.looseObject({
  image_id: optString,
  project_id: optString,
  status: optJobStatus,
});

const wireJobEntitiesSchema = z.looseObject({
  image_id: optString,
  image_name: optString,
  process_percent: optNumber,
  current_task: optString,
  subJobId: optString,
  sub_job_id: optString,
  results: z.array(wireJobResultSchema).nullish(),
});

export const wireJobSchema = z.looseObject({
  job_id: z.string().min(1),
  job_type: optString,
  status: jobStatus,
  begin_time: optTimestamp,
  end_time: optTimestamp,
  error_code: optString,
  fail_reason: optString,
  entities: wireJobEntitiesSchema.nullish(),
});

const MAPPED_JOB_KEYS = new Set(Object.keys(wireJobSchema.shape));
const MAPPED_ENTITY_KEYS = new Set(Object.keys(wireJobEntitiesSchema.shape));

export function mapJob(w: z.output<typeof wireJobSchema>): Job {
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(w)) if (!MAPPED_JOB_KEYS.has(k)) extra[k] = v;
  const e = w.entities ?? undefined;
  if (e) for (const [k, v] of Object.entries(e)) if (!MAPPED_ENTITY_KEYS.has(k)) extra[`entities.${k}`] = v;
  const results: JobResult[] = (e?.results ?? []).map((r) => ({
    imageId: r.image_id,
    projectId: r.project_id,
    status: r.status,
  }));
  return {
    id: w.job_id,
    type: w.job_type,
    status: w.status,
    progressPercent: e?.process_percent == null ? null : toPercent(e.process_percent),
    currentTask: e?.current_task ?? null,
    beginTime: w.begin_time,
    endTime: w.end_time,
    errorCode: w.error_code,
    failReason: w.fail_reason,
    imageId: e?.image_id ?? null,
    imageName: e?.image_name ?? null,
    subJobId: e?.subJobId ?? e?.sub_job_id ?? null,
    results,
    extraProperties: extra,
  };
}

export const jobSchema = wireJobSchema.transform(mapJob);
