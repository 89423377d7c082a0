/**
 * Enums of the image domain. GraphQL values are SCREAMING_CASE; their internal values are the domain
 * values of src/upstream/domain.ts. An upstream value we do not know maps to null (`enumValue`), and the
 * raw string stays reachable through `Image.extraProperties`, so a new upstream value never breaks a query.
 */
import { z } from 'zod';
import { builder } from '../builder';

type Values = Record<string, { value: string; description: string }>;

function enumOf<const V extends Values>(name: string, description: string, values: V) {
  return builder.enumType(name, { description, values });
}

export function enumValue<T extends string>(known: readonly T[], v: string | null | undefined): T | null {
  if (v == null) return null;
  const hit = known.find((k) => k.toLowerCase() === v.toLowerCase());
  return hit ?? null;
}

export const IMAGE_STATUS_VALUES = ['queued', 'saving', 'uploading', 'importing', 'active', 'killed', 'deleted', 'pending_delete', 'deactivated', 'unknown'] as const;
export const ImageStatusEnum = enumOf('ImageStatus', 'Lifecycle state of an image. Only ACTIVE images can be used to create servers.', {
  QUEUED: { value: 'queued', description: 'Metadata created; waiting for an image file (upload or registration).' },
  SAVING: { value: 'saving', description: 'The image file is being written to backend storage.' },
  UPLOADING: { value: 'uploading', description: 'Glance interoperable import: data is being staged.' },
  IMPORTING: { value: 'importing', description: 'Glance interoperable import: data is being imported.' },
  ACTIVE: { value: 'active', description: 'Usable.' },
  KILLED: { value: 'killed', description: 'The upload failed; the image is unusable.' },
  DELETED: { value: 'deleted', description: 'Deleted (kept as a record).' },
  PENDING_DELETE: { value: 'pending_delete', description: 'Deleted, data not yet purged (Glance delayed delete).' },
  DEACTIVATED: { value: 'deactivated', description: 'Glance: data access disabled by an administrator.' },
  UNKNOWN: {
    value: 'unknown',
    description: 'A status the gateway does not know yet (a cloud added one); `Image.statusRaw` has it as sent. Not a filter value.',
  },
});

/** Filters name documented statuses only: UNKNOWN is what the gateway reports, not something upstream can filter by. */
export const knownStatusFilter = z.string().refine((v) => v !== 'unknown', 'UNKNOWN is not a filter value');
/** The filter's status once `knownStatusFilter` has run: the type narrowed to the documented statuses. */
export const filterStatus = <S extends string>(s: S | null | undefined): Exclude<S, 'unknown'> | undefined =>
  s == null || s === 'unknown' ? undefined : (s as Exclude<S, 'unknown'>);

export const IMAGE_VISIBILITY_VALUES = ['public', 'private', 'shared', 'community'] as const;
export const ImageVisibilityEnum = enumOf('ImageVisibility', 'Who can see an image.', {
  PUBLIC: { value: 'public', description: 'Everyone (IMS public images are also of type GOLD).' },
  PRIVATE: { value: 'private', description: 'The owning project only.' },
  SHARED: { value: 'shared', description: 'The owner and the projects it is shared with (members).' },
  COMMUNITY: { value: 'community', description: 'Glance community images (not used by IMS).' },
});

export const IMAGE_TYPE_VALUES = ['gold', 'private', 'shared', 'market'] as const;
export const ImageTypeEnum = enumOf('ImageType', 'IMS classification of an image (`__imagetype`).', {
  GOLD: { value: 'gold', description: 'Public image provided by the cloud.' },
  PRIVATE: { value: 'private', description: 'Private image of your project.' },
  SHARED: { value: 'shared', description: 'Shared image: one you share, or one shared with you that you accepted.' },
  MARKET: { value: 'market', description: 'Marketplace image (central image list only).' },
});

export const OS_TYPE_VALUES = ['Linux', 'Windows', 'Other'] as const;
export const OsTypeEnum = enumOf('OsType', 'Operating system family.', {
  LINUX: { value: 'Linux', description: 'Linux.' },
  WINDOWS: { value: 'Windows', description: 'Windows.' },
  OTHER: { value: 'Other', description: 'Anything else.' },
});

export const PLATFORM_VALUES = [
  'Windows', 'Ubuntu', 'RedHat', 'SUSE', 'CentOS', 'Debian', 'OpenSUSE', 'Oracle Linux', 'Fedora', 'Other', 'CoreOS', 'EulerOS',
] as const;
export const PlatformEnum = enumOf('Platform', 'OS distribution of an image (`__platform`, a filter of IMS `GET /v2/cloudimages`).', {
  WINDOWS: { value: 'Windows', description: 'Microsoft Windows.' },
  UBUNTU: { value: 'Ubuntu', description: 'Ubuntu.' },
  RED_HAT: { value: 'RedHat', description: 'Red Hat Enterprise Linux.' },
  SUSE: { value: 'SUSE', description: 'SUSE Linux Enterprise.' },
  CENTOS: { value: 'CentOS', description: 'CentOS.' },
  DEBIAN: { value: 'Debian', description: 'Debian.' },
  OPENSUSE: { value: 'OpenSUSE', description: 'openSUSE.' },
  ORACLE_LINUX: { value: 'Oracle Linux', description: 'Oracle Linux.' },
  FEDORA: { value: 'Fedora', description: 'Fedora.' },
  OTHER: { value: 'Other', description: 'Other or unknown.' },
  COREOS: { value: 'CoreOS', description: 'CoreOS.' },
  EULEROS: { value: 'EulerOS', description: 'EulerOS.' },
});

export const DISK_FORMAT_VALUES = ['vhd', 'zvhd', 'zvhd2', 'raw', 'qcow2', 'iso', 'vmdk', 'vdi', 'vhdx', 'qed', 'qcow', 'ami', 'ari', 'aki', 'ploop'] as const;
export const DiskFormatEnum = enumOf('DiskFormat', 'Format of the image file. IMS documents VHD, ZVHD, ZVHD2, RAW, QCOW2 and ISO; Glance adds the rest.', {
  VHD: { value: 'vhd', description: 'VHD (the IMS default for new metadata).' },
  ZVHD: { value: 'zvhd', description: 'Huawei ZVHD.' },
  ZVHD2: { value: 'zvhd2', description: 'Huawei ZVHD2 (supports lazy loading and quick import).' },
  RAW: { value: 'raw', description: 'Raw disk.' },
  QCOW2: { value: 'qcow2', description: 'QEMU copy-on-write v2.' },
  ISO: { value: 'iso', description: 'ISO 9660 optical disc image.' },
  VMDK: { value: 'vmdk', description: 'VMware disk.' },
  VDI: { value: 'vdi', description: 'VirtualBox disk.' },
  VHDX: { value: 'vhdx', description: 'Hyper-V VHDX.' },
  QED: { value: 'qed', description: 'QEMU enhanced disk.' },
  QCOW: { value: 'qcow', description: 'QEMU copy-on-write v1.' },
  AMI: { value: 'ami', description: 'Amazon machine image.' },
  ARI: { value: 'ari', description: 'Amazon ramdisk image.' },
  AKI: { value: 'aki', description: 'Amazon kernel image.' },
  PLOOP: { value: 'ploop', description: 'Virtuozzo ploop.' },
});

export const CONTAINER_FORMAT_VALUES = ['bare', 'ovf', 'ova', 'ami', 'ari', 'aki', 'docker', 'compressed'] as const;
export const ContainerFormatEnum = enumOf('ContainerFormat', 'Container around the disk image. IMS uses BARE.', {
  BARE: { value: 'bare', description: 'No container (IMS default).' },
  OVF: { value: 'ovf', description: 'Open Virtualization Format.' },
  OVA: { value: 'ova', description: 'OVF archive.' },
  AMI: { value: 'ami', description: 'Amazon machine image.' },
  ARI: { value: 'ari', description: 'Amazon ramdisk image.' },
  AKI: { value: 'aki', description: 'Amazon kernel image.' },
  DOCKER: { value: 'docker', description: 'Docker tar archive.' },
  COMPRESSED: { value: 'compressed', description: 'Compressed archive.' },
});

export const FIRMWARE_TYPE_VALUES = ['bios', 'uefi'] as const;
export const FirmwareTypeEnum = enumOf('FirmwareType', 'Boot mode (`hw_firmware_type`); BIOS when the upstream does not say.', {
  BIOS: { value: 'bios', description: 'Legacy BIOS boot.' },
  UEFI: { value: 'uefi', description: 'UEFI boot.' },
});

export const VIRTUAL_ENV_TYPE_VALUES = ['FusionCompute', 'Ironic', 'DataImage', 'IsoImage'] as const;
export const VirtualEnvTypeEnum = enumOf('VirtualEnvType', 'What the image is for (`virtual_env_type`).', {
  FUSION_COMPUTE: { value: 'FusionCompute', description: 'ECS system-disk image.' },
  IRONIC: { value: 'Ironic', description: 'Bare-metal server (BMS) image.' },
  DATA_IMAGE: { value: 'DataImage', description: 'Data-disk image.' },
  ISO_IMAGE: { value: 'IsoImage', description: 'ISO image.' },
});

export const MEMBER_STATUS_VALUES = ['pending', 'accepted', 'rejected'] as const;
export const MemberStatusEnum = enumOf('MemberStatus', 'A recipient project’s answer to a share.', {
  PENDING: { value: 'pending', description: 'Awaiting the recipient’s decision; hidden from its default lists.' },
  ACCEPTED: { value: 'accepted', description: 'Accepted: listed among the recipient’s images.' },
  REJECTED: { value: 'rejected', description: 'Rejected: hidden from lists, but still usable to create servers.' },
});

export const SortDirectionEnum = enumOf('SortDirection', 'Sort direction.', {
  ASC: { value: 'asc', description: 'Ascending.' },
  DESC: { value: 'desc', description: 'Descending (the upstream default).' },
});

export const ImageSortKeyEnum = enumOf('ImageSortKey', 'Attribute to sort image lists by (`sort_key` of IMS `GET /v2/cloudimages` and Glance `GET /v2/images`).', {
  CREATED_AT: { value: 'createdAt', description: 'Creation time (the default).' },
  NAME: { value: 'name', description: 'Name.' },
  STATUS: { value: 'status', description: 'Status.' },
  DISK_FORMAT: { value: 'diskFormat', description: 'Disk format.' },
  CONTAINER_FORMAT: { value: 'containerFormat', description: 'Container format.' },
  SIZE: { value: 'size', description: 'Size.' },
  ID: { value: 'id', description: 'Image id.' },
});

export const ComparisonOpEnum = enumOf('ComparisonOperator', 'How a time filter compares (`created_at=<op>:<time>`).', {
  GT: { value: 'gt', description: 'Later than.' },
  GTE: { value: 'gte', description: 'At or later than.' },
  LT: { value: 'lt', description: 'Earlier than.' },
  LTE: { value: 'lte', description: 'At or earlier than.' },
  EQ: { value: 'eq', description: 'Exactly at.' },
  NEQ: { value: 'neq', description: 'Not at.' },
});
