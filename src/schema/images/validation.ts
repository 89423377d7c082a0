/**
 * The documented input rules (docs/api/ENDPOINTS.md: the image attribute table, the bodies of the IMS image-creation
 * and export operations, the tag formats, and the open questions), as zod schemas attached to GraphQL
 * arguments: bad input is refused with the field path and the rule before any upstream call.
 */
import { z } from 'zod';

/** Image attribute table (`name`): 1–128 characters; letters, digits, "-", ".", "_", Chinese characters and spaces; no leading/trailing space. */
export const imageName = z
  .string()
  .min(1, 'must not be empty')
  .max(128, 'at most 128 characters')
  .regex(/^[A-Za-z0-9\-._ \u4e00-\u9fa5]+$/, 'only letters, digits, "-", ".", "_", Chinese characters and spaces')
  .refine((s) => s.trim() === s, 'must not start or end with a space');

/** Image attribute table (`__description`): ≤ 1024 characters, no carriage return or line feed, no "<" or ">". */
export const imageDescription = z
  .string()
  .max(1024, 'at most 1024 characters')
  .refine((s) => !/[\r\n<>]/.test(s), 'must not contain line breaks, "<" or ">"');

/** OBS object as `bucket:file` (`image_url` of IMS `POST /v2/cloudimages/action`, `bucket_url` of IMS `POST /v1/cloudimages/{image_id}/file`). */
export const obsObject = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]:[^\s:][^\r\n]*$/, 'must be "bucket:file" (an OBS bucket name, a colon, an object name)');

export const minDiskRange = (min: number, max: number) =>
  z.number().int('must be a whole number of GB').min(min, `must be at least ${min} GB`).max(max, `must be at most ${max} GB`);

export const ramMb = z.number().int().min(0, 'must be ≥ 0').max(1024 * 1024, 'must be ≤ 1048576 MB');

/** IMS tag format (`image_tags`): key/value tags, ≤ 10 per image, unique keys (each tag's own rules are on ImageTagInput). */
export const imsTags = z
  .array(z.looseObject({ key: z.string() }))
  .max(10, 'at most 10 tags per image')
  .refine((a) => new Set(a.map((t) => t.key)).size === a.length, 'keys must be unique');

export const uuidLike = z.string().min(1, 'must not be empty').max(64, 'at most 64 characters');

/** Custom property names a Glance PATCH may add (not the reserved core attributes). */
export const propertyName = z
  .string()
  .min(1, 'must not be empty')
  .max(255, 'at most 255 characters')
  .refine(
    (s) => !['id', 'status', 'owner', 'visibility', 'checksum', 'size', 'created_at', 'updated_at', 'file', 'self', 'schema', 'tags', 'locations', 'direct_url'].includes(s),
    'is a core attribute, not a custom property',
  );
