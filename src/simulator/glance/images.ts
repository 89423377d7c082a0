import { READ_ONLY_ATTRIBUTES, buildImage, imageView } from '../images';
import { SimError, img as imgError, json, noContent, type SimResponse } from '../http';
import { listImages, pageLinks } from '../list';
import type { ImageRecord } from '../model';
import type { Ctx } from '../router';
import { IMAGE_QUOTA } from '../state';
import { isPlainObject, newUuid } from '../util';
import { badRequest, forbidden, visibleImage } from './access';
import { CONTAINER_FORMATS, CORE, DISK_FORMATS, checkExtraValue, checkInteger, checkTagList } from './attributes';

/** Glance images: list, show, create, delete (PATCH is patch.ts, the data upload.ts). */

export function listGlanceImages(ctx: Ctx): SimResponse {
  const result = listImages(ctx.state, ctx.caller.projectId, ctx.query, 'glance');
  const links = pageLinks('/v2/images', ctx.rawQuery, result);
  return json(200, {
    images: result.images.map((i) => imageView(ctx.state, i)),
    schema: '/v2/schemas/images',
    first: links.first,
    ...(links.next ? { next: links.next } : {}),
  });
}

export function getGlanceImage(ctx: Ctx): SimResponse {
  return json(200, imageView(ctx.state, visibleImage(ctx, ctx.params.image_id!)));
}

export function createImage(ctx: Ctx): SimResponse {
  const { state } = ctx;
  if (!ctx.hasBody) throw imgError('IMG.0007');
  const body = ctx.body;
  if (!isPlainObject(body)) throw badRequest('The request body must be a JSON object.');
  for (const key of Object.keys(body)) {
    if (key !== 'id' && READ_ONLY_ATTRIBUTES.has(key)) throw forbidden(`Attribute '${key}' is read-only.`, 'IMG.0001');
  }
  let id = newUuid();
  if (body.id !== undefined) {
    if (typeof body.id !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(body.id)) throw badRequest('id must be a UUID.');
    if (state.images.has(body.id)) throw new SimError(409, 'IMG.0035', `An image with identifier ${body.id} already exists.`);
    id = body.id;
  }
  // Glance makes new images `shared` (image_member_quota applies; members can be added at once).
  const visibility = body.visibility ?? 'shared';
  if (visibility === 'public') throw forbidden('Forbidden to publicize image: only private images can be created.', 'IMG.0001');
  if (visibility !== 'private' && visibility !== 'shared' && visibility !== 'community') {
    throw badRequest(`Invalid visibility '${String(visibility)}': use private, shared or community.`);
  }
  if (body.os_hidden !== undefined && typeof body.os_hidden !== 'boolean') throw badRequest('os_hidden must be a boolean.');
  const name = body.name ?? '';
  if (typeof name !== 'string' || name.length > 255) throw badRequest('name must be a string of at most 255 characters.');
  if (body.protected !== undefined && typeof body.protected !== 'boolean') throw badRequest('protected must be a boolean.');
  const containerFormat = body.container_format ?? 'bare';
  if (typeof containerFormat !== 'string' || !CONTAINER_FORMATS.includes(containerFormat)) throw badRequest(`Invalid container_format '${String(containerFormat)}'.`);
  const diskFormat = body.disk_format ?? 'vhd';
  if (typeof diskFormat !== 'string' || !DISK_FORMATS.includes(diskFormat)) throw badRequest(`Invalid disk_format '${String(diskFormat)}'.`);
  const minRam = body.min_ram === undefined ? 0 : checkInteger('min_ram', body.min_ram);
  const minDisk = body.min_disk === undefined ? 0 : checkInteger('min_disk', body.min_disk);
  const tags = body.tags === undefined ? [] : checkTagList(body.tags);
  const osVersion = body.__os_version ?? 'Other Linux(64 bit)';
  if (typeof osVersion !== 'string' || osVersion.length > 255) throw badRequest('__os_version must be a string.');
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    if (CORE.has(k) || k === 'id' || k === '__os_version' || k === 'os_hidden') continue;
    extra[k] = checkExtraValue(k, v);
  }
  if (state.quotaUsed(ctx.caller.projectId) >= IMAGE_QUOTA) throw imgError('IMG.0015');
  const img = buildImage({
    id,
    region: state.region,
    owner: ctx.caller.projectId,
    name,
    status: 'queued',
    createdMs: state.now(),
    osVersion,
    tags,
    protected: body.protected as boolean | undefined,
    diskFormat,
    containerFormat,
    minDisk,
    minRam,
    sizeBytes: null,
    extra: { __lazyloading: 'false', __image_size: '0', os_hidden: body.os_hidden ?? false, ...extra },
  });
  img.visibility = visibility;
  state.images.set(img.id, img);
  return json(201, imageView(state, img), { Location: `${state.baseUrl}/v2/images/${img.id}` });
}

export function checkDeletable(ctx: Ctx, id: string): ImageRecord {
  const img = visibleImage(ctx, id, (x) => new SimError(404, 'IMG.0144', `Failed to find image ${x} to delete`));
  if (img.isPublic) throw forbidden(`The public image cannot be deleted. Image ${id} is a public image.`, 'IMG.0094');
  if (img.owner !== ctx.caller.projectId) throw forbidden('The image can only be deleted by the owner.', 'IMG.0092');
  if (img.props.protected === true) throw forbidden(`The protected image cannot be deleted. Image ${id} is protected and cannot be deleted.`, 'IMG.0091');
  return img;
}

export function deleteGlanceImage(ctx: Ctx): SimResponse {
  const img = checkDeletable(ctx, ctx.params.image_id!);
  let deleteBackup = false;
  if (ctx.hasBody) {
    if (!isPlainObject(ctx.body)) throw badRequest('The request body must be a JSON object.');
    if (ctx.body.delete_backup !== undefined) {
      if (typeof ctx.body.delete_backup !== 'boolean') throw badRequest('delete_backup must be a boolean.');
      deleteBackup = ctx.body.delete_backup;
    }
  }
  const backupId = img.props.__backup_id;
  if (typeof backupId === 'string' && backupId) {
    const backup = ctx.state.world.backups.get(backupId);
    if (backup) {
      backup.usedByImage = null;
      if (deleteBackup && img.props.__whole_image === 'true') backup.status = 'deleted';
    }
  }
  ctx.state.images.delete(img.id);
  void ctx.state.store.remove(img.dataFile);
  return noContent();
}
