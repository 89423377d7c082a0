/**
 * Image (a Relay node, loaded through a per-request DataLoader) and the objects hanging off it.
 */
import type { Image, ImageSupport, ImageTag } from '../../upstream/domain';
import { loadImagesById } from '../../loaders/images';
import { builder } from '../builder';
import {
  CONTAINER_FORMAT_VALUES,
  ContainerFormatEnum,
  DISK_FORMAT_VALUES,
  DiskFormatEnum,
  enumValue,
  FIRMWARE_TYPE_VALUES,
  FirmwareTypeEnum,
  IMAGE_STATUS_VALUES,
  IMAGE_TYPE_VALUES,
  IMAGE_VISIBILITY_VALUES,
  ImageStatusEnum,
  ImageTypeEnum,
  ImageVisibilityEnum,
  OS_TYPE_VALUES,
  OsTypeEnum,
  PLATFORM_VALUES,
  PlatformEnum,
  VIRTUAL_ENV_TYPE_VALUES,
  VirtualEnvTypeEnum,
} from './enums';

export const ImageTagRef = builder.objectRef<ImageTag>('ImageTag').implement({
  description:
    'A tag on an image. IMS tags are key/value pairs (key ≤ 36, value ≤ 43 characters); a plain Glance tag has an empty value.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Tag key.' }),
    value: t.exposeString('value', { description: 'Tag value; empty for a plain Glance tag.' }),
  }),
});

export const ImageSupportRef = builder.objectRef<ImageSupport>('ImageSupport').implement({
  description:
    'What the image supports (the IMS `__support_*` attributes). A null flag means the upstream did not say, which IMS uses for "not supported".',
  fields: (t) => ({
    kvm: t.exposeBoolean('kvm', { nullable: true, description: 'Runs on KVM ECSs.' }),
    xen: t.exposeBoolean('xen', { nullable: true, description: 'Runs on Xen ECSs.' }),
    largeMemory: t.exposeBoolean('largeMemory', { nullable: true, description: 'Supports large-memory ECSs (`__support_largememory`).' }),
    diskIntensive: t.exposeBoolean('diskIntensive', { nullable: true, description: 'Supports disk-intensive ECSs.' }),
    highPerformance: t.exposeBoolean('highPerformance', { nullable: true, description: 'Supports high-performance ECSs.' }),
    xenGpuType: t.exposeString('xenGpuType', { nullable: true, description: 'GPU type on Xen, e.g. M60_vGPU (`__support_xen_gpu_type`).' }),
    kvmGpuType: t.exposeString('kvmGpuType', { nullable: true, description: 'GPU type on KVM, e.g. V100_vGPU, P4 (`__support_kvm_gpu_type`).' }),
    xenHana: t.exposeBoolean('xenHana', { nullable: true, description: 'Supports HANA ECSs on Xen.' }),
    kvmInfiniband: t.exposeBoolean('kvmInfiniband', { nullable: true, description: 'Supports InfiniBand NICs on KVM.' }),
    cloudInitInjectionUnsupported: t.exposeBoolean('cloudInitInjectionUnsupported', {
      nullable: true,
      description: 'True when password/key injection through Cloud-Init is NOT supported (`__support_fc_inject`).',
    }),
    amd: t.exposeBoolean('amd', { nullable: true, description: 'AMD x86 architecture.' }),
    arm: t.exposeBoolean('arm', { nullable: true, description: 'ARM architecture.' }),
    kvmFpgaType: t.exposeString('kvmFpgaType', { nullable: true, description: 'FPGA type on KVM, e.g. VU9P (undocumented upstream).' }),
    agents: t.exposeStringList('agents', {
      description: 'Agents configured in the image: `hss` (Host Security Service), `ces` (host monitoring).',
    }),
  }),
});

export const ImageRef = builder.loadableNodeRef<Image>('Image', {
  id: { resolve: (image) => image.id, description: 'Global id of the image (for node/nodes and client caches); the upstream id is imageId.' },
  load: (ids: string[], ctx) => loadImagesById(ctx, ids),
  toKey: (image) => image.id,
  cacheResolved: true,
});

ImageRef.implement({
  description: 'An image: the template a server is created from (IMS `GET /v2/cloudimages`, Glance `GET /v2/images/{image_id}`).',
  isTypeOf: (v) => typeof v === 'object' && v !== null && 'osVersion' in v && 'visibility' in v,
  fields: (t) => ({
    imageId: t.exposeID('id', { description: 'The upstream image id (UUID), as IMS and Glance know it.' }),
    name: t.exposeString('name', { nullable: true, description: 'Name: 1–128 characters, no leading/trailing space.' }),
    status: t.field({
      type: ImageStatusEnum,
      nullable: true,
      description: 'Lifecycle state; UNKNOWN for a status the gateway does not know yet (see `statusRaw`).',
      resolve: (i) => enumValue(IMAGE_STATUS_VALUES, i.status),
    }),
    statusRaw: t.exposeString('statusRaw', { nullable: true, description: 'The status exactly as the upstream sent it.' }),
    visibility: t.field({
      type: ImageVisibilityEnum,
      nullable: true,
      description: 'Who can see the image (`visibility`).',
      resolve: (i) => enumValue(IMAGE_VISIBILITY_VALUES, i.visibility),
    }),
    imageType: t.field({
      type: ImageTypeEnum,
      nullable: true,
      description: 'IMS classification; null on plain OpenStack Glance.',
      resolve: (i) => enumValue(IMAGE_TYPE_VALUES, i.imageType),
    }),
    ownerProjectId: t.exposeString('ownerProjectId', { nullable: true, description: 'Project that owns the image.' }),
    ownedByMe: t.boolean({
      description: 'True when your project owns the image.',
      resolve: async (i, _a, ctx) => i.ownerProjectId != null && i.ownerProjectId === (await ctx.session()).projectId,
    }),
    protected: t.exposeBoolean('protected', { nullable: true, description: 'A protected image cannot be deleted.' }),
    tags: t.expose('tags', { type: [ImageTagRef], description: 'Tags, as key/value pairs.' }),
    osType: t.field({ type: OsTypeEnum, nullable: true, description: 'OS family (`__os_type`).', resolve: (i) => enumValue(OS_TYPE_VALUES, i.osType) }),
    osVersion: t.exposeString('osVersion', {
      nullable: true,
      description: 'Full OS version, e.g. "CentOS 7.3 64bit" (see `osVersions` for the values a region supports).',
    }),
    osBits: t.exposeInt('osBits', { nullable: true, description: '32 or 64.' }),
    platform: t.field({ type: PlatformEnum, nullable: true, description: 'OS distribution (`__platform`).', resolve: (i) => enumValue(PLATFORM_VALUES, i.platform) }),
    description: t.exposeString('description', { nullable: true, description: 'Description, ≤ 1024 characters.' }),
    diskFormat: t.field({ type: DiskFormatEnum, nullable: true, description: 'Format of the image file (`disk_format`).', resolve: (i) => enumValue(DISK_FORMAT_VALUES, i.diskFormat) }),
    containerFormat: t.field({
      type: ContainerFormatEnum,
      nullable: true,
      description: 'Container format (`container_format`); BARE on IMS.',
      resolve: (i) => enumValue(CONTAINER_FORMAT_VALUES, i.containerFormat),
    }),
    minDiskGb: t.exposeInt('minDiskGb', { nullable: true, description: 'Minimum system disk, in GB.' }),
    minRamMb: t.exposeInt('minRamMb', { nullable: true, description: 'Minimum memory, in MB (0 = no minimum).' }),
    maxRamMb: t.exposeInt('maxRamMb', { nullable: true, description: 'Maximum memory, in MB; usually unset.' }),
    sizeBytes: t.field({
      type: 'SafeInt',
      nullable: true,
      description: 'Size of the image file in bytes: the real file size (`__image_size`) when known, else Glance `size`.',
      resolve: (i) => i.imageSizeBytes ?? i.sizeBytes,
    }),
    virtualSizeBytes: t.field({ type: 'SafeInt', nullable: true, resolve: (i) => i.virtualSizeBytes, description: 'Virtual disk size in bytes, when reported.' }),
    checksum: t.exposeString('checksum', { nullable: true, description: 'MD5 of the image file, once uploaded.' }),
    downloadPath: t.string({
      description:
        "Where the gateway serves this image's data: `GET <gateway>/images/{imageId}/file` with the same credentials (streamed from Glance `GET /v2/images/{id}/file`; `Range` supported; 204 when there is no data; `Content-MD5` is the checksum).",
      resolve: (i) => `/images/${encodeURIComponent(i.id)}/file`,
    }),
    registered: t.exposeBoolean('registered', { nullable: true, description: 'Registered with IMS (only registered images are listed).' }),
    wholeImage: t.exposeBoolean('wholeImage', { nullable: true, description: 'A full-ECS image (system and data disks).' }),
    virtualEnvType: t.field({
      type: VirtualEnvTypeEnum,
      nullable: true,
      description: 'What the image is for: ECS system disk, BMS, data disk or ISO (`virtual_env_type`).',
      resolve: (i) => enumValue(VIRTUAL_ENV_TYPE_VALUES, i.virtualEnvType),
    }),
    firmwareType: t.field({ type: FirmwareTypeEnum, nullable: true, description: 'Boot mode (`hw_firmware_type`).', resolve: (i) => enumValue(FIRMWARE_TYPE_VALUES, i.firmwareType) }),
    support: t.field({ type: ImageSupportRef, description: 'What the image supports (the `__support_*` attributes).', resolve: (i) => i.support }),
    parentImage: t.field({
      type: ImageRef,
      nullable: true,
      description: 'The image this one was made from (`__originalimagename`), when it is visible to you.',
      resolve: (i) => i.parentImageId || null,
    }),
    parentImageId: t.exposeString('parentImageId', { nullable: true, description: 'Id of the parent image, even when it is not visible.' }),
    backupId: t.exposeString('backupId', { nullable: true, description: 'CSBS/CBR backup the image was created from.' }),
    marketplaceProductCode: t.exposeString('marketplaceProductCode', { nullable: true, description: 'Marketplace product id (`__productcode`), for Marketplace images.' }),
    dataOrigin: t.exposeString('dataOrigin', { nullable: true, description: 'Where the image data came from, e.g. "instance:<id>".' }),
    rootOrigin: t.exposeString('rootOrigin', { nullable: true, description: '"file" when created from an external image file.' }),
    storageType: t.exposeString('storageType', { nullable: true, description: 'Backend storage type (uds).' }),
    storageLocation: t.exposeString('storageLocation', { nullable: true, description: 'Where the image is stored (`__image_location`).' }),
    lazyLoading: t.exposeBoolean('lazyLoading', { nullable: true, description: 'Supports lazy loading.' }),
    osFeatures: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Advanced OS features (`__os_feature_list`), decoded from its JSON string when possible.',
      resolve: (i) => i.osFeatures,
    }),
    configInitialized: t.exposeBoolean('configInitialized', { nullable: true, description: 'Initial configuration completed.' }),
    encryptionKeyId: t.exposeString('encryptionKeyId', { nullable: true, description: 'KMS key encrypting the image; null when unencrypted.' }),
    accountCode: t.exposeString('accountCode', { nullable: true, description: 'Billing code.' }),
    publishableToMarketplace: t.exposeBoolean('publishableToMarketplace', {
      nullable: true,
      description: 'Whether the image can be published to Marketplace (`__system_support_market`).',
    }),
    offShelved: t.exposeBoolean('offShelved', { nullable: true, description: 'A Marketplace image that was delisted.' }),
    systemDiskSlot: t.exposeInt('systemDiskSlot', { nullable: true, description: 'System-disk slot number on the source ECS, e.g. 0 (`__sequence_num`).' }),
    enterpriseProjectId: t.exposeString('enterpriseProjectId', { nullable: true, description: '"0" = default enterprise project.' }),
    nicMultiqueue: t.exposeBoolean('nicMultiqueue', { nullable: true, description: 'NIC multi-queue supported.' }),
    createdAt: t.field({ type: 'DateTime', nullable: true, description: 'When the image was created (`created_at`).', resolve: (i) => i.createdAt }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, description: 'When the image last changed (`updated_at`).', resolve: (i) => i.updatedAt }),
    activatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (i) => i.activatedAt, description: 'When it became active.' }),
    deletedAt: t.field({ type: 'DateTime', nullable: true, description: 'When the image was deleted; null while it exists.', resolve: (i) => i.deletedAt }),
    deleted: t.exposeBoolean('deleted', { nullable: true, description: 'Whether the image has been deleted (soft-deleted records and v1 reads).' }),
    fileUrl: t.exposeString('fileUrl', { nullable: true, description: 'Upstream path of the image file.' }),
    extraProperties: t.field({
      type: 'JSON',
      description:
        'Every attribute the upstream sent beyond the documented ones (custom properties, new `__*` keys), under its upstream name.',
      resolve: (i) => i.extraProperties,
    }),
  }),
});
