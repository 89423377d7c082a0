import { z } from 'zod';
import {
  IMAGE_STATUSES,
  IMAGE_TYPES,
  IMAGE_VISIBILITIES,
  type Image,
  type ImageListFilter,
  type ImageStatus,
  type ImageSupport,
  type ImageSortKey,
  type ImageTag,
  type ImsImageListFilter,
  type LegacyImageListFilter,
  type PatchableImageField,
  type ImagePatchOperation,
  type TimeFilter,
} from '../domain';
import type { Query } from '../http';
import { UpstreamError } from '../http/errors';
import {
  parseTimestamp,
  readOptBool,
  readOptNumber,
  readOptString,
  readOptTimestamp,
  unmappedKeys,
  WireValueError,
} from './common';
import { joinImageTag, splitImageTag } from './tags';

/**
 * The image object of every IMS and Glance image response (IMS `GET /v2/cloudimages`, Glance `GET /v2/images/{image_id}`…), read lazily.
 *
 * A page of 500 images carries ~65 attributes each, and a query reads a handful: converting every attribute up
 * front cost more than the rest of the request (issue #9). So a response is checked where it matters (the
 * envelope, each image an object with a non-empty string id) and each image becomes an `ImageView`: its domain
 * attributes are getters that read the wire value when a resolver asks for it. A malformed attribute throws a
 * `malformed` UpstreamError naming the image and the attribute: that field fails, with a coded error, and the
 * rest of the list stands. Wire names appear only in the table below.
 */
type Reader = (v: unknown) => unknown;

/** Domain attribute → [wire key, reader]. `id`, `tags`, `support` and `extraProperties` are built by ImageView itself. */
const IMAGE_ATTRIBUTES = {
  name: ['name', readOptString],
  status: ['status', readImageStatus],
  statusRaw: ['status', readOptString],
  visibility: ['visibility', (v: unknown) => readKnownLower(IMAGE_VISIBILITIES, v)],
  imageType: ['__imagetype', (v: unknown) => readKnownLower(IMAGE_TYPES, v)],
  ownerProjectId: ['owner', readOptString],
  protected: ['protected', readOptBool],
  osType: ['__os_type', readOptString],
  osVersion: ['__os_version', readOptString],
  osBits: ['__os_bit', readOptNumber],
  platform: ['__platform', readOptString],
  description: ['__description', readOptString],
  diskFormat: ['disk_format', readOptString],
  containerFormat: ['container_format', readOptString],
  minDiskGb: ['min_disk', readOptNumber],
  minRamMb: ['min_ram', readOptNumber],
  maxRamMb: ['max_ram', readOptNumber],
  sizeBytes: ['size', readOptNumber],
  virtualSizeBytes: ['virtual_size', readOptNumber],
  imageSizeBytes: ['__image_size', readOptNumber],
  checksum: ['checksum', readOptString],
  registered: ['__isregistered', readOptBool],
  wholeImage: ['__whole_image', readOptBool],
  virtualEnvType: ['virtual_env_type', readOptString],
  firmwareType: ['hw_firmware_type', (v: unknown) => readOptString(v)?.toLowerCase() ?? null],
  parentImageId: ['__originalimagename', readOptString],
  backupId: ['__backup_id', readOptString],
  marketplaceProductCode: ['__productcode', readOptString],
  dataOrigin: ['__data_origin', readOptString],
  rootOrigin: ['__root_origin', readOptString],
  storageType: ['__image_source_type', readOptString],
  lazyLoading: ['__lazyloading', readOptBool],
  osFeatures: ['__os_feature_list', readOsFeatures],
  storageLocation: ['__image_location', readOptString],
  configInitialized: ['__is_config_init', readOptBool],
  encryptionKeyId: ['__system__cmkid', readOptString],
  accountCode: ['__account_code', readOptString],
  publishableToMarketplace: ['__system_support_market', readOptBool],
  offShelved: ['__is_offshelved', readOptBool],
  systemDiskSlot: ['__sequence_num', readOptNumber],
  enterpriseProjectId: ['enterprise_project_id', readOptString],
  nicMultiqueue: ['hw_vif_multiqueue_enabled', readOptBool],
  createdAt: ['created_at', readOptTimestamp],
  updatedAt: ['updated_at', readOptTimestamp],
  activatedAt: ['active_at', readOptTimestamp],
  deletedAt: ['deleted_at', readOptTimestamp],
  deleted: ['deleted', readOptBool],
  fileUrl: ['file', readOptString],
  self: ['self', readOptString],
  schema: ['schema', readOptString],
} as const satisfies { [K in Exclude<keyof Image, 'id' | 'tags' | 'support' | 'extraProperties'>]: readonly [string, (v: unknown) => Image[K]] };

const SUPPORT_ATTRIBUTES = {
  kvm: ['__support_kvm', readOptBool],
  xen: ['__support_xen', readOptBool],
  largeMemory: ['__support_largememory', readOptBool],
  diskIntensive: ['__support_diskintensive', readOptBool],
  highPerformance: ['__support_highperformance', readOptBool],
  xenGpuType: ['__support_xen_gpu_type', readOptString],
  kvmGpuType: ['__support_kvm_gpu_type', readOptString],
  xenHana: ['__support_xen_hana', readOptBool],
  kvmInfiniband: ['__support_kvm_infiniband', readOptBool],
  cloudInitInjectionUnsupported: ['__support_fc_inject', readOptBool],
  amd: ['__support_amd', readOptBool],
  arm: ['__support_arm', readOptBool],
  kvmFpgaType: ['__support_kvm_fpga_type', readOptString],
  agents: ['__support_agent_list', readAgentList],
} as const satisfies { [K in keyof ImageSupport]: readonly [string, (v: unknown) => ImageSupport[K]] };

/** Wire keys the domain names; every other key goes to `extraProperties` under its wire name. */
const MAPPED_IMAGE_KEYS: ReadonlySet<string> = new Set([
  'id',
  'tags',
  ...Object.values(IMAGE_ATTRIBUTES).map(([wire]) => wire),
  ...Object.values(SUPPORT_ATTRIBUTES).map(([wire]) => wire),
]);

function readImageStatus(v: unknown): ImageStatus | 'unknown' {
  const s = readOptString(v);
  if (s === null) throw new WireValueError('expected an image status, received nothing');
  const lower = s.trim().toLowerCase();
  // A status the references do not list (a cloud adds one) is reported as unknown, beside its raw value.
  return (IMAGE_STATUSES as readonly string[]).includes(lower) ? (lower as ImageStatus) : 'unknown';
}

function readKnownLower<T extends string>(known: readonly T[], v: unknown): T | null {
  const s = readOptString(v)?.trim().toLowerCase();
  return s !== undefined && (known as readonly string[]).includes(s) ? (s as T) : null;
}

/** IMS sends the list as JSON text, some clouds as the list itself; text that is not JSON is kept as sent. */
function readOsFeatures(v: unknown): unknown {
  if (v === undefined || v === null || v === '') return null;
  if (Array.isArray(v)) return v;
  if (typeof v !== 'string') throw new WireValueError(`expected a JSON list or its text, received ${typeof v}`);
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

function readAgentList(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  const parts = typeof v === 'string' ? v.split(',') : Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
  if (!parts) throw new WireValueError('expected a comma-separated list of agents');
  return parts.map((s) => s.trim()).filter((s) => s !== '');
}

function readTags(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v) && v.every((t) => typeof t === 'string')) return v as string[];
  throw new WireValueError('expected a list of strings');
}

function malformedAttribute(imageId: string, wire: string, e: unknown): never {
  if (!(e instanceof WireValueError)) throw e;
  throw new UpstreamError({
    kind: 'malformed',
    method: 'GET',
    path: `/v2/images/${imageId}`,
    message: `image ${imageId}: attribute ${wire} is malformed: ${e.message}`,
    detail: `attribute ${wire} of image ${imageId} is malformed: ${e.message}`,
  });
}

/** An upstream image: `raw` is the wire object as parsed from JSON, read attribute by attribute. */
export class ImageView {
  readonly id: string;
  constructor(readonly raw: Readonly<Record<string, unknown>>) {
    this.id = raw.id as string;
  }

  get tags(): ImageTag[] {
    try {
      return readTags(this.raw.tags).map((t) => splitImageTag(t));
    } catch (e) {
      return malformedAttribute(this.id, 'tags', e);
    }
  }

  get support(): ImageSupport {
    const out: Record<string, unknown> = {};
    for (const [key, [wire, read]] of Object.entries(SUPPORT_ATTRIBUTES)) {
      try {
        out[key] = (read as Reader)(this.raw[wire]);
      } catch (e) {
        malformedAttribute(this.id, wire, e);
      }
    }
    return out as unknown as ImageSupport;
  }

  get extraProperties(): Record<string, unknown> {
    return unmappedKeys(this.raw, MAPPED_IMAGE_KEYS);
  }

  /** A plain object with every attribute converted: what JSON.stringify writes for an image (logs, snapshots). */
  toJSON(): Image {
    const out: Record<string, unknown> = { id: this.id, tags: this.tags, support: this.support, extraProperties: this.extraProperties };
    for (const key of Object.keys(IMAGE_ATTRIBUTES)) out[key] = (this as unknown as Record<string, unknown>)[key];
    return out as unknown as Image;
  }
}
export interface ImageView extends Omit<Image, 'id' | 'tags' | 'support' | 'extraProperties'> {}

for (const [key, [wire, read]] of Object.entries(IMAGE_ATTRIBUTES)) {
  Object.defineProperty(ImageView.prototype, key, {
    enumerable: true,
    get(this: ImageView) {
      try {
        return (read as Reader)(this.raw[wire]);
      } catch (e) {
        return malformedAttribute(this.id, wire, e);
      }
    },
  });
}

function isWireImage(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { id?: unknown }).id === 'string' && (v as { id: string }).id !== '';
}

/**
 * One image of a response: an object with a non-empty string id and a status, nothing more checked up front
 * (z.custom keeps the object as parsed: no copy of its ~65 keys).
 */
export const imageSchema = z
  .custom<Record<string, unknown>>(isWireImage, { message: 'expected an image object with a string id' })
  .refine((o) => typeof o.status === 'string' && o.status !== '', { message: 'expected an image status', path: ['status'] })
  .transform((o): Image => new ImageView(o));


// ---------------------------------------------------------------------------------------------------------------
// Deprecated Glance v1/v1.1 images (Glance `HEAD /v1/images/{image_id}`, `GET /v1.1/images/detail`): `is_public` and a `properties` object.

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
  return typeof tag === 'string' ? tag : joinImageTag(tag);
}

const bool = (b: boolean | undefined) => (b === undefined ? undefined : String(b));
/** Support filters are "present = true"; `false` means "no filter" rather than a negative filter. */
const flag = (b: boolean | undefined) => (b ? 'true' : undefined);

/** `ImageListFilter` as the query string both Glance `GET /v2/images` and IMS `GET /v2/cloudimages` understand. */
export function imageListQuery(f: ImageListFilter = {}): Query {
  if (f.id !== undefined && f.ids !== undefined) throw new Error('image filter: use id or ids, not both');
  return {
    __imagetype: f.imageType,
    visibility: f.visibility,
    __isregistered: bool(f.registered),
    protected: bool(f.protected),
    owner: f.ownerProjectId,
    id: f.ids !== undefined ? `in:${f.ids.join(',')}` : f.id,
    status: f.status,
    name: f.name,
    container_format: f.containerFormat,
    disk_format: f.diskFormat,
    min_ram: f.minRamMb,
    min_disk: f.minDiskGb,
    __os_bit: f.osBits,
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
    __whole_image: bool(f.wholeImage),
    __system__cmkid: f.encryptionKeyId,
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
      f.changedSince === undefined
        ? undefined
        : f.changedSince instanceof Date
          ? f.changedSince.toISOString()
          : f.changedSince,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Patch operations

const PATCH_PATHS: Record<PatchableImageField, string> = {
  name: '/name',
  description: '/__description',
  'support.kvm': '/__support_kvm',
  'support.xen': '/__support_xen',
  'support.diskIntensive': '/__support_diskintensive',
  'support.highPerformance': '/__support_highperformance',
  'support.xenGpuType': '/__support_xen_gpu_type',
  'support.kvmGpuType': '/__support_kvm_gpu_type',
  configInitialized: '/__is_config_init',
  enterpriseProjectId: '/enterprise_project_id',
  minRamMb: '/min_ram',
  nicMultiqueue: '/hw_vif_multiqueue_enabled',
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
