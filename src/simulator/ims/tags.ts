import { splitTag } from '../images';
import { SimError, img as imgError, json, noContent, type SimResponse } from '../http';
import { first, listImages } from '../list';
import type { ImageRecord } from '../model';
import type { Ctx } from '../router';
import { isPlainObject } from '../util';
import { imsOwned, imsVisible, requireObjectBody } from './checks';
import { checkImsTag, mergeTags, parseLegacyTag, tagObjects, type Tag } from './tag-rules';

/** IMS tag endpoints: the legacy `/v1/cloudimages/tags` pair and the TMS-style `/v2/{project_id}/images/…/tags` family. */

export function setImageTag(ctx: Ctx): SimResponse {
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

export function listTags(ctx: Ctx): SimResponse {
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

export function queryByTags(ctx: Ctx): SimResponse {
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

export function addImageTag(ctx: Ctx): SimResponse {
  const img = imsOwned(ctx, ctx.params.image_id!);
  const body = requireObjectBody(ctx);
  if (!isPlainObject(body.tag)) throw imgError('IMG.0115', 'The body is {"tag": {"key": ..., "value": ...}}.');
  if (body.tag.value === undefined) throw imgError('IMG.0115', 'The tag needs a value (it may be empty).');
  mergeTags(img, [checkImsTag(body.tag.key, body.tag.value)]);
  ctx.state.touch(img);
  return noContent();
}

export function deleteImageTag(ctx: Ctx): SimResponse {
  const img = imsOwned(ctx, ctx.params.image_id!);
  const key = ctx.params.key!;
  const i = img.tags.findIndex((t) => splitTag(t).key === key);
  if (i < 0) throw new SimError(404, 'IMG.0121', `The object cannot be found. Image ${img.id} has no tag with key '${key}'.`);
  img.tags.splice(i, 1);
  ctx.state.touch(img);
  return noContent();
}

export function listImageTags(ctx: Ctx): SimResponse {
  return json(200, { tags: tagObjects(imsVisible(ctx, ctx.params.image_id!)) });
}

export function listProjectTags(ctx: Ctx): SimResponse {
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
