import { ownedImage, visibleImage } from '../glance/access';
import { SimError, img as imgError } from '../http';
import type { ImageRecord } from '../model';
import type { Ctx } from '../router';
import { isPlainObject } from '../util';

/** What every IMS endpoint checks the same way: who may see or change an image (IMS's 404 is IMG.0027), names, descriptions, bodies. */

export function notFoundIms(id: string): SimError {
  return new SimError(404, 'IMG.0027', `The image ID in the request does not exist. Image ${id} was not found.`);
}

export const imsVisible = (ctx: Ctx, id: string): ImageRecord => visibleImage(ctx, id, notFoundIms);

export const imsOwned = (ctx: Ctx, id: string): ImageRecord => ownedImage(ctx, id, notFoundIms);

/** Image names (§C.1.1): 1–128 characters; letters, digits, Chinese, `-._` and space; no edge spaces. */
export function checkImsName(name: unknown): string {
  if (name === undefined || name === null || name === '') throw imgError('IMG.0013');
  if (typeof name !== 'string') throw imgError('IMG.0003');
  if (name.length > 128) throw imgError('IMG.0002');
  if (!/^[\p{L}\p{N}\-._ ]+$/u.test(name) || name !== name.trim()) throw imgError('IMG.0003');
  return name;
}

export function checkDescription(d: unknown): string {
  if (d === undefined || d === null) return '';
  if (typeof d !== 'string') throw imgError('IMG.0054');
  if (d.length > 1024) throw imgError('IMG.0004');
  if (/[<>\r\n]/.test(d)) throw imgError('IMG.0054');
  return d;
}

export function requireObjectBody(ctx: Ctx): Record<string, unknown> {
  if (!ctx.hasBody) throw imgError('IMG.0007');
  if (!isPlainObject(ctx.body)) throw imgError('IMG.0001', 'The request body must be a JSON object.');
  return ctx.body;
}
