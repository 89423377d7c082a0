import { ownedImage, visibleImage } from './glance';
import { READ_ONLY_ATTRIBUTES, imageView, regionImageView, splitTag } from './images';
import { SimError, img as imgError, json, noContent, type SimResponse } from './http';
import { first, listImages } from './list';
import type { ImageRecord } from './model';
import { osVersionList } from './os';
import type { Ctx, Router } from './router';
import { IMAGE_QUOTA } from './state';
import { checkImsTag, mergeTags, parseLegacyTag, tagObjects, type Tag } from './tags';
import { isPlainObject } from './util';

/** IMS extension APIs (Part A), synchronous ones. Errors are nested; an unknown image is 404 IMG.0027. */

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

function listCloudImages(ctx: Ctx): SimResponse {
  const result = listImages(ctx.state, ctx.caller.projectId, ctx.query, 'ims');
  return json(200, { images: result.images.map((i) => imageView(ctx.state, i)) });
}

const IMS_MODIFIABLE = new Set([
  'name',
  '__description',
  '__support_kvm',
  '__support_xen',
  '__support_diskintensive',
  '__support_highperformance',
  '__support_xen_gpu_type',
  '__support_kvm_gpu_type',
  '__is_config_init',
  'enterprise_project_id',
  'min_ram',
  'max_ram',
  'hw_vif_multiqueue_enabled',
  'hw_firmware_type',
]);
const GLANCE_CORE = new Set(['visibility', 'protected', 'min_disk', 'container_format', 'disk_format', 'tags', '__os_version']);

function patchCloudImage(ctx: Ctx): SimResponse {
  const img = imsOwned(ctx, ctx.params.image_id!);
  if (img.props.status !== 'active') throw imgError('IMG.0046', 'Only images in active status can be updated.');
  if (!Array.isArray(ctx.body)) throw imgError('IMG.0001', 'The request body must be a JSON array of {op, path, value}.');
  const props = { ...img.props };
  for (const raw of ctx.body) {
    if (!isPlainObject(raw) || !['add', 'replace', 'remove'].includes(raw.op as string) || typeof raw.path !== 'string' || !/^\/[^/]+$/.test(raw.path)) {
      throw imgError('IMG.0001', 'Each operation needs op (add, replace or remove) and a path like /name.');
    }
    const attr = raw.path.slice(1);
    if (READ_ONLY_ATTRIBUTES.has(attr) || GLANCE_CORE.has(attr)) throw imgError('IMG.0001', `The attribute ${attr} cannot be modified.`);
    if (!IMS_MODIFIABLE.has(attr) && !attr.startsWith('__') && props[attr] === undefined && raw.op !== 'add') {
      throw imgError('IMG.0001', `The attribute ${attr} does not exist.`);
    }
    if (raw.op === 'remove') {
      if (attr === 'name') throw imgError('IMG.0013');
      delete props[attr];
      continue;
    }
    if (!('value' in raw)) throw imgError('IMG.0001', `Operation ${String(raw.op)} on ${raw.path} requires a value.`);
    const value = raw.value;
    switch (attr) {
      case 'name':
        props.name = checkImsName(value);
        break;
      case '__description':
        props.__description = checkDescription(value);
        break;
      case 'min_ram': {
        const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw imgError('IMG.0055');
        props.min_ram = n;
        break;
      }
      case 'hw_firmware_type':
        if (value !== 'bios' && value !== 'uefi') throw imgError('IMG.0141');
        props.hw_firmware_type = value;
        break;
      default:
        if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') throw imgError('IMG.0001', `The value of ${attr} must be a string.`);
        props[attr] = typeof value === 'string' ? value : String(value);
    }
  }
  img.props = props;
  ctx.state.touch(img);
  return json(200, imageView(ctx.state, img));
}

function listOsVersions(ctx: Ctx): SimResponse {
  const tags = ctx.query.get('tag') ?? [];
  for (const t of tags) if (!['bms', 'uefi', 'kvm'].includes(t)) throw imgError('IMG.0001', `Unsupported tag '${t}': use bms or uefi.`);
  return json(200, osVersionList({ bms: tags.includes('bms'), uefi: tags.includes('uefi') }));
}

function listRegionImages(ctx: Ctx): SimResponse {
  const region = ctx.params.region_id!;
  if (!ctx.state.world.regions.includes(region)) throw imgError('IMG.0147', `Unknown region '${region}'.`);
  const vet = first(ctx.query, 'virtual_env_type');
  if (vet !== undefined && vet !== 'FusionCompute') throw imgError('IMG.0001', 'Only system-disk images (virtual_env_type=FusionCompute) can be listed here.');
  const result = listImages(ctx.state, ctx.caller.projectId, ctx.query, 'region', { region });
  return json(200, { images: result.images.map((i) => regionImageView(ctx.state, i)) });
}

function setImageTag(ctx: Ctx): SimResponse {
  const body = requireObjectBody(ctx);
  if (typeof body.image_id !== 'string' || !body.image_id) throw imgError('IMG.0001', 'image_id is required.');
  const img = imsOwned(ctx, body.image_id);
  let tag: Tag;
  if (body.tag !== undefined && body.image_tag !== undefined) throw imgError('IMG.0115', 'Send either tag or image_tag, not both.');
  if (body.tag !== undefined) tag = parseLegacyTag(body.tag);
  else if (isPlainObject(body.image_tag)) tag = checkImsTag(body.image_tag.key, body.image_tag.value);
  else throw imgError('IMG.0115', 'tag or image_tag is required.');
  mergeTags(img, [tag]);
  ctx.state.touch(img);
  return noContent();
}

function listTags(ctx: Ctx): SimResponse {
  const result = listImages(ctx.state, ctx.caller.projectId, ctx.query, 'ims', { paginate: false });
  const tags: string[] = [];
  for (const img of result.images) for (const t of img.tags) if (!tags.includes(t)) tags.push(t);
  // `limit` pages the tag list here; `page` (1-based) appears in the reference's example.
  const limitRaw = first(ctx.query, 'limit');
  const pageRaw = first(ctx.query, 'page');
  if (limitRaw === undefined) return json(200, { tags });
  const page = pageRaw === undefined ? 1 : Number(pageRaw);
  if (!Number.isInteger(page) || page < 1) throw imgError('IMG.0001', 'page must be a positive integer.');
  return json(200, { tags: tags.slice((page - 1) * result.limit, page * result.limit) });
}

interface TagFilter {
  key: string;
  values: string[];
}

function parseTagFilters(name: string, v: unknown): TagFilter[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) throw imgError('IMG.0001', `${name} must be an array.`);
  if (v.length > 10) throw imgError('IMG.0001', `${name} allows at most 10 keys.`);
  const keys = new Set<string>();
  return v.map((f) => {
    if (!isPlainObject(f) || typeof f.key !== 'string' || !f.key.trim() || f.key.length > 127) throw imgError('IMG.0001', `${name}: key must be a non-blank string of at most 127 characters.`);
    if (keys.has(f.key)) throw imgError('IMG.0001', `${name}: keys must be unique.`);
    keys.add(f.key);
    if (!Array.isArray(f.values) || f.values.length > 10 || f.values.some((x) => typeof x !== 'string' || x.length > 255)) {
      throw imgError('IMG.0001', `${name}: values must be an array of at most 10 strings of at most 255 characters.`);
    }
    if (new Set(f.values).size !== f.values.length) throw imgError('IMG.0001', `${name}: values must be unique.`);
    return { key: f.key, values: f.values as string[] };
  });
}

function pagingNumber(name: string, v: unknown, def: number, min: number, max: number): number {
  if (v === undefined) return def;
  const s = typeof v === 'number' ? String(v) : v;
  if (typeof s !== 'string' || !/^\d+$/.test(s)) throw imgError('IMG.0001', `${name} must be a string holding an integer.`);
  const n = Number(s);
  if (n < min || n > max) throw imgError('IMG.0001', `${name} must be between ${min} and ${max}.`);
  return n;
}

function queryByTags(ctx: Ctx): SimResponse {
  const body = requireObjectBody(ctx);
  if (body.action !== 'filter' && body.action !== 'count') throw imgError('IMG.0001', 'action must be filter or count.');
  const tags = parseTagFilters('tags', body.tags);
  const tagsAny = parseTagFilters('tags_any', body.tags_any);
  const notTags = parseTagFilters('not_tags', body.not_tags);
  const notTagsAny = parseTagFilters('not_tags_any', body.not_tags_any);
  if (body.without_any_tag !== undefined && typeof body.without_any_tag !== 'boolean') throw imgError('IMG.0001', 'without_any_tag must be a boolean.');
  const limit = body.action === 'filter' ? pagingNumber('limit', body.limit, 10, 1, 1000) : 10;
  const offset = body.action === 'filter' ? pagingNumber('offset', body.offset, 0, 0, Number.MAX_SAFE_INTEGER) : 0;
  const matches: Array<{ key: string; value: string }> = [];
  if (body.matches !== undefined) {
    if (!Array.isArray(body.matches)) throw imgError('IMG.0001', 'matches must be an array.');
    for (const m of body.matches) {
      if (!isPlainObject(m) || (m.key !== 'resource_name' && m.key !== 'resource_id')) throw imgError('IMG.0001', 'matches keys are resource_name or resource_id.');
      if (typeof m.value !== 'string' || m.value.length > 255) throw imgError('IMG.0001', 'matches values are strings of at most 255 characters.');
      if (matches.some((x) => x.key === m.key)) throw imgError('IMG.0001', 'matches keys must be unique.');
      matches.push({ key: m.key, value: m.value });
    }
  }
  const has = (img: ImageRecord, f: TagFilter): boolean => {
    const t = img.tags.map(splitTag).find((x) => x.key === f.key);
    return !!t && (f.values.length === 0 || f.values.includes(t.value));
  };
  const pool = ctx.state
    .regionImages()
    .filter((i) => i.owner === ctx.caller.projectId)
    .filter((img) => {
      if (body.without_any_tag === true) return img.tags.length === 0;
      if (tags && !tags.every((f) => has(img, f))) return false;
      if (tagsAny && tagsAny.length && !tagsAny.some((f) => has(img, f))) return false;
      if (notTags && notTags.length && notTags.every((f) => has(img, f))) return false;
      if (notTagsAny && notTagsAny.some((f) => has(img, f))) return false;
      return true;
    })
    .filter((img) =>
      matches.every((m) =>
        m.key === 'resource_id'
          ? img.id === m.value
          : m.value === ''
            ? img.props.name === ''
            : String(img.props.name).toLowerCase().includes(m.value.toLowerCase()),
      ),
    )
    .sort((a, b) => (String(a.props.created_at) === String(b.props.created_at) ? (a.id < b.id ? 1 : -1) : String(a.props.created_at) < String(b.props.created_at) ? 1 : -1));
  if (body.action === 'count') return json(200, { total_count: pool.length });
  return json(200, {
    total_count: pool.length,
    resources: pool.slice(offset, offset + limit).map((img) => ({
      resource_id: img.id,
      resource_name: img.props.name,
      resource_detail: { status: img.props.status },
      tags: tagObjects(img),
    })),
  });
}

export function batchImageTags(ctx: Ctx): SimResponse {
  const img = imsOwned(ctx, ctx.params.image_id!);
  const body = requireObjectBody(ctx);
  if (body.action !== 'create' && body.action !== 'delete') throw imgError('IMG.0001', 'action must be create or delete.');
  if (!Array.isArray(body.tags) || body.tags.length === 0) throw imgError('IMG.0001', 'tags must be a non-empty array of {key, value}.');
  if (body.action === 'create') {
    const tags = body.tags.map((t) => {
      if (!isPlainObject(t)) throw imgError('IMG.0115', 'Each tag is {key, value}.');
      if (t.value === undefined) throw imgError('IMG.0115', `The tag '${String(t.key)}' needs a value (it may be empty).`);
      return checkImsTag(t.key, t.value);
    });
    if (new Set(tags.map((t) => t.key)).size !== tags.length) throw imgError('IMG.0115', 'Tag keys in one request must be unique.');
    mergeTags(img, tags);
  } else {
    const doomed: Array<{ key: string; value?: string }> = body.tags.map((t) => {
      if (!isPlainObject(t) || typeof t.key !== 'string' || !t.key.trim() || t.key.length > 127) throw imgError('IMG.0115', 'Each tag to delete needs a non-blank key of at most 127 characters.');
      if (t.value !== undefined && (typeof t.value !== 'string' || t.value.length > 255)) throw imgError('IMG.0115', 'A tag value is a string of at most 255 characters.');
      return { key: t.key, value: t.value as string | undefined };
    });
    img.tags = img.tags.filter((s) => {
      const t = splitTag(s);
      return !doomed.some((d) => d.key === t.key && (d.value === undefined || d.value === t.value));
    });
  }
  ctx.state.touch(img);
  return noContent();
}

function addImageTag(ctx: Ctx): SimResponse {
  const img = imsOwned(ctx, ctx.params.image_id!);
  const body = requireObjectBody(ctx);
  if (!isPlainObject(body.tag)) throw imgError('IMG.0115', 'The body is {"tag": {"key": ..., "value": ...}}.');
  if (body.tag.value === undefined) throw imgError('IMG.0115', 'The tag needs a value (it may be empty).');
  mergeTags(img, [checkImsTag(body.tag.key, body.tag.value)]);
  ctx.state.touch(img);
  return noContent();
}

function deleteImageTag(ctx: Ctx): SimResponse {
  const img = imsOwned(ctx, ctx.params.image_id!);
  const key = ctx.params.key!;
  const i = img.tags.findIndex((t) => splitTag(t).key === key);
  if (i < 0) throw new SimError(404, 'IMG.0121', `The object cannot be found. Image ${img.id} has no tag with key '${key}'.`);
  img.tags.splice(i, 1);
  ctx.state.touch(img);
  return noContent();
}

function listImageTags(ctx: Ctx): SimResponse {
  return json(200, { tags: tagObjects(imsVisible(ctx, ctx.params.image_id!)) });
}

function listProjectTags(ctx: Ctx): SimResponse {
  const byKey = new Map<string, string[]>();
  for (const img of ctx.state.regionImages().filter((i) => i.owner === ctx.caller.projectId)) {
    for (const t of tagObjects(img)) {
      const values = byKey.get(t.key) ?? [];
      if (!values.includes(t.value)) values.push(t.value);
      byKey.set(t.key, values);
    }
  }
  return json(200, { tags: [...byKey].map(([key, values]) => ({ key, values })) });
}

export function registerIms(router: Router): void {
  // Literal segments first: `tags`, `quota`, `os_version`, `job`, `members` are not region ids.
  router.add({ id: 'ims-list-images', method: 'GET', pattern: '/v2/cloudimages', auth: true, handler: listCloudImages });
  router.add({ id: 'ims-update-image', method: 'PATCH', pattern: '/v2/cloudimages/{image_id}', auth: true, handler: patchCloudImage });
  router.add({
    id: 'ims-get-quota',
    method: 'GET',
    pattern: '/v1/cloudimages/quota',
    auth: true,
    handler: (ctx) =>
      json(200, { quotas: { resources: [{ type: 'image', used: ctx.state.quotaUsed(ctx.caller.projectId), quota: IMAGE_QUOTA, min: 1, max: 1000 }] } }),
  });
  router.add({ id: 'ims-list-os-versions', method: 'GET', pattern: '/v1/cloudimages/os_version', auth: true, handler: listOsVersions });
  router.add({ id: 'ims-set-image-tag', method: 'PUT', pattern: '/v1/cloudimages/tags', auth: true, handler: setImageTag });
  router.add({ id: 'ims-list-tags', method: 'GET', pattern: '/v1/cloudimages/tags', auth: true, handler: listTags });
  router.add({ id: 'ims-query-images-by-tag', method: 'POST', pattern: '/v2/{project_id}/images/resource_instances/action', auth: true, handler: queryByTags });
  router.add({ id: 'ims-list-project-tags', method: 'GET', pattern: '/v2/{project_id}/images/tags', auth: true, handler: listProjectTags });
  router.add({ id: 'ims-batch-image-tags', method: 'POST', pattern: '/v2/{project_id}/images/{image_id}/tags/action', auth: true, handler: batchImageTags });
  router.add({ id: 'ims-add-image-tag', method: 'POST', pattern: '/v2/{project_id}/images/{image_id}/tags', auth: true, handler: addImageTag });
  router.add({ id: 'ims-list-image-tags', method: 'GET', pattern: '/v2/{project_id}/images/{image_id}/tags', auth: true, handler: listImageTags });
  router.add({ id: 'ims-delete-image-tag', method: 'DELETE', pattern: '/v2/{project_id}/images/{image_id}/tags/{key}', auth: true, handler: deleteImageTag });
}

/** Registered last: `/v1/cloudimages/{region_id}` would otherwise swallow the literal paths above. */
export function registerImsRegionList(router: Router): void {
  router.add({
    id: 'ims-list-region-images',
    method: 'GET',
    pattern: '/v1/cloudimages/{region_id}',
    auth: true,
    guard: (p) => !['tags', 'quota', 'os_version', 'members', 'job'].includes(p.region_id ?? ''),
    handler: listRegionImages,
  });
}
