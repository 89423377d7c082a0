/**
 * The project's job history in GraphQL: `jobs` (a Relay connection, newest first) and `jobStarted` (a live
 * feed of jobs started by anyone in the caller's project, for dashboards that must show jobs started
 * elsewhere without a reload). Records come from the job-starting mutations (`recordStartedJob`) and are
 * updated with the states the pollers read (server/job-watchers.ts `noteJobState`).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import type { AcceptedJob } from '../../upstream/domain';
import type { JobHistoryStatus, JobRecord, JobTarget } from '../../jobs/history';
import { Mailbox } from '../../jobs/mailbox';
import type { GatewayContext } from '../../context';
import { builder } from '../builder';
import { ValidationError } from '../../context/error-classes';
import { imageIdFromArg } from '../ids';
import { ImageRef } from '../images/types';
import { jobPayload, type JobPayloadShape } from './payload';
import { JobRef, JobStatusEnum } from './types';

/** The job-starting mutations, by field name. A new one records as OTHER until it is listed here. */
const KINDS = {
  CREATE_IMAGE_FROM_SERVER: 'createImageFromServer',
  CREATE_IMAGES_FROM_SERVER_DATA_DISKS: 'createImagesFromServerDataDisks',
  CREATE_IMAGE_FROM_FILE: 'createImageFromFile',
  CREATE_IMAGE_FROM_DATA_DISK: 'createImageFromDataDisk',
  QUICK_IMPORT_IMAGE: 'quickImportImage',
  CREATE_DATA_IMAGE_FROM_FILE: 'createDataImageFromFile',
  CREATE_WHOLE_IMAGE: 'createWholeImage',
  REGISTER_IMAGE: 'registerImage',
  EXPORT_IMAGE: 'exportImage',
  COPY_IMAGE: 'copyImage',
  COPY_IMAGE_TO_REGION: 'copyImageToRegion',
  SHARE_IMAGES: 'shareImages',
  UNSHARE_IMAGES: 'unshareImages',
  ANSWER_IMAGE_SHARES: 'answerImageShares',
  OTHER: 'other',
} as const;
const KNOWN_KINDS: ReadonlySet<string> = new Set(Object.values(KINDS));

export const JobKindEnum = builder.enumType('JobKind', {
  description: 'Which gateway mutation started a job (the upstream job type is on Job.type).',
  values: Object.fromEntries(
    Object.entries(KINDS).map(([name, value]) => [
      name,
      { value, description: value === 'other' ? 'A job-starting mutation not listed here.' : `Started by the \`${value}\` mutation.` },
    ]),
  ) as Record<keyof typeof KINDS, { value: (typeof KINDS)[keyof typeof KINDS]; description: string }>,
});

const JobTargetKindEnum = builder.enumType('JobTargetKind', {
  description: 'What a job target id names.',
  values: {
    IMAGE: { value: 'image', description: 'An image (its upstream id).' },
    SERVER: { value: 'server', description: 'An ECS (its id).' },
    VOLUME: { value: 'volume', description: 'An EVS disk (its id).' },
    BACKUP: { value: 'backup', description: 'A CSBS or CBR backup (its id).' },
    OBS: { value: 'obs', description: 'An OBS object, "bucket:file".' },
    PROJECT: { value: 'project', description: 'A project (a sharing job’s member).' },
  },
});

const JobTargetRef = builder.objectRef<JobTarget>('JobTarget').implement({
  description: 'Something a job acts on: its source image, server, disk, backup, OBS file or member project.',
  fields: (t) => ({
    kind: t.field({ type: JobTargetKindEnum, description: 'What `id` names.', resolve: (x) => x.kind }),
    id: t.exposeString('id', { description: 'The upstream id (or "bucket:file" for OBS).' }),
    image: t.field({
      type: ImageRef,
      nullable: true,
      description: 'The image, for IMAGE targets that still exist and are visible to you.',
      resolve: (x) => (x.kind === 'image' ? x.id : null),
    }),
  }),
});

export const JobRecordRef = builder.objectRef<JobRecord>('JobRecord').implement({
  description:
    'A job started through this gateway in your project, with its last known state (updated whenever the gateway polls it, e.g. for a jobProgress subscriber). Kept JOB_HISTORY_TTL_MS (default 7 days).',
  fields: (t) => ({
    jobId: t.exposeID('jobId', { description: 'The upstream job id; subscribe with jobProgress(id: jobId).' }),
    kind: t.field({ type: JobKindEnum, description: 'The mutation that started it.', resolve: (r) => (KNOWN_KINDS.has(r.kind) ? r.kind : 'other') as never }),
    upstreamType: t.exposeString('upstreamType', { nullable: true, description: 'Upstream job type (e.g. imsCopyImageInRegionJob), once read.' }),
    targets: t.field({ type: [JobTargetRef], description: 'What it acts on (source image, server, OBS file…).', resolve: (r) => r.targets }),
    imageName: t.exposeString('imageName', { nullable: true, description: 'Name of the image it creates, as requested.' }),
    startedBy: t.exposeString('startedBy', { nullable: true, description: 'User id of whoever started it; null for API-key callers.' }),
    startedAt: t.field({ type: 'DateTime', description: 'When the gateway started it (UTC).', resolve: (r) => new Date(r.startedAt).toISOString() }),
    updatedAt: t.field({ type: 'DateTime', description: 'When its last state change was seen (UTC).', resolve: (r) => new Date(r.updatedAt).toISOString() }),
    status: t.field({ type: JobStatusEnum, description: 'Last known status.', resolve: (r) => r.status }),
    done: t.boolean({ description: 'True at SUCCESS or FAIL.', resolve: (r) => r.status === 'SUCCESS' || r.status === 'FAIL' }),
    progressPercent: t.float({
      nullable: true,
      description: 'Last known progress, 0–100; 100 at SUCCESS.',
      resolve: (r) => (r.status === 'SUCCESS' ? 100 : r.progressPercent),
    }),
    currentTask: t.exposeString('currentTask', { nullable: true, description: 'Last known sub-task.' }),
    errorCode: t.exposeString('errorCode', { nullable: true, description: 'IMS error code (IMG.xxxx) when it failed.' }),
    failReason: t.exposeString('failReason', { nullable: true, description: 'Why it failed.' }),
    imageId: t.exposeString('imageId', { nullable: true, description: 'Id of the image it created or affected, once known.' }),
    job: t.field({
      type: JobRef,
      nullable: true,
      description: 'The job as IMS reports it now (one upstream read; `IMS GET /v1/{project_id}/jobs/{id}`).',
      resolve: (r) => r.jobId,
    }),
  }),
});

const MAX_PAGE_SIZE = 100;
const CURSOR_PREFIX = 'jobrec:';
const encodeCursor = (r: JobRecord) => Buffer.from(`${CURSOR_PREFIX}${r.startedAt}:${r.jobId}`).toString('base64url');
function decodeCursor(cursor: string): { startedAt: number; jobId: string } {
  const m = /^jobrec:(\d+):(.+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw new ValidationError([{ path: ['after'], message: 'is not a cursor returned by this connection' }]);
  return { startedAt: Number(m[1]), jobId: m[2]! };
}

builder.queryFields((t) => ({
  jobs: t.connection(
    {
      type: JobRecordRef,
      description:
        'Jobs started through this gateway in your project, newest first (IMS has no job list: this is the gateway’s own history, kept JOB_HISTORY_TTL_MS). Forwards only: `first` (1–100, default 25) and `after`.',
      args: {
        status: t.arg({ type: JobStatusEnum, description: 'Only jobs whose last known status is this.' }),
        type: t.arg({ type: JobKindEnum, description: 'Only jobs started by this mutation.' }),
      },
      validate: z
        .looseObject({ first: z.number().nullish(), last: z.number().nullish(), before: z.string().nullish() })
        .superRefine((a, ctx) => {
          if (a.first != null && (a.first < 1 || a.first > MAX_PAGE_SIZE))
            ctx.addIssue({ code: 'custom', path: ['first'], message: `must be between 1 and ${MAX_PAGE_SIZE}` });
          if (a.last != null) ctx.addIssue({ code: 'custom', path: ['last'], message: 'is not supported: the history pages forwards (first/after)' });
          if (a.before != null) ctx.addIssue({ code: 'custom', path: ['before'], message: 'is not supported: the history pages forwards (first/after)' });
        }),
      resolve: async (_root, args, ctx) => {
        const session = await ctx.session();
        const after = args.after ? decodeCursor(args.after) : undefined;
        const page = await ctx.services.history.list(session.scope, {
          first: args.first ?? 25,
          after,
          status: (args.status ?? undefined) as JobHistoryStatus | undefined,
          kind: args.type ?? undefined,
        });
        const edges = page.records.map((node) => ({ cursor: encodeCursor(node), node }));
        return {
          edges,
          pageInfo: {
            hasNextPage: page.hasNextPage,
            hasPreviousPage: after != null,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
        };
      },
    },
    {
      description: 'A page of the project’s job history.',
      edgesField: { description: 'The jobs of this page, newest first.' },
    },
    {
      description: 'One job of the history and the cursor that points at it.',
      nodeField: { description: 'The job record.' },
    },
  ),
}));

builder.subscriptionFields((t) => ({
  jobStarted: t.field({
    type: JobRecordRef,
    description:
      'Every job started through this gateway in your project from now on, by any client (authorised by your token’s project). Follow each with jobProgress(id: jobId). Never completes by itself.',
    subscribe: async (_root, _args, ctx) => {
      const { scope } = await ctx.session();
      let off = () => {};
      // One slot per job: a slow reader skips nothing (each job is its own slot), and memory stays bounded by
      // the jobs started while it was not reading.
      const feed = new Mailbox<JobRecord>(() => off());
      off = ctx.services.history.onRecorded(scope, (r) => feed.offer(r, r.jobId));
      return feed;
    },
    resolve: (r: JobRecord) => r,
  }),
}));

// ---- recording --------------------------------------------------------------------------------------------

type Args = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** What a job-starting mutation's arguments say it acts on. Generic over the inputs, so a new mutation needs no code here. */
function targetsOf(args: Args): { targets: JobTarget[]; imageName: string | null } {
  const input = { ...args, ...((args.input as Args | undefined) ?? {}) };
  const targets: JobTarget[] = [];
  const add = (kind: JobTarget['kind'], id: unknown) => {
    const s = str(id);
    if (s) targets.push({ kind, id: kind === 'image' ? imageIdFromArg(s) : s });
  };
  add('image', input.imageId);
  for (const id of (input.imageIds as unknown[] | undefined) ?? []) add('image', String(id));
  add('server', input.serverId);
  add('volume', input.volumeId);
  add('backup', input.backupId);
  add('obs', input.imageUrl);
  add('obs', input.bucketUrl);
  for (const d of (input.dataDisks as Args[] | undefined) ?? []) {
    add('volume', d.volumeId);
    add('obs', d.imageUrl);
  }
  for (const p of (input.projectIds as unknown[] | undefined) ?? []) add('project', p);
  return { targets, imageName: str(input.name) ?? null };
}

/**
 * Call where a mutation has just had its job accepted: records it in the project's history and returns the
 * payload. Recording never fails the mutation: the job runs upstream whatever happens to its record.
 */
export async function recordStartedJob(ctx: GatewayContext, info: GraphQLResolveInfo, args: Args, accepted: AcceptedJob): Promise<JobPayloadShape> {
  try {
    const session = await ctx.session();
    const now = Date.now();
    await ctx.services.history.record({
      jobId: accepted.jobId,
      scope: session.scope,
      kind: KNOWN_KINDS.has(info.fieldName) ? info.fieldName : 'other',
      ...targetsOf(args),
      startedBy: session.userId ?? null,
      startedAt: now,
      updatedAt: now,
      status: 'INIT',
      progressPercent: 0,
      currentTask: null,
      errorCode: null,
      failReason: null,
      imageId: null,
      upstreamType: null,
    });
  } catch {
    // A history store that is down costs the record, not the job (its id is in the payload).
  }
  return jobPayload(accepted);
}
