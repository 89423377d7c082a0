import { z } from 'zod';
import { MEMBER_STATUSES, type ApiVersion, type CreateImageMetadataInput, type ImageMember, type ImagePage } from '../domain';
import { compact, lowerEnum, optString, optTimestamp } from '../mapping/common';
import { imageSchema, legacyImageSchema } from '../mapping/image';

/** Glance-native wire schemas (Part B of ENDPOINTS.md). */

/** `next` keeps the original filters and adds `marker` (brief: pagination); the marker is what we need. */
export function markerFromNextLink(next: string | null | undefined): string | undefined {
  if (!next) return undefined;
  try {
    return new URL(next, 'http://next.invalid').searchParams.get('marker') ?? undefined;
  } catch {
    return undefined;
  }
}

export const glanceImagePageSchema = z
  .looseObject({
    images: z.array(imageSchema),
    next: z.string().nullish(),
    first: z.string().nullish(),
    schema: z.string().nullish(),
  })
  .transform((o): ImagePage => {
    const nextMarker = markerFromNextLink(o.next);
    return nextMarker === undefined ? { images: o.images } : { images: o.images, nextMarker };
  });

export const legacyImageListSchema = z.looseObject({ images: z.array(legacyImageSchema) }).transform((o) => o.images);

const wireMemberSchema = z.looseObject({
  image_id: z.string(),
  member_id: z.string(),
  status: lowerEnum(MEMBER_STATUSES),
  created_at: optTimestamp,
  updated_at: optTimestamp,
  schema: optString,
});
const MAPPED_MEMBER_KEYS = new Set(Object.keys(wireMemberSchema.shape));

export const memberSchema = wireMemberSchema.transform((m): ImageMember => {
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m)) if (!MAPPED_MEMBER_KEYS.has(k)) extra[k] = v;
  return {
    imageId: m.image_id,
    projectId: m.member_id,
    status: m.status,
    createdAt: m.created_at,
    updatedAt: m.updated_at,
    schema: m.schema,
    extraProperties: extra,
  };
});

export const memberListSchema = z.looseObject({ members: z.array(memberSchema) }).transform((o) => o.members);

/** JSON-schema documents are returned as they are (they describe the wire; no domain mapping applies). */
export const jsonSchemaDocumentSchema = z.looseObject({ name: z.string() });
export type JsonSchemaDocument = z.output<typeof jsonSchemaDocumentSchema>;

export const versionsSchema = z
  .looseObject({
    versions: z.array(
      z.looseObject({
        id: z.string(),
        status: z.string(),
        links: z.array(z.looseObject({ href: z.string(), rel: z.string() })).nullish(),
      }),
    ),
  })
  .transform((o): ApiVersion[] =>
    o.versions.map((v) => ({ id: v.id, status: v.status, links: (v.links ?? []).map((l) => ({ href: l.href, rel: l.rel })) })),
  );

/** `POST /v2/images` body; the typed fields win over a custom property of the same wire name. */
export function createImageMetadataBody(input: CreateImageMetadataInput): Record<string, unknown> {
  return {
    ...(input.properties ?? {}),
    ...compact({
      name: input.name,
      __os_version: input.osVersion,
      visibility: input.visibility,
      protected: input.protected,
      container_format: input.containerFormat,
      disk_format: input.diskFormat,
      tags: input.tags,
      min_ram: input.minRamMb,
      min_disk: input.minDiskGb,
    }),
  };
}
