/**
 * Service-level reads: API versions (Glance `GET /`, `GET /{api_version}`), the Glance JSON schemas (`GET /v2/schemas/…`),
 * supported OS versions (IMS `GET /v1/cloudimages/os_version`), the central image list of a region (IMS
 * `GET /v1/cloudimages/{region_id}`), and the deprecated v1/v1.1 image reads (Glance `HEAD /v1/images/{image_id}`,
 * `GET /v1.1/images/detail`).
 */
import { z } from 'zod';
import type { ApiVersion, OsVersion, OsVersionGroup } from '../../upstream/domain';
import { imageIdArg, imageIdFromArg } from '../ids';
import { builder } from '../builder';
import { DiskFormatEnum, ImageStatusEnum, OsTypeEnum, enumValue, filterStatus, knownStatusFilter, OS_TYPE_VALUES } from '../images/enums';
import { ImageFilterInput, toDomainFilter } from '../images/queries';
import { ImageRef } from '../images/types';

const ApiVersionRef = builder.objectRef<ApiVersion>('ApiVersion').implement({
  description: 'One version of the image API (Glance `GET /`).',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'e.g. v2.2.' }),
    status: t.exposeString('status', { description: 'CURRENT, SUPPORTED or DEPRECATED.' }),
    url: t.string({ nullable: true, description: 'Its self link.', resolve: (v) => v.links.find((l) => l.rel === 'self')?.href ?? null }),
  }),
});

const OsVersionRef = builder.objectRef<OsVersion>('OsVersion').implement({
  description: 'An OS version images can declare (use `key` in create/import mutations).',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The value to send as osVersion.' }),
    name: t.exposeString('name', { description: 'Display name, e.g. "CentOS 7.3 64bit" (`os_version`).' }),
    platform: t.exposeString('platform', { description: 'Distribution, e.g. CentOS (see the Platform enum for known values).' }),
    bits: t.exposeInt('bits', { nullable: true, description: '32 or 64.' }),
    osType: t.field({ type: OsTypeEnum, nullable: true, description: 'OS family; null for a value this gateway does not know.', resolve: (v) => enumValue(OS_TYPE_VALUES, v.osType) }),
  }),
});

const OsVersionGroupRef = builder.objectRef<OsVersionGroup>('OsPlatform').implement({
  description: 'The supported OS versions of one platform in the current region.',
  fields: (t) => ({
    platform: t.exposeString('platform', { description: 'Distribution, e.g. SUSE.' }),
    versions: t.field({ type: [OsVersionRef], description: 'Its supported versions (`version_list`).', resolve: (g) => g.versions }),
  }),
});

const OsVersionTagEnum = builder.enumType('OsVersionTag', {
  description: 'Restrict the OS list (tags of IMS `GET /v1/cloudimages/os_version`).',
  values: {
    BMS: { value: 'bms', description: 'Versions supported for bare-metal servers.' },
    UEFI: { value: 'uefi', description: 'Versions that support UEFI boot.' },
  },
});

const GlanceSchemaEnum = builder.enumType('GlanceSchemaName', {
  description: 'The JSON schemas Glance publishes (Glance `GET /v2/schemas/{name}`).',
  values: {
    IMAGE: { value: 'image', description: '`GET /v2/schemas/image`.' },
    IMAGES: { value: 'images', description: '`GET /v2/schemas/images`.' },
    MEMBER: { value: 'member', description: '`GET /v2/schemas/member`.' },
    MEMBERS: { value: 'members', description: '`GET /v2/schemas/members`.' },
  },
});

const LegacyFilterInput = builder.inputType('LegacyImageFilter', {
  description: 'Filters of the deprecated v1.1 image list (Glance `GET /v1.1/images/detail`).',
  fields: (t) => ({
    name: t.string({ description: 'Exact name (`name`).' }),
    status: t.field({ type: ImageStatusEnum, description: 'Lifecycle state (`status`).', validate: knownStatusFilter }),
    diskFormat: t.field({ type: DiskFormatEnum, description: 'File format (`disk_format`).' }),
    containerFormat: t.string({ description: 'Container format as the upstream writes it, e.g. "bare" (`container_format`).' }),
    sizeMinBytes: t.field({ type: 'SafeInt', description: 'Only images of at least this many bytes (`size_min`).' }),
    sizeMaxBytes: t.field({ type: 'SafeInt', description: 'Only images of at most this many bytes (`size_max`).' }),
    changedSince: t.field({ type: 'DateTime', description: 'Only images updated at or after this time (`changes-since`).' }),
  }),
});

builder.queryFields((t) => ({
  apiVersions: t.field({
    type: [ApiVersionRef],
    description: 'Versions of the image API the upstream serves (Glance `GET /`).',
    resolve: (_r, _a, ctx) => ctx.once('versions', (c) => c.glance.listVersions()),
  }),
  apiVersion: t.field({
    type: ApiVersionRef,
    nullable: true,
    description: 'One API version, e.g. "v2.0" (Glance `GET /{api_version}`).',
    args: { id: t.arg.string({ required: true, description: 'Version id such as v2 or v2.0.', validate: z.string().regex(/^v\d+(\.\d+)?$/, 'must look like v2 or v2.0') }) },
    resolve: async (_r, a, ctx) => {
      const versions = await ctx.once(`version:${a.id}`, (c) => c.glance.getVersion(a.id));
      return versions.find((v) => v.id === a.id) ?? versions[0] ?? null;
    },
  }),
  glanceSchema: t.field({
    type: 'JSON',
    description: 'A Glance JSON schema document, as published by the upstream (Glance `GET /v2/schemas/{name}`).',
    args: { name: t.arg({ type: GlanceSchemaEnum, required: true, description: 'Which schema.' }) },
    resolve: (_r, a, ctx) =>
      ctx.once(`schema:${a.name}`, ({ glance: g }) => {
      switch (a.name) {
        case 'image':
          return g.getImageSchema();
        case 'images':
          return g.getImagesSchema();
        case 'member':
          return g.getMemberSchema();
        default:
          return g.getMembersSchema();
      }
      }),
  }),
  osVersions: t.field({
    type: [OsVersionGroupRef],
    description: 'OS versions supported in the current region, by platform (IMS `GET /v1/cloudimages/os_version`).',
    args: { tags: t.arg({ type: [OsVersionTagEnum], description: 'Only versions with all of these tags.' }) },
    resolve: (_r, a, ctx) => ctx.once(`os:${[...(a.tags ?? [])].sort().join(',')}`, (c) => c.requireIms('OS versions').listOsVersions(a.tags ?? [])),
  }),
  regionImages: t.field({
    type: [ImageRef],
    description:
      'The central image list: images visible to you in a region (IMS `GET /v1/cloudimages/{region_id}`). Filters as for images; up to 500 per call.',
    args: {
      region: t.arg.string({
        description: 'Region id, e.g. cn-north-4; default: the gateway’s region.',
        validate: z
          .string()
          .regex(/^[a-z]{2}(-[a-z0-9]+)+$/, 'must be a region id such as cn-north-4')
          .refine((r) => !['tags', 'quota', 'os_version', 'job', 'members'].includes(r), 'is a reserved word, not a region'),
      }),
      filter: t.arg({ type: ImageFilterInput, description: 'Which images; the region list documents fewer filters than `images` (IMS `GET /v1/cloudimages/{region_id}`).' }),
      first: t.arg.int({ defaultValue: 100, description: 'At most this many images, 1–500 (`limit`); default 100.', validate: z.number().int().min(1, 'must be ≥ 1').max(500, 'must be ≤ 500') }),
      after: t.arg.id({ validate: imageIdArg, description: 'Upstream image id to continue after.' }),
    },
    resolve: async (_r, a, ctx) => {
      const c = await ctx.clients();
      const page = await c
        .requireIms('The central image list')
        .listRegionImages(a.region ?? ctx.services.upstreams.region, {
          ...toDomainFilter(a.filter),
          limit: a.first ?? 100,
          ...(a.after ? { marker: String(a.after) } : {}),
        });
      return page.images;
    },
  }),
  legacyImages: t.field({
    type: [ImageRef],
    description: 'Images from the v1.1 list API (Glance `GET /v1.1/images/detail`).',
    deprecationReason: 'Glance v1.1 is deprecated upstream (Glance `GET /v1.1/images/detail`); use images.',
    args: { filter: t.arg({ type: LegacyFilterInput, description: 'Which images; omit for all.' }) },
    resolve: async (_r, a, ctx) => {
      const f = a.filter;
      const status = filterStatus(f?.status);
      return (await ctx.clients()).glance.listImagesV1_1({
        ...(f?.name ? { name: f.name } : {}),
        ...(status ? { status } : {}),
        ...(f?.diskFormat ? { diskFormat: f.diskFormat } : {}),
        ...(f?.containerFormat ? { containerFormat: f.containerFormat } : {}),
        ...(f?.sizeMinBytes != null ? { sizeMinBytes: f.sizeMinBytes } : {}),
        ...(f?.sizeMaxBytes != null ? { sizeMaxBytes: f.sizeMaxBytes } : {}),
        ...(f?.changedSince ? { changedSince: f.changedSince } : {}),
      });
    },
  }),
  legacyImageMetadata: t.field({
    type: ImageRef,
    nullable: true,
    description: 'An image’s metadata from the v1 HEAD API (Glance `HEAD /v1/images/{image_id}`; headers only, so fewer fields are set).',
    deprecationReason: 'Glance v1 is deprecated upstream (Glance `HEAD /v1/images/{image_id}`); use image.',
    args: { id: t.arg.id({ validate: imageIdArg, required: true, description: 'Upstream image id (UUID) or global Image id.' }) },
    resolve: async (_r, a, ctx) => (await ctx.clients()).glance.headImageV1(imageIdFromArg(String(a.id))),
  }),
}));
