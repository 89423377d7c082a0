/**
 * Arguments that take an id accept the upstream id as well as the Relay global id a client may hold. Both are
 * checked against the reference's formats before any upstream call: an image id is a UUID (Glance `id`, "UUID
 * pattern"), an IMS job id is 32 hexadecimal characters (`job_id`, e.g. "8a12fc664fb4daa3014fb4e581380005"). So
 * "", ".", "..", control characters or lone surrogates, bare or inside a global id, never reach a URL.
 */
import { decodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { ValidationError } from '../context/error-classes';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const JOB_ID = /^[0-9a-f]{32}$/i;

/** The upstream id inside `id`, when it is one of the `typename` or a global id of that type; otherwise null. */
function parseId(id: string, typename: string, upstreamId: RegExp): string | null {
  if (upstreamId.test(id)) return id;
  // Global ids are base64 of "Type:id": short and plain ASCII. Anything else cannot be one.
  if (id.length > 200 || !/^[A-Za-z0-9+/=_-]+$/.test(id)) return null;
  try {
    const g = decodeGlobalID(id);
    return g.typename === typename && upstreamId.test(g.id) ? g.id : null;
  } catch {
    return null;
  }
}

const IMAGE_RULE = 'must be an image id: a UUID such as 5a8c6d8e-0e2b-4b0b-9c3a-1f2e3d4c5b6a, or a global Image id';
const JOB_RULE = 'must be a job id: 32 hexadecimal characters, or a global Job id';

/** Zod rules for `validate:` on id arguments (the validation plugin reports them per field, before resolving). */
export const imageIdArg = z.string().refine((s) => parseId(s, 'Image', UUID) !== null, IMAGE_RULE);
export const jobIdArg = z.string().refine((s) => parseId(s, 'Job', JOB_ID) !== null, JOB_RULE);

function upstreamIdFromArg(id: string, typename: string, upstreamId: RegExp, rule: string, path: string[]): string {
  const parsed = parseId(id, typename, upstreamId);
  if (parsed === null) throw new ValidationError([{ path, message: rule }]);
  return parsed;
}

/** An image id: a UUID, or a global Image id. Throws ValidationError (BAD_USER_INPUT) otherwise. */
export const imageIdFromArg = (id: string, path: string[] = ['id']) => upstreamIdFromArg(id, 'Image', UUID, IMAGE_RULE, path);

/** A job id: 32 hex characters, or a global Job id. Throws ValidationError (BAD_USER_INPUT) otherwise. */
export const jobIdFromArg = (id: string, path: string[] = ['id']) => upstreamIdFromArg(id, 'Job', JOB_ID, JOB_RULE, path);

const NODE_ID_FORMATS: Record<string, RegExp> = { Image: UUID, Job: JOB_ID };

/**
 * The relay plugin's `decodeGlobalID` for node/nodes: a malformed global id, or one whose inner id cannot be an id
 * of its type, is the caller's BAD_USER_INPUT instead of a codeless error (or a request with ".." in its path).
 */
export function decodeNodeId(globalId: string): { typename: string; id: string } {
  const refuse = () =>
    new ValidationError([{ path: ['id'], message: 'must be a global id, as returned in an `id` field (e.g. an Image or a Job)' }]);
  if (globalId.length > 200 || !/^[A-Za-z0-9+/=_-]+$/.test(globalId)) throw refuse();
  let g: { typename: string; id: string };
  try {
    g = decodeGlobalID(globalId);
  } catch {
    throw refuse();
  }
  // Only Image and Job are nodes: any other typename would reach the relay plugin as "not implemented".
  const format = NODE_ID_FORMATS[g.typename];
  if (!format || !format.test(g.id)) throw refuse();
  return g;
}
