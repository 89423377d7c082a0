import { img as imgError } from '../http';
import { osInfo } from '../os';
import { MAX_TAGS_PER_IMAGE } from '../state';
import { badRequest } from './access';

/** The rules of a Glance image's attributes, shared by create and PATCH. */

export const CONTAINER_FORMATS = ['bare', 'ovf', 'ova', 'ami', 'ari', 'aki', 'docker', 'compressed'];

export const DISK_FORMATS = ['vhd', 'zvhd', 'zvhd2', 'raw', 'qcow2', 'vmdk', 'iso', 'vdi', 'vhdx', 'qed', 'qcow', 'ami', 'ari', 'aki'];

export const CORE = new Set(['name', 'visibility', 'protected', 'min_ram', 'min_disk', 'container_format', 'disk_format', 'tags', 'os_hidden']);

/** Glance tag rules (§C.2.3): 1–255 characters, no `=`. */
export function checkGlanceTag(tag: unknown): string {
  if (typeof tag !== 'string' || tag.length < 1 || tag.length > 255) throw badRequest(`Invalid tag ${JSON.stringify(tag)}: tags are strings of 1 to 255 characters.`);
  if (tag.includes('=')) throw badRequest(`Invalid tag '${tag}': a Glance tag must not contain '='.`);
  return tag;
}

export function checkTagList(value: unknown): string[] {
  if (!Array.isArray(value)) throw badRequest('tags must be an array of strings.');
  const tags = [...new Set(value.map(checkGlanceTag))];
  if (tags.length > MAX_TAGS_PER_IMAGE) throw imgError('IMG.0116', `An image can have at most ${MAX_TAGS_PER_IMAGE} tags.`);
  return tags;
}

export function checkInteger(name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw badRequest(`${name} must be a non-negative integer.`);
  return v;
}

export function checkExtraValue(name: string, v: unknown): string {
  const max = name === '__description' ? 1024 : 255;
  if (typeof v !== 'string') throw badRequest(`Additional property '${name}' must be a string.`);
  if (v.length > max) throw badRequest(`Additional property '${name}' is longer than ${max} characters.`);
  if (name === 'hw_firmware_type' && v !== 'bios' && v !== 'uefi') throw imgError('IMG.0141');
  return v;
}

export function setOsVersion(props: Record<string, unknown>, version: string): void {
  const os = osInfo(version);
  props.__os_version = version;
  props.__platform = os.platform;
  props.__os_type = os.osType;
  props.__os_bit = os.osBit;
}
