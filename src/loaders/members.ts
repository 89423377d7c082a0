/**
 * Members by image for the per-request DataLoader: one `GET /v2/images/{id}/members` per distinct image,
 * with bounded concurrency (Glance has no batch read of members).
 */
import DataLoader from 'dataloader';
import type { ImageMember } from '../upstream/domain';
import type { GatewayContext } from '../context';
import { toGraphQLError } from '../context/errors';
import { mapWithConcurrency } from './concurrency';

export async function loadMembersByImage(ctx: GatewayContext, imageIds: readonly string[]): Promise<(ImageMember[] | Error)[]> {
  const { glance } = await ctx.clients();
  return mapWithConcurrency(imageIds, 8, async (id) => {
    try {
      return await glance.listMembers(id);
    } catch (e) {
      return toGraphQLError(e);
    }
  });
}

const loaders = new WeakMap<GatewayContext, DataLoader<string, ImageMember[]>>();

/** The per-operation members loader (keyed by the context object, so never shared across callers). */
export function membersLoader(ctx: GatewayContext): DataLoader<string, ImageMember[]> {
  let l = loaders.get(ctx);
  if (!l) {
    l = new DataLoader((ids: readonly string[]) => loadMembersByImage(ctx, ids));
    loaders.set(ctx, l);
  }
  return l;
}
