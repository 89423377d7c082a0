/**
 * Domain types of the upstream layer: what IMS, Glance and IAM objects mean, in domain names.
 *
 * Wire names (`__os_type`, `process_percent`, `member_status`, …) never appear outside `src/upstream/`: the
 * clients parse the wire with zod and map it to these types. Glance and IMS images map to the same `Image`.
 * Everything upstream sends that has no field here is kept, under its wire key, in `extra`.
 *
 * Conventions: absent or empty upstream values are `null` (never `undefined`); timestamps are ISO-8601 strings
 * in UTC (`2018-09-06T14:03:27.000Z`); sizes are numbers of bytes (exact up to 2^53); IMS string booleans
 * (`"true"`/`"false"`) are booleans.
 */

// ---------------------------------------------------------------------------------------------------------------
// Images

/** `gold` = public image, `market` = Marketplace image (region list only). */
export type ImageType = 'gold' | 'private' | 'shared' | 'market';
export const IMAGE_TYPES: readonly ImageType[] = ['gold', 'private', 'shared', 'market'];

/** Glance also knows `community`; IMS uses the first three. */
export type ImageVisibility = 'public' | 'private' | 'shared' | 'community';
export const IMAGE_VISIBILITIES: readonly ImageVisibility[] = ['public', 'private', 'shared', 'community'];

/** Every status IMS or Glance documents; only `active` images are usable. */
export type ImageStatus =
  | 'queued'
  | 'saving'
  | 'uploading'
  | 'importing'
  | 'active'
  | 'killed'
  | 'deleted'
  | 'pending_delete'
  | 'deactivated';
export const IMAGE_STATUSES: readonly ImageStatus[] = [
  'queued',
  'saving',
  'uploading',
  'importing',
  'active',
  'killed',
  'deleted',
  'pending_delete',
  'deactivated',
];

export type MemberStatus = 'pending' | 'accepted' | 'rejected';
export const MEMBER_STATUSES: readonly MemberStatus[] = ['pending', 'accepted', 'rejected'];

/** Hardware/feature support flags of an image. `null` = the upstream did not state it (IMS omits unsupported ones). */
export interface ImageSupport {
  kvm: boolean | null;
  xen: boolean | null;
  largeMemory: boolean | null;
  diskIntensive: boolean | null;
  highPerformance: boolean | null;
  /** e.g. `M60_vGPU` (`__support_xen_gpu_type`). */
  xenGpuType: string | null;
  /** e.g. `V100_vGPU`, `P4` (`__support_kvm_gpu_type`). */
  kvmGpuType: string | null;
  xenHana: boolean | null;
  kvmInfiniband: boolean | null;
  /** `true` means password/key injection through Cloud-Init is NOT supported (sic: `__support_fc_inject` in the image-object field matrix of docs/api/ENDPOINTS.md). */
  cloudInitInjectionUnsupported: boolean | null;
  amd: boolean | null;
  arm: boolean | null;
  /** e.g. `VU9P` (undocumented, seen in examples). */
  kvmFpgaType: string | null;
  /** Configured agents, e.g. `['hss', 'ces']`; empty when none. */
  agents: string[];
}

/** One image, from any IMS or Glance image response (IMS `GET /v2/cloudimages`, Glance `GET /v2/images/{image_id}`…). */
export interface Image {
  id: string;
  name: string | null;
  /** `unknown` when the upstream sends a status the references do not list; `statusRaw` has it as sent. */
  status: ImageStatus | 'unknown';
  statusRaw: string | null;
  visibility: ImageVisibility | null;
  /** IMS `__imagetype`; null when the upstream (plain Glance) does not say. */
  imageType: ImageType | null;
  ownerProjectId: string | null;
  protected: boolean | null;
  /** Tags, parsed once from the upstream strings (`key=value` IMS tags; a plain Glance tag has an empty value). */
  tags: ImageTag[];

  osType: string | null;
  osVersion: string | null;
  /** 32 or 64. */
  osBits: number | null;
  platform: string | null;
  description: string | null;

  diskFormat: string | null;
  containerFormat: string | null;
  /** GB. */
  minDiskGb: number | null;
  /** MB. */
  minRamMb: number | null;
  /** MB. */
  maxRamMb: number | null;
  /** `size`: documented as "currently unavailable" by IMS. */
  sizeBytes: number | null;
  virtualSizeBytes: number | null;
  /** `__image_size`: the real image file size. */
  imageSizeBytes: number | null;
  checksum: string | null;

  registered: boolean | null;
  wholeImage: boolean | null;
  /** `FusionCompute` | `Ironic` | `DataImage` | `IsoImage`. */
  virtualEnvType: string | null;
  /** `bios` | `uefi` (lower-cased). */
  firmwareType: string | null;
  /** Parent image id (`__originalimagename`). */
  parentImageId: string | null;
  backupId: string | null;
  marketplaceProductCode: string | null;
  dataOrigin: string | null;
  /** `file` when created from an external image file. */
  rootOrigin: string | null;
  /** Backend storage type, `uds`. */
  storageType: string | null;
  lazyLoading: boolean | null;
  /** Advanced OS features (`__os_feature_list`): the decoded JSON list, or the text as sent when it is not JSON. */
  osFeatures: unknown;
  storageLocation: string | null;
  configInitialized: boolean | null;
  /** KMS key encrypting the image (`__system__cmkid`). */
  encryptionKeyId: string | null;
  accountCode: string | null;
  support: ImageSupport;
  publishableToMarketplace: boolean | null;
  offShelved: boolean | null;
  systemDiskSlot: number | null;
  enterpriseProjectId: string | null;
  nicMultiqueue: boolean | null;

  createdAt: string | null;
  updatedAt: string | null;
  activatedAt: string | null;
  deletedAt: string | null;
  deleted: boolean | null;

  /** Relative links as sent, e.g. `/v2/images/{id}/file`. */
  fileUrl: string | null;
  self: string | null;
  schema: string | null;

  /** Every upstream key not mapped above, under its wire name, with its wire value. */
  extraProperties: Record<string, unknown>;
}

/** A page of images. `nextMarker` is absent on the last page. */
export interface ImagePage {
  images: Image[];
  nextMarker?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Image list filters (inputs)

export type ComparisonOp = 'gt' | 'gte' | 'lt' | 'lte' | 'eq' | 'neq';

/** `createdAt: { op: 'lt', time: '2018-10-28T10:00:00Z' }`. `time` is ISO-8601 or a Date. */
export interface TimeFilter {
  op: ComparisonOp;
  time: string | Date;
}

export type ImageSortKey =
  | 'name'
  | 'containerFormat'
  | 'diskFormat'
  | 'status'
  | 'id'
  | 'size'
  | 'createdAt'
  | 'updatedAt';
export type SortDir = 'asc' | 'desc';

/** Support filters: `true` asks for images that support the feature. */
export interface ImageSupportFilter {
  kvm?: boolean;
  xen?: boolean;
  largeMemory?: boolean;
  diskIntensive?: boolean;
  highPerformance?: boolean;
  xenGpuType?: string;
  kvmGpuType?: string;
  xenHana?: boolean;
  kvmInfiniband?: boolean;
}

/** Filters both `GET /v2/images` (Glance) and `GET /v2/cloudimages` (IMS) understand. */
export interface ImageListFilter {
  imageType?: ImageType;
  visibility?: ImageVisibility;
  registered?: boolean;
  protected?: boolean;
  ownerProjectId?: string;
  id?: string;
  /** Several ids (`id=in:a,b,c`); Glance list only. */
  ids?: string[];
  status?: ImageStatus;
  /** Exact match. */
  name?: string;
  containerFormat?: string;
  diskFormat?: string;
  minRamMb?: number;
  minDiskGb?: number;
  osBits?: number;
  platform?: string;
  osType?: string;
  /** A tag: `{key, value}` (sent as `key=value`) or a plain string. */
  tag?: string | ImageTag;
  /** Requires `visibility: 'shared'`. */
  memberStatus?: MemberStatus;
  support?: ImageSupportFilter;
  createdAt?: TimeFilter;
  updatedAt?: TimeFilter;
  sortKey?: ImageSortKey;
  sortDir?: SortDir;
  /** Image id to start after. */
  marker?: string;
  limit?: number;
}

/** IMS-only extra filters of IMS `GET /v2/cloudimages` and IMS `GET /v1/cloudimages/{region_id}`. */
export interface ImsImageListFilter extends ImageListFilter {
  wholeImage?: boolean;
  encryptionKeyId?: string;
  flavorId?: string;
  virtualEnvType?: string;
  enterpriseProjectId?: string;
}

/** Filters of the deprecated Glance `GET /v1.1/images/detail`. */
export interface LegacyImageListFilter {
  name?: string;
  containerFormat?: string;
  diskFormat?: string;
  status?: ImageStatus;
  sizeMinBytes?: number;
  sizeMaxBytes?: number;
  changesSince?: string | Date;
}

// ---------------------------------------------------------------------------------------------------------------
// Tags

/** IMS key/value tag. A plain Glance tag `foo` is `{ key: 'foo', value: '' }`. */
export interface ImageTag {
  key: string;
  value: string;
}

/** A tag key with every value it has across the project's images (IMS `GET /v2/{project_id}/images/tags`). */
export interface ProjectTag {
  key: string;
  values: string[];
}

/** Tag condition of the query-by-tags API: empty `values` matches any value; several values are OR-ed. */
export interface TagCondition {
  key: string;
  values: string[];
}

export interface QueryImagesByTagsInput {
  /** `filter` returns a page of images, `count` only the total. */
  mode: 'filter' | 'count';
  /** Image has all of these. */
  tags?: TagCondition[];
  /** Image has any of these. */
  tagsAny?: TagCondition[];
  /** Excludes images having all of these. */
  notTags?: TagCondition[];
  /** Excludes images having any of these. */
  notTagsAny?: TagCondition[];
  /** Only untagged images; the other tag conditions are then ignored upstream. */
  withoutAnyTag?: boolean;
  /** 1–1000, default 10 (filter mode). */
  limit?: number;
  offset?: number;
  /** `name`: fuzzy match (exact when value is ''); `id`: exact image id. */
  matches?: { field: 'name' | 'id'; value: string }[];
}

export interface TaggedImage {
  imageId: string;
  name: string | null;
  status: string | null;
  tags: ImageTag[];
}

export interface TaggedImagesResult {
  totalCount: number;
  /** Empty in count mode. */
  images: TaggedImage[];
}

// ---------------------------------------------------------------------------------------------------------------
// Members (sharing)

export interface ImageMember {
  imageId: string;
  /** The recipient project id. */
  projectId: string;
  status: MemberStatus;
  createdAt: string | null;
  updatedAt: string | null;
  schema: string | null;
  extraProperties: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------------------------
// Quota, OS versions, API versions

export interface QuotaResource {
  /** e.g. `image`. */
  type: string;
  used: number;
  quota: number;
  min: number | null;
  max: number | null;
}

export interface Quota {
  resources: QuotaResource[];
}

export interface OsVersion {
  platform: string;
  /** Key to send (defaults to `osVersion`). */
  key: string;
  name: string;
  bits: number | null;
  osType: string | null;
}

export interface OsVersionGroup {
  platform: string;
  versions: OsVersion[];
}

export interface ApiVersion {
  /** e.g. `v2.2`. */
  id: string;
  /** `CURRENT` | `SUPPORTED` | `DEPRECATED` | … */
  status: string;
  links: { href: string; rel: string }[];
}

// ---------------------------------------------------------------------------------------------------------------
// Jobs (IMS `GET /v1/{project_id}/jobs/{job_id}`, `GET /v1/cloudimages/job/{job_id}`)

export type JobStatus = 'INIT' | 'RUNNING' | 'SUCCESS' | 'FAIL';
export const JOB_STATUSES: readonly JobStatus[] = ['INIT', 'RUNNING', 'SUCCESS', 'FAIL'];
export const TERMINAL_JOB_STATUSES: readonly JobStatus[] = ['SUCCESS', 'FAIL'];

/** The answer of every asynchronous IMS endpoint: the request was accepted, poll this job. */
export interface AcceptedJob {
  jobId: string;
}

export interface JobResult {
  imageId: string | null;
  projectId: string | null;
  status: JobStatus | null;
}

export interface Job {
  id: string;
  /** e.g. `createImageByInstance`, `imsCopyImageInRegionJob`. */
  type: string | null;
  status: JobStatus;
  /** 0–100 (the wire's fraction 0..1 is scaled); null when not reported. */
  progressPercent: number | null;
  currentTask: string | null;
  beginTime: string | null;
  /** Null until the job is terminal. */
  endTime: string | null;
  errorCode: string | null;
  failReason: string | null;
  /** The image created or affected. */
  imageId: string | null;
  imageName: string | null;
  /** Progress API only. */
  subJobId: string | null;
  /** Batch (sharing) jobs. */
  results: JobResult[];
  /** Unmapped top-level and `entities` keys, under their wire names (entities keys prefixed `entities.`). */
  extraProperties: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs of the IMS write APIs

/** Creation of a system-disk image from a stopped ECS (IMS `POST /v2/cloudimages/action` with `instance_id`). */
export interface CreateImageFromServerInput {
  from: 'server';
  name: string;
  serverId: string;
  description?: string;
  tags?: ImageTag[];
  enterpriseProjectId?: string;
  minRamMb?: number;
  maxRamMb?: number;
}

export interface DataDiskImageSpec {
  name: string;
  volumeId: string;
  description?: string;
  tags?: ImageTag[];
}

/** Data-disk images from an ECS's data disks (IMS `POST /v2/cloudimages/action` with `data_images`). */
export interface CreateImageFromServerDataDisksInput {
  from: 'serverDataDisks';
  dataDisks: DataDiskImageSpec[];
  enterpriseProjectId?: string;
}

export interface FileDataImageSpec {
  name?: string;
  description?: string;
  /** `bucket:file`. */
  imageUrl: string;
  minDiskGb: number;
  quickImport?: boolean;
  tags?: ImageTag[];
}

/** System-disk image from an image file in OBS (IMS `POST /v2/cloudimages/action` with `image_url`). */
export interface CreateImageFromFileInput {
  from: 'file';
  name: string;
  /** `bucket:file`. */
  imageUrl: string;
  minDiskGb: number;
  description?: string;
  osType?: string;
  /** Required for ISO files and quick import. */
  osVersion?: string;
  autoConfigure?: boolean;
  configInitialized?: boolean;
  encryptionKeyId?: string;
  tags?: ImageTag[];
  enterpriseProjectId?: string;
  minRamMb?: number;
  maxRamMb?: number;
  /** Up to 3 data disks in the same file. */
  dataDisks?: FileDataImageSpec[];
  quickImport?: boolean;
  /** The file is an ISO image (sent as `type: IsoImage`). */
  iso?: boolean;
}

/** System-disk image from a data disk holding an installed OS (IMS `POST /v2/cloudimages/action` with `volume_id`). */
export interface CreateImageFromDataDiskInput {
  from: 'dataDisk';
  name: string;
  volumeId: string;
  osVersion: string;
  /** `ECS` | `FusionCompute` | `BMS` | `Ironic`; default ECS. */
  serverType?: string;
  description?: string;
  tags?: ImageTag[];
  enterpriseProjectId?: string;
  minRamMb?: number;
  maxRamMb?: number;
}

export type CreateImageInput =
  | CreateImageFromServerInput
  | CreateImageFromServerDataDisksInput
  | CreateImageFromFileInput
  | CreateImageFromDataDiskInput;

/** Quick import (IMS `POST /v2/cloudimages/quickimport/action`): system disk (`ECS`/`BMS`) or data disk (`dataDisk: true`). */
export type QuickImportImageInput =
  | {
      dataDisk: false;
      name: string;
      imageUrl: string;
      minDiskGb: number;
      osVersion: string;
      description?: string;
      tags?: ImageTag[];
      serverType?: 'ECS' | 'BMS';
      enterpriseProjectId?: string;
      architecture?: 'x86' | 'arm';
    }
  | {
      dataDisk: true;
      name: string;
      imageUrl: string;
      minDiskGb: number;
      osType?: string;
      description?: string;
      tags?: ImageTag[];
      enterpriseProjectId?: string;
    };

/** Data-disk image from an image file in OBS (IMS `POST /v1/cloudimages/dataimages/action`). */
export interface CreateDataImageInput {
  name: string;
  imageUrl: string;
  minDiskGb: number;
  description?: string;
  osType?: string;
  encryptionKeyId?: string;
  tags?: ImageTag[];
  enterpriseProjectId?: string;
}

/** Full-ECS image (IMS `POST /v1/cloudimages/wholeimages/action`): from an ECS or from a CSBS/CBR backup. */
export type CreateWholeImageInput =
  | {
      from: 'server';
      name: string;
      serverId: string;
      description?: string;
      tags?: ImageTag[];
      enterpriseProjectId?: string;
      minRamMb?: number;
      maxRamMb?: number;
      /** CBR vault; required when a CBR backup is created. */
      vaultId?: string;
    }
  | {
      from: 'backup';
      name: string;
      backupId: string;
      /** Required (`CBR`) for CBR backups; default `CSBS`. */
      backupType?: 'CBR' | 'CSBS';
      description?: string;
      tags?: ImageTag[];
      enterpriseProjectId?: string;
      minRamMb?: number;
      maxRamMb?: number;
    };

export interface ExportImageInput {
  /** `bucket:file`. */
  bucketUrl: string;
  /** `qcow2` | `vhd` | `zvhd` | `vmdk`; must be absent with quick export. */
  fileFormat?: string;
  quickExport?: boolean;
}

export interface CopyImageInRegionInput {
  name: string;
  description?: string;
  encryptionKeyId?: string;
  enterpriseProjectId?: string;
}

export interface CopyImageCrossRegionInput {
  name: string;
  description?: string;
  /** Destination region id. */
  region: string;
  /** Project name in the destination region. */
  projectName: string;
  agencyName: string;
}

export interface BatchMembersInput {
  imageIds: string[];
  projectIds: string[];
}

export interface BatchUpdateMemberStatusInput {
  imageIds: string[];
  /** The recipient project (the caller's). */
  projectId: string;
  status: 'accepted' | 'rejected';
  /** Required to accept a full-ECS image made from a CBR backup. */
  vaultId?: string;
}

/** Attributes `PATCH /v2/cloudimages/{id}` and `PATCH /v2/images/{id}` can change, in domain names. */
export type PatchableImageField =
  | 'name'
  | 'description'
  | `support.${PatchableSupportFlag}`
  | 'configInitialized'
  | 'enterpriseProjectId'
  | 'minRamMb'
  | 'nicMultiqueue'
  | 'firmwareType';

/** The `ImageSupport` flags a patch can set. */
export type PatchableSupportFlag = 'kvm' | 'xen' | 'diskIntensive' | 'highPerformance' | 'xenGpuType' | 'kvmGpuType';

/**
 * One patch operation. Either a known `field`, or a `customProperty` (an arbitrary image property, sent
 * verbatim as the attribute name). `value` is required for add/replace and ignored for remove.
 */
export type ImagePatchOperation =
  | { op: 'add' | 'replace'; field: PatchableImageField; value: string | number | boolean }
  | { op: 'remove'; field: PatchableImageField }
  | { op: 'add' | 'replace'; customProperty: string; value: string }
  | { op: 'remove'; customProperty: string };

/** Metadata for Glance `POST /v2/images`. */
export interface CreateImageMetadataInput {
  name?: string;
  osVersion?: string;
  visibility?: 'private';
  protected?: boolean;
  containerFormat?: string;
  diskFormat?: string;
  tags?: string[];
  minRamMb?: number;
  minDiskGb?: number;
  /** Custom properties, sent as string-valued top-level attributes. */
  properties?: Record<string, string>;
}

// ---------------------------------------------------------------------------------------------------------------
// IAM

export interface TokenScope {
  projectId: string;
  projectName: string | null;
  userId: string;
  userName: string | null;
  domainId: string | null;
  domainName: string | null;
  /** ISO-8601. */
  expiresAt: string;
  issuedAt: string | null;
}

export interface IssuedToken extends TokenScope {
  /** The `X-Subject-Token`; a secret: never log it. */
  token: string;
}
