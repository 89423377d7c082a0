/**
 * How every job-starting mutation posts upstream: once per idempotencyKey (per project), and with a lost answer
 * reported as OUTCOME_UNKNOWN instead of a plain failure the client would retry into a second job.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { GatewayContext } from '../../context';
import type { UpstreamClients } from '../../context/upstreams';
import type { AcceptedJob } from '../../upstream/domain';
import { UpstreamError, outcomeUnknown } from '../../upstream/http/errors';
import { JobOutcomeUnknownError } from '../../jobs/idempotency';
import type { GraphQLResolveInfo } from 'graphql';
import type { ImsClient } from '../../upstream/ims/client';
import { imageIdFromArg } from '../ids';
import { recordStartedJob } from './history';
import type { JobPayloadShape } from './payload';

export const IDEMPOTENCY_KEY_DESCRIPTION =
  'Optional key (1–255 printable characters, e.g. a UUID) that makes this start idempotent: within IDEMPOTENCY_TTL_MS ' +
  '(default 24 h) a second call with the same key in the same project returns the same job without starting another, ' +
  'even while the first call is still running. The same key with different input is a ConflictError (CONFLICT).';

export const idempotencyKey = z
  .string()
  .min(1, 'must not be empty')
  .max(255, 'at most 255 characters')
  .regex(/^[\x20-\x7e]+$/, 'printable ASCII characters only');

/** Pothos `t.string(...)` options of the field, for input types and top-level arguments alike. */
export const idempotencyKeyOptions = { validate: idempotencyKey, description: IDEMPOTENCY_KEY_DESCRIPTION } as const;

function lostAnswerMessage(err: UpstreamError, keyed: boolean): string {
  const what =
    err.kind === 'malformed'
      ? 'IMS accepted the request but its answer could not be read'
      : err.kind === 'timeout'
        ? 'IMS did not answer in time after receiving the request'
        : err.kind === 'http'
          ? 'a proxy in front of IMS timed out after forwarding the request'
          : 'the connection to IMS broke after the request was sent';
  return (
    `The job may or may not have been started: ${what}. ` +
    (keyed
      ? 'Retrying with the same idempotencyKey is safe and will not start a second job; to find out, look for the new image (e.g. by name in images) or the job in the IMS console.'
      : 'Before starting it again, look for the new image (e.g. by name in images) or the job in the IMS console; send an idempotencyKey to make retries safe.')
  );
}

/** Canonical JSON (sorted keys) of GraphQL input values: plain data, no cycles, so a few lines suffice. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined && (v as Record<string, unknown>)[k] !== null)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

/** Image ids are compared as upstream ids: a global id and its UUID are the same input. */
const sameImage = (v: string) => {
  try {
    return imageIdFromArg(v);
  } catch {
    return v; // refused by the argument's own validation before this point
  }
};
function normalize(v: unknown, key?: string): unknown {
  if (key === 'idempotencyKey') return undefined;
  // Unset and false both mean the original (non-safe-mode) operation: the same input for a replayed key.
  if (key === 'safeMode' && v === false) return undefined;
  if (key === 'imageId' && typeof v === 'string') return sameImage(v);
  if (key === 'imageIds' && Array.isArray(v)) return v.map((i) => (typeof i === 'string' ? sameImage(i) : i));
  if (Array.isArray(v)) return v.map((x) => normalize(x));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalize(x, k)]));
  return v;
}

function keyOf(args: Record<string, unknown>): string | undefined {
  const top = args.idempotencyKey;
  if (typeof top === 'string') return top;
  const nested = (args.input as Record<string, unknown> | undefined)?.idempotencyKey;
  return typeof nested === 'string' ? nested : undefined;
}

/**
 * Post a job start for `mutation` with its GraphQL `args`. With an idempotencyKey the post happens at most once per
 * key and project while the key lives; a lost answer becomes JobOutcomeUnknownError (OUTCOME_UNKNOWN) either way.
 */
export async function startJob(
  ctx: GatewayContext,
  clients: UpstreamClients,
  mutation: string,
  args: Record<string, unknown>,
  post: () => Promise<AcceptedJob>,
): Promise<AcceptedJob> {
  const key = keyOf(args);
  const guarded = () =>
    post().catch((e: unknown) => {
      if (e instanceof UpstreamError && outcomeUnknown(e)) throw new JobOutcomeUnknownError(lostAnswerMessage(e, key !== undefined), { cause: e });
      throw e;
    });
  if (key === undefined) return guarded();
  const fingerprint = createHash('sha256').update(`${mutation}\n${canonical(normalize(args))}`).digest('base64url');
  // Scoped by project (never by token): a colleague's retry with the key finds the same job.
  return ctx.services.jobStarts.start(`${clients.kind}|${clients.projectId}`, key, fingerprint, guarded);
}

/**
 * The whole resolver of a job-starting mutation: IMS required (typed UNSUPPORTED_BY_UPSTREAM otherwise), posted
 * once per idempotency key under the mutation's own name, and recorded in the project's job history.
 */
export async function startRecordedJob(
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  args: Record<string, unknown>,
  capability: string,
  post: (ims: ImsClient, clients: UpstreamClients) => Promise<AcceptedJob>,
): Promise<JobPayloadShape> {
  const clients = await ctx.clients();
  const ims = clients.requireIms(capability);
  return recordStartedJob(ctx, info, args, await startJob(ctx, clients, info.fieldName, args, () => post(ims, clients)));
}
