/**
 * Images by id, for the per-request DataLoader: keys in, one Image or Error per key out, in key order.
 *
 * Where the upstream supports `GET /v2/images?id=in:a,b,c` (Glance, and the simulator), ids are fetched in
 * chunks (to keep URLs short). Ids a list does not return (an image shared with you that you have not
 * accepted is readable but not listed by default) and upstreams without `id=in:` fall back to single
 * `GET /v2/images/{id}` with bounded concurrency, so an unknown id carries the upstream's own 404.
 * A single key goes straight to the single GET.
 */
import type { Image } from '../upstream/domain';
import type { GatewayContext } from '../context';
import { toGraphQLError } from '../context/errors';
import { mapWithConcurrency } from './concurrency';

/** 40 UUIDs ≈ 1.5 KB of query string: far below common URL limits (8 KB). */
export const ID_IN_CHUNK = 40;
export const SINGLE_GET_CONCURRENCY = 8;

export async function loadImagesById(ctx: GatewayContext, ids: readonly string[]): Promise<(Image | Error)[]> {
  const { glance, capabilities } = await ctx.clients();
  const found = new Map<string, Image>();

  if (ids.length > 1 && capabilities.idInFilter) {
    const chunks: string[][] = [];
    for (let i = 0; i < ids.length; i += ID_IN_CHUNK) chunks.push(ids.slice(i, i + ID_IN_CHUNK));
    const pages = await Promise.all(chunks.map((chunk) => glance.listImages({ ids: chunk, limit: chunk.length })));
    for (const page of pages) for (const image of page.images) found.set(image.id, image);
  }

  const missing = ids.filter((id) => !found.has(id));
  const singles = await mapWithConcurrency(missing, SINGLE_GET_CONCURRENCY, async (id): Promise<Image | Error> => {
    try {
      return await glance.getImage(id);
    } catch (e) {
      return toGraphQLError(e);
    }
  });
  const results = new Map<string, Image | Error>(found);
  missing.forEach((id, i) => results.set(id, singles[i]!));
  return ids.map((id) => results.get(id)!);
}
