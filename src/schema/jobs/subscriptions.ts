/**
 * Live progress: jobProgress (one job), jobsProgress (several), imageStatus (an image until it is terminal).
 *
 * Every subscriber is authorised with its own credentials by one upstream read before it joins the shared
 * poll of its (upstream, project, id) key; the decision is remembered briefly per token hash so a dashboard
 * opening many subscriptions with one token costs one read. A fresh authorisation read also seeds the watch
 * (`initial`): when nobody polls the key yet, it is the first state and the first poll waits one interval.
 * Polls are shared through the JobTracker, and each event is resolved with fresh DataLoaders (nested fields
 * never see a previous event's cache).
 */
import { z } from 'zod';
import type { Image, Job } from '../../upstream/domain';
import type { CallTrace } from '../../upstream/http';
import { tokenHash } from '../../context/session';
import { imageKey, jobKey, noteJobState } from '../../context/job-watchers';
import { watchMany } from '../../jobs';
import type { GatewayContext } from '../../context';
import { imageIdArg, imageIdFromArg, jobIdArg, jobIdFromArg } from '../ids';
import { builder } from '../builder';
import { ValidationError } from '../../context/error-classes';

import { ImageRef } from '../images/types';
import { JobRef } from './types';
import { sameJobState } from '../../jobs/history';

/** Names the caller's credentials without holding them: the authorisation cache key and the engine's `credentials`. */
function credentialsOf(ctx: GatewayContext): string {
  return ctx.credentials.token ? tokenHash(ctx.credentials.token) : `key:${tokenHash(ctx.credentials.apiKey ?? '')}`;
}

/**
 * One upstream read per (credentials, key) for a while: a dashboard opening many subscriptions pays once.
 * Resolves to the state read, or `undefined` when the answer came from an earlier read (no fresh state).
 */
function authorise<T>(ctx: GatewayContext, key: string, read: () => Promise<T>): Promise<T | undefined> {
  return ctx.services.jobs.authorise(credentialsOf(ctx), key, read);
}

/** Each event gets fresh loaders: a subscription lives long, its data must not. */
function freshLoaders(ctx: GatewayContext) {
  ImageRef.getDataloader(ctx).clearAll();
  JobRef.getDataloader(ctx).clearAll();
}

async function* withFreshLoaders<T>(ctx: GatewayContext, source: AsyncIterableIterator<T>): AsyncGenerator<T> {
  try {
    for await (const v of source) {
      freshLoaders(ctx);
      yield v;
    }
  } finally {
    await source.return?.();
  }
}

async function watchJob(ctx: GatewayContext, jobId: string) {
  const session = await ctx.session();
  const ims = (await ctx.clients()).requireIms('Job progress');
  const key = jobKey(session.scope, jobId);
  // Every new state read here is also the job's last known state in the project's history; a poll that saw no
  // change writes nothing (with Redis, that is one round trip per poll saved).
  let last: Job | undefined;
  const note = (job: Job) => {
    if (!last || !sameJobState(last, job)) noteJobState(ctx.services.history, session.scope, job);
    last = job;
    return job;
  };
  const initial = await authorise(ctx, key, () => ims.getJob(jobId).then(note));
  const upstreams = ctx.services.upstreams;
  // Each poll gets clients bound to the engine's signal: a poll nobody waits for any more is aborted.
  const fetch = (signal: AbortSignal, trace?: CallTrace) =>
    upstreams.clientsFor(session, { signal, trace }).requireIms('Job progress').getJob(jobId).then(note);
  return {
    key,
    initial,
    subscriber: {
      credentials: credentialsOf(ctx),
      // Observed: poll metrics, job outcomes, a poll span linked to this subscription's.
      fetch: ctx.services.ops?.observePoll('job', fetch, ctx.trace) ?? fetch,
    },
  };
}

const JobEventRef = builder.objectRef<{ key: string; state: Job }>('JobProgressEvent').implement({
  description: 'A new state of one of the watched jobs.',
  fields: (t) => ({ job: t.field({ type: JobRef, description: 'The job in its new state.', resolve: (e) => e.state }) }),
});

builder.subscriptionFields((t) => ({
  jobProgress: t.field({
    type: JobRef,
    description:
      'Watch an IMS job: its current state first, then every change of status, progress or task, then completion after SUCCESS or FAIL. However many clients watch one job, the gateway polls it once per interval.',
    args: { id: t.arg.id({ validate: jobIdArg, required: true, description: 'Job id: 32 hex characters, or the global Job id.' }) },
    subscribe: async (_root, { id }, ctx) => {
      const { key, subscriber, initial } = await watchJob(ctx, jobIdFromArg(String(id)));
      return withFreshLoaders(ctx, ctx.services.jobs.jobs.watch(key, subscriber, { initial }));
    },
    resolve: (job: Job) => job,
  }),

  jobsProgress: t.field({
    type: JobEventRef,
    description: 'Watch several jobs in one subscription; completes when all are SUCCESS or FAIL.',
    args: { ids: t.arg.idList({ required: true, validate: z.array(jobIdArg), description: '1–50 job ids (upstream or global); duplicates count once.' }) },
    subscribe: async (_root, { ids }, ctx) => {
      const unique = [...new Set(ids.map((i) => jobIdFromArg(String(i))))];
      if (unique.length === 0 || unique.length > 50)
        throw new ValidationError([{ path: ['ids'], message: 'between 1 and 50 job ids' }]);
      const targets = await Promise.all(unique.map((id) => watchJob(ctx, id)));
      return withFreshLoaders(ctx, watchMany(ctx.services.jobs.jobs, targets));
    },
    resolve: (e: { key: string; state: Job }) => e,
  }),

  imageStatus: t.field({
    type: ImageRef,
    description:
      'Watch an image until its status is terminal (ACTIVE, KILLED, DELETED…): the current image first, then every change, e.g. QUEUED → SAVING → ACTIVE after an upload or registration.',
    args: { id: t.arg.id({ validate: imageIdArg, required: true, description: 'Upstream image id (UUID) or global Image id.' }) },
    subscribe: async (_root, { id }, ctx) => {
      const session = await ctx.session();
      const { glance } = await ctx.clients();
      const imageId = imageIdFromArg(String(id));
      const key = imageKey(session.scope, imageId);
      const initial = await authorise(ctx, key, () => glance.getImage(imageId));
      const upstreams = ctx.services.upstreams;
      const fetch = (signal: AbortSignal, trace?: CallTrace) => upstreams.clientsFor(session, { signal, trace }).glance.getImage(imageId);
      const subscriber = { credentials: credentialsOf(ctx), fetch: ctx.services.ops?.observePoll('image', fetch, ctx.trace) ?? fetch };
      return withFreshLoaders(ctx, ctx.services.jobs.images.watch(key, subscriber, { initial }));
    },
    resolve: (image: Image) => image,
  }),
}));
