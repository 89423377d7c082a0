import { hasTagKey, splitTag, upsertTag } from '../images';
import { SimError, img as imgError, noContent, type SimResponse } from '../http';
import type { Ctx } from '../router';
import { MAX_TAGS_PER_IMAGE } from '../state';
import { ownedImage } from './access';
import { checkGlanceTag } from './attributes';

/** Glance's per-tag endpoints (`PUT|DELETE /v2/images/{id}/tags/{tag}`). */

export function addGlanceTag(ctx: Ctx): SimResponse {
  const img = ownedImage(ctx, ctx.params.image_id!);
  const tag = checkGlanceTag(ctx.params.tag);
  if (!hasTagKey(img, tag) && img.tags.length >= MAX_TAGS_PER_IMAGE) throw imgError('IMG.0116', `An image can have at most ${MAX_TAGS_PER_IMAGE} tags.`);
  // Tags are one list with the IMS key/value tags: a Glance tag is the key `tag` with an empty value.
  if (!img.tags.includes(tag)) upsertTag(img, tag, '');
  ctx.state.touch(img);
  return noContent();
}

export function deleteGlanceTag(ctx: Ctx): SimResponse {
  const img = ownedImage(ctx, ctx.params.image_id!);
  const tag = ctx.params.tag!;
  const i = img.tags.includes(tag) ? img.tags.indexOf(tag) : img.tags.findIndex((t) => splitTag(t).key === tag);
  // Glance answers webob's bare 404 here.
  if (i < 0) throw new SimError(404, 'IMG.0121', 'The resource could not be found.');
  img.tags.splice(i, 1);
  ctx.state.touch(img);
  return noContent();
}
