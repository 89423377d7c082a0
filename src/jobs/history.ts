/**
 * The job history: IMS has no API that lists jobs, so the gateway remembers every job it started, per project,
 * with who started it and the last state any poller saw. Kept JOB_HISTORY_TTL_MS after the job started.
 *
 * `JobHistory` is the seam for a shared store (Redis, with several replicas); `createMemoryJobHistory` is the
 * default, for one process. Every method is async so a networked implementation fits the same callers.
 * This module knows nothing of GraphQL: scopes and kinds are opaque strings to it.
 */

export type JobHistoryStatus = 'INIT' | 'RUNNING' | 'SUCCESS' | 'FAIL';

export interface JobTarget {
  /** What the id names: image, server (ECS), volume, backup, obs ("bucket:file"), project. */
  kind: 'image' | 'server' | 'volume' | 'backup' | 'obs' | 'project';
  id: string;
}

/** The last known state of a job, as a poller read it. */
export interface JobHistoryState {
  status: JobHistoryStatus;
  progressPercent: number | null;
  currentTask: string | null;
  errorCode: string | null;
  failReason: string | null;
  /** The image the job created or affected, once known. */
  imageId: string | null;
  /** Upstream job type (e.g. imsCopyImageInRegionJob), once read. */
  upstreamType: string | null;
}

export interface JobRecord extends JobHistoryState {
  jobId: string;
  /** Tenant scope (upstream kind + project id): the only key records are listed by. */
  scope: string;
  /** What started it: the gateway operation, e.g. copyImage. */
  kind: string;
  /** What it acts on. */
  targets: JobTarget[];
  /** Name of the image it creates, when the request gave one. */
  imageName: string | null;
  /** User id of the caller that started it (never a credential); null for API-key callers. */
  startedBy: string | null;
  /** Epoch milliseconds. */
  startedAt: number;
  /** Epoch milliseconds of the last state change seen. */
  updatedAt: number;
}

/** Newest first: a position in that order. */
export interface JobHistoryPosition {
  startedAt: number;
  jobId: string;
}

export interface JobHistoryQuery {
  first: number;
  after?: JobHistoryPosition;
  status?: JobHistoryStatus;
  kind?: string;
}

export interface JobHistoryPage {
  records: JobRecord[];
  hasNextPage: boolean;
}

export interface JobHistory {
  /** A job was accepted upstream. Listeners of its scope hear of it. A job already recorded is left as it is. */
  record(record: JobRecord): Promise<void>;
  /** A poller saw `state`; ignored for jobs not in the history and for a job already terminal. */
  update(scope: string, jobId: string, state: JobHistoryState): Promise<JobRecord | undefined>;
  list(scope: string, query: JobHistoryQuery): Promise<JobHistoryPage>;
  /** Hear of every job recorded in `scope` from now on. Returns the unsubscribe function. */
  onRecorded(scope: string, listener: (record: JobRecord) => void): () => void;
  close(): Promise<void>;
}

const TERMINAL: ReadonlySet<string> = new Set(['SUCCESS', 'FAIL']);

/** Newest first; ties (same millisecond) by job id, descending, so the order is total and cursors are stable. */
export function compareNewestFirst(a: JobHistoryPosition, b: JobHistoryPosition): number {
  return b.startedAt - a.startedAt || (a.jobId < b.jobId ? 1 : a.jobId > b.jobId ? -1 : 0);
}

export interface MemoryJobHistoryOptions {
  ttlMs: number;
  /**
   * Records kept per project at most (oldest dropped first): a busy project must not grow the process without
   * bound within the TTL. Default 10000.
   */
  maxPerScope?: number;
  now?: () => number;
}

export function createMemoryJobHistory(opts: MemoryJobHistoryOptions): JobHistory {
  const now = opts.now ?? Date.now;
  const maxPerScope = opts.maxPerScope ?? 10_000;
  // Map keeps insertion order, which is start order: the oldest record is the first key.
  const scopes = new Map<string, Map<string, JobRecord>>();
  const listeners = new Map<string, Set<(r: JobRecord) => void>>();

  function prune(scope: string): Map<string, JobRecord> | undefined {
    const records = scopes.get(scope);
    if (!records) return undefined;
    const oldest = now() - opts.ttlMs;
    for (const [id, r] of records) {
      if (r.startedAt >= oldest && records.size <= maxPerScope) break;
      records.delete(id);
    }
    if (records.size === 0) scopes.delete(scope);
    return records.size ? records : undefined;
  }

  return {
    async record(record) {
      let records = prune(record.scope);
      if (!records) scopes.set(record.scope, (records = new Map()));
      // Recording a job again (an idempotent replay of its mutation) keeps what is known of it.
      if (records.has(record.jobId)) return;
      records.set(record.jobId, { ...record, targets: record.targets.map((t) => ({ ...t })) });
      prune(record.scope);
      for (const l of listeners.get(record.scope) ?? []) {
        try {
          l({ ...record });
        } catch {
          // One listener's failure must not keep the others from hearing of the job.
        }
      }
    },
    async update(scope, jobId, state) {
      const r = prune(scope)?.get(jobId);
      if (!r || TERMINAL.has(r.status)) return r && { ...r };
      const changed = !sameJobState(r, state);
      Object.assign(r, state);
      if (changed) r.updatedAt = now();
      return { ...r };
    },
    async list(scope, q) {
      const records = prune(scope);
      if (!records) return { records: [], hasNextPage: false };
      const matching = [...records.values()]
        .filter((r) => (!q.status || r.status === q.status) && (!q.kind || r.kind === q.kind))
        .filter((r) => !q.after || compareNewestFirst(q.after, r) < 0)
        .sort(compareNewestFirst);
      return { records: matching.slice(0, q.first).map((r) => ({ ...r })), hasNextPage: matching.length > q.first };
    },
    onRecorded(scope, listener) {
      let set = listeners.get(scope);
      if (!set) listeners.set(scope, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(scope) === set) listeners.delete(scope);
      };
    },
    async close() {
      listeners.clear();
    },
  };
}

/**
 * The fields whose change makes a new state of a job (and moves `updatedAt`); redis-history.ts compares the same
 * fields in its update script.
 */
export const JOB_STATE_FIELDS = ['status', 'progressPercent', 'currentTask', 'imageId', 'errorCode'] as const;
type JobStateFields = Pick<JobRecord, (typeof JOB_STATE_FIELDS)[number]>;
export const sameJobState = (a: JobStateFields, b: JobStateFields): boolean => JOB_STATE_FIELDS.every((k) => a[k] === b[k]);
