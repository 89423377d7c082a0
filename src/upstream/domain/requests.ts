/** Request inputs of the writes: IMS image creation, export, replication, sharing; image patches; Glance metadata. */
import type { ImageTag } from './images';

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
  | (CreateImageFromServerInput & {
      /** CBR vault; required when a CBR backup is created. */
      vaultId?: string;
    })
  | (Omit<CreateImageFromServerInput, 'from' | 'serverId'> & {
      from: 'backup';
      backupId: string;
      /** Required (`CBR`) for CBR backups; default `CSBS`. */
      backupType?: 'CBR' | 'CSBS';
    });

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
