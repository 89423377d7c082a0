import type { ImageTag } from '../domain';

/**
 * The one place a tag string becomes a key/value tag. Image bodies carry tags as strings: `key=value` for IMS
 * key/value tags, `plain` for Glance tags (IMS tag format, Glance `GET /v2/images/{image_id}`). The first
 * `separator` separates; a string without one is a key with an empty value.
 */
export function splitImageTag(tag: string, separator: RegExp = /=/): ImageTag {
  const i = tag.search(separator);
  return i < 0 ? { key: tag, value: '' } : { key: tag.slice(0, i), value: tag.slice(i + 1) };
}

/**
 * IMS `GET /v1/cloudimages/tags` answers legacy `key.value` tags beside the new `key=value` ones; a key/value
 * tag's key holds neither character, so the first of them separates.
 */
export const splitListedTag = (tag: string): ImageTag => splitImageTag(tag, /[=.]/);

export function joinImageTag(tag: ImageTag): string {
  return tag.value === '' ? tag.key : `${tag.key}=${tag.value}`;
}
