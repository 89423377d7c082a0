import type { ImageRecord } from './model';
import { osInfo } from './os';
import type { SimState } from './state';
import { isoSeconds } from './util';

export interface NewImage {
  id: string;
  region: string;
  owner: string;
  isPublic?: boolean;
  name: string;
  status?: string;
  createdMs: number;
  osVersion?: string;
  tags?: string[];
  protected?: boolean;
  diskFormat?: string;
  containerFormat?: string;
  minDisk?: number;
  minRam?: number;
  sizeBytes?: number | null;
  checksum?: string | null;
  virtualEnvType?: string;
  /** Any further wire attributes (IMS `__*` flags, custom properties). */
  extra?: Record<string, unknown>;
}

let creations = 0;

/** Builds the stored form of an image with the attributes IMS sets on every image. */
export function buildImage(spec: NewImage): ImageRecord {
  const created = isoSeconds(spec.createdMs);
  const osVersion = spec.osVersion ?? 'Other Linux(64 bit)';
  const os = osInfo(osVersion);
  const status = spec.status ?? 'active';
  const size = spec.sizeBytes ?? null;
  const props: Record<string, unknown> = {
    name: spec.name,
    status,
    protected: spec.protected ?? false,
    container_format: spec.containerFormat ?? 'bare',
    disk_format: spec.diskFormat ?? 'zvhd2',
    min_disk: spec.minDisk ?? 40,
    min_ram: spec.minRam ?? 0,
    size,
    virtual_size: null,
    checksum: spec.checksum ?? null,
    created_at: created,
    updated_at: created,
    virtual_env_type: spec.virtualEnvType ?? 'FusionCompute',
    __isregistered: 'true',
    __os_version: osVersion,
    __platform: os.platform,
    __os_type: os.osType,
    __os_bit: os.osBit,
    __image_source_type: 'uds',
    __image_size: size === null ? '0' : String(size),
    __lazyloading: 'true',
    __description: '',
    __originalimagename: '',
    __backup_id: '',
    __productcode: '',
    __data_origin: null,
    __root_origin: '',
    __is_config_init: 'false',
    __sequence_num: '0',
    __account_code: '',
    __is_offshelved: 'false',
    enterprise_project_id: '0',
    hw_firmware_type: 'bios',
    hw_vif_multiqueue_enabled: 'true',
    os_hash_algo: size === null ? null : 'sha512',
    os_hash_value: null,
    os_hidden: false,
    ...(status === 'active' ? { active_at: created } : {}),
    ...spec.extra,
  };
  return {
    id: spec.id,
    region: spec.region,
    owner: spec.owner,
    isPublic: spec.isPublic ?? false,
    props,
    tags: [...(spec.tags ?? [])],
    members: new Map(),
    deleted: false,
    deletedAt: null,
    createdOrder: [spec.createdMs, creations++],
  };
}

/** Attributes clients may never set through Glance create/patch. */
export const READ_ONLY_ATTRIBUTES = new Set([
  'id',
  'status',
  'owner',
  'created_at',
  'updated_at',
  'active_at',
  'size',
  'virtual_size',
  'checksum',
  'os_hash_algo',
  'os_hash_value',
  'file',
  'self',
  'schema',
  'direct_url',
  'locations',
  'deleted',
  'deleted_at',
  '__imagetype',
  '__isregistered',
  '__image_source_type',
  '__image_size',
  '__originalimagename',
  '__backup_id',
  '__data_origin',
  '__root_origin',
  '__whole_image',
  '__system__cmkid',
  '__productcode',
  '__os_type',
  '__platform',
  '__os_bit',
]);

/** The image object of the Glance and IMS image APIs (§C.1.2 columns L/GL/GD/GU/GC). */
export function imageView(state: SimState, img: ImageRecord): Record<string, unknown> {
  return {
    schema: '/v2/schemas/image',
    id: img.id,
    ...img.props,
    owner: img.owner,
    visibility: state.visibility(img),
    __imagetype: state.imageType(img),
    tags: [...img.tags],
    file: `/v2/images/${img.id}/file`,
    self: `/v2/images/${img.id}`,
  };
}

/** The ImageInfo object of the central region list (§A.1.10, column RL). */
export function regionImageView(state: SimState, img: ImageRecord): Record<string, unknown> {
  const v = imageView(state, img);
  const p = img.props;
  return {
    ...v,
    visibility: img.isPublic ? 'public' : 'private',
    __imagetype: img.isPublic ? 'gold' : 'private',
    __isregistered: p.__isregistered === 'true',
    size: typeof p.size === 'number' ? p.size : 0,
    self: `/v1/self/${img.id}`,
    deleted: false,
    deleted_at: '',
    __support_arm: p.__support_arm ?? 'false',
    data_source: p.__data_origin ?? '',
  };
}

/** The v1/v1.1 image object (§B.1.9). */
export function v1ImageView(img: ImageRecord): Record<string, unknown> {
  const p = img.props;
  const properties: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) {
    if (!V1_CORE.has(k) && v !== null && v !== undefined) properties[k] = typeof v === 'string' ? v : String(v);
  }
  return {
    status: img.deleted ? 'deleted' : p.status,
    deleted_at: img.deletedAt,
    name: p.name,
    deleted: img.deleted,
    container_format: p.container_format,
    created_at: p.created_at,
    disk_format: p.disk_format,
    updated_at: p.updated_at,
    min_disk: p.min_disk,
    protected: p.protected,
    id: img.id,
    min_ram: p.min_ram,
    checksum: p.checksum,
    owner: img.owner,
    is_public: img.isPublic,
    virtual_size: p.virtual_size,
    properties,
    size: p.size ?? 0,
  };
}

const V1_CORE = new Set([
  'name',
  'status',
  'container_format',
  'disk_format',
  'created_at',
  'updated_at',
  'min_disk',
  'min_ram',
  'protected',
  'checksum',
  'virtual_size',
  'size',
]);

/** Parses a tag string into its key/value (`key=value`; a plain tag has an empty value). */
export function splitTag(tag: string): { key: string; value: string } {
  const eq = tag.indexOf('=');
  return eq < 0 ? { key: tag, value: '' } : { key: tag.slice(0, eq), value: tag.slice(eq + 1) };
}

export function joinTag(key: string, value: string): string {
  return value === '' ? key : `${key}=${value}`;
}

/** Adds or replaces the tag with this key, keeping the list's order. */
export function upsertTag(img: ImageRecord, key: string, value: string): void {
  const i = img.tags.findIndex((t) => splitTag(t).key === key);
  const tag = joinTag(key, value);
  if (i >= 0) img.tags[i] = tag;
  else img.tags.push(tag);
}

export function hasTagKey(img: ImageRecord, key: string): boolean {
  return img.tags.some((t) => splitTag(t).key === key);
}
