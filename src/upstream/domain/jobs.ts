/** Nouns: IMS asynchronous jobs. */

// ---------------------------------------------------------------------------------------------------------------
// Jobs (IMS `GET /v1/{project_id}/jobs/{job_id}`, `GET /v1/cloudimages/job/{job_id}`)

export type JobStatus = 'INIT' | 'RUNNING' | 'SUCCESS' | 'FAIL';
export const JOB_STATUSES: readonly JobStatus[] = ['INIT', 'RUNNING', 'SUCCESS', 'FAIL'];
export const TERMINAL_JOB_STATUSES: readonly JobStatus[] = ['SUCCESS', 'FAIL'];

/** The answer of every asynchronous IMS endpoint: the request was accepted, poll this job. */
export interface AcceptedJob {
  jobId: string;
}

export interface JobResult {
  imageId: string | null;
  projectId: string | null;
  status: JobStatus | null;
}

export interface Job {
  id: string;
  /** e.g. `createImageByInstance`, `imsCopyImageInRegionJob`. */
  type: string | null;
  status: JobStatus;
  /** 0–100 (the wire's fraction 0..1 is scaled); null when not reported. */
  progressPercent: number | null;
  currentTask: string | null;
  beginTime: string | null;
  /** Null until the job is terminal. */
  endTime: string | null;
  errorCode: string | null;
  failReason: string | null;
  /** The image created or affected. */
  imageId: string | null;
  imageName: string | null;
  /** Progress API only. */
  subJobId: string | null;
  /** Batch (sharing) jobs. */
  results: JobResult[];
  /** Unmapped top-level and `entities` keys, under their wire names (entities keys prefixed `entities.`). */
  extraProperties: Record<string, unknown>;
}
