/** Nouns: images, their tags and members, as IMS and Glance report them. */

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
