/** Request inputs of the reads: image list filters and the query-by-tags conditions. */
import type { ImageStatus, ImageTag, ImageType, ImageVisibility, MemberStatus } from './images';

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
  changedSince?: string | Date;
}

// ---------------------------------------------------------------------------------------------------------------
// Query by tags

/** Tag condition of the query-by-tags API: empty `values` matches any value; several values are OR-ed. */
export interface TagCondition {
  key: string;
  values: string[];
}

export interface QueryImagesByTagsInput {
  /** `filter` returns a page of images, `count` only the total. */
  mode: 'filter' | 'count';
  /** Image has all of these. */
  withAll?: TagCondition[];
  /** Image has any of these. */
  withAny?: TagCondition[];
  /** Excludes images having all of these. */
  withoutAll?: TagCondition[];
  /** Excludes images having any of these. */
  withoutAny?: TagCondition[];
  /** Only untagged images; the other tag conditions are then ignored upstream. */
  untaggedOnly?: boolean;
  /** 1–1000, default 10 (filter mode). */
  limit?: number;
  offset?: number;
  /** Fuzzy match on the image name (exact when ''). */
  nameContains?: string;
  /** Exactly this image. */
  imageId?: string;
}
