import { z } from 'zod';
import {
  IMAGE_STATUSES,
  IMAGE_TYPES,
  IMAGE_VISIBILITIES,
  type Image,
  type ImageListFilter,
  type ImageSortKey,
  type ImageTag,
  type ImsImageListFilter,
  type LegacyImageListFilter,
  type PatchableImageField,
  type ImagePatchOperation,
  type TimeFilter,
} from '../domain';
import type { Query } from '../http';
import { lowerEnum, optBool, optLowerEnum, optNumber, optString, optTimestamp, parseTimestamp } from './common';

/**
 * The image object of every IMS and Glance image response (§C.1.2), and its mapping to the domain `Image`.
 * The schema is loose: keys it does not declare are kept and end up in `Image.extra`.
 */
export const wireImageSchema = z.looseObject({
  id: z.string().min(1),
  name: optString,
  status: lowerEnum(IMAGE_STATUSES),
  visibility: optLowerEnum(IMAGE_VISIBILITIES),
  __imagetype: optLowerEnum(IMAGE_TYPES),
  owner: optString,
  protected: optBool,
  tags: z.array(z.string()).nullish(),
  __os_type: optString,
  __os_version: optString,
  __os_bit: optNumber,
  __platform: optString,
  __description: optString,
  disk_format: optString,
  container_format: optString,
  min_disk: optNumber,
  min_ram: optNumber,
  max_ram: optNumber,
  size: optNumber,
  virtual_size: optNumber,
  __image_size: optNumber,
  checksum: optString,
  __isregistered: optBool,
  __whole_image: optBool,
  virtual_env_type: optString,
  hw_firmware_type: optString,
  __originalimagename: optString,
  __backup_id: optString,
  __productcode: optString,
  __data_origin: optString,
  __root_origin: optString,
  __image_source_type: optString,
  __lazyloading: optBool,
  __os_feature_list: z
    .union([z.string(), z.array(z.unknown()), z.null()])
    .optional()
    .transform((v) => (v === undefined || v === null || v === '' ? null : typeof v === 'string' ? v : JSON.stringify(v))),
  __image_location: optString,
  __is_config_init: optBool,
  __system__cmkid: optString,
  __account_code: optString,
  __support_kvm: optBool,
  __support_xen: optBool,
  __support_largememory: optBool,
  __support_diskintensive: optBool,
  __support_highperformance: optBool,
  __support_xen_gpu_type: optString,
  __support_kvm_gpu_type: optString,
  __support_xen_hana: optBool,
  __support_kvm_infiniband: optBool,
  __support_fc_inject: optBool,
  __support_amd: optBool,
  __support_arm: optBool,
  __support_kvm_fpga_type: optString,
  __support_agent_list: z
    .union([z.string(), z.array(z.string()), z.null()])
    .optional()
    .transform((v) =>
      v === undefined || v === null
        ? []
        : (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter((s) => s !== ''),
    ),
  __system_support_market: optBool,
  __is_offshelved: optBool,
  __sequence_num: optNumber,
  enterprise_project_id: optString,
  hw_vif_multiqueue_enabled: optBool,
  created_at: optTimestamp,
  updated_at: optTimestamp,
  active_at: optTimestamp,
  deleted_at: optTimestamp,
  deleted: optBool,
  file: optString,
  self: optString,
  schema: optString,
});

export type WireImage = z.output<typeof wireImageSchema>;

const MAPPED_IMAGE_KEYS: ReadonlySet<string> = new Set(Object.keys(wireImageSchema.shape));

export function mapImage(w: WireImage): Image {
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(w)) if (!MAPPED_IMAGE_KEYS.has(k)) extra[k] = v;
  return {
    id: w.id,
    name: w.name,
    status: w.status,
    visibility: w.visibility,
    imageType: w.__imagetype,
    owner: w.owner,
    protected: w.protected,
    tags: w.tags ?? [],
    osType: w.__os_type,
    osVersion: w.__os_version,
    osBit: w.__os_bit,
    platform: w.__platform,
    description: w.__description,
    diskFormat: w.disk_format,
    containerFormat: w.container_format,
    minDisk: w.min_disk,
    minRam: w.min_ram,
    maxRam: w.max_ram,
    sizeBytes: w.size,
    virtualSizeBytes: w.virtual_size,
    imageSizeBytes: w.__image_size,
    checksum: w.checksum,
    isRegistered: w.__isregistered,
    isWholeImage: w.__whole_image,
    virtualEnvType: w.virtual_env_type,
    firmwareType: w.hw_firmware_type === null ? null : w.hw_firmware_type.toLowerCase(),
    originalImageId: w.__originalimagename,
    backupId: w.__backup_id,
    productCode: w.__productcode,
    dataOrigin: w.__data_origin,
    rootOrigin: w.__root_origin,
    imageSourceType: w.__image_source_type,
    lazyLoading: w.__lazyloading,
    osFeatureList: w.__os_feature_list,
    imageLocation: w.__image_location,
    isConfigInit: w.__is_config_init,
    cmkId: w.__system__cmkid,
    accountCode: w.__account_code,
    support: {
      kvm: w.__support_kvm,
      xen: w.__support_xen,
      largeMemory: w.__support_largememory,
      diskIntensive: w.__support_diskintensive,
      highPerformance: w.__support_highperformance,
      xenGpuType: w.__support_xen_gpu_type,
      kvmGpuType: w.__support_kvm_gpu_type,
      xenHana: w.__support_xen_hana,
      kvmInfiniband: w.__support_kvm_infiniband,
      fcInject: w.__support_fc_inject,
      amd: w.__support_amd,
      arm: w.__support_arm,
      kvmFpgaType: w.__support_kvm_fpga_type,
      agentList: w.__support_agent_list,
    },
    systemSupportMarket: w.__system_support_market,
    isOffshelved: w.__is_offshelved,
    sequenceNum: w.__sequence_num,
    enterpriseProjectId: w.enterprise_project_id,
    vifMultiqueueEnabled: w.hw_vif_multiqueue_enabled,
    createdAt: w.created_at,
    updatedAt: w.updated_at,
    activeAt: w.active_at,
    deletedAt: w.deleted_at,
    deleted: w.deleted,
    file: w.file,
    self: w.self,
    schema: w.schema,
    extra,
  };
}

/** Parses and maps in one step (the schema used by the HTTP core when a body is one image). */
export const imageSchema = wireImageSchema.transform(mapImage);

// ---------------------------------------------------------------------------------------------------------------
// Deprecated Glance v1/v1.1 images (§B.1.8, §B.1.9): `is_public` and a `properties` object.

function fromLegacyShape(o: Record<string, unknown>): Record<string, unknown> {
  const { is_public, properties, ...rest } = o;
  const props = typeof properties === 'object' && properties !== null ? (properties as Record<string, unknown>) : {};
  const out: Record<string, unknown> = { ...props, ...rest };
  if (out.visibility === undefined && is_public !== undefined && is_public !== null) {
    const pub = typeof is_public === 'string' ? is_public.toLowerCase() === 'true' : Boolean(is_public);
    out.visibility = pub ? 'public' : 'private';
  }
  return out;
}

export const legacyImageSchema = z
  .looseObject({})
  .transform((o) => fromLegacyShape(o))
  .pipe(imageSchema);

/** v1 HEAD metadata headers (`x-image-meta-*`, `x-image-meta-property-*`) as a v1 image object. */
export function legacyImageFromHeaders(headers: Record<string, string>): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  const properties: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    if (key.startsWith('x-image-meta-property-')) properties[key.slice('x-image-meta-property-'.length)] = value;
    else if (key.startsWith('x-image-meta-')) o[key.slice('x-image-meta-'.length).replace(/-/g, '_')] = value;
  }
  o.properties = properties;
  if (o.deleted_at === 'None') o.deleted_at = null;
  for (const k of ['checksum', 'virtual_size', 'size']) if (o[k] === 'None') o[k] = null;
  return o;
}

// ---------------------------------------------------------------------------------------------------------------
// List filters → query

const SORT_KEYS: Record<ImageSortKey, string> = {
  name: 'name',
  containerFormat: 'container_format',
  diskFormat: 'disk_format',
  status: 'status',
  id: 'id',
  size: 'size',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};

function timeFilter(f: TimeFilter | undefined): string | undefined {
  if (!f) return undefined;
  const iso = f.time instanceof Date ? f.time.toISOString() : (parseTimestamp(f.time) ?? f.time);
  // The references document `yyyy-MM-ddThh:mm:ssZ` (no milliseconds).
  return `${f.op}:${iso.replace(/\.\d{3}Z$/, 'Z')}`;
}

export function tagQueryValue(tag: string | ImageTag): string {
  // A key-only tag (a Glance tag, or an IMS tag with an empty value) is queried as just its key: Glance
  // matches `tag=` exactly, and `t=` is not the tag `t`.
  if (typeof tag === 'string') return tag;
  return tag.value === '' ? tag.key : `${tag.key}=${tag.value}`;
}

const bool = (b: boolean | undefined) => (b === undefined ? undefined : String(b));
/** Support filters are "present = true"; `false` means "no filter" rather than a negative filter. */
const flag = (b: boolean | undefined) => (b ? 'true' : undefined);

/** `ImageListFilter` as the query string both `/v2/images` and `/v2/cloudimages` understand (§A.1.1). */
export function imageListQuery(f: ImageListFilter = {}): Query {
  if (f.id !== undefined && f.ids !== undefined) throw new Error('image filter: use id or ids, not both');
  return {
    __imagetype: f.imageType,
    visibility: f.visibility,
    __isregistered: bool(f.isRegistered),
    protected: bool(f.protected),
    owner: f.owner,
    id: f.ids !== undefined ? `in:${f.ids.join(',')}` : f.id,
    status: f.status,
    name: f.name,
    container_format: f.containerFormat,
    disk_format: f.diskFormat,
    min_ram: f.minRam,
    min_disk: f.minDisk,
    __os_bit: f.osBit,
    __platform: f.platform,
    __os_type: f.osType,
    tag: f.tag === undefined ? undefined : tagQueryValue(f.tag),
    member_status: f.memberStatus,
    __support_kvm: flag(f.support?.kvm),
    __support_xen: flag(f.support?.xen),
    __support_largememory: flag(f.support?.largeMemory),
    __support_diskintensive: flag(f.support?.diskIntensive),
    __support_highperformance: flag(f.support?.highPerformance),
    __support_xen_gpu_type: f.support?.xenGpuType,
    __support_kvm_gpu_type: f.support?.kvmGpuType,
    __support_xen_hana: flag(f.support?.xenHana),
    __support_kvm_infiniband: flag(f.support?.kvmInfiniband),
    created_at: timeFilter(f.createdAt),
    updated_at: timeFilter(f.updatedAt),
    sort_key: f.sortKey === undefined ? undefined : SORT_KEYS[f.sortKey],
    sort_dir: f.sortDir,
    marker: f.marker,
    limit: f.limit,
  };
}

export function imsImageListQuery(f: ImsImageListFilter = {}): Query {
  return {
    ...imageListQuery(f),
    __whole_image: bool(f.isWholeImage),
    __system__cmkid: f.cmkId,
    flavor_id: f.flavorId,
    virtual_env_type: f.virtualEnvType,
    enterprise_project_id: f.enterpriseProjectId,
  };
}

export function legacyImageListQuery(f: LegacyImageListFilter = {}): Query {
  return {
    name: f.name,
    container_format: f.containerFormat,
    disk_format: f.diskFormat,
    status: f.status,
    size_min: f.sizeMinBytes,
    size_max: f.sizeMaxBytes,
    'changes-since':
      f.changesSince === undefined
        ? undefined
        : f.changesSince instanceof Date
          ? f.changesSince.toISOString()
          : f.changesSince,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Patch operations

const PATCH_PATHS: Record<PatchableImageField, string> = {
  name: '/name',
  description: '/__description',
  supportKvm: '/__support_kvm',
  supportXen: '/__support_xen',
  supportDiskIntensive: '/__support_diskintensive',
  supportHighPerformance: '/__support_highperformance',
  supportXenGpuType: '/__support_xen_gpu_type',
  supportKvmGpuType: '/__support_kvm_gpu_type',
  isConfigInit: '/__is_config_init',
  enterpriseProjectId: '/enterprise_project_id',
  minRam: '/min_ram',
  vifMultiqueueEnabled: '/hw_vif_multiqueue_enabled',
  firmwareType: '/hw_firmware_type',
};

export interface WirePatchOperation {
  op: 'add' | 'replace' | 'remove';
  path: string;
  value?: string | number;
}

/** Domain patch → `{op, path, value}` (IMS string booleans, lower-case firmware type). */
export function toWirePatch(ops: readonly ImagePatchOperation[]): WirePatchOperation[] {
  return ops.map((o) => {
    const path =
      'field' in o ? PATCH_PATHS[o.field] : `/${o.customProperty.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (o.op === 'remove') return { op: 'remove', path };
    let value: string | number = typeof o.value === 'boolean' ? String(o.value) : o.value;
    if ('field' in o && o.field === 'firmwareType' && typeof value === 'string') value = value.toLowerCase();
    return { op: o.op, path, value };
  });
}

/** The v2.0 patch dialect: `{ "replace": "/name", "value": … }`. */
export function toV20Patch(ops: readonly WirePatchOperation[]): Record<string, unknown>[] {
  return ops.map((o) => (o.op === 'remove' ? { remove: o.path } : { [o.op]: o.path, value: o.value }));
}
