import { img as imgError } from '../http';
import { joinTag, splitTag } from '../images';
import type { ImageRecord } from '../model';
import { MAX_TAGS_PER_IMAGE } from '../state';
import { isPlainObject } from '../util';

/** IMS key/value tag rules (§C.2.1, §C.2.2). */
const KEY_RE = /^[0-9A-Za-z_-]+$/;
const VALUE_RE = /^[0-9A-Za-z_.-]*$/;

export interface Tag {
  key: string;
  value: string;
}

export function checkImsTag(key: unknown, value: unknown): Tag {
  if (typeof key !== 'string' || key.trim() === '') throw imgError('IMG.0115', 'The tag key must not be empty.');
  if (key.length > 36) throw imgError('IMG.0115', `The tag key '${key}' is longer than 36 characters.`);
  if (!KEY_RE.test(key)) throw imgError('IMG.0115', `The tag key '${key}' may contain only letters, digits, '_' and '-'.`);
  const v = value ?? '';
  if (typeof v !== 'string') throw imgError('IMG.0115', `The value of tag '${key}' must be a string.`);
  if (v.length > 43) throw imgError('IMG.0115', `The value of tag '${key}' is longer than 43 characters.`);
  if (!VALUE_RE.test(v)) throw imgError('IMG.0115', `The value of tag '${key}' may contain only letters, digits, '_', '.' and '-'.`);
  return { key, value: v };
}

/** The legacy string form `key.value` (first `.` separates); the newer `key=value` is accepted too. */
export function parseLegacyTag(s: unknown): Tag {
  if (typeof s !== 'string') throw imgError('IMG.0115', 'Tags must be strings in key.value form.');
  const eq = s.indexOf('=');
  if (eq > 0 && KEY_RE.test(s.slice(0, eq))) return checkImsTag(s.slice(0, eq), s.slice(eq + 1));
  const dot = s.indexOf('.');
  return dot < 0 ? checkImsTag(s, '') : checkImsTag(s.slice(0, dot), s.slice(dot + 1));
}

/** `tags` (strings) or `image_tags` ({key,value}) of the IMS create APIs: one of the two, ≤ 10, unique keys. */
export function parseCreateTags(body: Record<string, unknown>): Tag[] {
  if (body.tags !== undefined && body.image_tags !== undefined) throw imgError('IMG.0115', 'Send either tags or image_tags, not both.');
  let tags: Tag[] = [];
  if (body.tags !== undefined) {
    if (!Array.isArray(body.tags)) throw imgError('IMG.0115', 'tags must be an array of strings.');
    tags = body.tags.map(parseLegacyTag);
  } else if (body.image_tags !== undefined) {
    if (!Array.isArray(body.image_tags)) throw imgError('IMG.0115', 'image_tags must be an array of {key, value}.');
    tags = body.image_tags.map((t) => {
      if (!isPlainObject(t)) throw imgError('IMG.0115', 'image_tags must be an array of {key, value}.');
      return checkImsTag(t.key, t.value);
    });
  }
  const keys = new Set(tags.map((t) => t.key));
  if (keys.size !== tags.length) throw imgError('IMG.0115', 'Tag keys must be unique.');
  if (tags.length > MAX_TAGS_PER_IMAGE) throw imgError('IMG.0116', `An image can have at most ${MAX_TAGS_PER_IMAGE} tags.`);
  return tags;
}

export function tagStrings(tags: Tag[]): string[] {
  return tags.map((t) => joinTag(t.key, t.value));
}

export function tagObjects(img: ImageRecord): Tag[] {
  return img.tags.map(splitTag);
}

/** Adds/updates tags as one step: fails with IMG.0116 if the image would end with more than 10. */
export function mergeTags(img: ImageRecord, tags: Tag[]): void {
  const keys = new Set(img.tags.map((t) => splitTag(t).key));
  const added = new Set(tags.filter((t) => !keys.has(t.key)).map((t) => t.key));
  if (keys.size + added.size > MAX_TAGS_PER_IMAGE) {
    throw imgError('IMG.0116', `An image can have at most ${MAX_TAGS_PER_IMAGE} tags; it has ${keys.size}.`);
  }
  for (const t of tags) {
    const i = img.tags.findIndex((x) => splitTag(x).key === t.key);
    const s = joinTag(t.key, t.value);
    if (i >= 0) img.tags[i] = s;
    else img.tags.push(s);
  }
}
