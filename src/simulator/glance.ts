import { imageView } from './images';
import { SimError, json } from './http';
import { listImages, pageLinks } from './list';
import type { ImageRecord } from './model';
import type { Ctx, Router } from './router';

/** Glance-native image APIs (Part B). Errors are flat; an image the caller cannot see is 404 IMG.0144. */

export function notFoundGlance(id: string): SimError {
  return new SimError(404, 'IMG.0144', `The image does not exist. No image found with ID ${id}.`);
}

/** The image if the caller may see it (Glance: public, owned, or member in any status). */
export function visibleImage(ctx: Ctx, id: string, notFound: (id: string) => SimError = notFoundGlance): ImageRecord {
  const img = ctx.state.liveImage(id);
  if (!img || !ctx.state.canSee(img, ctx.caller.projectId)) throw notFound(id);
  return img;
}

function listGlanceImages(ctx: Ctx) {
  const result = listImages(ctx.state, ctx.caller.projectId, ctx.query, 'glance');
  const links = pageLinks('/v2/images', ctx.rawQuery, result);
  return json(200, {
    images: result.images.map((i) => imageView(ctx.state, i)),
    schema: '/v2/schemas/images',
    first: links.first,
    ...(links.next ? { next: links.next } : {}),
  });
}

function getGlanceImage(ctx: Ctx) {
  return json(200, imageView(ctx.state, visibleImage(ctx, ctx.params.image_id!)));
}

export function registerGlanceReads(router: Router): void {
  router.add({ id: 'glance-list-images', method: 'GET', pattern: '/v2/images', auth: true, handler: listGlanceImages });
  router.add({ id: 'glance-get-image', method: 'GET', pattern: '/v2/images/{image_id}', auth: true, handler: getGlanceImage });
}
