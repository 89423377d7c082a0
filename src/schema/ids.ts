/**
 * Arguments that take an id accept the upstream id as well as the Relay global id a client may hold.
 */
import { decodeGlobalID } from '@pothos/plugin-relay';

function upstreamIdFromArg(id: string, typename: string, upstreamId: RegExp): string {
  if (upstreamId.test(id)) return id;
  try {
    const g = decodeGlobalID(id);
    if (g.typename === typename) return g.id;
  } catch {
    // not a global id: let the upstream say whether it exists
  }
  return id;
}

/** An image id: a UUID, or a global Image id. */
export const imageIdFromArg = (id: string) => upstreamIdFromArg(id, 'Image', /^[0-9a-f-]{32,36}$/i);

/** A job id: 32 hex characters, or a global Job id. */
export const jobIdFromArg = (id: string) => upstreamIdFromArg(id, 'Job', /^[0-9a-f]{32}$/i);
