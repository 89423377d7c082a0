/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A point in time, as an ISO-8601 string in UTC (e.g. "2018-09-06T14:03:27Z"). */
  DateTime: { input: string; output: string; }
  /** Arbitrary JSON value (used for attributes the upstream adds beyond the documented ones). */
  JSON: { input: unknown; output: unknown; }
  /** An integer up to 2^53-1 (9 007 199 254 740 991), serialized as a JSON number. Used for sizes in bytes, which overflow the 32-bit Int. */
  SafeInt: { input: number; output: number; }
  /** A file sent with the GraphQL multipart request specification (multipart/form-data). */
  Upload: { input: File; output: File; }
};

/** `ImageTagsPayload` with the image after the change; otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type AddImageTagResult = ConflictError | ForbiddenError | ImageTagsPayload | NotFoundError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** `ImageTagsPayload` with the image after the change; otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type AddPlainImageTagResult = ConflictError | ForbiddenError | ImageTagsPayload | NotFoundError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** `ImageMemberPayload` with your membership after the answer; otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type AnswerImageShareResult = ConflictError | ForbiddenError | ImageMemberPayload | NotFoundError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** `JobPayload` when IMS accepted the batch job; otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type AnswerImageSharesResult = ConflictError | ForbiddenError | JobPayload | NotFoundError | OutcomeUnknownError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** One version of the image API (Glance `GET /`). */
export type ApiVersion = {
  __typename?: 'ApiVersion';
  /** e.g. v2.2. */
  id: Scalars['String']['output'];
  /** CURRENT, SUPPORTED or DEPRECATED. */
  status: Scalars['String']['output'];
  /** Its self link. */
  url?: Maybe<Scalars['String']['output']>;
};

/** Kind of backup a full-ECS image is made from. */
export type BackupType =
  /** Cloud Backup and Recovery. */
  | 'CBR'
  /** Cloud Server Backup Service (default). */
  | 'CSBS';

/** How a time filter compares (`created_at=<op>:<time>`). */
export type ComparisonOperator =
  /** Exactly at. */
  | 'EQ'
  /** Later than. */
  | 'GT'
  /** At or later than. */
  | 'GTE'
  /** Earlier than. */
  | 'LT'
  /** At or earlier than. */
  | 'LTE'
  /** Not at. */
  | 'NEQ';

/** The resource is not in a state that allows this (e.g. uploading to an image that is not queued). */
export type ConflictError = Error & {
  __typename?: 'ConflictError';
  /** Stable code, as in GraphQL error extensions (e.g. NOT_FOUND, QUOTA_EXCEEDED). */
  code: ErrorCode;
  /** What went wrong, written for a person (no endpoint internals). */
  message: Scalars['String']['output'];
  /** The upstream answer this error comes from, when there was one. */
  upstream?: Maybe<UpstreamErrorDetails>;
};

/** Container around the disk image. IMS uses BARE. */
export type ContainerFormat =
  /** Amazon kernel image. */
  | 'AKI'
  /** Amazon machine image. */
  | 'AMI'
  /** Amazon ramdisk image. */
  | 'ARI'
  /** No container (IMS default). */
  | 'BARE'
  /** Compressed archive. */
  | 'COMPRESSED'
  /** Docker tar archive. */
  | 'DOCKER'
  /** OVF archive. */
  | 'OVA'
  /** Open Virtualization Format. */
  | 'OVF';

/** Replicate an image within the region, e.g. to encrypt or decrypt it (IMS `POST /v1/cloudimages/{image_id}/copy`). */
export type CopyImageInput = {
  /** Description of the copy: ≤ 1024 characters, no line breaks, "<" or ">". */
  description?: InputMaybe<Scalars['String']['input']>;
  /** KMS key for the copy (`cmk_id`); omit for an unencrypted copy. */
  encryptionKeyId?: InputMaybe<Scalars['String']['input']>;
  /** Enterprise project of the copy: "0" = default enterprise project, or an enterprise project UUID (`enterprise_project_id`). */
  enterpriseProjectId?: InputMaybe<Scalars['String']['input']>;
  /** Optional key (1–255 printable characters, e.g. a UUID) that makes this start idempotent: within IDEMPOTENCY_TTL_MS (default 24 h) a second call with the same key in the same project returns the same job without starting another, even while the first call is still running. The same key with different input is a ConflictError (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The image to copy (upstream UUID or global Image id); not a full-ECS or ISO image. */
  imageId: Scalars['ID']['input'];
  /** Name of the copy: 1–128 characters: letters, digits, "-", ".", "_", Chinese characters and spaces; no leading or trailing space. */
  name: Scalars['String']['input'];
  /** Start the job through the "in safe mode" variant of this operation that Huawei's IMS SDK calls (`POST /v2.1/cloudimages/{image_id}/copy`) instead of `POST /v1/cloudimages/{image_id}/copy`. The SDK titles it the "(new)" version of the same operation: same request body, same answer, same asynchronous job. Neither the SDK nor the API reference documents a behavioural difference beyond the path version, so the job, its progress and the image it makes are read as usual. Default false. Huawei IMS only (UNSUPPORTED_BY_UPSTREAM on OpenStack, like every IMS job). */
  safeMode?: InputMaybe<Scalars['Boolean']['input']>;
};

/** `JobPayload` when IMS accepted the job (it then runs asynchronously); otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type CopyImageResult = ConflictError | ForbiddenError | JobPayload | NotFoundError | OutcomeUnknownError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** Replicate a private image (≤ 128 GB, unencrypted) to another region through an IAM agency (IMS `POST /v1/cloudimages/{image_id}/cross_region_copy`). */
export type CopyImageToRegionInput = {
  /** IAM agency with IMS Administrator in both regions. */
  agencyName: Scalars['String']['input'];
  /** Description of the copy: ≤ 1024 characters, no line breaks, "<" or ">". */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Optional key (1–255 printable characters, e.g. a UUID) that makes this start idempotent: within IDEMPOTENCY_TTL_MS (default 24 h) a second call with the same key in the same project returns the same job without starting another, even while the first call is still running. The same key with different input is a ConflictError (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The private image to copy (upstream UUID or global Image id). */
  imageId: Scalars['ID']['input'];
  /** Name of the copy: 1–128 characters: letters, digits, "-", ".", "_", Chinese characters and spaces; no leading or trailing space. */
  name: Scalars['String']['input'];
  /** Project in the destination region. */
  projectName: Scalars['String']['input'];
  /** Destination region id, e.g. ap-southeast-1; must differ from the current region. */
  region: Scalars['String']['input'];
};

/** `JobPayload` when IMS accepted the job (it then runs asynchronously); otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type CopyImageToRegionResult = ConflictError | ForbiddenError | JobPayload | NotFoundError | OutcomeUnknownError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** A data-disk image from an image file in OBS (IMS `POST /v1/cloudimages/dataimages/action`). */
export type CreateDataImageFromFileInput = {
  /** Image description: ≤ 1024 characters, no line breaks, "<" or ">". */
  description?: InputMaybe<Scalars['String']['input']>;
  /** KMS key to encrypt the image with (`cmk_id`); omit for an unencrypted image. */
  encryptionKeyId?: InputMaybe<Scalars['String']['input']>;
  /** "0" = default enterprise project, or an enterprise project UUID (`enterprise_project_id`). */
  enterpriseProjectId?: InputMaybe<Scalars['String']['input']>;
  /** Optional key (1–255 printable characters, e.g. a UUID) that makes this start idempotent: within IDEMPOTENCY_TTL_MS (default 24 h) a second call with the same key in the same project returns the same job without starting another, even while the first call is still running. The same key with different input is a ConflictError (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** "bucket:file" in OBS (Standard storage class). */
  imageUrl: Scalars['String']['input'];
  /** Data-disk size, 40–2048 GB. */
  minDiskGb: Scalars['Int']['input'];
  /** Image name: 1–128 characters: letters, digits, "-", ".", "_", Chinese characters and spaces; no leading or trailing space. */
  name: Scalars['String']['input'];
  /** OS family the disk belongs to (`os_type`): LINUX (upstream default) or WINDOWS. */
  osType?: InputMaybe<OsType>;
  /** Start the job through the "in safe mode" variant of this operation that Huawei's IMS SDK calls (`POST /v2.1/cloudimages/dataimages/action`) instead of `POST /v1/cloudimages/dataimages/action`. The SDK titles it the "(new)" version of the same operation: same request body, same answer, same asynchronous job. Neither the SDK nor the API reference documents a behavioural difference beyond the path version, so the job, its progress and the image it makes are read as usual. Default false. Huawei IMS only (UNSUPPORTED_BY_UPSTREAM on OpenStack, like every IMS job). */
  safeMode?: InputMaybe<Scalars['Boolean']['input']>;
  /** Up to 10 key/value tags with unique keys (`image_tags`). */
  tags?: InputMaybe<Array<ImageTagInput>>;
};

/** `JobPayload` when IMS accepted the job (it then runs asynchronously); otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type CreateDataImageFromFileResult = ConflictError | ForbiddenError | JobPayload | NotFoundError | OutcomeUnknownError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** A system-disk image from a data disk that holds an installed OS (IMS `POST /v2/cloudimages/action` with `volume_id`). */
export type CreateImageFromDataDiskInput = {
  /** Image description: ≤ 1024 characters, no line breaks, "<" or ">". */
  description?: InputMaybe<Scalars['String']['input']>;
  /** "0" = default enterprise project, or an enterprise project UUID (`enterprise_project_id`). */
  enterpriseProjectId?: InputMaybe<Scalars['String']['input']>;
  /** Optional key (1–255 printable characters, e.g. a UUID) that makes this start idempotent: within IDEMPOTENCY_TTL_MS (default 24 h) a second call with the same key in the same project returns the same job without starting another, even while the first call is still running. The same key with different input is a ConflictError (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Maximum memory in MB, 0–1048576 (`max_ram`); unset by default. */
  maxRamMb?: InputMaybe<Scalars['Int']['input']>;
  /** Minimum memory in MB, 0–1048576 (`min_ram`); 0 or unset = no minimum. */
  minRamMb?: InputMaybe<Scalars['Int']['input']>;
  /** Image name: 1–128 characters: letters, digits, "-", ".", "_", Chinese characters and spaces; no leading or trailing space. */
  name: Scalars['String']['input'];
  /** OS version on the disk (`os_version`, a key from osVersions); an OS IMS detects on the disk takes precedence. */
  osVersion: Scalars['String']['input'];
  /** Start the job through the "in safe mode" variant of this operation that Huawei's IMS SDK calls (`POST /v2.1/cloudimages/action`) instead of `POST /v2/cloudimages/action`. The SDK titles it the "(new)" version of the same operation: same request body, same answer, same asynchronous job. Neither the SDK nor the API reference documents a behavioural difference beyond the path version, so the job, its progress and the image it makes are read as usual. Default false. Huawei IMS only (UNSUPPORTED_BY_UPSTREAM on OpenStack, like every IMS job). */
  safeMode?: InputMaybe<Scalars['Boolean']['input']>;
  /** ECS (default) or BMS (`type`). */
  serverType?: InputMaybe<ServerImageType>;
  /** Up to 10 key/value tags with unique keys (`image_tags`). */
  tags?: InputMaybe<Array<ImageTagInput>>;
  /** The data disk holding an installed, optimized OS (`volume_id`). */
  volumeId: Scalars['String']['input'];
};

/** `JobPayload` when IMS accepted the job (it then runs asynchronously); otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type CreateImageFromDataDiskResult = ConflictError | ForbiddenError | JobPayload | NotFoundError | OutcomeUnknownError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** A system-disk image from an image file in OBS (IMS `POST /v2/cloudimages/action` with `image_url`), optionally with up to 3 data disks. */
export type CreateImageFromFileInput = {
  /** Let IMS optimize the image in the background (`is_config`). */
  autoConfigure?: InputMaybe<Scalars['Boolean']['input']>;
  /** Initial configuration already done in the file (`is_config_init`). */
  configInitialized?: InputMaybe<Scalars['Boolean']['input']>;
  /** Up to 3 data disks imported with the system disk (`data_images`); their OS type must match it. */
  dataDisks?: InputMaybe<Array<FileDataDiskImageInput>>;
  /** Image description: ≤ 1024 characters, no line breaks, "<" or ">". */
  description?: InputMaybe<Scalars['String']['input']>;
  /** KMS key to encrypt the image with. */
  encryptionKeyId?: InputMaybe<Scalars['String']['input']>;
  /** "0" = default enterprise project, or an enterprise project UUID (`enterprise_project_id`). */
  enterpriseProjectId?: InputMaybe<Scalars['String']['input']>;
  /** Optional key (1–255 printable characters, e.g. a UUID) that makes this start idempotent: within IDEMPOTENCY_TTL_MS (default 24 h) a second call with the same key in the same project returns the same job without starting another, even while the first call is still running. The same key with different input is a ConflictError (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** "bucket:file" in OBS, e.g. "ims-image:centos70.qcow2". */
  imageUrl: Scalars['String']['input'];
  /** The file is an ISO image (sent as `type: IsoImage`). ISO files, flagged or named *.iso, require osVersion. */
  iso?: InputMaybe<Scalars['Boolean']['input']>;
  /** Maximum memory in MB, 0–1048576 (`max_ram`); unset by default. */
  maxRamMb?: InputMaybe<Scalars['Int']['input']>;
  /** Minimum system disk, 40–255 GB. */
  minDiskGb: Scalars['Int']['input'];
  /** Minimum memory in MB, 0–1048576 (`min_ram`); 0 or unset = no minimum. */
  minRamMb?: InputMaybe<Scalars['Int']['input']>;
  /** Image name: 1–128 characters: letters, digits, "-", ".", "_", Chinese characters and spaces; no leading or trailing space. */
  name: Scalars['String']['input'];
  /** OS family of the file (`os_type`). */
  osType?: InputMaybe<OsType>;
  /** OS version in the file (`os_version`, a key from osVersions). Required for ISO files and quick import. */
  osVersion?: InputMaybe<Scalars['String']['input']>;
  /** Quick import (RAW/ZVHD2 only; requires osVersion). */
  quickImport?: InputMaybe<Scalars['Boolean']['input']>;
  /** Start the job through the "in safe mode" variant of this operation that Huawei's IMS SDK calls (`POST /v2.1/cloudimages/action`) instead of `POST /v2/cloudimages/action`. The SDK titles it the "(new)" version of the same operation: same request body, same answer, same asynchronous job. Neither the SDK nor the API reference documents a behavioural difference beyond the path version, so the job, its progress and the image it makes are read as usual. Default false. Huawei IMS only (UNSUPPORTED_BY_UPSTREAM on OpenStack, like every IMS job). */
  safeMode?: InputMaybe<Scalars['Boolean']['input']>;
  /** Up to 10 key/value tags with unique keys (`image_tags`). */
  tags?: InputMaybe<Array<ImageTagInput>>;
};

/** `JobPayload` when IMS accepted the job (it then runs asynchronously); otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type CreateImageFromFileResult = ConflictError | ForbiddenError | JobPayload | NotFoundError | OutcomeUnknownError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** A system-disk image from a stopped ECS (IMS `POST /v2/cloudimages/action` with `instance_id`). */
export type CreateImageFromServerInput = {
  /** Image description: ≤ 1024 characters, no line breaks, "<" or ">". */
  description?: InputMaybe<Scalars['String']['input']>;
  /** "0" = default enterprise project, or an enterprise project UUID (`enterprise_project_id`). */
  enterpriseProjectId?: InputMaybe<Scalars['String']['input']>;
  /** Optional key (1–255 printable characters, e.g. a UUID) that makes this start idempotent: within IDEMPOTENCY_TTL_MS (default 24 h) a second call with the same key in the same project returns the same job without starting another, even while the first call is still running. The same key with different input is a ConflictError (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Maximum memory in MB, 0–1048576 (`max_ram`); unset by default. */
  maxRamMb?: InputMaybe<Scalars['Int']['input']>;
  /** Minimum memory in MB, 0–1048576 (`min_ram`); 0 or unset = no minimum. */
  minRamMb?: InputMaybe<Scalars['Int']['input']>;
  /** Image name: 1–128 characters: letters, digits, "-", ".", "_", Chinese characters and spaces; no leading or trailing space. */
  name: Scalars['String']['input'];
  /** Start the job through the "in safe mode" variant of this operation that Huawei's IMS SDK calls (`POST /v2.1/cloudimages/action`) instead of `POST /v2/cloudimages/action`. The SDK titles it the "(new)" version of the same operation: same request body, same answer, same asynchronous job. Neither the SDK nor the API reference documents a behavioural difference beyond the path version, so the job, its progress and the image it makes are read as usual. Default false. Huawei IMS only (UNSUPPORTED_BY_UPSTREAM on OpenStack, like every IMS job). */
  safeMode?: InputMaybe<Scalars['Boolean']['input']>;
  /** The ECS (must be stopped). */
  serverId: Scalars['String']['input'];
  /** Up to 10 key/value tags with unique keys (`image_tags`). */
  tags?: InputMaybe<Array<ImageTagInput>>;
};

/** `JobPayload` when IMS accepted the job (it then runs asynchronously); otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type CreateImageFromServerResult = ConflictError | ForbiddenError | JobPayload | NotFoundError | OutcomeUnknownError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** Metadata of a new private image (Glance `POST /v2/images`, status QUEUED). Upload its file next, or register an OBS file. */
export type CreateImageMetadataInput = {
  /** Default BARE. */
  containerFormat?: InputMaybe<ContainerFormat>;
  /** Default VHD. */
  diskFormat?: InputMaybe<DiskFormat>;
  /** Minimum system disk in GB, 0–1024 (`min_disk`); make it larger than the disk in the file, or creating servers may fail. */
  minDiskGb?: InputMaybe<Scalars['Int']['input']>;
  /** Minimum memory in MB, 0–1048576 (`min_ram`); default 0 = no minimum. */
  minRamMb?: InputMaybe<Scalars['Int']['input']>;
  /** Image name: 1–128 characters: letters, digits, "-", ".", "_", Chinese characters and spaces; no leading or trailing space. */
  name: Scalars['String']['input'];
  /** OS version (`__os_version`, a key from osVersions); default "Other Linux(64 bit)", with which servers may not start. */
  osVersion?: InputMaybe<Scalars['String']['input']>;
  /** Custom properties (string values); read them back in `Image.extraProperties`. */
  properties?: InputMaybe<Array<ImagePropertyInput>>;
  /** A protected image cannot be deleted. */
  protected?: InputMaybe<Scalars['Boolean']['input']>;
  /** Plain tags (1–255 characters, no "="). */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** `ImagePayload` with the new QUEUED image; otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type CreateImageMetadataResult = ConflictError | ForbiddenError | ImagePayload | NotFoundError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** Data-disk images from an ECS’s data disks (IMS `POST /v2/cloudimages/action` with `data_images`). */
export type CreateImagesFromServerDataDisksInput = {
  /** The data disks to image, one image each (at least one; `data_images`). */
  dataDisks: Array<DataDiskImageInput>;
  /** "0" = default enterprise project, or an enterprise project UUID (`enterprise_project_id`). */
  enterpriseProjectId?: InputMaybe<Scalars['String']['input']>;
  /** Optional key (1–255 printable characters, e.g. a UUID) that makes this start idempotent: within IDEMPOTENCY_TTL_MS (default 24 h) a second call with the same key in the same project returns the same job without starting another, even while the first call is still running. The same key with different input is a ConflictError (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Start the job through the "in safe mode" variant of this operation that Huawei's IMS SDK calls (`POST /v2.1/cloudimages/action`) instead of `POST /v2/cloudimages/action`. The SDK titles it the "(new)" version of the same operation: same request body, same answer, same asynchronous job. Neither the SDK nor the API reference documents a behavioural difference beyond the path version, so the job, its progress and the image it makes are read as usual. Default false. Huawei IMS only (UNSUPPORTED_BY_UPSTREAM on OpenStack, like every IMS job). */
  safeMode?: InputMaybe<Scalars['Boolean']['input']>;
};

/** `JobPayload` when IMS accepted the job (it then runs asynchronously); otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type CreateImagesFromServerDataDisksResult = ConflictError | ForbiddenError | JobPayload | NotFoundError | OutcomeUnknownError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** A full-ECS image (system and data disks) from an ECS or from a CSBS/CBR backup (IMS `POST /v1/cloudimages/wholeimages/action`). Give exactly one of serverId and backupId. */
export type CreateWholeImageInput = {
  /** The CSBS or CBR backup to image (`backup_id`). */
  backupId?: InputMaybe<Scalars['String']['input']>;
  /** With backupId: CBR or CSBS (default). */
  backupType?: InputMaybe<BackupType>;
  /** Image description: ≤ 1024 characters, no line breaks, "<" or ">". */
  description?: InputMaybe<Scalars['String']['input']>;
  /** "0" = default enterprise project, or an enterprise project UUID (`enterprise_project_id`). */
  enterpriseProjectId?: InputMaybe<Scalars['String']['input']>;
  /** Optional key (1–255 printable characters, e.g. a UUID) that makes this start idempotent: within IDEMPOTENCY_TTL_MS (default 24 h) a second call with the same key in the same project returns the same job without starting another, even while the first call is still running. The same key with different input is a ConflictError (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Maximum memory in MB, 0–1048576 (`max_ram`); unset by default. */
  maxRamMb?: InputMaybe<Scalars['Int']['input']>;
  /** Minimum memory in MB, 0–1048576 (`min_ram`); 0 or unset = no minimum. */
  minRamMb?: InputMaybe<Scalars['Int']['input']>;
  /** Image name: 1–128 characters: letters, digits, "-", ".", "_", Chinese characters and spaces; no leading or trailing space. */
  name: Scalars['String']['input'];
  /** The ECS to image (`instance_id`); IMS backs it up first. */
  serverId?: InputMaybe<Scalars['String']['input']>;
  /** Up to 10 key/value tags with unique keys (`image_tags`). */
  tags?: InputMaybe<Array<ImageTagInput>>;
  /** With serverId: the CBR vault (required when a CBR backup is made). */
  vaultId?: InputMaybe<Scalars['String']['input']>;
};

/** `JobPayload` when IMS accepted the job (it then runs asynchronously); otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type CreateWholeImageResult = ConflictError | ForbiddenError | JobPayload | NotFoundError | OutcomeUnknownError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** One data-disk image to create from an ECS data disk. */
export type DataDiskImageInput = {
  /** Description: ≤ 1024 characters, no line breaks, "<" or ">". */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name of this data-disk image: 1–128 characters: letters, digits, "-", ".", "_", Chinese characters and spaces; no leading or trailing space. */
  name: Scalars['String']['input'];
  /** Up to 10 key/value tags with unique keys. */
  tags?: InputMaybe<Array<ImageTagInput>>;
  /** The data disk to image (`volume_id`). */
  volumeId: Scalars['String']['input'];
};

/** `ImagePayload` with the DEACTIVATED image; otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type DeactivateImageResult = ConflictError | ForbiddenError | ImagePayload | NotFoundError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** `DeletedImagePayload` once the image is deleted; otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type DeleteImageResult = ConflictError | DeletedImagePayload | ForbiddenError | NotFoundError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** `ImageTagsPayload` with the image after the change; otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type DeleteImageTagResult = ConflictError | ForbiddenError | ImageTagsPayload | NotFoundError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** `ImageTagsPayload` with the image after the change; otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type DeleteImageTagsResult = ConflictError | ForbiddenError | ImageTagsPayload | NotFoundError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** The image that was deleted. */
export type DeletedImagePayload = {
  __typename?: 'DeletedImagePayload';
  /** Upstream id (UUID) of the deleted image. */
  imageId: Scalars['ID']['output'];
};

/** Format of the image file. IMS documents VHD, ZVHD, ZVHD2, RAW, QCOW2 and ISO; Glance adds the rest. */
export type DiskFormat =
  /** Amazon kernel image. */
  | 'AKI'
  /** Amazon machine image. */
  | 'AMI'
  /** Amazon ramdisk image. */
  | 'ARI'
  /** ISO 9660 optical disc image. */
  | 'ISO'
  /** Virtuozzo ploop. */
  | 'PLOOP'
  /** QEMU copy-on-write v1. */
  | 'QCOW'
  /** QEMU copy-on-write v2. */
  | 'QCOW2'
  /** QEMU enhanced disk. */
  | 'QED'
  /** Raw disk. */
  | 'RAW'
  /** VirtualBox disk. */
  | 'VDI'
  /** VHD (the IMS default for new metadata). */
  | 'VHD'
  /** Hyper-V VHDX. */
  | 'VHDX'
  /** VMware disk. */
  | 'VMDK'
  /** Huawei ZVHD. */
  | 'ZVHD'
  /** Huawei ZVHD2 (supports lazy loading and quick import). */
  | 'ZVHD2';

/** Something a mutation could not do. Switch on `code`; query a concrete type for details. */
export type Error = {
  /** Stable code, as in GraphQL error extensions (e.g. NOT_FOUND, QUOTA_EXCEEDED). */
  code: ErrorCode;
  /** What went wrong, written for a person (no endpoint internals). */
  message: Scalars['String']['output'];
};

/** Stable error codes: the same values as `extensions.code` on GraphQL errors. Program against these, not messages. */
export type ErrorCode =
  /** The request broke a documented rule (extensions.issues says which argument and rule). Nothing was sent upstream, or the upstream refused it as invalid. */
  | 'BAD_USER_INPUT'
  /** The resource is not in a state that allows this, or the name is taken. */
  | 'CONFLICT'
  /** The operation did not finish within the gateway deadline. */
  | 'DEADLINE_EXCEEDED'
  /** Your project may not do this (e.g. change an image it does not own). */
  | 'FORBIDDEN'
  /** Something unexpected went wrong in the gateway (details are logged, not returned). */
  | 'INTERNAL_SERVER_ERROR'
  /** The image, job or membership does not exist or is not visible to your project. */
  | 'NOT_FOUND'
  /** The operation is too deep, too large or too costly. */
  | 'OPERATION_TOO_COMPLEX'
  /** A job-starting mutation may or may not have taken effect; retry with the same idempotencyKey. */
  | 'OUTCOME_UNKNOWN'
  /** The gateway is at its in-flight request limit (HTTP 503 with Retry-After); nothing was done. */
  | 'OVERLOADED'
  /** A quota was reached (private images, 10 tags per image…). */
  | 'QUOTA_EXCEEDED'
  /** Too many requests (gateway limit or upstream flow control); retry later. */
  | 'RATE_LIMITED'
  /** No token, or the token was rejected (expired, revoked, not project-scoped). */
  | 'UNAUTHENTICATED'
  /** The configured upstream cannot do this (e.g. an IMS-only operation on OpenStack). */
  | 'UNSUPPORTED_BY_UPSTREAM'
  /** The upload stalled (no data from the client for UPLOAD_IDLE_TIMEOUT_MS) and was ended. */
  | 'UPLOAD_IDLE_TIMEOUT'
  /** The image service answered something the gateway could not read. */
  | 'UPSTREAM_BAD_RESPONSE'
  /** The operation would need more upstream calls than one operation may make. */
  | 'UPSTREAM_BUDGET_EXCEEDED'
  /** The image service failed the request for another reason (see extensions.upstream). */
  | 'UPSTREAM_ERROR'
  /** The image service did not answer in time. */
  | 'UPSTREAM_TIMEOUT'
  /** The image service could not be reached or is unavailable. */
  | 'UPSTREAM_UNAVAILABLE';

/** File format of an exported image (IMS `POST /v1/cloudimages/{image_id}/file`). */
export type ExportFileFormat =
  /** QCOW2. */
  | 'QCOW2'
  /** VHD. */
  | 'VHD'
  /** VMDK. */
  | 'VMDK'
  /** ZVHD. */
  | 'ZVHD';

/** Export a private image to OBS (IMS `POST /v1/cloudimages/{image_id}/file`). Give fileFormat, or quickExport: true (then no fileFormat). */
export type ExportImageInput = {
  /** "bucket:file" in the same region (Standard storage class). */
  bucketUrl: Scalars['String']['input'];
  /** File format (`file_format`); required unless quickExport, forbidden with it. */
  fileFormat?: InputMaybe<ExportFileFormat>;
  /** Optional key (1–255 printable characters, e.g. a UUID) that makes this start idempotent: within IDEMPOTENCY_TTL_MS (default 24 h) a second call with the same key in the same project returns the same job without starting another, even while the first call is still running. The same key with different input is a ConflictError (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The private image to export (upstream UUID or global Image id). */
  imageId: Scalars['ID']['input'];
  /** Quick export (`is_quick_export`), the only way for images > 128 GB; default false. */
  quickExport?: InputMaybe<Scalars['Boolean']['input']>;
  /** Start the job through the "in safe mode" variant of this operation that Huawei's IMS SDK calls (`POST /v2.1/cloudimages/{image_id}/file`) instead of `POST /v1/cloudimages/{image_id}/file`. The SDK titles it the "(new)" version of the same operation: same request body, same answer, same asynchronous job. Neither the SDK nor the API reference documents a behavioural difference beyond the path version, so the job, its progress and the image it makes are read as usual. Default false. Huawei IMS only (UNSUPPORTED_BY_UPSTREAM on OpenStack, like every IMS job). */
  safeMode?: InputMaybe<Scalars['Boolean']['input']>;
};

/** `JobPayload` when IMS accepted the job (it then runs asynchronously); otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type ExportImageResult = ConflictError | ForbiddenError | JobPayload | NotFoundError | OutcomeUnknownError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** A data disk imported together with a system disk from OBS. */
export type FileDataDiskImageInput = {
  /** Description: ≤ 1024 characters, no line breaks, "<" or ">". */
  description?: InputMaybe<Scalars['String']['input']>;
  /** "bucket:file" in OBS (Standard storage class). */
  imageUrl: Scalars['String']['input'];
  /** Data-disk size, 1–2048 GB. */
  minDiskGb: Scalars['Int']['input'];
  /** Name of the data-disk image: 1–128 characters: letters, digits, "-", ".", "_", Chinese characters and spaces; no leading or trailing space. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Quick-import this disk (`is_quick_import`; RAW or ZVHD2 files, see quickImportImage). */
  quickImport?: InputMaybe<Scalars['Boolean']['input']>;
  /** Up to 10 key/value tags with unique keys. */
  tags?: InputMaybe<Array<ImageTagInput>>;
};

/** Boot mode (`hw_firmware_type`); BIOS when the upstream does not say. */
export type FirmwareType =
  /** Legacy BIOS boot. */
  | 'BIOS'
  /** UEFI boot. */
  | 'UEFI';

/** Your project may not do this (e.g. change an image it does not own). */
export type ForbiddenError = Error & {
  __typename?: 'ForbiddenError';
  /** Stable code, as in GraphQL error extensions (e.g. NOT_FOUND, QUOTA_EXCEEDED). */
  code: ErrorCode;
  /** What went wrong, written for a person (no endpoint internals). */
  message: Scalars['String']['output'];
  /** The upstream answer this error comes from, when there was one. */
  upstream?: Maybe<UpstreamErrorDetails>;
};

/** The JSON schemas Glance publishes (Glance `GET /v2/schemas/{name}`). */
export type GlanceSchemaName =
  /** `GET /v2/schemas/image`. */
  | 'IMAGE'
  /** `GET /v2/schemas/images`. */
  | 'IMAGES'
  /** `GET /v2/schemas/member`. */
  | 'MEMBER'
  /** `GET /v2/schemas/members`. */
  | 'MEMBERS';

/** An image: the template a server is created from (IMS `GET /v2/cloudimages`, Glance `GET /v2/images/{image_id}`). */
export type Image = Node & {
  __typename?: 'Image';
  /** Billing code. */
  accountCode?: Maybe<Scalars['String']['output']>;
  /** When it became active. */
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** CSBS/CBR backup the image was created from. */
  backupId?: Maybe<Scalars['String']['output']>;
  /** MD5 of the image file, once uploaded. */
  checksum?: Maybe<Scalars['String']['output']>;
  /** Initial configuration completed. */
  configInitialized?: Maybe<Scalars['Boolean']['output']>;
  /** Container format (`container_format`); BARE on IMS. */
  containerFormat?: Maybe<ContainerFormat>;
  /** When the image was created (`created_at`). */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the image data came from, e.g. "instance:<id>". */
  dataOrigin?: Maybe<Scalars['String']['output']>;
  /** Whether the image has been deleted (soft-deleted records and v1 reads). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** When the image was deleted; null while it exists. */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Description, ≤ 1024 characters. */
  description?: Maybe<Scalars['String']['output']>;
  /** Format of the image file (`disk_format`). */
  diskFormat?: Maybe<DiskFormat>;
  /** Where the gateway serves this image's data: `GET <gateway>/images/{imageId}/file` with the same credentials (streamed from Glance `GET /v2/images/{id}/file`; `Range` supported; 204 when there is no data; `Content-MD5` is the checksum). */
  downloadPath: Scalars['String']['output'];
  /** KMS key encrypting the image; null when unencrypted. */
  encryptionKeyId?: Maybe<Scalars['String']['output']>;
  /** "0" = default enterprise project. */
  enterpriseProjectId?: Maybe<Scalars['String']['output']>;
  /** Every attribute the upstream sent beyond the documented ones (custom properties, new `__*` keys), under its upstream name. */
  extraProperties: Scalars['JSON']['output'];
  /** Upstream path of the image file. */
  fileUrl?: Maybe<Scalars['String']['output']>;
  /** Boot mode (`hw_firmware_type`). */
  firmwareType?: Maybe<FirmwareType>;
  /** Global id of the image (for node/nodes and client caches); the upstream id is imageId. */
  id: Scalars['ID']['output'];
  /** The upstream image id (UUID), as IMS and Glance know it. */
  imageId: Scalars['ID']['output'];
  /** IMS classification; null on plain OpenStack Glance. */
  imageType?: Maybe<ImageType>;
  /** Supports lazy loading. */
  lazyLoading?: Maybe<Scalars['Boolean']['output']>;
  /** Marketplace product id (`__productcode`), for Marketplace images. */
  marketplaceProductCode?: Maybe<Scalars['String']['output']>;
  /** Maximum memory, in MB; usually unset. */
  maxRamMb?: Maybe<Scalars['Int']['output']>;
  /** Projects this image is shared with (empty unless its visibility is SHARED). The owner sees every member; a recipient sees its own membership. Read through Glance (`GET /v2/images/{id}/members`), or on Huawei through the IMS v1 member API (`GET /v1/{project_id}/cloudimages/{id}/members`, the IMS SDK’s ListImageMembers) when memberType or organizationUrn is selected: that API answers the same members plus their type, in one call. */
  members: Array<ImageMember>;
  /** Minimum system disk, in GB. */
  minDiskGb?: Maybe<Scalars['Int']['output']>;
  /** Minimum memory, in MB (0 = no minimum). */
  minRamMb?: Maybe<Scalars['Int']['output']>;
  /** Name: 1–128 characters, no leading/trailing space. */
  name?: Maybe<Scalars['String']['output']>;
  /** NIC multi-queue supported. */
  nicMultiqueue?: Maybe<Scalars['Boolean']['output']>;
  /** A Marketplace image that was delisted. */
  offShelved?: Maybe<Scalars['Boolean']['output']>;
  /** 32 or 64. */
  osBits?: Maybe<Scalars['Int']['output']>;
  /** Advanced OS features (`__os_feature_list`), decoded from its JSON string when possible. */
  osFeatures?: Maybe<Scalars['JSON']['output']>;
  /** OS family (`__os_type`). */
  osType?: Maybe<OsType>;
  /** Full OS version, e.g. "CentOS 7.3 64bit" (see `osVersions` for the values a region supports). */
  osVersion?: Maybe<Scalars['String']['output']>;
  /** True when your project owns the image. */
  ownedByMe: Scalars['Boolean']['output'];
  /** Project that owns the image. */
  ownerProjectId?: Maybe<Scalars['String']['output']>;
  /** The image this one was made from (`__originalimagename`), when it is visible to you. */
  parentImage?: Maybe<Image>;
  /** Id of the parent image, even when it is not visible. */
  parentImageId?: Maybe<Scalars['String']['output']>;
  /** OS distribution (`__platform`). */
  platform?: Maybe<Platform>;
  /** A protected image cannot be deleted. */
  protected?: Maybe<Scalars['Boolean']['output']>;
  /** Whether the image can be published to Marketplace (`__system_support_market`). */
  publishableToMarketplace?: Maybe<Scalars['Boolean']['output']>;
  /** Registered with IMS (only registered images are listed). */
  registered?: Maybe<Scalars['Boolean']['output']>;
  /** "file" when created from an external image file. */
  rootOrigin?: Maybe<Scalars['String']['output']>;
  /** Size of the image file in bytes: the real file size (`__image_size`) when known, else Glance `size`. */
  sizeBytes?: Maybe<Scalars['SafeInt']['output']>;
  /** Lifecycle state; UNKNOWN for a status the gateway does not know yet (see `statusRaw`). */
  status?: Maybe<ImageStatus>;
  /** The status exactly as the upstream sent it. */
  statusRaw?: Maybe<Scalars['String']['output']>;
  /** Where the image is stored (`__image_location`). */
  storageLocation?: Maybe<Scalars['String']['output']>;
  /** Backend storage type (uds). */
  storageType?: Maybe<Scalars['String']['output']>;
  /** What the image supports (the `__support_*` attributes). */
  support: ImageSupport;
  /** System-disk slot number on the source ECS, e.g. 0 (`__sequence_num`). */
  systemDiskSlot?: Maybe<Scalars['Int']['output']>;
  /** Tags, as key/value pairs. */
  tags: Array<ImageTag>;
  /** When the image last changed (`updated_at`). */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the image is for: ECS system disk, BMS, data disk or ISO (`virtual_env_type`). */
  virtualEnvType?: Maybe<VirtualEnvType>;
  /** Virtual disk size in bytes, when reported. */
  virtualSizeBytes?: Maybe<Scalars['SafeInt']['output']>;
  /** Who can see the image (`visibility`). */
  visibility?: Maybe<ImageVisibility>;
  /** A full-ECS image (system and data disks). */
  wholeImage?: Maybe<Scalars['Boolean']['output']>;
};

/** CPU architecture of an imported image. */
export type ImageArchitecture =
  /** ARM (switched to UEFI boot). */
  | 'ARM'
  /** x86 (default). */
  | 'X86';

/** Filters for `images` (all optional, combined with AND). The last five are IMS-only: using one lists through `GET /v2/cloudimages`, which plain OpenStack does not have. */
export type ImageFilter = {
  /** Container format (`container_format`). */
  containerFormat?: InputMaybe<ContainerFormat>;
  /** Compare the creation time (`created_at=<op>:<time>`). */
  createdAt?: InputMaybe<TimeFilter>;
  /** File format (`disk_format`). */
  diskFormat?: InputMaybe<DiskFormat>;
  /** IMS only: images encrypted with this KMS key. */
  encryptionKeyId?: InputMaybe<Scalars['String']['input']>;
  /** IMS only: "0" = default, a UUID, or "all_granted_eps". */
  enterpriseProjectId?: InputMaybe<Scalars['String']['input']>;
  /** IMS only: public images usable with this ECS flavor. */
  flavorId?: InputMaybe<Scalars['String']['input']>;
  /** Only these upstream image ids (at most 100). */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** GOLD (public), PRIVATE or SHARED. */
  imageType?: InputMaybe<ImageType>;
  /** Shared images by your answer; requires `visibility: SHARED`. */
  memberStatus?: InputMaybe<MemberStatus>;
  /** Images whose minimum disk (`min_disk`) is exactly this many GB; ≥ 0. */
  minDiskGb?: InputMaybe<Scalars['Int']['input']>;
  /** Images whose minimum memory (`min_ram`) is exactly this many MB; ≥ 0. */
  minRamMb?: InputMaybe<Scalars['Int']['input']>;
  /** Exact name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 32 or 64. */
  osBits?: InputMaybe<Scalars['Int']['input']>;
  /** OS family (`__os_type`). */
  osType?: InputMaybe<OsType>;
  /** Images owned by this project (your private images: your project id). */
  ownerProjectId?: InputMaybe<Scalars['String']['input']>;
  /** OS distribution (`__platform`). */
  platform?: InputMaybe<Platform>;
  /** Protected (undeletable) images, or unprotected ones (`protected`); IMS public images are protected. */
  protected?: InputMaybe<Scalars['Boolean']['input']>;
  /** IMS registration (`__isregistered`). */
  registered?: InputMaybe<Scalars['Boolean']['input']>;
  /** Lifecycle state (`status`). */
  status?: InputMaybe<ImageStatus>;
  /** Images supporting these features (`__support_*`). */
  support?: InputMaybe<ImageSupportFilter>;
  /** Images carrying this tag. */
  tag?: InputMaybe<ImageTagInput>;
  /** Compare the last update time (`updated_at=<op>:<time>`). */
  updatedAt?: InputMaybe<TimeFilter>;
  /** IMS only. */
  virtualEnvType?: InputMaybe<VirtualEnvType>;
  /** Who can see the image (`visibility`). */
  visibility?: InputMaybe<ImageVisibility>;
  /** IMS only: full-ECS images. */
  wholeImage?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A project an image is shared with, and its answer (Glance `GET /v2/images/{image_id}/members/{member_id}`). */
export type ImageMember = {
  __typename?: 'ImageMember';
  /** When the image was shared with the project. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The shared image, when visible to you. */
  image?: Maybe<Image>;
  /** The shared image (upstream id). */
  imageId: Scalars['ID']['output'];
  /** Whether the image is shared with a project or an organisation. Only the IMS v1 member API reports it (`member_type`), so on Huawei `Image.members` and `imageMember` read members there, in one call, when this field or organizationUrn is selected (on a member from a mutation payload, one `GET /v1/{project_id}/cloudimages/{id}/members/{member}` is made). On OpenStack every member is a project: TENANT. Null for a type this gateway does not know. */
  memberType?: Maybe<ImageMemberType>;
  /** The organisation’s URN when memberType is ORGANIZATION (IMS v1 `urn`); null for a project. Read like memberType. */
  organizationUrn?: Maybe<Scalars['String']['output']>;
  /** The recipient project. */
  projectId: Scalars['String']['output'];
  /** The recipient’s answer: PENDING until it accepts or rejects. */
  status: MemberStatus;
  /** When the membership last changed (e.g. the answer). */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** The membership after the change. */
export type ImageMemberPayload = {
  __typename?: 'ImageMemberPayload';
  /** The membership as Glance reports it after the change. */
  member: ImageMember;
};

/** What an image is shared with (IMS v1 member API `member_type`). */
export type ImageMemberType =
  /** An organisation (Huawei Cloud Organizations); its URN is organizationUrn. */
  | 'ORGANIZATION'
  /** A project (tenant): every member made by shareImage or shareImages, and every Glance member. */
  | 'TENANT';

/** The image after the change. */
export type ImagePayload = {
  __typename?: 'ImagePayload';
  /** The image, as the upstream reports it after the change. */
  image: Image;
};

/** A custom image property (string value, ≤ 255 characters). */
export type ImagePropertyInput = {
  /** Property name, 1–255 characters; not a core attribute (id, status, owner, visibility, checksum, size, created_at, updated_at, file, self, schema, tags, locations, direct_url). */
  name: Scalars['String']['input'];
  /** Value, ≤ 255 characters (may be empty). */
  value: Scalars['String']['input'];
};

/** Sort order. Ties are broken by id, so paging is stable. */
export type ImageSort = {
  /** Sort direction (`sort_dir`); default DESC. */
  direction?: InputMaybe<SortDirection>;
  /** Attribute to sort by (`sort_key`); default CREATED_AT. */
  key?: InputMaybe<ImageSortKey>;
};

/** Attribute to sort image lists by (`sort_key` of IMS `GET /v2/cloudimages` and Glance `GET /v2/images`). */
export type ImageSortKey =
  /** Container format. */
  | 'CONTAINER_FORMAT'
  /** Creation time (the default). */
  | 'CREATED_AT'
  /** Disk format. */
  | 'DISK_FORMAT'
  /** Image id. */
  | 'ID'
  /** Name. */
  | 'NAME'
  /** Size. */
  | 'SIZE'
  /** Status. */
  | 'STATUS';

/** Lifecycle state of an image. Only ACTIVE images can be used to create servers. */
export type ImageStatus =
  /** Usable. */
  | 'ACTIVE'
  /** Glance: data access disabled by an administrator. */
  | 'DEACTIVATED'
  /** Deleted (kept as a record). */
  | 'DELETED'
  /** Glance interoperable import: data is being imported. */
  | 'IMPORTING'
  /** The upload failed; the image is unusable. */
  | 'KILLED'
  /** Deleted, data not yet purged (Glance delayed delete). */
  | 'PENDING_DELETE'
  /** Metadata created; waiting for an image file (upload or registration). */
  | 'QUEUED'
  /** The image file is being written to backend storage. */
  | 'SAVING'
  /** A status the gateway does not know yet (a cloud added one); `Image.statusRaw` has it as sent. Not a filter value. */
  | 'UNKNOWN'
  /** Glance interoperable import: data is being staged. */
  | 'UPLOADING';

/** What the image supports (the IMS `__support_*` attributes). A null flag means the upstream did not say, which IMS uses for "not supported". */
export type ImageSupport = {
  __typename?: 'ImageSupport';
  /** Agents configured in the image: `hss` (Host Security Service), `ces` (host monitoring). */
  agents: Array<Scalars['String']['output']>;
  /** AMD x86 architecture. */
  amd?: Maybe<Scalars['Boolean']['output']>;
  /** ARM architecture. */
  arm?: Maybe<Scalars['Boolean']['output']>;
  /** True when password/key injection through Cloud-Init is NOT supported (`__support_fc_inject`). */
  cloudInitInjectionUnsupported?: Maybe<Scalars['Boolean']['output']>;
  /** Supports disk-intensive ECSs. */
  diskIntensive?: Maybe<Scalars['Boolean']['output']>;
  /** Supports high-performance ECSs. */
  highPerformance?: Maybe<Scalars['Boolean']['output']>;
  /** Runs on KVM ECSs. */
  kvm?: Maybe<Scalars['Boolean']['output']>;
  /** FPGA type on KVM, e.g. VU9P (undocumented upstream). */
  kvmFpgaType?: Maybe<Scalars['String']['output']>;
  /** GPU type on KVM, e.g. V100_vGPU, P4 (`__support_kvm_gpu_type`). */
  kvmGpuType?: Maybe<Scalars['String']['output']>;
  /** Supports InfiniBand NICs on KVM. */
  kvmInfiniband?: Maybe<Scalars['Boolean']['output']>;
  /** Supports large-memory ECSs (`__support_largememory`). */
  largeMemory?: Maybe<Scalars['Boolean']['output']>;
  /** Runs on Xen ECSs. */
  xen?: Maybe<Scalars['Boolean']['output']>;
  /** GPU type on Xen, e.g. M60_vGPU (`__support_xen_gpu_type`). */
  xenGpuType?: Maybe<Scalars['String']['output']>;
  /** Supports HANA ECSs on Xen. */
  xenHana?: Maybe<Scalars['Boolean']['output']>;
};

/** Ask for images that support a feature. GPU types and HANA cannot be combined with `kvm`/`xen`; InfiniBand cannot be combined with `xen`. */
export type ImageSupportFilter = {
  /** true: only images for disk-intensive ECSs (`__support_diskintensive`). false or null: no filter. */
  diskIntensive?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: only images for high-performance ECSs (`__support_highperformance`). false or null: no filter. */
  highPerformance?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: only images that run on KVM ECSs (`__support_kvm=true`). false or null: no filter. */
  kvm?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only images with this KVM GPU type (`__support_kvm_gpu_type`), e.g. V100_vGPU, P4, M60. Not with kvm/xen. */
  kvmGpuType?: InputMaybe<Scalars['String']['input']>;
  /** true: only images for ECSs with an InfiniBand NIC on KVM (`__support_kvm_infiniband`). Not with xen. false or null: no filter. */
  kvmInfiniband?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: only images for large-memory ECSs (`__support_largememory`). false or null: no filter. */
  largeMemory?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: only images that run on Xen ECSs (`__support_xen=true`). false or null: no filter. */
  xen?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only images with this Xen GPU type (`__support_xen_gpu_type`), e.g. M60_vGPU. Not with kvm/xen. */
  xenGpuType?: InputMaybe<Scalars['String']['input']>;
  /** true: only images for HANA ECSs on Xen (`__support_xen_hana`). Not with kvm/xen. false or null: no filter. */
  xenHana?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Support flags to set (IMS). */
export type ImageSupportUpdate = {
  /** Supports disk-intensive ECSs (`__support_diskintensive`). */
  diskIntensive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Supports high-performance ECSs (`__support_highperformance`). */
  highPerformance?: InputMaybe<Scalars['Boolean']['input']>;
  /** Runs on KVM ECSs (`__support_kvm`). */
  kvm?: InputMaybe<Scalars['Boolean']['input']>;
  /** GPU type on KVM (`__support_kvm_gpu_type`), e.g. V100_vGPU, P4. */
  kvmGpuType?: InputMaybe<Scalars['String']['input']>;
  /** Runs on Xen ECSs (`__support_xen`). */
  xen?: InputMaybe<Scalars['Boolean']['input']>;
  /** GPU type on Xen (`__support_xen_gpu_type`), e.g. M60_vGPU. */
  xenGpuType?: InputMaybe<Scalars['String']['input']>;
};

/** A tag on an image. IMS tags are key/value pairs (key ≤ 36, value ≤ 43 characters); a plain Glance tag has an empty value. */
export type ImageTag = {
  __typename?: 'ImageTag';
  /** Tag key. */
  key: Scalars['String']['output'];
  /** Tag value; empty for a plain Glance tag. */
  value: Scalars['String']['output'];
};

/** A key/value tag. Keys: 1–36 characters of letters, digits, `_` and `-`; values: ≤ 43 characters of letters, digits, `_`, `.` and `-` (may be empty). */
export type ImageTagInput = {
  /** Tag key: 1–36 characters of letters, digits, `_` and `-`. */
  key: Scalars['String']['input'];
  /** Tag value: ≤ 43 characters of letters, digits, `_`, `.` and `-`; default "" (a key-only tag). */
  value?: InputMaybe<Scalars['String']['input']>;
};

/** A key/value tag to delete: by key alone, or only when its value is exactly the one given. */
export type ImageTagMatch = {
  /** Tag key: 1–127 characters, not blank; unique within one list. */
  key: Scalars['String']['input'];
  /** When given (≤ 255 characters; "" for a key-only tag), the tag is deleted only if its value is exactly this; omit to delete the key whatever its value. */
  value?: InputMaybe<Scalars['String']['input']>;
};

/** Which images to match by tag (IMS `POST /v2/{project_id}/images/resource_instances/action`). All conditions are combined with AND. */
export type ImageTagQuery = {
  /** Exactly this image. */
  imageId?: InputMaybe<Scalars['ID']['input']>;
  /** Fuzzy match on the image name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only images with no tag at all; the other conditions are then ignored. */
  untaggedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Images having all of these. */
  withAll?: InputMaybe<Array<TagCondition>>;
  /** Images having any of these. */
  withAny?: InputMaybe<Array<TagCondition>>;
  /** Excludes images having all of these. */
  withoutAll?: InputMaybe<Array<TagCondition>>;
  /** Excludes images having any of these. */
  withoutAny?: InputMaybe<Array<TagCondition>>;
};

/** The image after its tags changed (read again, so `image.tags` shows the change). */
export type ImageTagsPayload = {
  __typename?: 'ImageTagsPayload';
  /** The image, read again after the change. */
  image: Image;
  /** Upstream id of the image whose tags changed. */
  imageId: Scalars['ID']['output'];
};

/** IMS classification of an image (`__imagetype`). */
export type ImageType =
  /** Public image provided by the cloud. */
  | 'GOLD'
  /** Marketplace image (central image list only). */
  | 'MARKET'
  /** Private image of your project. */
  | 'PRIVATE'
  /** Shared image: one you share, or one shared with you that you accepted. */
  | 'SHARED';

/** Who can see an image. */
export type ImageVisibility =
  /** Glance community images (not used by IMS). */
  | 'COMMUNITY'
  /** The owning project only. */
  | 'PRIVATE'
  /** Everyone (IMS public images are also of type GOLD). */
  | 'PUBLIC'
  /** The owner and the projects it is shared with (members). */
  | 'SHARED';

/** An asynchronous IMS job (create, import, export, copy, share…). Refetch with job(id) or watch with jobProgress. */
export type Job = Node & {
  __typename?: 'Job';
  /** When the job started (`begin_time`, UTC). */
  beginTime?: Maybe<Scalars['DateTime']['output']>;
  /** Current sub-task, e.g. CreateImageByInstanceTask. */
  currentTask?: Maybe<Scalars['String']['output']>;
  /** True at SUCCESS or FAIL. */
  done: Scalars['Boolean']['output'];
  /** Null until the job ends. */
  endTime?: Maybe<Scalars['DateTime']['output']>;
  /** IMS error code (IMG.xxxx) when the job failed. */
  errorCode?: Maybe<Scalars['String']['output']>;
  /** Upstream fields beyond the documented ones. */
  extraProperties: Scalars['JSON']['output'];
  /** Why the job failed. */
  failReason?: Maybe<Scalars['String']['output']>;
  /** Global id of the job (for node/nodes and client caches); the upstream id is jobId. */
  id: Scalars['ID']['output'];
  /** The image the job created, copied or affected, once it exists and is visible to you. */
  image?: Maybe<Image>;
  /** Id of the image the job creates or affects. */
  imageId?: Maybe<Scalars['String']['output']>;
  /** Name of that image (`entities.image_name`). */
  imageName?: Maybe<Scalars['String']['output']>;
  /** The upstream job id (32 hex characters). */
  jobId: Scalars['ID']['output'];
  /** Progress hint, 0–100 (the upstream reports a fraction; it is scaled here). 100 at SUCCESS. */
  progressPercent?: Maybe<Scalars['Float']['output']>;
  /** Per-image results of batch (sharing) jobs. */
  results: Array<JobImageResult>;
  /** Where the job is; SUCCESS and FAIL are final. */
  status: JobStatus;
  /** Id of the internal sub-job the progress API (IMS `GET /v1/cloudimages/job/{job_id}`) reports, if any (for support; it is not itself a readable job). */
  subJobId?: Maybe<Scalars['String']['output']>;
  /** Upstream job type, e.g. createImageByInstance, imsCopyImageInRegionJob. */
  type?: Maybe<Scalars['String']['output']>;
};

/** Outcome of a batch (sharing) job for one image and project. */
export type JobImageResult = {
  __typename?: 'JobImageResult';
  /** The image, when it is visible to you. */
  image?: Maybe<Image>;
  /** Upstream id of the image this result is about. */
  imageId?: Maybe<Scalars['String']['output']>;
  /** The member project. */
  projectId?: Maybe<Scalars['String']['output']>;
  /** SUCCESS or FAIL for this pair (the upstream writes success/failed). */
  status?: Maybe<JobStatus>;
};

/** Which gateway mutation started a job (the upstream job type is on Job.type). */
export type JobKind =
  /** Started by the `answerImageShares` mutation. */
  | 'ANSWER_IMAGE_SHARES'
  /** Started by the `copyImage` mutation. */
  | 'COPY_IMAGE'
  /** Started by the `copyImageToRegion` mutation. */
  | 'COPY_IMAGE_TO_REGION'
  /** Started by the `createDataImageFromFile` mutation. */
  | 'CREATE_DATA_IMAGE_FROM_FILE'
  /** Started by the `createImagesFromServerDataDisks` mutation. */
  | 'CREATE_IMAGES_FROM_SERVER_DATA_DISKS'
  /** Started by the `createImageFromDataDisk` mutation. */
  | 'CREATE_IMAGE_FROM_DATA_DISK'
  /** Started by the `createImageFromFile` mutation. */
  | 'CREATE_IMAGE_FROM_FILE'
  /** Started by the `createImageFromServer` mutation. */
  | 'CREATE_IMAGE_FROM_SERVER'
  /** Started by the `createWholeImage` mutation. */
  | 'CREATE_WHOLE_IMAGE'
  /** Started by the `exportImage` mutation. */
  | 'EXPORT_IMAGE'
  /** A job-starting mutation not listed here. */
  | 'OTHER'
  /** Started by the `quickImportImage` mutation. */
  | 'QUICK_IMPORT_IMAGE'
  /** Started by the `registerImage` mutation. */
  | 'REGISTER_IMAGE'
  /** Started by the `shareImages` mutation. */
  | 'SHARE_IMAGES'
  /** Started by the `unshareImages` mutation. */
  | 'UNSHARE_IMAGES';

/** The asynchronous job a mutation started. Subscribe with `jobProgress(id: job.id)`. */
export type JobPayload = {
  __typename?: 'JobPayload';
  /** The job, read right after it was accepted. */
  job: Job;
  /** The upstream job id. */
  jobId: Scalars['ID']['output'];
};

/** A new state of one of the watched jobs. */
export type JobProgressEvent = {
  __typename?: 'JobProgressEvent';
  /** The job in its new state. */
  job: Job;
};

/** A job started through this gateway in your project, with its last known state (updated whenever the gateway polls it, e.g. for a jobProgress subscriber). Kept JOB_HISTORY_TTL_MS (default 7 days). */
export type JobRecord = {
  __typename?: 'JobRecord';
  /** Last known sub-task. */
  currentTask?: Maybe<Scalars['String']['output']>;
  /** True at SUCCESS or FAIL. */
  done: Scalars['Boolean']['output'];
  /** IMS error code (IMG.xxxx) when it failed. */
  errorCode?: Maybe<Scalars['String']['output']>;
  /** Why it failed. */
  failReason?: Maybe<Scalars['String']['output']>;
  /** Id of the image it created or affected, once known. */
  imageId?: Maybe<Scalars['String']['output']>;
  /** Name of the image it creates, as requested. */
  imageName?: Maybe<Scalars['String']['output']>;
  /** The job as IMS reports it now (one upstream read; `IMS GET /v1/{project_id}/jobs/{id}`). */
  job?: Maybe<Job>;
  /** The upstream job id; subscribe with jobProgress(id: jobId). */
  jobId: Scalars['ID']['output'];
  /** The mutation that started it. */
  kind: JobKind;
  /** Last known progress, 0–100; 100 at SUCCESS. */
  progressPercent?: Maybe<Scalars['Float']['output']>;
  /** When the gateway started it (UTC). */
  startedAt: Scalars['DateTime']['output'];
  /** User id of whoever started it; null for API-key callers. */
  startedBy?: Maybe<Scalars['String']['output']>;
  /** Last known status. */
  status: JobStatus;
  /** What it acts on (source image, server, OBS file…). */
  targets: Array<JobTarget>;
  /** When its last state change was seen (UTC). */
  updatedAt: Scalars['DateTime']['output'];
  /** Upstream job type (e.g. imsCopyImageInRegionJob), once read. */
  upstreamType?: Maybe<Scalars['String']['output']>;
};

/** State of an asynchronous job. SUCCESS and FAIL are terminal. */
export type JobStatus =
  /** Failed; see errorCode and failReason. */
  | 'FAIL'
  /** Accepted, initializing. */
  | 'INIT'
  /** In progress; see progressPercent and currentTask. */
  | 'RUNNING'
  /** Finished; createdImage holds the result. */
  | 'SUCCESS';

/** Something a job acts on: its source image, server, disk, backup, OBS file or member project. */
export type JobTarget = {
  __typename?: 'JobTarget';
  /** The upstream id (or "bucket:file" for OBS). */
  id: Scalars['String']['output'];
  /** The image, for IMAGE targets that still exist and are visible to you. */
  image?: Maybe<Image>;
  /** What `id` names. */
  kind: JobTargetKind;
};

/** What a job target id names. */
export type JobTargetKind =
  /** A CSBS or CBR backup (its id). */
  | 'BACKUP'
  /** An image (its upstream id). */
  | 'IMAGE'
  /** An OBS object, "bucket:file". */
  | 'OBS'
  /** A project (a sharing job’s member). */
  | 'PROJECT'
  /** An ECS (its id). */
  | 'SERVER'
  /** An EVS disk (its id). */
  | 'VOLUME';

/** `DeletedImagePayload` once the image is marked deleted; otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type LegacyDeleteImageResult = ConflictError | DeletedImagePayload | ForbiddenError | NotFoundError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** Filters of the deprecated v1.1 image list (Glance `GET /v1.1/images/detail`). */
export type LegacyImageFilter = {
  /** Only images updated at or after this time (`changes-since`). */
  changedSince?: InputMaybe<Scalars['DateTime']['input']>;
  /** Container format as the upstream writes it, e.g. "bare" (`container_format`). */
  containerFormat?: InputMaybe<Scalars['String']['input']>;
  /** File format (`disk_format`). */
  diskFormat?: InputMaybe<DiskFormat>;
  /** Exact name (`name`). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only images of at most this many bytes (`size_max`). */
  sizeMaxBytes?: InputMaybe<Scalars['SafeInt']['input']>;
  /** Only images of at least this many bytes (`size_min`). */
  sizeMinBytes?: InputMaybe<Scalars['SafeInt']['input']>;
  /** Lifecycle state (`status`). */
  status?: InputMaybe<ImageStatus>;
};

/** A recipient project’s answer to a share. */
export type MemberStatus =
  /** Accepted: listed among the recipient’s images. */
  | 'ACCEPTED'
  /** Awaiting the recipient’s decision; hidden from its default lists. */
  | 'PENDING'
  /** Rejected: hidden from lists, but still usable to create servers. */
  | 'REJECTED';

/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Add a key/value tag to an image, or change the value of an existing key (IMS `POST /v2/{project_id}/images/{id}/tags`). At most 10 tags per image. */
  addImageTag: AddImageTagResult;
  /** Add a plain (key-only) Glance tag (`PUT /v2/images/{id}/tags/{tag}`): ≤ 255 characters, no "=". Works on OpenStack too. */
  addPlainImageTag: AddPlainImageTagResult;
  /** As the recipient, accept or reject an image shared with your project (Glance `PUT /v2/images/{id}/members/{your project}`). A rejected image is hidden from lists but can still create servers. */
  answerImageShare: AnswerImageShareResult;
  /** As the recipient, accept or reject several shared images in one IMS job (`PUT /v1/cloudimages/members`). */
  answerImageShares: AnswerImageSharesResult;
  /** Replicate an image within the region, e.g. to change its encryption (IMS job; IMS `POST /v1/cloudimages/{image_id}/copy`). The new image is job.image when it succeeds. With `input.safeMode` the SDK’s v2.1 “in safe mode” variant is called instead. */
  copyImage: CopyImageResult;
  /** Replicate a private image to another region (IMS job; IMS `POST /v1/cloudimages/{image_id}/cross_region_copy`). */
  copyImageToRegion: CopyImageToRegionResult;
  /** Create a data-disk image from an image file in OBS (IMS job; IMS `POST /v1/cloudimages/dataimages/action`). With `input.safeMode` the SDK’s v2.1 “in safe mode” variant is called instead. */
  createDataImageFromFile: CreateDataImageFromFileResult;
  /** Create a system-disk image from a data disk holding an installed OS (IMS job; IMS `POST /v2/cloudimages/action` with `volume_id`). With `input.safeMode` the SDK’s v2.1 “in safe mode” variant is called instead. */
  createImageFromDataDisk: CreateImageFromDataDiskResult;
  /** Import a system-disk image from an image file in OBS, optionally with data disks (IMS job; IMS `POST /v2/cloudimages/action` with `image_url`). With `input.safeMode` the SDK’s v2.1 “in safe mode” variant is called instead. */
  createImageFromFile: CreateImageFromFileResult;
  /** Create a private system-disk image from a stopped ECS (IMS job; IMS `POST /v2/cloudimages/action` with `instance_id`). With `input.safeMode` the SDK’s v2.1 “in safe mode” variant is called instead. */
  createImageFromServer: CreateImageFromServerResult;
  /** Create the metadata of a new private image (QUEUED; Glance `POST /v2/images`). Then uploadImageFile, or registerImage with an OBS file. */
  createImageMetadata: CreateImageMetadataResult;
  /** Create data-disk images from the data disks of an ECS (IMS job; IMS `POST /v2/cloudimages/action` with `data_images`). With `input.safeMode` the SDK’s v2.1 “in safe mode” variant is called instead. */
  createImagesFromServerDataDisks: CreateImagesFromServerDataDisksResult;
  /** Create a full-ECS image from an ECS or from a CSBS/CBR backup (IMS job; IMS `POST /v1/cloudimages/wholeimages/action`). */
  createWholeImage: CreateWholeImageResult;
  /** Deactivate one of your ACTIVE images (Glance `POST /v2/images/{id}/actions/deactivate`): status DEACTIVATED, its data can no longer be downloaded. Repeating is harmless; other statuses answer FORBIDDEN. */
  deactivateImage: DeactivateImageResult;
  /** Delete one of your private images (Glance `DELETE /v2/images/{id}`). Protected images refuse (FORBIDDEN). */
  deleteImage: DeleteImageResult;
  /** Delete one tag by key (IMS `DELETE /v2/{project_id}/images/{id}/tags/{key}`). NOT_FOUND when the key is absent. */
  deleteImageTag: DeleteImageTagResult;
  /** Delete several key/value tags at once through the IMS v1 API (`DELETE /v1/{project_id}/cloudimages/{id}/tags/delete`, the IMS SDK’s BatchDeleteTags). Each entry matches a tag by key, and by value too when one is given; tags that are absent, or whose value differs, are left as they are without error. With keys only it has the effect of removeImageTags. */
  deleteImageTags: DeleteImageTagsResult;
  /** Export a private image (< 1 TB; not full-ECS or ISO) to an OBS bucket (IMS job; IMS `POST /v1/cloudimages/{image_id}/file`). With `input.safeMode` the SDK’s v2.1 “in safe mode” variant is called instead. */
  exportImage: ExportImageResult;
  /**
   * Soft-delete an image through Glance v1.1 (Glance `DELETE /v1.1/images/{image_id}`): the record stays with status DELETED.
   * @deprecated Glance v1.1 is deprecated upstream (Glance `DELETE /v1.1/images/{image_id}`); use deleteImage.
   */
  legacyDeleteImage: LegacyDeleteImageResult;
  /** Quickly import a large RAW/ZVHD2 file from OBS as a system-disk or data-disk image (IMS job; IMS `POST /v2/cloudimages/quickimport/action`). With `input.safeMode` the SDK’s v2.1 “in safe mode” variant is called instead. */
  quickImportImage: QuickImportImageResult;
  /** Make a DEACTIVATED image ACTIVE again (Glance `POST /v2/images/{id}/actions/reactivate`). */
  reactivateImage: ReactivateImageResult;
  /** Register an image file already in OBS against metadata made with createImageMetadata (IMS job; IMS `PUT /v1/cloudimages/{image_id}/upload`); the image turns ACTIVE when done. */
  registerImage: RegisterImageResult;
  /** Remove several tags by key at once (IMS batch `delete`); keys that are absent count as removed. */
  removeImageTags: RemoveImageTagsResult;
  /** Remove a plain Glance tag (`DELETE /v2/images/{id}/tags/{tag}`). Works on OpenStack too. */
  removePlainImageTag: RemovePlainImageTagResult;
  /** Add or modify one key/value tag through the IMS v1 API (`PUT /v1/cloudimages/tags`); same effect as addImageTag. */
  setImageTag: SetImageTagResult;
  /** Add or update several key/value tags at once (IMS batch `create`). Existing keys get the new values; at most 10 tags per image. */
  setImageTags: SetImageTagsResult;
  /** Share one of your private images with a project (Glance `POST /v2/images/{id}/members`). The member starts PENDING until the recipient answers. On OpenStack a private image is first switched to visibility SHARED, which Glance requires for members. */
  shareImage: ShareImageResult;
  /** Share several images with several projects in one IMS job (`POST /v1/cloudimages/members`). Results per image and project arrive in the job. */
  shareImages: ShareImagesResult;
  /** Stop sharing an image with a project (Glance `DELETE /v2/images/{id}/members/{project}`). */
  unshareImage: UnshareImageResult;
  /** Stop sharing several images with several projects in one IMS job (`DELETE /v1/cloudimages/members`). */
  unshareImages: UnshareImagesResult;
  /** Change an image’s name, description, IMS attributes or custom properties (Glance `PATCH /v2/images/{image_id}` and/or IMS `PATCH /v2/cloudimages/{image_id}`). */
  updateImage: UpdateImageResult;
  /** Upload the file of a QUEUED image (GraphQL multipart request). The file is streamed to Glance `PUT /v2/images/{id}/file` as it arrives, never held in memory; < 2 GB. */
  uploadImageFile: UploadImageFileResult;
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationAddImageTagArgs = {
  imageId: Scalars['ID']['input'];
  tag: ImageTagInput;
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationAddPlainImageTagArgs = {
  imageId: Scalars['ID']['input'];
  tag: Scalars['String']['input'];
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationAnswerImageShareArgs = {
  imageId: Scalars['ID']['input'];
  status: MemberStatus;
  vaultId?: InputMaybe<Scalars['String']['input']>;
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationAnswerImageSharesArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  imageIds: Array<Scalars['ID']['input']>;
  status: MemberStatus;
  vaultId?: InputMaybe<Scalars['String']['input']>;
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationCopyImageArgs = {
  input: CopyImageInput;
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationCopyImageToRegionArgs = {
  input: CopyImageToRegionInput;
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationCreateDataImageFromFileArgs = {
  input: CreateDataImageFromFileInput;
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationCreateImageFromDataDiskArgs = {
  input: CreateImageFromDataDiskInput;
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationCreateImageFromFileArgs = {
  input: CreateImageFromFileInput;
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationCreateImageFromServerArgs = {
  input: CreateImageFromServerInput;
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationCreateImageMetadataArgs = {
  input: CreateImageMetadataInput;
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationCreateImagesFromServerDataDisksArgs = {
  input: CreateImagesFromServerDataDisksInput;
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationCreateWholeImageArgs = {
  input: CreateWholeImageInput;
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationDeactivateImageArgs = {
  imageId: Scalars['ID']['input'];
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationDeleteImageArgs = {
  deleteBackups?: InputMaybe<Scalars['Boolean']['input']>;
  imageId: Scalars['ID']['input'];
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationDeleteImageTagArgs = {
  imageId: Scalars['ID']['input'];
  key: Scalars['String']['input'];
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationDeleteImageTagsArgs = {
  imageId: Scalars['ID']['input'];
  tags: Array<ImageTagMatch>;
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationExportImageArgs = {
  input: ExportImageInput;
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationLegacyDeleteImageArgs = {
  imageId: Scalars['ID']['input'];
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationQuickImportImageArgs = {
  input: QuickImportImageInput;
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationReactivateImageArgs = {
  imageId: Scalars['ID']['input'];
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationRegisterImageArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  imageId: Scalars['ID']['input'];
  imageUrl: Scalars['String']['input'];
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationRemoveImageTagsArgs = {
  imageId: Scalars['ID']['input'];
  keys: Array<Scalars['String']['input']>;
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationRemovePlainImageTagArgs = {
  imageId: Scalars['ID']['input'];
  tag: Scalars['String']['input'];
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationSetImageTagArgs = {
  imageId: Scalars['ID']['input'];
  tag: ImageTagInput;
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationSetImageTagsArgs = {
  imageId: Scalars['ID']['input'];
  tags: Array<ImageTagInput>;
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationShareImageArgs = {
  imageId: Scalars['ID']['input'];
  projectId: Scalars['String']['input'];
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationShareImagesArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  imageIds: Array<Scalars['ID']['input']>;
  projectIds: Array<Scalars['String']['input']>;
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationUnshareImageArgs = {
  imageId: Scalars['ID']['input'];
  projectId: Scalars['String']['input'];
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationUnshareImagesArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  imageIds: Array<Scalars['ID']['input']>;
  projectIds: Array<Scalars['String']['input']>;
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationUpdateImageArgs = {
  input: UpdateImageInput;
};


/** Every write capability of IMS and Glance. Jobs are returned at once. */
export type MutationUploadImageFileArgs = {
  file: Scalars['Upload']['input'];
  imageId: Scalars['ID']['input'];
};

/** An object with a global id that can be refetched with node(id). */
export type Node = {
  /** Global, opaque Relay id; refetch with node(id). The upstream id is in imageId / jobId. */
  id: Scalars['ID']['output'];
};

/** The image, member, tag or job does not exist or is not visible to your project. */
export type NotFoundError = Error & {
  __typename?: 'NotFoundError';
  /** Stable code, as in GraphQL error extensions (e.g. NOT_FOUND, QUOTA_EXCEEDED). */
  code: ErrorCode;
  /** What went wrong, written for a person (no endpoint internals). */
  message: Scalars['String']['output'];
  /** The upstream answer this error comes from, when there was one. */
  upstream?: Maybe<UpstreamErrorDetails>;
};

/** The supported OS versions of one platform in the current region. */
export type OsPlatform = {
  __typename?: 'OsPlatform';
  /** Distribution, e.g. SUSE. */
  platform: Scalars['String']['output'];
  /** Its supported versions (`version_list`). */
  versions: Array<OsVersion>;
};

/** Operating system family. */
export type OsType =
  /** Linux. */
  | 'LINUX'
  /** Anything else. */
  | 'OTHER'
  /** Windows. */
  | 'WINDOWS';

/** An OS version images can declare (use `key` in create/import mutations). */
export type OsVersion = {
  __typename?: 'OsVersion';
  /** 32 or 64. */
  bits?: Maybe<Scalars['Int']['output']>;
  /** The value to send as osVersion. */
  key: Scalars['String']['output'];
  /** Display name, e.g. "CentOS 7.3 64bit" (`os_version`). */
  name: Scalars['String']['output'];
  /** OS family; null for a value this gateway does not know. */
  osType?: Maybe<OsType>;
  /** Distribution, e.g. CentOS (see the Platform enum for known values). */
  platform: Scalars['String']['output'];
};

/** Restrict the OS list (tags of IMS `GET /v1/cloudimages/os_version`). */
export type OsVersionTag =
  /** Versions supported for bare-metal servers. */
  | 'BMS'
  /** Versions that support UEFI boot. */
  | 'UEFI';

/** The job-starting request reached IMS but its answer was lost (timeout, reset or unreadable answer): the job may or may not exist. Retrying with the same idempotencyKey never starts a second job; without a key, check for the new image (or the job) before starting it again. */
export type OutcomeUnknownError = Error & {
  __typename?: 'OutcomeUnknownError';
  /** Stable code, as in GraphQL error extensions (e.g. NOT_FOUND, QUOTA_EXCEEDED). */
  code: ErrorCode;
  /** What went wrong, written for a person (no endpoint internals). */
  message: Scalars['String']['output'];
  /** The upstream answer this error comes from, when there was one. */
  upstream?: Maybe<UpstreamErrorDetails>;
};

/** Where a page sits in its list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of the page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when items follow this page (ask with after: endCursor). */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page (ask with before: startCursor). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** OS distribution of an image (`__platform`, a filter of IMS `GET /v2/cloudimages`). */
export type Platform =
  /** CentOS. */
  | 'CENTOS'
  /** CoreOS. */
  | 'COREOS'
  /** Debian. */
  | 'DEBIAN'
  /** EulerOS. */
  | 'EULEROS'
  /** Fedora. */
  | 'FEDORA'
  /** openSUSE. */
  | 'OPENSUSE'
  /** Oracle Linux. */
  | 'ORACLE_LINUX'
  /** Other or unknown. */
  | 'OTHER'
  /** Red Hat Enterprise Linux. */
  | 'RED_HAT'
  /** SUSE Linux Enterprise. */
  | 'SUSE'
  /** Ubuntu. */
  | 'UBUNTU'
  /** Microsoft Windows. */
  | 'WINDOWS';

/** A tag key used in your project, with every value it has across your images (IMS `GET /v2/{project_id}/images/tags`). */
export type ProjectTag = {
  __typename?: 'ProjectTag';
  /** Tag key. */
  key: Scalars['String']['output'];
  /** Values in use; "" for key-only tags. */
  values: Array<Scalars['String']['output']>;
};

/** Read images, tags, members, jobs, quota, schemas and versions. */
export type Query = {
  __typename?: 'Query';
  /** One API version, e.g. "v2.0" (Glance `GET /{api_version}`). */
  apiVersion?: Maybe<ApiVersion>;
  /** Versions of the image API the upstream serves (Glance `GET /`). */
  apiVersions: Array<ApiVersion>;
  /** How many images match the tags (IMS resource_instances `count` action). */
  countImagesByTags: Scalars['Int']['output'];
  /** A Glance JSON schema document, as published by the upstream (Glance `GET /v2/schemas/{name}`). */
  glanceSchema: Scalars['JSON']['output'];
  /** One image by its upstream id (UUID) or its global `id`. An unknown id gives null and a NOT_FOUND error, a malformed one BAD_USER_INPUT; sibling fields are unaffected. */
  image?: Maybe<Image>;
  /** One membership: is this image shared with this project, and what did it answer? (Glance `GET /v2/images/{image_id}/members/{member_id}`; NOT_FOUND when it is not shared with it.) On Huawei, when memberType or organizationUrn is selected, read through the IMS v1 member API instead (`GET /v1/{project_id}/cloudimages/{id}/members/{project}`, the IMS SDK’s ShowImageMember), which answers the same membership plus its type in one call. */
  imageMember?: Maybe<ImageMember>;
  /** The key/value tags of one image, as the IMS tag service reports them (`GET /v2/{project_id}/images/{id}/tags`). */
  imageTags: Array<ImageTag>;
  /** Images visible to your project, newest first by default. Pages follow the upstream marker pagination: `first`/`after` forwards, `last`/`before` backwards (1–500 per page). */
  images: QueryImagesConnection;
  /** Images matched by tags, a page at a time (IMS resource_instances `filter` action). Use `countImagesByTags` for the total only. */
  imagesByTags: TaggedImages;
  /** An asynchronous IMS job by its upstream or global id (IMS `GET /v1/{project_id}/jobs/{job_id}`). An unknown id gives null and a NOT_FOUND error, a malformed one BAD_USER_INPUT. */
  job?: Maybe<Job>;
  /** Jobs started through this gateway in your project, newest first (IMS has no job list: this is the gateway’s own history, kept JOB_HISTORY_TTL_MS). Forwards only: `first` (1–100, default 25) and `after`. */
  jobs: QueryJobsConnection;
  /**
   * An image’s metadata from the v1 HEAD API (Glance `HEAD /v1/images/{image_id}`; headers only, so fewer fields are set).
   * @deprecated Glance v1 is deprecated upstream (Glance `HEAD /v1/images/{image_id}`); use image.
   */
  legacyImageMetadata?: Maybe<Image>;
  /**
   * Images from the v1.1 list API (Glance `GET /v1.1/images/detail`).
   * @deprecated Glance v1.1 is deprecated upstream (Glance `GET /v1.1/images/detail`); use images.
   */
  legacyImages: Array<Image>;
  /** Fetch any object that implements Node (Image, Job) by its global id. A malformed id gives null and a BAD_USER_INPUT error. */
  node?: Maybe<Node>;
  /** Fetch several Node objects by global id, in order. An id of an object that does not exist gives a null entry; a malformed id gives a null entry and a BAD_USER_INPUT error for that entry alone. */
  nodes: Array<Maybe<Node>>;
  /** OS versions supported in the current region, by platform (IMS `GET /v1/cloudimages/os_version`). */
  osVersions: Array<OsPlatform>;
  /** Every tag key in your project with its values (IMS `GET /v2/{project_id}/images/tags`). */
  projectTags: Array<ProjectTag>;
  /** Your project’s image quota (IMS only). */
  quota: Quota;
  /** The central image list: images visible to you in a region (IMS `GET /v1/cloudimages/{region_id}`). Filters as for images; up to 500 per call. */
  regionImages: Array<Image>;
  /** Tags of the images matching a filter (IMS `GET /v1/cloudimages/tags`, same filters as `images`). */
  tagsInUse: Array<ImageTag>;
};


/** Read images, tags, members, jobs, quota, schemas and versions. */
export type QueryApiVersionArgs = {
  id: Scalars['String']['input'];
};


/** Read images, tags, members, jobs, quota, schemas and versions. */
export type QueryCountImagesByTagsArgs = {
  where: ImageTagQuery;
};


/** Read images, tags, members, jobs, quota, schemas and versions. */
export type QueryGlanceSchemaArgs = {
  name: GlanceSchemaName;
};


/** Read images, tags, members, jobs, quota, schemas and versions. */
export type QueryImageArgs = {
  id: Scalars['ID']['input'];
};


/** Read images, tags, members, jobs, quota, schemas and versions. */
export type QueryImageMemberArgs = {
  imageId: Scalars['ID']['input'];
  projectId: Scalars['String']['input'];
};


/** Read images, tags, members, jobs, quota, schemas and versions. */
export type QueryImageTagsArgs = {
  imageId: Scalars['ID']['input'];
};


/** Read images, tags, members, jobs, quota, schemas and versions. */
export type QueryImagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ImageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ImageSort>;
};


/** Read images, tags, members, jobs, quota, schemas and versions. */
export type QueryImagesByTagsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  where: ImageTagQuery;
};


/** Read images, tags, members, jobs, quota, schemas and versions. */
export type QueryJobArgs = {
  id: Scalars['ID']['input'];
};


/** Read images, tags, members, jobs, quota, schemas and versions. */
export type QueryJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<JobStatus>;
  type?: InputMaybe<JobKind>;
};


/** Read images, tags, members, jobs, quota, schemas and versions. */
export type QueryLegacyImageMetadataArgs = {
  id: Scalars['ID']['input'];
};


/** Read images, tags, members, jobs, quota, schemas and versions. */
export type QueryLegacyImagesArgs = {
  filter?: InputMaybe<LegacyImageFilter>;
};


/** Read images, tags, members, jobs, quota, schemas and versions. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Read images, tags, members, jobs, quota, schemas and versions. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Read images, tags, members, jobs, quota, schemas and versions. */
export type QueryOsVersionsArgs = {
  tags?: InputMaybe<Array<OsVersionTag>>;
};


/** Read images, tags, members, jobs, quota, schemas and versions. */
export type QueryRegionImagesArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<ImageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};


/** Read images, tags, members, jobs, quota, schemas and versions. */
export type QueryTagsInUseArgs = {
  filter?: InputMaybe<ImageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of images (Glance `GET /v2/images`, or IMS `GET /v2/cloudimages` when an IMS-only filter is used). */
export type QueryImagesConnection = {
  __typename?: 'QueryImagesConnection';
  /** The images of this page, in the requested order. */
  edges: Array<QueryImagesConnectionEdge>;
  /** Paging state of this page. */
  pageInfo: PageInfo;
};

/** One image of a page and the cursor that points at it. */
export type QueryImagesConnectionEdge = {
  __typename?: 'QueryImagesConnectionEdge';
  /** Opaque position of this item, for after / before. */
  cursor: Scalars['String']['output'];
  /** The image. */
  node: Image;
};

/** A page of the project’s job history. */
export type QueryJobsConnection = {
  __typename?: 'QueryJobsConnection';
  /** The jobs of this page, newest first. */
  edges: Array<QueryJobsConnectionEdge>;
  /** Paging state of this page. */
  pageInfo: PageInfo;
};

/** One job of the history and the cursor that points at it. */
export type QueryJobsConnectionEdge = {
  __typename?: 'QueryJobsConnectionEdge';
  /** Opaque position of this item, for after / before. */
  cursor: Scalars['String']['output'];
  /** The job record. */
  node: JobRecord;
};

/** Quick import of a large RAW or ZVHD2 file (≤ 1 TB) from OBS (IMS `POST /v2/cloudimages/quickimport/action`), as a system-disk or a data-disk image. */
export type QuickImportImageInput = {
  /** System disk only: X86 (default) or ARM (then booted with UEFI). */
  architecture?: InputMaybe<ImageArchitecture>;
  /** Import as a data-disk image instead of a system disk. */
  dataDisk?: InputMaybe<Scalars['Boolean']['input']>;
  /** Image description: ≤ 1024 characters, no line breaks, "<" or ">". */
  description?: InputMaybe<Scalars['String']['input']>;
  /** "0" = default enterprise project, or an enterprise project UUID (`enterprise_project_id`). */
  enterpriseProjectId?: InputMaybe<Scalars['String']['input']>;
  /** Optional key (1–255 printable characters, e.g. a UUID) that makes this start idempotent: within IDEMPOTENCY_TTL_MS (default 24 h) a second call with the same key in the same project returns the same job without starting another, even while the first call is still running. The same key with different input is a ConflictError (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** "bucket:file" in OBS (Standard storage class); the file name must end in .raw or .zvhd2, file ≤ 1 TB. */
  imageUrl: Scalars['String']['input'];
  /** Disk size, 1–1024 GB, larger than the file. */
  minDiskGb: Scalars['Int']['input'];
  /** Image name: 1–128 characters: letters, digits, "-", ".", "_", Chinese characters and spaces; no leading or trailing space. */
  name: Scalars['String']['input'];
  /** Data disk: Linux (default) or Windows. */
  osType?: InputMaybe<OsType>;
  /** System disk: required. */
  osVersion?: InputMaybe<Scalars['String']['input']>;
  /** Start the job through the "in safe mode" variant of this operation that Huawei's IMS SDK calls (`POST /v2.1/cloudimages/quickimport/action`) instead of `POST /v2/cloudimages/quickimport/action`. The SDK titles it the "(new)" version of the same operation: same request body, same answer, same asynchronous job. Neither the SDK nor the API reference documents a behavioural difference beyond the path version, so the job, its progress and the image it makes are read as usual. Default false. Huawei IMS only (UNSUPPORTED_BY_UPSTREAM on OpenStack, like every IMS job). */
  safeMode?: InputMaybe<Scalars['Boolean']['input']>;
  /** System disk: ECS (default) or BMS. */
  serverType?: InputMaybe<ServerImageType>;
  /** Up to 10 key/value tags with unique keys (`image_tags`). */
  tags?: InputMaybe<Array<ImageTagInput>>;
};

/** `JobPayload` when IMS accepted the job (it then runs asynchronously); otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type QuickImportImageResult = ConflictError | ForbiddenError | JobPayload | NotFoundError | OutcomeUnknownError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** Image quotas of your project in the current region. */
export type Quota = {
  __typename?: 'Quota';
  /** The private-image quota (type "image"). */
  images?: Maybe<QuotaResource>;
  /** Every quota the upstream reports. */
  resources: Array<QuotaResource>;
};

/** A quota was reached: private images (IMG.0015) or 10 tags per image (IMG.0116). */
export type QuotaExceededError = Error & {
  __typename?: 'QuotaExceededError';
  /** Stable code, as in GraphQL error extensions (e.g. NOT_FOUND, QUOTA_EXCEEDED). */
  code: ErrorCode;
  /** What went wrong, written for a person (no endpoint internals). */
  message: Scalars['String']['output'];
  /** The upstream answer this error comes from, when there was one. */
  upstream?: Maybe<UpstreamErrorDetails>;
};

/** One quota: how much is used of how much is allowed. */
export type QuotaResource = {
  __typename?: 'QuotaResource';
  /** Highest value the quota can be set to. */
  max?: Maybe<Scalars['Int']['output']>;
  /** Lowest value the quota can be set to. */
  min?: Maybe<Scalars['Int']['output']>;
  /** Allowed in total. */
  quota: Scalars['Int']['output'];
  /** quota − used, never negative. */
  remaining: Scalars['Int']['output'];
  /** What is counted, e.g. "image" (private images). */
  type: Scalars['String']['output'];
  /** In use now. */
  used: Scalars['Int']['output'];
};

/** `ImagePayload` with the ACTIVE image; otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type ReactivateImageResult = ConflictError | ForbiddenError | ImagePayload | NotFoundError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** `JobPayload` when IMS accepted the job (it then runs asynchronously); otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type RegisterImageResult = ConflictError | ForbiddenError | JobPayload | NotFoundError | OutcomeUnknownError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** `ImageTagsPayload` with the image after the change; otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type RemoveImageTagsResult = ConflictError | ForbiddenError | ImageTagsPayload | NotFoundError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** `ImageTagsPayload` with the image after the change; otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type RemovePlainImageTagResult = ConflictError | ForbiddenError | ImageTagsPayload | NotFoundError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** Whether a system-disk image is for ECSs or bare-metal servers. */
export type ServerImageType =
  /** Bare Metal Server. */
  | 'BMS'
  /** Elastic Cloud Server (default). */
  | 'ECS';

/** `ImageTagsPayload` with the image after the change; otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type SetImageTagResult = ConflictError | ForbiddenError | ImageTagsPayload | NotFoundError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** `ImageTagsPayload` with the image after the change; otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type SetImageTagsResult = ConflictError | ForbiddenError | ImageTagsPayload | NotFoundError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** `ImageMemberPayload` with the new (PENDING) membership; otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type ShareImageResult = ConflictError | ForbiddenError | ImageMemberPayload | NotFoundError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** `JobPayload` when IMS accepted the batch job; otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type ShareImagesResult = ConflictError | ForbiddenError | JobPayload | NotFoundError | OutcomeUnknownError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** Sort direction. */
export type SortDirection =
  /** Ascending. */
  | 'ASC'
  /** Descending (the upstream default). */
  | 'DESC';

/** Live progress of asynchronous IMS jobs and image status. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Watch an image until its status is terminal (ACTIVE, KILLED, DELETED…): the current image first, then every change, e.g. QUEUED → SAVING → ACTIVE after an upload or registration. */
  imageStatus: Image;
  /** Watch an IMS job: its current state first, then every change of status, progress or task, then completion after SUCCESS or FAIL. However many clients watch one job, the gateway polls it once per interval. */
  jobProgress: Job;
  /** Every job started through this gateway in your project from now on, by any client (authorised by your token’s project). Follow each with jobProgress(id: jobId). Never completes by itself. */
  jobStarted: JobRecord;
  /** Watch several jobs in one subscription; completes when all are SUCCESS or FAIL. */
  jobsProgress: JobProgressEvent;
};


/** Live progress of asynchronous IMS jobs and image status. */
export type SubscriptionImageStatusArgs = {
  id: Scalars['ID']['input'];
};


/** Live progress of asynchronous IMS jobs and image status. */
export type SubscriptionJobProgressArgs = {
  id: Scalars['ID']['input'];
};


/** Live progress of asynchronous IMS jobs and image status. */
export type SubscriptionJobsProgressArgs = {
  ids: Array<Scalars['ID']['input']>;
};

/** A tag key and the values that match it: an empty list matches any value; several values are OR-ed. */
export type TagCondition = {
  /** Tag key: 1–127 characters, not blank; unique within one list. */
  key: Scalars['String']['input'];
  /** Up to 10 values, each ≤ 255 characters; [] (the default) matches any value. */
  values?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** An image matched by a tag query, with its tags. */
export type TaggedImage = {
  __typename?: 'TaggedImage';
  /** The full image. */
  image?: Maybe<Image>;
  /** Upstream image id (`resource_id`). */
  imageId: Scalars['ID']['output'];
  /** Image name (`resource_name`). */
  name?: Maybe<Scalars['String']['output']>;
  /** Image status as the tag service reports it. */
  status?: Maybe<Scalars['String']['output']>;
  /** All key/value tags of the image. */
  tags: Array<ImageTag>;
};

/** A page of images matched by tags, and how many match in total. */
export type TaggedImages = {
  __typename?: 'TaggedImages';
  /** This page of matching images. */
  images: Array<TaggedImage>;
  /** How many images match in total, across all pages (`total_count`). */
  totalCount: Scalars['Int']['output'];
};

/** Compare a timestamp: e.g. `{ op: LT, time: "2018-10-28T10:00:00Z" }`. */
export type TimeFilter = {
  /** How the image timestamp compares with `time`. */
  op: ComparisonOperator;
  /** The instant to compare with (UTC); sent upstream to the second, as `yyyy-MM-ddThh:mm:ssZ`. */
  time: Scalars['DateTime']['input'];
};

/** The membership that was removed. */
export type UnshareImagePayload = {
  __typename?: 'UnshareImagePayload';
  /** The image that is no longer shared with the project (upstream id). */
  imageId: Scalars['ID']['output'];
  /** The project that no longer has the image. */
  projectId: Scalars['String']['output'];
};

/** `UnshareImagePayload` naming the removed membership; otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type UnshareImageResult = ConflictError | ForbiddenError | NotFoundError | QuotaExceededError | UnshareImagePayload | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** `JobPayload` when IMS accepted the batch job; otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type UnshareImagesResult = ConflictError | ForbiddenError | JobPayload | NotFoundError | OutcomeUnknownError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** The configured upstream cannot do this (e.g. an IMS-only operation against plain OpenStack Glance). */
export type UnsupportedByUpstreamError = Error & {
  __typename?: 'UnsupportedByUpstreamError';
  /** The operation that is not available, e.g. "Image quota" or "Cross-region replication". */
  capability: Scalars['String']['output'];
  /** Stable code, as in GraphQL error extensions (e.g. NOT_FOUND, QUOTA_EXCEEDED). */
  code: ErrorCode;
  /** What went wrong, written for a person (no endpoint internals). */
  message: Scalars['String']['output'];
  /** embedded, huawei or openstack. */
  upstreamKind: Scalars['String']['output'];
};

/** Change an image. Name, description and custom properties go through Glance JSON patch; the other attributes through IMS (`PATCH /v2/cloudimages/{id}`, active images only). When both are given they are two upstream calls, Glance first: if it is refused, nothing is changed; if the IMS part is refused, the Glance changes stay. */
export type UpdateImageInput = {
  /** Initial configuration completed (IMS `/__is_config_init`). */
  configInitialized?: InputMaybe<Scalars['Boolean']['input']>;
  /** New description (Glance): ≤ 1024 characters, no line breaks, "<" or ">". */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Move the image to another enterprise project (IMS): "0" = default enterprise project, or an enterprise project UUID (`enterprise_project_id`). */
  enterpriseProjectId?: InputMaybe<Scalars['String']['input']>;
  /** Boot mode (IMS `/hw_firmware_type`). */
  firmwareType?: InputMaybe<FirmwareType>;
  /** The image to change (upstream UUID or global Image id). */
  imageId: Scalars['ID']['input'];
  /** Minimum memory in MB, 0–1048576 (IMS `/min_ram`). */
  minRamMb?: InputMaybe<Scalars['Int']['input']>;
  /** New name (Glance): 1–128 characters: letters, digits, "-", ".", "_", Chinese characters and spaces; no leading or trailing space. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** NIC multi-queue supported (IMS `/hw_vif_multiqueue_enabled`). */
  nicMultiqueue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Custom properties to remove. */
  removeProperties?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Custom properties to add or replace. */
  setProperties?: InputMaybe<Array<ImagePropertyInput>>;
  /** Support flags to set (IMS `/__support_*`). */
  support?: InputMaybe<ImageSupportUpdate>;
};

/** `ImagePayload` with the changed image; otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type UpdateImageResult = ConflictError | ForbiddenError | ImagePayload | NotFoundError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** `ImagePayload` with the image read back after the upload; otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream). */
export type UploadImageFileResult = ConflictError | ForbiddenError | ImagePayload | NotFoundError | QuotaExceededError | UnsupportedByUpstreamError | UpstreamServiceError | ValidationError;

/** What the upstream service answered. */
export type UpstreamErrorDetails = {
  __typename?: 'UpstreamErrorDetails';
  /** IMS error code (IMG.xxxx) or API gateway code. */
  code?: Maybe<Scalars['String']['output']>;
  /** Upstream endpoint id (docs/api/endpoints.json), e.g. glance-get-image. */
  endpoint?: Maybe<Scalars['String']['output']>;
  /** The upstream’s own message, when its error body had one. */
  message?: Maybe<Scalars['String']['output']>;
  /** HTTP method of the upstream call. */
  method: Scalars['String']['output'];
  /** Path of the upstream call (no query string). */
  path: Scalars['String']['output'];
  /** Upstream request id, for support. */
  requestId?: Maybe<Scalars['String']['output']>;
  /** HTTP status. */
  status?: Maybe<Scalars['Int']['output']>;
};

/** The upstream refused or failed the request for another reason; see code and upstream. */
export type UpstreamServiceError = Error & {
  __typename?: 'UpstreamServiceError';
  /** Stable code, as in GraphQL error extensions (e.g. NOT_FOUND, QUOTA_EXCEEDED). */
  code: ErrorCode;
  /** What went wrong, written for a person (no endpoint internals). */
  message: Scalars['String']['output'];
  /** The upstream answer this error comes from, when there was one. */
  upstream?: Maybe<UpstreamErrorDetails>;
};

/** The input broke a documented limit. Nothing was sent upstream. */
export type ValidationError = Error & {
  __typename?: 'ValidationError';
  /** Stable code, as in GraphQL error extensions (e.g. NOT_FOUND, QUOTA_EXCEEDED). */
  code: ErrorCode;
  /** Every rule the input broke (at least one), each with the path of the offending argument. */
  issues: Array<ValidationIssue>;
  /** What went wrong, written for a person (no endpoint internals). */
  message: Scalars['String']['output'];
};

/** One rule an input broke. */
export type ValidationIssue = {
  __typename?: 'ValidationIssue';
  /** The rule that was broken, e.g. "at most 36 characters". */
  message: Scalars['String']['output'];
  /** Where in the arguments, e.g. ["input", "tags", "0", "key"]. */
  path: Array<Scalars['String']['output']>;
};

/** What the image is for (`virtual_env_type`). */
export type VirtualEnvType =
  /** Data-disk image. */
  | 'DATA_IMAGE'
  /** ECS system-disk image. */
  | 'FUSION_COMPUTE'
  /** Bare-metal server (BMS) image. */
  | 'IRONIC'
  /** ISO image. */
  | 'ISO_IMAGE';

export type DashboardJobRecordFragment = { __typename?: 'JobRecord', jobId: string, kind: JobKind, upstreamType?: string | null, imageName?: string | null, startedBy?: string | null, startedAt: string, updatedAt: string, status: JobStatus, progressPercent?: number | null, currentTask?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, targets: Array<{ __typename?: 'JobTarget', kind: JobTargetKind, id: string, image?: { __typename?: 'Image', name?: string | null } | null }> };

export type DashboardJobStateFragment = { __typename?: 'Job', jobId: string, type?: string | null, status: JobStatus, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null };

export type DashboardJobsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<JobStatus>;
  type?: InputMaybe<JobKind>;
}>;


export type DashboardJobsQuery = { __typename?: 'Query', jobs: { __typename?: 'QueryJobsConnection', edges: Array<{ __typename?: 'QueryJobsConnectionEdge', node: { __typename?: 'JobRecord', jobId: string, kind: JobKind, upstreamType?: string | null, imageName?: string | null, startedBy?: string | null, startedAt: string, updatedAt: string, status: JobStatus, progressPercent?: number | null, currentTask?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, targets: Array<{ __typename?: 'JobTarget', kind: JobTargetKind, id: string, image?: { __typename?: 'Image', name?: string | null } | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type DashboardJobStartedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardJobStartedSubscription = { __typename?: 'Subscription', jobStarted: { __typename?: 'JobRecord', jobId: string, kind: JobKind, upstreamType?: string | null, imageName?: string | null, startedBy?: string | null, startedAt: string, updatedAt: string, status: JobStatus, progressPercent?: number | null, currentTask?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, targets: Array<{ __typename?: 'JobTarget', kind: JobTargetKind, id: string, image?: { __typename?: 'Image', name?: string | null } | null }> } };

export type DashboardJobsProgressSubscriptionVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type DashboardJobsProgressSubscription = { __typename?: 'Subscription', jobsProgress: { __typename?: 'JobProgressEvent', job: { __typename?: 'Job', jobId: string, type?: string | null, status: JobStatus, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null } } };

export type DashboardJobProgressSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DashboardJobProgressSubscription = { __typename?: 'Subscription', jobProgress: { __typename?: 'Job', jobId: string, type?: string | null, status: JobStatus, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null } };

export type DashboardImageFragment = { __typename?: 'Image', id: string, imageId: string, name?: string | null, status?: ImageStatus | null, visibility?: ImageVisibility | null, imageType?: ImageType | null, diskFormat?: DiskFormat | null, sizeBytes?: number | null, ownedByMe: boolean, wholeImage?: boolean | null, createdAt?: string | null, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }>, members: Array<{ __typename?: 'ImageMember', projectId: string, status: MemberStatus }> };

export type DashboardImagesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DashboardImagesQuery = { __typename?: 'Query', images: { __typename?: 'QueryImagesConnection', edges: Array<{ __typename?: 'QueryImagesConnectionEdge', node: { __typename?: 'Image', id: string, imageId: string, name?: string | null, status?: ImageStatus | null, visibility?: ImageVisibility | null, imageType?: ImageType | null, diskFormat?: DiskFormat | null, sizeBytes?: number | null, ownedByMe: boolean, wholeImage?: boolean | null, createdAt?: string | null, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }>, members: Array<{ __typename?: 'ImageMember', projectId: string, status: MemberStatus }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type DashboardImageStatusSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DashboardImageStatusSubscription = { __typename?: 'Subscription', imageStatus: { __typename?: 'Image', imageId: string, status?: ImageStatus | null } };

type DashboardError_ConflictError_Fragment = { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', code?: string | null } | null };

type DashboardError_ForbiddenError_Fragment = { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', code?: string | null } | null };

type DashboardError_NotFoundError_Fragment = { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', code?: string | null } | null };

type DashboardError_OutcomeUnknownError_Fragment = { __typename: 'OutcomeUnknownError', message: string };

type DashboardError_QuotaExceededError_Fragment = { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', code?: string | null } | null };

type DashboardError_UnsupportedByUpstreamError_Fragment = { __typename: 'UnsupportedByUpstreamError', message: string };

type DashboardError_UpstreamServiceError_Fragment = { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', code?: string | null } | null };

type DashboardError_ValidationError_Fragment = { __typename: 'ValidationError', message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> };

export type DashboardErrorFragment = DashboardError_ConflictError_Fragment | DashboardError_ForbiddenError_Fragment | DashboardError_NotFoundError_Fragment | DashboardError_OutcomeUnknownError_Fragment | DashboardError_QuotaExceededError_Fragment | DashboardError_UnsupportedByUpstreamError_Fragment | DashboardError_UpstreamServiceError_Fragment | DashboardError_ValidationError_Fragment;

export type DashboardCopyImageMutationVariables = Exact<{
  input: CopyImageInput;
}>;


export type DashboardCopyImageMutation = { __typename?: 'Mutation', copyImage: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', code?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', code?: string | null } | null } | { __typename: 'JobPayload', jobId: string } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', code?: string | null } | null } | { __typename: 'OutcomeUnknownError', message: string } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', code?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', code?: string | null } | null } | { __typename: 'ValidationError', message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type DashboardExportImageMutationVariables = Exact<{
  input: ExportImageInput;
}>;


export type DashboardExportImageMutation = { __typename?: 'Mutation', exportImage: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', code?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', code?: string | null } | null } | { __typename: 'JobPayload', jobId: string } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', code?: string | null } | null } | { __typename: 'OutcomeUnknownError', message: string } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', code?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', code?: string | null } | null } | { __typename: 'ValidationError', message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type ImageSummaryFragment = { __typename?: 'Image', id: string, imageId: string, name?: string | null, status?: ImageStatus | null, visibility?: ImageVisibility | null, imageType?: ImageType | null, osType?: OsType | null, osVersion?: string | null, platform?: Platform | null, diskFormat?: DiskFormat | null, minDiskGb?: number | null, minRamMb?: number | null, sizeBytes?: number | null, protected?: boolean | null, ownedByMe: boolean, createdAt?: string | null, updatedAt?: string | null, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> };

export type ImageDetailsFragment = { __typename?: 'Image', description?: string | null, checksum?: string | null, containerFormat?: ContainerFormat | null, firmwareType?: FirmwareType | null, osBits?: number | null, virtualEnvType?: VirtualEnvType | null, wholeImage?: boolean | null, registered?: boolean | null, encryptionKeyId?: string | null, enterpriseProjectId?: string | null, ownerProjectId?: string | null, dataOrigin?: string | null, backupId?: string | null, virtualSizeBytes?: number | null, activatedAt?: string | null, parentImageId?: string | null, extraProperties: unknown, id: string, imageId: string, name?: string | null, status?: ImageStatus | null, visibility?: ImageVisibility | null, imageType?: ImageType | null, osType?: OsType | null, osVersion?: string | null, platform?: Platform | null, diskFormat?: DiskFormat | null, minDiskGb?: number | null, minRamMb?: number | null, sizeBytes?: number | null, protected?: boolean | null, ownedByMe: boolean, createdAt?: string | null, updatedAt?: string | null, parentImage?: { __typename?: 'Image', id: string, imageId: string, name?: string | null } | null, support: { __typename?: 'ImageSupport', kvm?: boolean | null, xen?: boolean | null, arm?: boolean | null, largeMemory?: boolean | null, diskIntensive?: boolean | null, highPerformance?: boolean | null, kvmGpuType?: string | null, xenGpuType?: string | null, agents: Array<string> }, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> };

export type JobFieldsFragment = { __typename?: 'Job', id: string, jobId: string, type?: string | null, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null };

export type ImageMemberFieldsFragment = { __typename?: 'ImageMember', imageId: string, projectId: string, status: MemberStatus, createdAt?: string | null, updatedAt?: string | null };

export type UpstreamErrorFieldsFragment = { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null };

type MutationError_ConflictError_Fragment = { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null };

type MutationError_ForbiddenError_Fragment = { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null };

type MutationError_NotFoundError_Fragment = { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null };

type MutationError_OutcomeUnknownError_Fragment = { __typename: 'OutcomeUnknownError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null };

type MutationError_QuotaExceededError_Fragment = { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null };

type MutationError_UnsupportedByUpstreamError_Fragment = { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string };

type MutationError_UpstreamServiceError_Fragment = { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null };

type MutationError_ValidationError_Fragment = { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> };

export type MutationErrorFragment = MutationError_ConflictError_Fragment | MutationError_ForbiddenError_Fragment | MutationError_NotFoundError_Fragment | MutationError_OutcomeUnknownError_Fragment | MutationError_QuotaExceededError_Fragment | MutationError_UnsupportedByUpstreamError_Fragment | MutationError_UpstreamServiceError_Fragment | MutationError_ValidationError_Fragment;

export type JobStartedFragment = { __typename?: 'JobPayload', jobId: string, job: { __typename?: 'Job', id: string, jobId: string, type?: string | null, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null } };

export type ImageTagsChangedFragment = { __typename?: 'ImageTagsPayload', imageId: string, image: { __typename?: 'Image', id: string, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } };

export type SharingJobStartedFragment = { __typename?: 'JobPayload', jobId: string, job: { __typename?: 'Job', id: string, jobId: string, type?: string | null, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null, results: Array<{ __typename?: 'JobImageResult', imageId?: string | null, projectId?: string | null, status?: JobStatus | null }> } };

export type JobRecordFieldsFragment = { __typename?: 'JobRecord', jobId: string, kind: JobKind, upstreamType?: string | null, imageName?: string | null, startedBy?: string | null, startedAt: string, updatedAt: string, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, targets: Array<{ __typename?: 'JobTarget', kind: JobTargetKind, id: string }> };

export type ListImagesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ImageFilter>;
  sort?: InputMaybe<ImageSort>;
}>;


export type ListImagesQuery = { __typename?: 'Query', images: { __typename?: 'QueryImagesConnection', edges: Array<{ __typename?: 'QueryImagesConnectionEdge', cursor: string, node: { __typename?: 'Image', id: string, imageId: string, name?: string | null, status?: ImageStatus | null, visibility?: ImageVisibility | null, imageType?: ImageType | null, osType?: OsType | null, osVersion?: string | null, platform?: Platform | null, diskFormat?: DiskFormat | null, minDiskGb?: number | null, minRamMb?: number | null, sizeBytes?: number | null, protected?: boolean | null, ownedByMe: boolean, createdAt?: string | null, updatedAt?: string | null, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ListImagesBackwardsQueryVariables = Exact<{
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ImageFilter>;
  sort?: InputMaybe<ImageSort>;
}>;


export type ListImagesBackwardsQuery = { __typename?: 'Query', images: { __typename?: 'QueryImagesConnection', edges: Array<{ __typename?: 'QueryImagesConnectionEdge', cursor: string, node: { __typename?: 'Image', id: string, imageId: string, name?: string | null, status?: ImageStatus | null, visibility?: ImageVisibility | null, imageType?: ImageType | null, osType?: OsType | null, osVersion?: string | null, platform?: Platform | null, diskFormat?: DiskFormat | null, minDiskGb?: number | null, minRamMb?: number | null, sizeBytes?: number | null, protected?: boolean | null, ownedByMe: boolean, createdAt?: string | null, updatedAt?: string | null, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, startCursor?: string | null } } };

export type GetImageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GetImageQuery = { __typename?: 'Query', image?: { __typename?: 'Image', description?: string | null, checksum?: string | null, containerFormat?: ContainerFormat | null, firmwareType?: FirmwareType | null, osBits?: number | null, virtualEnvType?: VirtualEnvType | null, wholeImage?: boolean | null, registered?: boolean | null, encryptionKeyId?: string | null, enterpriseProjectId?: string | null, ownerProjectId?: string | null, dataOrigin?: string | null, backupId?: string | null, virtualSizeBytes?: number | null, activatedAt?: string | null, parentImageId?: string | null, extraProperties: unknown, id: string, imageId: string, name?: string | null, status?: ImageStatus | null, visibility?: ImageVisibility | null, imageType?: ImageType | null, osType?: OsType | null, osVersion?: string | null, platform?: Platform | null, diskFormat?: DiskFormat | null, minDiskGb?: number | null, minRamMb?: number | null, sizeBytes?: number | null, protected?: boolean | null, ownedByMe: boolean, createdAt?: string | null, updatedAt?: string | null, members: Array<{ __typename?: 'ImageMember', imageId: string, projectId: string, status: MemberStatus, createdAt?: string | null, updatedAt?: string | null }>, parentImage?: { __typename?: 'Image', id: string, imageId: string, name?: string | null } | null, support: { __typename?: 'ImageSupport', kvm?: boolean | null, xen?: boolean | null, arm?: boolean | null, largeMemory?: boolean | null, diskIntensive?: boolean | null, highPerformance?: boolean | null, kvmGpuType?: string | null, xenGpuType?: string | null, agents: Array<string> }, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } | null };

export type RegionImagesQueryVariables = Exact<{
  region?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ImageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RegionImagesQuery = { __typename?: 'Query', regionImages: Array<{ __typename?: 'Image', id: string, imageId: string, name?: string | null, status?: ImageStatus | null, visibility?: ImageVisibility | null, imageType?: ImageType | null, osType?: OsType | null, osVersion?: string | null, platform?: Platform | null, diskFormat?: DiskFormat | null, minDiskGb?: number | null, minRamMb?: number | null, sizeBytes?: number | null, protected?: boolean | null, ownedByMe: boolean, createdAt?: string | null, updatedAt?: string | null, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> }> };

export type LegacyImagesQueryVariables = Exact<{
  filter?: InputMaybe<LegacyImageFilter>;
}>;


export type LegacyImagesQuery = { __typename?: 'Query', legacyImages: Array<{ __typename?: 'Image', checksum?: string | null, id: string, imageId: string, name?: string | null, status?: ImageStatus | null, visibility?: ImageVisibility | null, imageType?: ImageType | null, osType?: OsType | null, osVersion?: string | null, platform?: Platform | null, diskFormat?: DiskFormat | null, minDiskGb?: number | null, minRamMb?: number | null, sizeBytes?: number | null, protected?: boolean | null, ownedByMe: boolean, createdAt?: string | null, updatedAt?: string | null, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> }> };

export type LegacyImageMetadataQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LegacyImageMetadataQuery = { __typename?: 'Query', legacyImageMetadata?: { __typename?: 'Image', imageId: string, name?: string | null, status?: ImageStatus | null, diskFormat?: DiskFormat | null, containerFormat?: ContainerFormat | null, checksum?: string | null, sizeBytes?: number | null, minDiskGb?: number | null, minRamMb?: number | null, protected?: boolean | null, ownerProjectId?: string | null, createdAt?: string | null, updatedAt?: string | null } | null };

export type CreateImageFromServerMutationVariables = Exact<{
  input: CreateImageFromServerInput;
}>;


export type CreateImageFromServerMutation = { __typename?: 'Mutation', createImageFromServer: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'JobPayload', jobId: string, job: { __typename?: 'Job', id: string, jobId: string, type?: string | null, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'OutcomeUnknownError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type CreateImagesFromServerDataDisksMutationVariables = Exact<{
  input: CreateImagesFromServerDataDisksInput;
}>;


export type CreateImagesFromServerDataDisksMutation = { __typename?: 'Mutation', createImagesFromServerDataDisks: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'JobPayload', jobId: string, job: { __typename?: 'Job', id: string, jobId: string, type?: string | null, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'OutcomeUnknownError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type CreateImageFromFileMutationVariables = Exact<{
  input: CreateImageFromFileInput;
}>;


export type CreateImageFromFileMutation = { __typename?: 'Mutation', createImageFromFile: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'JobPayload', jobId: string, job: { __typename?: 'Job', id: string, jobId: string, type?: string | null, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'OutcomeUnknownError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type CreateImageFromDataDiskMutationVariables = Exact<{
  input: CreateImageFromDataDiskInput;
}>;


export type CreateImageFromDataDiskMutation = { __typename?: 'Mutation', createImageFromDataDisk: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'JobPayload', jobId: string, job: { __typename?: 'Job', id: string, jobId: string, type?: string | null, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'OutcomeUnknownError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type QuickImportImageMutationVariables = Exact<{
  input: QuickImportImageInput;
}>;


export type QuickImportImageMutation = { __typename?: 'Mutation', quickImportImage: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'JobPayload', jobId: string, job: { __typename?: 'Job', id: string, jobId: string, type?: string | null, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'OutcomeUnknownError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type CreateDataImageFromFileMutationVariables = Exact<{
  input: CreateDataImageFromFileInput;
}>;


export type CreateDataImageFromFileMutation = { __typename?: 'Mutation', createDataImageFromFile: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'JobPayload', jobId: string, job: { __typename?: 'Job', id: string, jobId: string, type?: string | null, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'OutcomeUnknownError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type CreateWholeImageMutationVariables = Exact<{
  input: CreateWholeImageInput;
}>;


export type CreateWholeImageMutation = { __typename?: 'Mutation', createWholeImage: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'JobPayload', jobId: string, job: { __typename?: 'Job', id: string, jobId: string, type?: string | null, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'OutcomeUnknownError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type CreateImageMetadataMutationVariables = Exact<{
  input: CreateImageMetadataInput;
}>;


export type CreateImageMetadataMutation = { __typename?: 'Mutation', createImageMetadata: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ImagePayload', image: { __typename?: 'Image', id: string, imageId: string, name?: string | null, status?: ImageStatus | null, visibility?: ImageVisibility | null, imageType?: ImageType | null, osType?: OsType | null, osVersion?: string | null, platform?: Platform | null, diskFormat?: DiskFormat | null, minDiskGb?: number | null, minRamMb?: number | null, sizeBytes?: number | null, protected?: boolean | null, ownedByMe: boolean, createdAt?: string | null, updatedAt?: string | null, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type UploadImageFileMutationVariables = Exact<{
  imageId: Scalars['ID']['input'];
  file: Scalars['Upload']['input'];
}>;


export type UploadImageFileMutation = { __typename?: 'Mutation', uploadImageFile: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ImagePayload', image: { __typename?: 'Image', checksum?: string | null, id: string, imageId: string, name?: string | null, status?: ImageStatus | null, visibility?: ImageVisibility | null, imageType?: ImageType | null, osType?: OsType | null, osVersion?: string | null, platform?: Platform | null, diskFormat?: DiskFormat | null, minDiskGb?: number | null, minRamMb?: number | null, sizeBytes?: number | null, protected?: boolean | null, ownedByMe: boolean, createdAt?: string | null, updatedAt?: string | null, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type RegisterImageMutationVariables = Exact<{
  imageId: Scalars['ID']['input'];
  imageUrl: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegisterImageMutation = { __typename?: 'Mutation', registerImage: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'JobPayload', jobId: string, job: { __typename?: 'Job', id: string, jobId: string, type?: string | null, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'OutcomeUnknownError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type UpdateImageMutationVariables = Exact<{
  input: UpdateImageInput;
}>;


export type UpdateImageMutation = { __typename?: 'Mutation', updateImage: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ImagePayload', image: { __typename?: 'Image', description?: string | null, checksum?: string | null, containerFormat?: ContainerFormat | null, firmwareType?: FirmwareType | null, osBits?: number | null, virtualEnvType?: VirtualEnvType | null, wholeImage?: boolean | null, registered?: boolean | null, encryptionKeyId?: string | null, enterpriseProjectId?: string | null, ownerProjectId?: string | null, dataOrigin?: string | null, backupId?: string | null, virtualSizeBytes?: number | null, activatedAt?: string | null, parentImageId?: string | null, extraProperties: unknown, id: string, imageId: string, name?: string | null, status?: ImageStatus | null, visibility?: ImageVisibility | null, imageType?: ImageType | null, osType?: OsType | null, osVersion?: string | null, platform?: Platform | null, diskFormat?: DiskFormat | null, minDiskGb?: number | null, minRamMb?: number | null, sizeBytes?: number | null, protected?: boolean | null, ownedByMe: boolean, createdAt?: string | null, updatedAt?: string | null, parentImage?: { __typename?: 'Image', id: string, imageId: string, name?: string | null } | null, support: { __typename?: 'ImageSupport', kvm?: boolean | null, xen?: boolean | null, arm?: boolean | null, largeMemory?: boolean | null, diskIntensive?: boolean | null, highPerformance?: boolean | null, kvmGpuType?: string | null, xenGpuType?: string | null, agents: Array<string> }, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type DeleteImageMutationVariables = Exact<{
  imageId: Scalars['ID']['input'];
  deleteBackups?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type DeleteImageMutation = { __typename?: 'Mutation', deleteImage: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'DeletedImagePayload', imageId: string } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type DeactivateImageMutationVariables = Exact<{
  imageId: Scalars['ID']['input'];
}>;


export type DeactivateImageMutation = { __typename?: 'Mutation', deactivateImage: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ImagePayload', image: { __typename?: 'Image', id: string, imageId: string, status?: ImageStatus | null } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type ReactivateImageMutationVariables = Exact<{
  imageId: Scalars['ID']['input'];
}>;


export type ReactivateImageMutation = { __typename?: 'Mutation', reactivateImage: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ImagePayload', image: { __typename?: 'Image', id: string, imageId: string, status?: ImageStatus | null, downloadPath: string } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type LegacyDeleteImageMutationVariables = Exact<{
  imageId: Scalars['ID']['input'];
}>;


export type LegacyDeleteImageMutation = { __typename?: 'Mutation', legacyDeleteImage: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'DeletedImagePayload', imageId: string } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type ExportImageMutationVariables = Exact<{
  input: ExportImageInput;
}>;


export type ExportImageMutation = { __typename?: 'Mutation', exportImage: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'JobPayload', jobId: string, job: { __typename?: 'Job', id: string, jobId: string, type?: string | null, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'OutcomeUnknownError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type CopyImageMutationVariables = Exact<{
  input: CopyImageInput;
}>;


export type CopyImageMutation = { __typename?: 'Mutation', copyImage: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'JobPayload', jobId: string, job: { __typename?: 'Job', id: string, jobId: string, type?: string | null, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'OutcomeUnknownError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type CopyImageToRegionMutationVariables = Exact<{
  input: CopyImageToRegionInput;
}>;


export type CopyImageToRegionMutation = { __typename?: 'Mutation', copyImageToRegion: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'JobPayload', jobId: string, job: { __typename?: 'Job', id: string, jobId: string, type?: string | null, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'OutcomeUnknownError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type JobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JobQuery = { __typename?: 'Query', job?: { __typename?: 'Job', subJobId?: string | null, id: string, jobId: string, type?: string | null, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null, results: Array<{ __typename?: 'JobImageResult', imageId?: string | null, projectId?: string | null, status?: JobStatus | null }>, image?: { __typename?: 'Image', id: string, imageId: string, name?: string | null, status?: ImageStatus | null, visibility?: ImageVisibility | null, imageType?: ImageType | null, osType?: OsType | null, osVersion?: string | null, platform?: Platform | null, diskFormat?: DiskFormat | null, minDiskGb?: number | null, minRamMb?: number | null, sizeBytes?: number | null, protected?: boolean | null, ownedByMe: boolean, createdAt?: string | null, updatedAt?: string | null, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } | null } | null };

export type ProjectJobsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<JobStatus>;
  type?: InputMaybe<JobKind>;
}>;


export type ProjectJobsQuery = { __typename?: 'Query', jobs: { __typename?: 'QueryJobsConnection', edges: Array<{ __typename?: 'QueryJobsConnectionEdge', cursor: string, node: { __typename?: 'JobRecord', jobId: string, kind: JobKind, upstreamType?: string | null, imageName?: string | null, startedBy?: string | null, startedAt: string, updatedAt: string, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, targets: Array<{ __typename?: 'JobTarget', kind: JobTargetKind, id: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ImageMembersQueryVariables = Exact<{
  imageId: Scalars['ID']['input'];
}>;


export type ImageMembersQuery = { __typename?: 'Query', image?: { __typename?: 'Image', id: string, imageId: string, name?: string | null, visibility?: ImageVisibility | null, members: Array<{ __typename?: 'ImageMember', imageId: string, projectId: string, status: MemberStatus, createdAt?: string | null, updatedAt?: string | null }> } | null };

export type ImageMemberQueryVariables = Exact<{
  imageId: Scalars['ID']['input'];
  projectId: Scalars['String']['input'];
}>;


export type ImageMemberQuery = { __typename?: 'Query', imageMember?: { __typename?: 'ImageMember', imageId: string, projectId: string, status: MemberStatus, createdAt?: string | null, updatedAt?: string | null, image?: { __typename?: 'Image', id: string, imageId: string, name?: string | null, status?: ImageStatus | null, visibility?: ImageVisibility | null, imageType?: ImageType | null, osType?: OsType | null, osVersion?: string | null, platform?: Platform | null, diskFormat?: DiskFormat | null, minDiskGb?: number | null, minRamMb?: number | null, sizeBytes?: number | null, protected?: boolean | null, ownedByMe: boolean, createdAt?: string | null, updatedAt?: string | null, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } | null } | null };

export type ImageMembersWithTypeQueryVariables = Exact<{
  imageId: Scalars['ID']['input'];
}>;


export type ImageMembersWithTypeQuery = { __typename?: 'Query', image?: { __typename?: 'Image', id: string, imageId: string, members: Array<{ __typename?: 'ImageMember', memberType?: ImageMemberType | null, organizationUrn?: string | null, imageId: string, projectId: string, status: MemberStatus, createdAt?: string | null, updatedAt?: string | null }> } | null };

export type ImageMemberWithTypeQueryVariables = Exact<{
  imageId: Scalars['ID']['input'];
  projectId: Scalars['String']['input'];
}>;


export type ImageMemberWithTypeQuery = { __typename?: 'Query', imageMember?: { __typename?: 'ImageMember', memberType?: ImageMemberType | null, organizationUrn?: string | null, imageId: string, projectId: string, status: MemberStatus, createdAt?: string | null, updatedAt?: string | null } | null };

export type ShareImageMutationVariables = Exact<{
  imageId: Scalars['ID']['input'];
  projectId: Scalars['String']['input'];
}>;


export type ShareImageMutation = { __typename?: 'Mutation', shareImage: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ImageMemberPayload', member: { __typename?: 'ImageMember', imageId: string, projectId: string, status: MemberStatus, createdAt?: string | null, updatedAt?: string | null } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type AnswerImageShareMutationVariables = Exact<{
  imageId: Scalars['ID']['input'];
  status: MemberStatus;
  vaultId?: InputMaybe<Scalars['String']['input']>;
}>;


export type AnswerImageShareMutation = { __typename?: 'Mutation', answerImageShare: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ImageMemberPayload', member: { __typename?: 'ImageMember', imageId: string, projectId: string, status: MemberStatus, createdAt?: string | null, updatedAt?: string | null, image?: { __typename?: 'Image', id: string, imageId: string, name?: string | null, status?: ImageStatus | null, visibility?: ImageVisibility | null, imageType?: ImageType | null, osType?: OsType | null, osVersion?: string | null, platform?: Platform | null, diskFormat?: DiskFormat | null, minDiskGb?: number | null, minRamMb?: number | null, sizeBytes?: number | null, protected?: boolean | null, ownedByMe: boolean, createdAt?: string | null, updatedAt?: string | null, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } | null } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type UnshareImageMutationVariables = Exact<{
  imageId: Scalars['ID']['input'];
  projectId: Scalars['String']['input'];
}>;


export type UnshareImageMutation = { __typename?: 'Mutation', unshareImage: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnshareImagePayload', imageId: string, projectId: string } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type ShareImagesMutationVariables = Exact<{
  imageIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  projectIds: Array<Scalars['String']['input']> | Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type ShareImagesMutation = { __typename?: 'Mutation', shareImages: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'JobPayload', jobId: string, job: { __typename?: 'Job', id: string, jobId: string, type?: string | null, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null, results: Array<{ __typename?: 'JobImageResult', imageId?: string | null, projectId?: string | null, status?: JobStatus | null }> } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'OutcomeUnknownError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type AnswerImageSharesMutationVariables = Exact<{
  imageIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  status: MemberStatus;
  vaultId?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type AnswerImageSharesMutation = { __typename?: 'Mutation', answerImageShares: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'JobPayload', jobId: string, job: { __typename?: 'Job', id: string, jobId: string, type?: string | null, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null, results: Array<{ __typename?: 'JobImageResult', imageId?: string | null, projectId?: string | null, status?: JobStatus | null }> } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'OutcomeUnknownError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type UnshareImagesMutationVariables = Exact<{
  imageIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  projectIds: Array<Scalars['String']['input']> | Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type UnshareImagesMutation = { __typename?: 'Mutation', unshareImages: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'JobPayload', jobId: string, job: { __typename?: 'Job', id: string, jobId: string, type?: string | null, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null, results: Array<{ __typename?: 'JobImageResult', imageId?: string | null, projectId?: string | null, status?: JobStatus | null }> } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'OutcomeUnknownError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type NodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeQuery = { __typename?: 'Query', node?: { __typename: 'Image', id: string, imageId: string, name?: string | null, status?: ImageStatus | null, visibility?: ImageVisibility | null, imageType?: ImageType | null, osType?: OsType | null, osVersion?: string | null, platform?: Platform | null, diskFormat?: DiskFormat | null, minDiskGb?: number | null, minRamMb?: number | null, sizeBytes?: number | null, protected?: boolean | null, ownedByMe: boolean, createdAt?: string | null, updatedAt?: string | null, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } | { __typename: 'Job', jobId: string, type?: string | null, done: boolean, progressPercent?: number | null, id: string, jobStatus: JobStatus, jobImageId?: string | null } | null };

export type NodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NodesQuery = { __typename?: 'Query', nodes: Array<{ __typename: 'Image', id: string, imageId: string, name?: string | null, status?: ImageStatus | null, visibility?: ImageVisibility | null, imageType?: ImageType | null, osType?: OsType | null, osVersion?: string | null, platform?: Platform | null, diskFormat?: DiskFormat | null, minDiskGb?: number | null, minRamMb?: number | null, sizeBytes?: number | null, protected?: boolean | null, ownedByMe: boolean, createdAt?: string | null, updatedAt?: string | null, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } | { __typename: 'Job', jobId: string, type?: string | null, done: boolean, progressPercent?: number | null, id: string, jobStatus: JobStatus, jobImageId?: string | null } | null> };

type NodeFields_Image_Fragment = { __typename: 'Image', id: string, imageId: string, name?: string | null, status?: ImageStatus | null, visibility?: ImageVisibility | null, imageType?: ImageType | null, osType?: OsType | null, osVersion?: string | null, platform?: Platform | null, diskFormat?: DiskFormat | null, minDiskGb?: number | null, minRamMb?: number | null, sizeBytes?: number | null, protected?: boolean | null, ownedByMe: boolean, createdAt?: string | null, updatedAt?: string | null, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> };

type NodeFields_Job_Fragment = { __typename: 'Job', jobId: string, type?: string | null, done: boolean, progressPercent?: number | null, id: string, jobStatus: JobStatus, jobImageId?: string | null };

export type NodeFieldsFragment = NodeFields_Image_Fragment | NodeFields_Job_Fragment;

export type QuotaQueryVariables = Exact<{ [key: string]: never; }>;


export type QuotaQuery = { __typename?: 'Query', quota: { __typename?: 'Quota', images?: { __typename?: 'QuotaResource', type: string, used: number, quota: number, remaining: number } | null, resources: Array<{ __typename?: 'QuotaResource', type: string, used: number, quota: number, remaining: number, min?: number | null, max?: number | null }> } };

export type OsVersionsQueryVariables = Exact<{
  tags?: InputMaybe<Array<OsVersionTag> | OsVersionTag>;
}>;


export type OsVersionsQuery = { __typename?: 'Query', osVersions: Array<{ __typename?: 'OsPlatform', platform: string, versions: Array<{ __typename?: 'OsVersion', key: string, name: string, platform: string, bits?: number | null, osType?: OsType | null }> }> };

export type ApiVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiVersionsQuery = { __typename?: 'Query', apiVersions: Array<{ __typename?: 'ApiVersion', id: string, status: string, url?: string | null }> };

export type ApiVersionQueryVariables = Exact<{
  id: Scalars['String']['input'];
}>;


export type ApiVersionQuery = { __typename?: 'Query', apiVersion?: { __typename?: 'ApiVersion', id: string, status: string, url?: string | null } | null };

export type GlanceSchemaQueryVariables = Exact<{
  name: GlanceSchemaName;
}>;


export type GlanceSchemaQuery = { __typename?: 'Query', glanceSchema: unknown };

export type JobProgressSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JobProgressSubscription = { __typename?: 'Subscription', jobProgress: { __typename?: 'Job', id: string, jobId: string, type?: string | null, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null, image?: { __typename?: 'Image', id: string, imageId: string, name?: string | null, status?: ImageStatus | null, visibility?: ImageVisibility | null, imageType?: ImageType | null, osType?: OsType | null, osVersion?: string | null, platform?: Platform | null, diskFormat?: DiskFormat | null, minDiskGb?: number | null, minRamMb?: number | null, sizeBytes?: number | null, protected?: boolean | null, ownedByMe: boolean, createdAt?: string | null, updatedAt?: string | null, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } | null } };

export type JobsProgressSubscriptionVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type JobsProgressSubscription = { __typename?: 'Subscription', jobsProgress: { __typename?: 'JobProgressEvent', job: { __typename?: 'Job', id: string, jobId: string, type?: string | null, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, beginTime?: string | null, endTime?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, imageName?: string | null } } };

export type ImageStatusSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ImageStatusSubscription = { __typename?: 'Subscription', imageStatus: { __typename?: 'Image', checksum?: string | null, id: string, imageId: string, name?: string | null, status?: ImageStatus | null, visibility?: ImageVisibility | null, imageType?: ImageType | null, osType?: OsType | null, osVersion?: string | null, platform?: Platform | null, diskFormat?: DiskFormat | null, minDiskGb?: number | null, minRamMb?: number | null, sizeBytes?: number | null, protected?: boolean | null, ownedByMe: boolean, createdAt?: string | null, updatedAt?: string | null, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } };

export type JobStartedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type JobStartedSubscription = { __typename?: 'Subscription', jobStarted: { __typename?: 'JobRecord', jobId: string, kind: JobKind, upstreamType?: string | null, imageName?: string | null, startedBy?: string | null, startedAt: string, updatedAt: string, status: JobStatus, done: boolean, progressPercent?: number | null, currentTask?: string | null, errorCode?: string | null, failReason?: string | null, imageId?: string | null, targets: Array<{ __typename?: 'JobTarget', kind: JobTargetKind, id: string }> } };

export type ImageTagsQueryVariables = Exact<{
  imageId: Scalars['ID']['input'];
}>;


export type ImageTagsQuery = { __typename?: 'Query', imageTags: Array<{ __typename?: 'ImageTag', key: string, value: string }> };

export type ProjectTagsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectTagsQuery = { __typename?: 'Query', projectTags: Array<{ __typename?: 'ProjectTag', key: string, values: Array<string> }> };

export type TagsInUseQueryVariables = Exact<{
  filter?: InputMaybe<ImageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TagsInUseQuery = { __typename?: 'Query', tagsInUse: Array<{ __typename?: 'ImageTag', key: string, value: string }> };

export type ImagesByTagsQueryVariables = Exact<{
  where: ImageTagQuery;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ImagesByTagsQuery = { __typename?: 'Query', imagesByTags: { __typename?: 'TaggedImages', totalCount: number, images: Array<{ __typename?: 'TaggedImage', imageId: string, name?: string | null, status?: string | null, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }>, image?: { __typename?: 'Image', id: string, imageId: string, name?: string | null, status?: ImageStatus | null, visibility?: ImageVisibility | null, imageType?: ImageType | null, osType?: OsType | null, osVersion?: string | null, platform?: Platform | null, diskFormat?: DiskFormat | null, minDiskGb?: number | null, minRamMb?: number | null, sizeBytes?: number | null, protected?: boolean | null, ownedByMe: boolean, createdAt?: string | null, updatedAt?: string | null, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } | null }> } };

export type CountImagesByTagsQueryVariables = Exact<{
  where: ImageTagQuery;
}>;


export type CountImagesByTagsQuery = { __typename?: 'Query', countImagesByTags: number };

export type AddImageTagMutationVariables = Exact<{
  imageId: Scalars['ID']['input'];
  tag: ImageTagInput;
}>;


export type AddImageTagMutation = { __typename?: 'Mutation', addImageTag: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ImageTagsPayload', imageId: string, image: { __typename?: 'Image', id: string, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type SetImageTagMutationVariables = Exact<{
  imageId: Scalars['ID']['input'];
  tag: ImageTagInput;
}>;


export type SetImageTagMutation = { __typename?: 'Mutation', setImageTag: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ImageTagsPayload', imageId: string, image: { __typename?: 'Image', id: string, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type SetImageTagsMutationVariables = Exact<{
  imageId: Scalars['ID']['input'];
  tags: Array<ImageTagInput> | ImageTagInput;
}>;


export type SetImageTagsMutation = { __typename?: 'Mutation', setImageTags: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ImageTagsPayload', imageId: string, image: { __typename?: 'Image', id: string, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type RemoveImageTagsMutationVariables = Exact<{
  imageId: Scalars['ID']['input'];
  keys: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type RemoveImageTagsMutation = { __typename?: 'Mutation', removeImageTags: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ImageTagsPayload', imageId: string, image: { __typename?: 'Image', id: string, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type DeleteImageTagsMutationVariables = Exact<{
  imageId: Scalars['ID']['input'];
  tags: Array<ImageTagMatch> | ImageTagMatch;
}>;


export type DeleteImageTagsMutation = { __typename?: 'Mutation', deleteImageTags: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ImageTagsPayload', imageId: string, image: { __typename?: 'Image', id: string, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type DeleteImageTagMutationVariables = Exact<{
  imageId: Scalars['ID']['input'];
  key: Scalars['String']['input'];
}>;


export type DeleteImageTagMutation = { __typename?: 'Mutation', deleteImageTag: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ImageTagsPayload', imageId: string, image: { __typename?: 'Image', id: string, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type AddPlainImageTagMutationVariables = Exact<{
  imageId: Scalars['ID']['input'];
  tag: Scalars['String']['input'];
}>;


export type AddPlainImageTagMutation = { __typename?: 'Mutation', addPlainImageTag: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ImageTagsPayload', imageId: string, image: { __typename?: 'Image', id: string, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export type RemovePlainImageTagMutationVariables = Exact<{
  imageId: Scalars['ID']['input'];
  tag: Scalars['String']['input'];
}>;


export type RemovePlainImageTagMutation = { __typename?: 'Mutation', removePlainImageTag: { __typename: 'ConflictError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ForbiddenError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ImageTagsPayload', imageId: string, image: { __typename?: 'Image', id: string, tags: Array<{ __typename?: 'ImageTag', key: string, value: string }> } } | { __typename: 'NotFoundError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'QuotaExceededError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'UnsupportedByUpstreamError', capability: string, upstreamKind: string, code: ErrorCode, message: string } | { __typename: 'UpstreamServiceError', code: ErrorCode, message: string, upstream?: { __typename?: 'UpstreamErrorDetails', status?: number | null, code?: string | null, message?: string | null, requestId?: string | null } | null } | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ __typename?: 'ValidationIssue', path: Array<string>, message: string }> } };

export const DashboardJobRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardJobRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamType"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardJobRecordFragment, unknown>;
export const DashboardJobStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardJobState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}}]} as unknown as DocumentNode<DashboardJobStateFragment, unknown>;
export const DashboardImageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardImage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"imageType"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"wholeImage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DashboardImageFragment, unknown>;
export const DashboardErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardErrorFragment, unknown>;
export const ImageSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"imageType"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"minDiskGb"}},{"kind":"Field","name":{"kind":"Name","value":"minRamMb"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ImageSummaryFragment, unknown>;
export const ImageDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"checksum"}},{"kind":"Field","name":{"kind":"Name","value":"containerFormat"}},{"kind":"Field","name":{"kind":"Name","value":"firmwareType"}},{"kind":"Field","name":{"kind":"Name","value":"osBits"}},{"kind":"Field","name":{"kind":"Name","value":"virtualEnvType"}},{"kind":"Field","name":{"kind":"Name","value":"wholeImage"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"encryptionKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseProjectId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerProjectId"}},{"kind":"Field","name":{"kind":"Name","value":"dataOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"backupId"}},{"kind":"Field","name":{"kind":"Name","value":"virtualSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parentImageId"}},{"kind":"Field","name":{"kind":"Name","value":"parentImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kvm"}},{"kind":"Field","name":{"kind":"Name","value":"xen"}},{"kind":"Field","name":{"kind":"Name","value":"arm"}},{"kind":"Field","name":{"kind":"Name","value":"largeMemory"}},{"kind":"Field","name":{"kind":"Name","value":"diskIntensive"}},{"kind":"Field","name":{"kind":"Name","value":"highPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"kvmGpuType"}},{"kind":"Field","name":{"kind":"Name","value":"xenGpuType"}},{"kind":"Field","name":{"kind":"Name","value":"agents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extraProperties"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"imageType"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"minDiskGb"}},{"kind":"Field","name":{"kind":"Name","value":"minRamMb"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ImageDetailsFragment, unknown>;
export const ImageMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ImageMemberFieldsFragment, unknown>;
export const UpstreamErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]} as unknown as DocumentNode<UpstreamErrorFieldsFragment, unknown>;
export const MutationErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]} as unknown as DocumentNode<MutationErrorFragment, unknown>;
export const JobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}}]} as unknown as DocumentNode<JobFieldsFragment, unknown>;
export const JobStartedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobStarted"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}}]} as unknown as DocumentNode<JobStartedFragment, unknown>;
export const ImageTagsChangedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageTagsChanged"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageTagsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ImageTagsChangedFragment, unknown>;
export const SharingJobStartedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingJobStarted"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}}]} as unknown as DocumentNode<SharingJobStartedFragment, unknown>;
export const JobRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamType"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<JobRecordFieldsFragment, unknown>;
export const NodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageSummary"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","alias":{"kind":"Name","value":"jobStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","alias":{"kind":"Name","value":"jobImageId"},"name":{"kind":"Name","value":"imageId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"imageType"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"minDiskGb"}},{"kind":"Field","name":{"kind":"Name","value":"minRamMb"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<NodeFieldsFragment, unknown>;
export const DashboardJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardJobRecord"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardJobRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamType"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardJobsQuery, DashboardJobsQueryVariables>;
export const DashboardJobStartedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardJobStarted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobStarted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardJobRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardJobRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamType"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardJobStartedSubscription, DashboardJobStartedSubscriptionVariables>;
export const DashboardJobsProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardJobsProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobsProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardJobState"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardJobState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}}]} as unknown as DocumentNode<DashboardJobsProgressSubscription, DashboardJobsProgressSubscriptionVariables>;
export const DashboardJobProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardJobProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardJobState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardJobState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}}]} as unknown as DocumentNode<DashboardJobProgressSubscription, DashboardJobProgressSubscriptionVariables>;
export const DashboardImagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardImages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"15"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"imageType"},"value":{"kind":"EnumValue","value":"PRIVATE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardImage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardImage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"imageType"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"wholeImage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DashboardImagesQuery, DashboardImagesQueryVariables>;
export const DashboardImageStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardImageStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DashboardImageStatusSubscription, DashboardImageStatusSubscriptionVariables>;
export const DashboardCopyImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardCopyImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CopyImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardCopyImageMutation, DashboardCopyImageMutationVariables>;
export const DashboardExportImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardExportImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardExportImageMutation, DashboardExportImageMutationVariables>;
export const ListImagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListImages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"imageType"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"minDiskGb"}},{"kind":"Field","name":{"kind":"Name","value":"minRamMb"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ListImagesQuery, ListImagesQueryVariables>;
export const ListImagesBackwardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListImagesBackwards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"imageType"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"minDiskGb"}},{"kind":"Field","name":{"kind":"Name","value":"minRamMb"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ListImagesBackwardsQuery, ListImagesBackwardsQueryVariables>;
export const GetImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageDetails"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageMemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"imageType"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"minDiskGb"}},{"kind":"Field","name":{"kind":"Name","value":"minRamMb"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"checksum"}},{"kind":"Field","name":{"kind":"Name","value":"containerFormat"}},{"kind":"Field","name":{"kind":"Name","value":"firmwareType"}},{"kind":"Field","name":{"kind":"Name","value":"osBits"}},{"kind":"Field","name":{"kind":"Name","value":"virtualEnvType"}},{"kind":"Field","name":{"kind":"Name","value":"wholeImage"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"encryptionKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseProjectId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerProjectId"}},{"kind":"Field","name":{"kind":"Name","value":"dataOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"backupId"}},{"kind":"Field","name":{"kind":"Name","value":"virtualSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parentImageId"}},{"kind":"Field","name":{"kind":"Name","value":"parentImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kvm"}},{"kind":"Field","name":{"kind":"Name","value":"xen"}},{"kind":"Field","name":{"kind":"Name","value":"arm"}},{"kind":"Field","name":{"kind":"Name","value":"largeMemory"}},{"kind":"Field","name":{"kind":"Name","value":"diskIntensive"}},{"kind":"Field","name":{"kind":"Name","value":"highPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"kvmGpuType"}},{"kind":"Field","name":{"kind":"Name","value":"xenGpuType"}},{"kind":"Field","name":{"kind":"Name","value":"agents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extraProperties"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<GetImageQuery, GetImageQueryVariables>;
export const RegionImagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionImages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"imageType"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"minDiskGb"}},{"kind":"Field","name":{"kind":"Name","value":"minRamMb"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RegionImagesQuery, RegionImagesQueryVariables>;
export const LegacyImagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegacyImages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LegacyImageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"checksum"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"imageType"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"minDiskGb"}},{"kind":"Field","name":{"kind":"Name","value":"minRamMb"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<LegacyImagesQuery, LegacyImagesQueryVariables>;
export const LegacyImageMetadataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegacyImageMetadata"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyImageMetadata"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"containerFormat"}},{"kind":"Field","name":{"kind":"Name","value":"checksum"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"minDiskGb"}},{"kind":"Field","name":{"kind":"Name","value":"minRamMb"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"ownerProjectId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<LegacyImageMetadataQuery, LegacyImageMetadataQueryVariables>;
export const CreateImageFromServerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateImageFromServer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateImageFromServerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createImageFromServer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobStarted"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobStarted"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<CreateImageFromServerMutation, CreateImageFromServerMutationVariables>;
export const CreateImagesFromServerDataDisksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateImagesFromServerDataDisks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateImagesFromServerDataDisksInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createImagesFromServerDataDisks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobStarted"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobStarted"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<CreateImagesFromServerDataDisksMutation, CreateImagesFromServerDataDisksMutationVariables>;
export const CreateImageFromFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateImageFromFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateImageFromFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createImageFromFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobStarted"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobStarted"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<CreateImageFromFileMutation, CreateImageFromFileMutationVariables>;
export const CreateImageFromDataDiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateImageFromDataDisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateImageFromDataDiskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createImageFromDataDisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobStarted"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobStarted"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<CreateImageFromDataDiskMutation, CreateImageFromDataDiskMutationVariables>;
export const QuickImportImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QuickImportImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuickImportImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quickImportImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobStarted"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobStarted"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<QuickImportImageMutation, QuickImportImageMutationVariables>;
export const CreateDataImageFromFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDataImageFromFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDataImageFromFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDataImageFromFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobStarted"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobStarted"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDataImageFromFileMutation, CreateDataImageFromFileMutationVariables>;
export const CreateWholeImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWholeImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWholeImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWholeImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobStarted"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobStarted"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWholeImageMutation, CreateWholeImageMutationVariables>;
export const CreateImageMetadataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateImageMetadata"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateImageMetadataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createImageMetadata"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImagePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageSummary"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"imageType"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"minDiskGb"}},{"kind":"Field","name":{"kind":"Name","value":"minRamMb"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<CreateImageMetadataMutation, CreateImageMetadataMutationVariables>;
export const UploadImageFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadImageFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadImageFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImagePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"checksum"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"imageType"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"minDiskGb"}},{"kind":"Field","name":{"kind":"Name","value":"minRamMb"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<UploadImageFileMutation, UploadImageFileMutationVariables>;
export const RegisterImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageUrl"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"imageUrl"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageUrl"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobStarted"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobStarted"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterImageMutation, RegisterImageMutationVariables>;
export const UpdateImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImagePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageDetails"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"imageType"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"minDiskGb"}},{"kind":"Field","name":{"kind":"Name","value":"minRamMb"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"checksum"}},{"kind":"Field","name":{"kind":"Name","value":"containerFormat"}},{"kind":"Field","name":{"kind":"Name","value":"firmwareType"}},{"kind":"Field","name":{"kind":"Name","value":"osBits"}},{"kind":"Field","name":{"kind":"Name","value":"virtualEnvType"}},{"kind":"Field","name":{"kind":"Name","value":"wholeImage"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"encryptionKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseProjectId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerProjectId"}},{"kind":"Field","name":{"kind":"Name","value":"dataOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"backupId"}},{"kind":"Field","name":{"kind":"Name","value":"virtualSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parentImageId"}},{"kind":"Field","name":{"kind":"Name","value":"parentImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kvm"}},{"kind":"Field","name":{"kind":"Name","value":"xen"}},{"kind":"Field","name":{"kind":"Name","value":"arm"}},{"kind":"Field","name":{"kind":"Name","value":"largeMemory"}},{"kind":"Field","name":{"kind":"Name","value":"diskIntensive"}},{"kind":"Field","name":{"kind":"Name","value":"highPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"kvmGpuType"}},{"kind":"Field","name":{"kind":"Name","value":"xenGpuType"}},{"kind":"Field","name":{"kind":"Name","value":"agents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extraProperties"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateImageMutation, UpdateImageMutationVariables>;
export const DeleteImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deleteBackups"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"deleteBackups"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deleteBackups"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletedImagePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteImageMutation, DeleteImageMutationVariables>;
export const DeactivateImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImagePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<DeactivateImageMutation, DeactivateImageMutationVariables>;
export const ReactivateImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImagePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<ReactivateImageMutation, ReactivateImageMutationVariables>;
export const LegacyDeleteImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LegacyDeleteImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyDeleteImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletedImagePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<LegacyDeleteImageMutation, LegacyDeleteImageMutationVariables>;
export const ExportImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobStarted"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobStarted"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<ExportImageMutation, ExportImageMutationVariables>;
export const CopyImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CopyImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CopyImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobStarted"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobStarted"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<CopyImageMutation, CopyImageMutationVariables>;
export const CopyImageToRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CopyImageToRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CopyImageToRegionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyImageToRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobStarted"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobStarted"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<CopyImageToRegionMutation, CopyImageToRegionMutationVariables>;
export const JobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Job"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subJobId"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"imageType"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"minDiskGb"}},{"kind":"Field","name":{"kind":"Name","value":"minRamMb"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<JobQuery, JobQueryVariables>;
export const ProjectJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobRecordFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamType"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProjectJobsQuery, ProjectJobsQueryVariables>;
export const ImageMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImageMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageMemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ImageMembersQuery, ImageMembersQueryVariables>;
export const ImageMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImageMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageMemberFields"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"imageType"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"minDiskGb"}},{"kind":"Field","name":{"kind":"Name","value":"minRamMb"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ImageMemberQuery, ImageMemberQueryVariables>;
export const ImageMembersWithTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImageMembersWithType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageMemberFields"}},{"kind":"Field","name":{"kind":"Name","value":"memberType"}},{"kind":"Field","name":{"kind":"Name","value":"organizationUrn"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ImageMembersWithTypeQuery, ImageMembersWithTypeQueryVariables>;
export const ImageMemberWithTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImageMemberWithType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageMemberFields"}},{"kind":"Field","name":{"kind":"Name","value":"memberType"}},{"kind":"Field","name":{"kind":"Name","value":"organizationUrn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ImageMemberWithTypeQuery, ImageMemberWithTypeQueryVariables>;
export const ShareImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageMemberPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageMemberFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<ShareImageMutation, ShareImageMutationVariables>;
export const AnswerImageShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerImageShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vaultId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerImageShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"vaultId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vaultId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageMemberPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageMemberFields"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageSummary"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"imageType"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"minDiskGb"}},{"kind":"Field","name":{"kind":"Name","value":"minRamMb"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerImageShareMutation, AnswerImageShareMutationVariables>;
export const UnshareImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnshareImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unshareImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnshareImagePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<UnshareImageMutation, UnshareImageMutationVariables>;
export const ShareImagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareImages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingJobStarted"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingJobStarted"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<ShareImagesMutation, ShareImagesMutationVariables>;
export const AnswerImageSharesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerImageShares"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vaultId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerImageShares"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"vaultId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vaultId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingJobStarted"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingJobStarted"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerImageSharesMutation, AnswerImageSharesMutationVariables>;
export const UnshareImagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnshareImages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unshareImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingJobStarted"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingJobStarted"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<UnshareImagesMutation, UnshareImagesMutationVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"imageType"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"minDiskGb"}},{"kind":"Field","name":{"kind":"Name","value":"minRamMb"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageSummary"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","alias":{"kind":"Name","value":"jobStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","alias":{"kind":"Name","value":"jobImageId"},"name":{"kind":"Name","value":"imageId"}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"imageType"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"minDiskGb"}},{"kind":"Field","name":{"kind":"Name","value":"minRamMb"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageSummary"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","alias":{"kind":"Name","value":"jobStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","alias":{"kind":"Name","value":"jobImageId"},"name":{"kind":"Name","value":"imageId"}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const QuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]} as unknown as DocumentNode<QuotaQuery, QuotaQueryVariables>;
export const OsVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OsVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OsVersionTag"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"osVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"bits"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}}]}}]}}]}}]} as unknown as DocumentNode<OsVersionsQuery, OsVersionsQueryVariables>;
export const ApiVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ApiVersionsQuery, ApiVersionsQueryVariables>;
export const ApiVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ApiVersionQuery, ApiVersionQueryVariables>;
export const GlanceSchemaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlanceSchema"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GlanceSchemaName"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"glanceSchema"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}]}}]} as unknown as DocumentNode<GlanceSchemaQuery, GlanceSchemaQueryVariables>;
export const JobProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"JobProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"imageType"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"minDiskGb"}},{"kind":"Field","name":{"kind":"Name","value":"minRamMb"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<JobProgressSubscription, JobProgressSubscriptionVariables>;
export const JobsProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"JobsProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobsProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"beginTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}}]}}]} as unknown as DocumentNode<JobsProgressSubscription, JobsProgressSubscriptionVariables>;
export const ImageStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ImageStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"checksum"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"imageType"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"minDiskGb"}},{"kind":"Field","name":{"kind":"Name","value":"minRamMb"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ImageStatusSubscription, ImageStatusSubscriptionVariables>;
export const JobStartedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"JobStarted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobStarted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamType"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<JobStartedSubscription, JobStartedSubscriptionVariables>;
export const ImageTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImageTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ImageTagsQuery, ImageTagsQueryVariables>;
export const ProjectTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectTags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectTags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]} as unknown as DocumentNode<ProjectTagsQuery, ProjectTagsQueryVariables>;
export const TagsInUseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TagsInUse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagsInUse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<TagsInUseQuery, TagsInUseQueryVariables>;
export const ImagesByTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImagesByTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageTagQuery"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imagesByTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"imageType"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"minDiskGb"}},{"kind":"Field","name":{"kind":"Name","value":"minRamMb"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ImagesByTagsQuery, ImagesByTagsQueryVariables>;
export const CountImagesByTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountImagesByTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageTagQuery"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countImagesByTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}]}]}}]} as unknown as DocumentNode<CountImagesByTagsQuery, CountImagesByTagsQueryVariables>;
export const AddImageTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddImageTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageTagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addImageTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tag"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageTagsChanged"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageTagsChanged"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageTagsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<AddImageTagMutation, AddImageTagMutationVariables>;
export const SetImageTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetImageTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageTagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setImageTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tag"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageTagsChanged"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageTagsChanged"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageTagsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<SetImageTagMutation, SetImageTagMutationVariables>;
export const SetImageTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetImageTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageTagInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setImageTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageTagsChanged"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageTagsChanged"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageTagsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<SetImageTagsMutation, SetImageTagsMutationVariables>;
export const RemoveImageTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveImageTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeImageTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageTagsChanged"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageTagsChanged"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageTagsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveImageTagsMutation, RemoveImageTagsMutationVariables>;
export const DeleteImageTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteImageTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageTagMatch"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteImageTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageTagsChanged"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageTagsChanged"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageTagsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteImageTagsMutation, DeleteImageTagsMutationVariables>;
export const DeleteImageTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteImageTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteImageTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageTagsChanged"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageTagsChanged"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageTagsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteImageTagMutation, DeleteImageTagMutationVariables>;
export const AddPlainImageTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPlainImageTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlainImageTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tag"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageTagsChanged"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageTagsChanged"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageTagsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<AddPlainImageTagMutation, AddPlainImageTagMutationVariables>;
export const RemovePlainImageTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePlainImageTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePlainImageTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tag"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageTagsChanged"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamErrorDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageTagsChanged"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageTagsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedByUpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamErrorFields"}}]}}]}}]}}]} as unknown as DocumentNode<RemovePlainImageTagMutation, RemovePlainImageTagMutationVariables>;