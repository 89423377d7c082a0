/**
 * The signed-in page: connection state, the jobs list with live bars, the images list with actions.
 *
 * Jobs come from three sources merged by job id: Query.jobs (the project's history, read on load, on a filter
 * change and after every reconnection), Subscription.jobStarted (jobs started anywhere in the project while the
 * page is open) and jobsProgress / jobProgress (live states of the unfinished ones). A live state is newer than a
 * history record; a record never moves a job backwards.
 */
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { ConnectionState, Gateway, OperationError, ShownError } from './client';
import {
  DashboardJobProgressDocument,
  DashboardJobStartedDocument,
  DashboardJobsDocument,
  DashboardJobsProgressDocument,
  type DashboardJobRecordFragment,
  type DashboardJobStateFragment,
  type JobKind,
  type JobStatus,
} from './generated/graphql';
import { Images } from './images';
import { JOB_KIND_LABEL, STATUS_LABEL, elapsed, errorText, isDone, time } from './util';

export interface JobRow {
  jobId: string;
  kind: JobKind;
  upstreamType: string | null;
  imageName: string | null;
  startedBy: string | null;
  startedAt: number;
  endedAt: number | null;
  status: JobStatus;
  progressPercent: number;
  currentTask: string | null;
  errorCode: string | null;
  failReason: string | null;
  imageId: string | null;
  targets: { kind: string; id: string; name: string | null }[];
  /** Why live updates stopped for this job, when they did. */
  liveError?: ShownError;
}

type Action =
  | { type: 'records'; records: DashboardJobRecordFragment[]; replace: boolean }
  | { type: 'started'; row: JobRow }
  | { type: 'state'; job: DashboardJobStateFragment }
  | { type: 'liveError'; jobId: string; error: ShownError };

const RANK: Record<JobStatus, number> = { INIT: 0, RUNNING: 1, SUCCESS: 2, FAIL: 2 };

function fromRecord(r: DashboardJobRecordFragment): JobRow {
  return {
    jobId: r.jobId,
    kind: r.kind,
    upstreamType: r.upstreamType ?? null,
    imageName: r.imageName ?? null,
    startedBy: r.startedBy ?? null,
    startedAt: Date.parse(r.startedAt),
    endedAt: isDone(r.status) ? Date.parse(r.updatedAt) : null,
    status: r.status,
    progressPercent: r.status === 'SUCCESS' ? 100 : (r.progressPercent ?? 0),
    currentTask: r.currentTask ?? null,
    errorCode: r.errorCode ?? null,
    failReason: r.failReason ?? null,
    imageId: r.imageId ?? null,
    targets: r.targets.map((t) => ({ kind: t.kind, id: t.id, name: t.image?.name ?? null })),
  };
}

/** Whether `next` is at least as far along as `prev`: states only move forwards. */
const notBehind = (prev: JobRow, next: Pick<JobRow, 'status' | 'progressPercent'>) =>
  RANK[next.status] > RANK[prev.status] || (RANK[next.status] === RANK[prev.status] && !isDone(prev.status) && next.progressPercent >= prev.progressPercent);

function merge(prev: JobRow | undefined, next: JobRow): JobRow {
  if (!prev) return next;
  // The record's description (what, on what, by whom) always wins; its state only when it is not older.
  const described = { ...prev, kind: next.kind, imageName: next.imageName ?? prev.imageName, startedBy: next.startedBy, startedAt: next.startedAt, targets: next.targets };
  return notBehind(prev, next) ? { ...next, targets: next.targets.length ? next.targets : prev.targets } : described;
}

function reducer(rows: Map<string, JobRow>, a: Action): Map<string, JobRow> {
  const out = new Map(rows);
  if (a.type === 'records') {
    if (a.replace) for (const id of out.keys()) if (!a.records.some((r) => r.jobId === id)) out.delete(id);
    for (const r of a.records) out.set(r.jobId, merge(out.get(r.jobId), fromRecord(r)));
  } else if (a.type === 'started') {
    out.set(a.row.jobId, merge(out.get(a.row.jobId), a.row));
  } else if (a.type === 'liveError') {
    const prev = out.get(a.jobId);
    if (!prev) return rows;
    out.set(a.jobId, { ...prev, liveError: a.error });
  } else {
    const j = a.job;
    const prev = out.get(j.jobId);
    if (!prev) return rows;
    const pct = j.status === 'SUCCESS' ? 100 : (j.progressPercent ?? prev.progressPercent);
    if (isDone(prev.status) && !isDone(j.status)) return rows;
    out.set(j.jobId, {
      ...prev,
      status: j.status,
      progressPercent: pct,
      currentTask: j.currentTask ?? (isDone(j.status) ? null : prev.currentTask),
      errorCode: j.errorCode ?? null,
      failReason: j.failReason ?? null,
      imageId: j.imageId ?? prev.imageId,
      imageName: prev.imageName ?? j.imageName ?? null,
      upstreamType: j.type ?? prev.upstreamType,
      endedAt: j.endTime ? Date.parse(j.endTime) : isDone(j.status) ? Date.now() : null,
    });
  }
  return out;
}

const STATUSES: JobStatus[] = ['INIT', 'RUNNING', 'SUCCESS', 'FAIL'];

export function Dashboard({ gw, user, onSignOut }: { gw: Gateway; user?: string; onSignOut(why?: ShownError): void }) {
  const [rows, dispatch] = useReducer(reducer, new Map<string, JobRow>());
  const [conn, setConn] = useState<ConnectionState>({ kind: 'connecting' });
  const [status, setStatus] = useState<JobStatus | ''>('');
  const [kind, setKind] = useState<JobKind | ''>('');
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<ShownError>();
  const [now, setNow] = useState(Date.now());
  const [reconnects, setReconnects] = useState(0);
  /** Job id → the function that ends the subscription watching it. */
  const watched = useRef(new Map<string, () => void>());

  useEffect(() => gw.onState(setConn), [gw]);
  useEffect(() => gw.onReconnected(() => setReconnects((n) => n + 1)), [gw]);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  useEffect(
    () => () => {
      for (const stop of new Set(watched.current.values())) stop();
      watched.current.clear();
    },
    [gw],
  );

  const refused = (e: OperationError) => {
    if (e.code === 'UNAUTHENTICATED') onSignOut(e.errors[0]);
  };

  /** Live states for these jobs: one jobsProgress for a batch (≤ 50 ids), one jobProgress for a single job. */
  function watch(ids: string[]) {
    const fresh = ids.filter((id) => !watched.current.has(id));
    for (let i = 0; i < fresh.length; i += 50) {
      const chunk = fresh.slice(i, i + 50);
      const release = () => chunk.forEach((id) => watched.current.delete(id));
      const sink = {
        error: (e: OperationError) => {
          release();
          refused(e);
          if (e.code === 'UNAUTHENTICATED') return;
          // One job the upstream no longer knows fails the whole batch: watch them one by one, so only it stops.
          if (chunk.length > 1) chunk.forEach((id) => watch([id]));
          else dispatch({ type: 'liveError', jobId: chunk[0]!, error: e.errors[0] ?? { message: e.message } });
        },
        complete: release,
      };
      const stop =
        chunk.length === 1
          ? gw.subscribe(DashboardJobProgressDocument, { id: chunk[0]! }, { ...sink, next: (d) => dispatch({ type: 'state', job: d.jobProgress }) })
          : gw.subscribe(DashboardJobsProgressDocument, { ids: chunk }, { ...sink, next: (d) => dispatch({ type: 'state', job: d.jobsProgress.job }) });
      chunk.forEach((id) => watched.current.set(id, stop));
    }
  }

  // The history: on load, on a filter change, and after every reconnection (jobs may have started meanwhile).
  useEffect(() => {
    let live = true;
    gw.request(DashboardJobsDocument, { first: 100, status: status || undefined, type: kind || undefined }).then(
      (d) => {
        if (!live) return;
        const records = d.jobs.edges.map((e) => e.node);
        dispatch({ type: 'records', records, replace: true });
        setLoaded(true);
        setLoadError(undefined);
        watch(records.filter((r) => !isDone(r.status)).map((r) => r.jobId));
      },
      (e: OperationError) => {
        if (!live) return;
        setLoadError(e.errors[0]);
        refused(e);
      },
    );
    return () => {
      live = false;
    };
  }, [gw, status, kind, reconnects]);

  // Jobs started anywhere in the project while the page is open.
  useEffect(
    () =>
      gw.subscribe(
        DashboardJobStartedDocument,
        {},
        {
          next: (d) => {
            dispatch({ type: 'started', row: fromRecord(d.jobStarted) });
            watch([d.jobStarted.jobId]);
          },
          error: refused,
        },
      ),
    [gw],
  );

  const started = (row: JobRow) => {
    dispatch({ type: 'started', row });
    watch([row.jobId]);
  };

  const shown = [...rows.values()]
    .filter((r) => (!status || r.status === status) && (!kind || r.kind === kind))
    .sort((a, b) => b.startedAt - a.startedAt || (a.jobId < b.jobId ? 1 : -1));
  const running = [...rows.values()].filter((r) => !isDone(r.status)).length;

  return (
    <div class="page">
      <header>
        <h1>Image jobs</h1>
        <p class={`conn conn-${conn.kind}`} role="status" aria-live="polite">
          {conn.kind === 'live' ? '● Live' : conn.kind === 'connecting' ? '○ Connecting…' : `◌ Reconnecting (attempt ${conn.attempt})…`}
        </p>
        <p class="who">{user ? `Signed in as ${user}` : 'Signed in with a token'}</p>
        <button type="button" class="secondary" onClick={() => onSignOut()}>
          Sign out
        </button>
      </header>
      <main>
        <section aria-labelledby="jobs-title" class="jobs">
          <div class="section-head">
            <h2 id="jobs-title">
              Jobs <span class="count">{running ? `${running} running` : ''}</span>
            </h2>
            <div class="filters">
              <label>
                Status{' '}
                <select value={status} onChange={(e) => setStatus(e.currentTarget.value as JobStatus | '')}>
                  <option value="">All</option>
                  {STATUSES.map((s) => (
                    <option value={s}>{STATUS_LABEL[s]}</option>
                  ))}
                </select>
              </label>
              <label>
                Type{' '}
                <select value={kind} onChange={(e) => setKind(e.currentTarget.value as JobKind | '')}>
                  <option value="">All</option>
                  {(Object.keys(JOB_KIND_LABEL) as JobKind[]).map((k) => (
                    <option value={k}>{JOB_KIND_LABEL[k]}</option>
                  ))}
                </select>
              </label>
            </div>
          </div>
          {loadError && (
            <p class="error" role="alert">
              Could not read the jobs: {errorText(loadError)}
            </p>
          )}
          {!loaded && !loadError && <p class="empty">Loading jobs…</p>}
          {loaded && shown.length === 0 && (
            <p class="empty">
              {status || kind
                ? 'No job matches these filters.'
                : 'No jobs yet in this project. Start a copy or an export from an image below, or from any GraphQL client: it appears here at once.'}
            </p>
          )}
          <ol class="job-list">
            {shown.map((r) => (
              <JobItem key={r.jobId} row={r} now={now} />
            ))}
          </ol>
        </section>
        <Images gw={gw} onStarted={started} onRefused={refused} reconnects={reconnects} />
      </main>
    </div>
  );
}

function JobItem({ row: r, now }: { row: JobRow; now: number }) {
  const pct = Math.round(r.progressPercent);
  const source = r.targets.find((t) => t.kind === 'IMAGE');
  const subject = source ? (source.name ?? source.id) : r.targets[0]?.id;
  const destination = r.targets.find((t) => t.kind === 'OBS');
  const title = `${JOB_KIND_LABEL[r.kind]}${subject ? ` of ${subject}` : ''}`;
  const createsImage = !['EXPORT_IMAGE', 'SHARE_IMAGES', 'UNSHARE_IMAGES', 'ANSWER_IMAGE_SHARES'].includes(r.kind);
  return (
    <li class={`job status-${r.status}`} data-job-id={r.jobId} data-status={r.status}>
      <div class="job-head">
        <span class="badge">{STATUS_LABEL[r.status]}</span>
        <span class="job-title">{title}</span>
        {r.imageName && r.kind !== 'EXPORT_IMAGE' && <span class="arrow">→ {r.imageName}</span>}
        {destination && r.kind === 'EXPORT_IMAGE' && <span class="arrow">→ {destination.id}</span>}
        <span class="pct">{pct} %</span>
      </div>
      <div
        class="bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={`${pct} % ${r.status}`}
        aria-label={`Progress of ${title}`}
      >
        <div class="fill" style={{ width: `${pct}%` }} />
      </div>
      <div class="job-meta">
        <span>{r.currentTask ? `Task: ${r.currentTask}` : isDone(r.status) ? 'Finished' : 'Waiting for the first step'}</span>
        <span>Elapsed {elapsed((r.endedAt ?? now) - r.startedAt)}</span>
        <span>Started {time(r.startedAt)}</span>
        {r.startedBy && <span title="user id">by {r.startedBy.slice(0, 8)}</span>}
        <span class="mono">job {r.jobId.slice(0, 12)}</span>
        {r.status === 'SUCCESS' && r.imageId && createsImage && (
          <a href={`#image-${r.imageId}`} class="created">
            Created image {r.imageName ?? r.imageId}
          </a>
        )}
      </div>
      {r.liveError && !isDone(r.status) && (
        <p class="error" role="alert">
          Live progress stopped: {errorText(r.liveError)}
        </p>
      )}
      {r.status === 'FAIL' && (
        <p class="fail-reason">
          <strong>{r.errorCode ?? 'FAIL'}</strong>: {r.failReason ?? 'the job failed without a reason'}
        </p>
      )}
    </li>
  );
}
