import { z } from 'zod';
import type {
  CreateDataImageInput,
  CreateImageInput,
  CreateWholeImageInput,
  ImageTag,
  OsVersionGroup,
  ProjectTag,
  QueryImagesByTagsInput,
  Quota,
  QuickImportImageInput,
  TaggedImagesResult,
} from '../domain';
import { compact, optNumber, optString, reqNumber } from '../mapping/common';
import { imageSchema } from '../mapping/image';
import { splitListedTag } from '../mapping/tags';

/** IMS wire schemas (responses) and body builders (requests). Wire names live here and in ../mapping only. */

export const imsImageListSchema = z.looseObject({ images: z.array(imageSchema) });

const wireOsVersionSchema = z.looseObject({
  platform: optString,
  os_version_key: optString,
  os_version: z.string(),
  os_bit: optNumber,
  os_type: optString,
});

export const osVersionsSchema = z
  .array(z.looseObject({ platform: z.string(), version_list: z.array(wireOsVersionSchema).nullish() }))
  .transform((groups): OsVersionGroup[] =>
    groups.map((g) => ({
      platform: g.platform,
      versions: (g.version_list ?? []).map((v) => ({
        platform: v.platform ?? g.platform,
        key: v.os_version_key ?? v.os_version,
        name: v.os_version,
        bits: v.os_bit,
        osType: v.os_type,
      })),
    })),
  );

export const tagStringsSchema = z.looseObject({ tags: z.array(z.string()) }).transform((o): ImageTag[] => o.tags.map(splitListedTag));

const wireTagSchema = z.looseObject({ key: z.string(), value: z.string().nullish() });
const toTag = (t: z.output<typeof wireTagSchema>): ImageTag => ({ key: t.key, value: t.value ?? '' });

export const imageTagsSchema = z
  .looseObject({ tags: z.array(wireTagSchema) })
  .transform((o): ImageTag[] => o.tags.map(toTag));

export const projectTagsSchema = z
  .looseObject({ tags: z.array(z.looseObject({ key: z.string(), values: z.array(z.string()).nullish() })) })
  .transform((o): ProjectTag[] => o.tags.map((t) => ({ key: t.key, values: t.values ?? [] })));

export const taggedImagesSchema = z
  .looseObject({
    total_count: reqNumber,
    resources: z
      .array(
        z.looseObject({
          resource_id: z.string(),
          resource_name: optString,
          resource_detail: z.looseObject({ status: optString }).nullish(),
          tags: z.array(wireTagSchema).nullish(),
        }),
      )
      .nullish(),
  })
  .transform(
    (o): TaggedImagesResult => ({
      totalCount: o.total_count,
      images: (o.resources ?? []).map((r) => ({
        imageId: r.resource_id,
        name: r.resource_name,
        status: r.resource_detail?.status ?? null,
        tags: (r.tags ?? []).map(toTag),
      })),
    }),
  );

export const quotaSchema = z
  .looseObject({
    quotas: z.looseObject({
      resources: z.array(
        z.looseObject({ type: z.string(), used: reqNumber, quota: reqNumber, min: optNumber, max: optNumber }),
      ),
    }),
  })
  .transform(
    (o): Quota => ({
      resources: o.quotas.resources.map((r) => ({ type: r.type, used: r.used, quota: r.quota, min: r.min, max: r.max })),
    }),
  );

// ---------------------------------------------------------------------------------------------------------------
// Request bodies

const wireTags = (tags: ImageTag[] | undefined) => (tags === undefined ? undefined : tags.map((t) => ({ key: t.key, value: t.value })));

export function createImageBody(input: CreateImageInput): Record<string, unknown> {
  switch (input.from) {
    case 'server':
      return compact({
        name: input.name,
        instance_id: input.serverId,
        description: input.description,
        image_tags: wireTags(input.tags),
        enterprise_project_id: input.enterpriseProjectId,
        min_ram: input.minRamMb,
        max_ram: input.maxRamMb,
      });
    case 'serverDataDisks':
      return compact({
        data_images: input.dataDisks.map((d) =>
          compact({ name: d.name, volume_id: d.volumeId, description: d.description, image_tags: wireTags(d.tags) }),
        ),
        enterprise_project_id: input.enterpriseProjectId,
      });
    case 'file':
      return compact({
        name: input.name,
        image_url: input.imageUrl,
        min_disk: input.minDiskGb,
        description: input.description,
        os_type: input.osType,
        os_version: input.osVersion,
        is_config: input.autoConfigure,
        is_config_init: input.configInitialized,
        cmk_id: input.encryptionKeyId,
        image_tags: wireTags(input.tags),
        enterprise_project_id: input.enterpriseProjectId,
        min_ram: input.minRamMb,
        max_ram: input.maxRamMb,
        is_quick_import: input.quickImport,
        type: input.iso ? 'IsoImage' : undefined,
        data_images: input.dataDisks?.map((d) =>
          compact({
            name: d.name,
            description: d.description,
            image_url: d.imageUrl,
            min_disk: d.minDiskGb,
            is_quick_import: d.quickImport,
            image_tags: wireTags(d.tags),
          }),
        ),
      });
    case 'dataDisk':
      return compact({
        name: input.name,
        volume_id: input.volumeId,
        os_version: input.osVersion,
        type: input.serverType,
        description: input.description,
        image_tags: wireTags(input.tags),
        enterprise_project_id: input.enterpriseProjectId,
        min_ram: input.minRamMb,
        max_ram: input.maxRamMb,
      });
  }
}

export function quickImportBody(input: QuickImportImageInput): Record<string, unknown> {
  if (!input.dataDisk) {
    return compact({
      name: input.name,
      image_url: input.imageUrl,
      min_disk: input.minDiskGb,
      os_version: input.osVersion,
      description: input.description,
      image_tags: wireTags(input.tags),
      type: input.serverType,
      enterprise_project_id: input.enterpriseProjectId,
      architecture: input.architecture,
    });
  }
  return compact({
    name: input.name,
    image_url: input.imageUrl,
    min_disk: input.minDiskGb,
    os_type: input.osType,
    description: input.description,
    image_tags: wireTags(input.tags),
    type: 'DataImage',
    enterprise_project_id: input.enterpriseProjectId,
  });
}

export function createDataImageBody(input: CreateDataImageInput): Record<string, unknown> {
  return compact({
    name: input.name,
    image_url: input.imageUrl,
    min_disk: input.minDiskGb,
    description: input.description,
    os_type: input.osType,
    cmk_id: input.encryptionKeyId,
    image_tags: wireTags(input.tags),
    enterprise_project_id: input.enterpriseProjectId,
  });
}

export function createWholeImageBody(input: CreateWholeImageInput): Record<string, unknown> {
  const common = {
    name: input.name,
    description: input.description,
    image_tags: wireTags(input.tags),
    enterprise_project_id: input.enterpriseProjectId,
    min_ram: input.minRamMb,
    max_ram: input.maxRamMb,
  };
  return input.from === 'server'
    ? compact({ ...common, instance_id: input.serverId, vault_id: input.vaultId })
    : compact({ ...common, backup_id: input.backupId, whole_image_type: input.backupType });
}

function matchesOf(input: QueryImagesByTagsInput): { key: string; value: string }[] | undefined {
  const matches: { key: string; value: string }[] = [];
  if (input.nameContains !== undefined) matches.push({ key: 'resource_name', value: input.nameContains });
  if (input.imageId !== undefined) matches.push({ key: 'resource_id', value: input.imageId });
  return matches.length ? matches : undefined;
}

export function queryByTagsBody(input: QueryImagesByTagsInput): Record<string, unknown> {
  const conds = (c: { key: string; values: string[] }[] | undefined) =>
    c === undefined ? undefined : c.map((t) => ({ key: t.key, values: t.values }));
  return compact({
    action: input.mode,
    tags: conds(input.withAll),
    tags_any: conds(input.withAny),
    not_tags: conds(input.withoutAll),
    not_tags_any: conds(input.withoutAny),
    without_any_tag: input.untaggedOnly,
    // Documented as strings (IMS `POST /v2/{project_id}/images/resource_instances/action`).
    limit: input.limit === undefined ? undefined : String(input.limit),
    offset: input.offset === undefined ? undefined : String(input.offset),
    matches: matchesOf(input),
  });
}
