import type { ImageTag } from '../domain';

/**
 * Image bodies carry tags as strings: `key=value` for IMS key/value tags, `plain` for Glance tags (brief,
 * §C.2.1). The first `=` separates; a string without `=` is a key with an empty value.
 */
export function splitImageTag(tag: string): ImageTag {
  const i = tag.indexOf('=');
  return i < 0 ? { key: tag, value: '' } : { key: tag.slice(0, i), value: tag.slice(i + 1) };
}

export function joinImageTag(tag: ImageTag): string {
  return tag.value === '' ? tag.key : `${tag.key}=${tag.value}`;
}
