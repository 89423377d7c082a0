import { SimError } from '../http';
import type { ImageRecord } from '../model';
import type { Ctx } from '../router';

/** Who may read or write a Glance image, and Glance's errors when they may not (also used by the IMS paths, with IMS's 404). */

export function notFoundGlance(id: string): SimError {
  // Glance's own text: real clients print it (`HTTP 404 Not Found: No image found with ID …`).
  return new SimError(404, 'IMG.0144', `No image found with ID ${id}`);
}

export const badRequest = (message: string): SimError => new SimError(400, 'IMG.0001', message);

export const forbidden = (message: string, code = 'IMG.0047'): SimError => new SimError(403, code, message);

/** The image if the caller may see it (Glance: public, owned, or member in any status). */
export function visibleImage(ctx: Ctx, id: string, notFound: (id: string) => SimError = notFoundGlance): ImageRecord {
  const img = ctx.state.liveImage(id);
  if (!img || !ctx.state.canSee(img, ctx.caller.projectId)) throw notFound(id);
  return img;
}

/** Writes need ownership: invisible → 404, visible but someone else's → 403 (as Glance). */
export function ownedImage(ctx: Ctx, id: string, notFound: (id: string) => SimError = notFoundGlance, code = 'IMG.0047'): ImageRecord {
  const img = visibleImage(ctx, id, notFound);
  if (img.owner !== ctx.caller.projectId) {
    throw forbidden(img.isPublic ? 'The image is a public image. You are not permitted to modify it.' : 'This operation can be performed only by the image owner.', code);
  }
  return img;
}
