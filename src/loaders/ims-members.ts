/**
 * Members read through the IMS v1 member API (Huawei IMS SDK ListImageMembers / ShowImageMember), which answers
 * Glance's member plus `member_type` and, for organisations, `urn`. Per-request loaders, like members.ts:
 * - by image: one `GET /v1/{project_id}/cloudimages/{id}/members` per distinct image;
 * - by membership: one `GET /v1/{project_id}/cloudimages/{id}/members/{member}` per distinct pair (for a member
 *   that came from elsewhere, e.g. a mutation payload, whose member type is asked for).
 */
import DataLoader from 'dataloader';
import type { ImageMember } from '../upstream/domain';
import type { GatewayContext } from '../context';
import { toGraphQLError } from '../context/errors';
import { mapWithConcurrency } from './concurrency';

const byImage = new WeakMap<GatewayContext, DataLoader<string, ImageMember[]>>();
const byMembership = new WeakMap<GatewayContext, DataLoader<{ imageId: string; projectId: string }, ImageMember, string>>();

/** ListImageMembers per image (keyed by the context object, so never shared across callers). */
export function imsMembersLoader(ctx: GatewayContext): DataLoader<string, ImageMember[]> {
  let l = byImage.get(ctx);
  if (!l) {
    l = new DataLoader(async (ids: readonly string[]): Promise<(ImageMember[] | Error)[]> => {
      const ims = (await ctx.clients()).requireIms('IMS image members');
      return mapWithConcurrency(ids, 8, async (id) => ims.listImageMembers(id).catch((e: unknown) => toGraphQLError(e)));
    });
    byImage.set(ctx, l);
  }
  return l;
}

/** ShowImageMember per (image, member). */
export function imsMemberLoader(ctx: GatewayContext): DataLoader<{ imageId: string; projectId: string }, ImageMember, string> {
  let l = byMembership.get(ctx);
  if (!l) {
    l = new DataLoader(
      async (keys: readonly { imageId: string; projectId: string }[]): Promise<(ImageMember | Error)[]> => {
        const ims = (await ctx.clients()).requireIms('IMS image members');
        return mapWithConcurrency(keys, 8, async (k) => ims.getImageMember(k.imageId, k.projectId).catch((e: unknown) => toGraphQLError(e)));
      },
      { cacheKeyFn: (k) => `${k.imageId}/${k.projectId}` },
    );
    byMembership.set(ctx, l);
  }
  return l;
}
