/**
 * The input objects of the image mutations (and the small enums only they use): what each upstream write
 * operation takes, in GraphQL (= domain) names, with the documented rules as validation.
 */
import { z } from 'zod';
import { imageIdArg } from '../ids';
import { builder } from '../builder';
import { idempotencyKeyOptions } from '../jobs/start';
import { DiskFormatEnum, FirmwareTypeEnum, ContainerFormatEnum, OsTypeEnum } from './enums';
import { TagInput } from './queries';
import { imageDescription, imageName, imsTags, minDiskRange, obsObject, propertyName, ramMb, uuidLike } from './validation';

const ImageArchitectureEnum = builder.enumType('ImageArchitecture', {
  description: 'CPU architecture of an imported image.',
  values: { X86: { value: 'x86', description: 'x86 (default).' }, ARM: { value: 'arm', description: 'ARM (switched to UEFI boot).' } },
});
const ServerImageTypeEnum = builder.enumType('ServerImageType', {
  description: 'Whether a system-disk image is for ECSs or bare-metal servers.',
  values: { ECS: { value: 'ECS', description: 'Elastic Cloud Server (default).' }, BMS: { value: 'BMS', description: 'Bare Metal Server.' } },
});
const ExportFormatEnum = builder.enumType('ExportFileFormat', {
  description: 'File format of an exported image (IMS `POST /v1/cloudimages/{image_id}/file`).',
  values: {
    QCOW2: { value: 'qcow2', description: 'QCOW2.' },
    VHD: { value: 'vhd', description: 'VHD.' },
    ZVHD: { value: 'zvhd', description: 'ZVHD.' },
    VMDK: { value: 'vmdk', description: 'VMDK.' },
  },
});
const BackupTypeEnum = builder.enumType('BackupType', {
  description: 'Kind of backup a full-ECS image is made from.',
  values: { CSBS: { value: 'CSBS', description: 'Cloud Server Backup Service (default).' }, CBR: { value: 'CBR', description: 'Cloud Backup and Recovery.' } },
});

// The rules of validation.ts in words, for the descriptions of the fields they guard.
const NAME_RULES = '1–128 characters: letters, digits, "-", ".", "_", Chinese characters and spaces; no leading or trailing space';
const DESCRIPTION_RULES = '≤ 1024 characters, no line breaks, "<" or ">"';
const TAGS_RULES = 'Up to 10 key/value tags with unique keys';
const ENTERPRISE_PROJECT = '"0" = default enterprise project, or an enterprise project UUID (`enterprise_project_id`)';
export const IMAGE_ID = 'upstream UUID or global Image id';

/**
 * The `safeMode` field of the mutations whose IMS operation has an "in safe mode" variant in Huawei's IMS SDK
 * (docs/api/ENDPOINTS.md, "Huawei IMS SDK operations beyond the reference"). The SDK gives the variant the very
 * request body, answer and job of the original and titles it "(new)"; what differs is the path version.
 */
/** The field builder of this schema's input objects: shared fields keep their types (so the resolvers' input does). */
type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type InputFields = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

const safeMode = (t: InputFields, v21: string, original: string) =>
  t.boolean({
    description:
      `Start the job through the "in safe mode" variant of this operation that Huawei's IMS SDK calls (\`${v21}\`) instead of \`${original}\`. ` +
      'The SDK titles it the "(new)" version of the same operation: same request body, same answer, same asynchronous job. ' +
      'Neither the SDK nor the API reference documents a behavioural difference beyond the path version, so the job, its progress and the image it makes are read as usual. ' +
      'Default false. Huawei IMS only (UNSUPPORTED_BY_UPSTREAM on OpenStack, like every IMS job).',
  });
const CREATE_V21 = (t: InputFields) => ({ safeMode: safeMode(t, 'POST /v2.1/cloudimages/action', 'POST /v2/cloudimages/action') });

// Shared input fields of the creation mutations.
const common = (t: InputFields) => ({
  name: t.string({ required: true, validate: imageName, description: `Image name: ${NAME_RULES}.` }),
  description: t.string({ validate: imageDescription, description: `Image description: ${DESCRIPTION_RULES}.` }),
  tags: t.field({ type: [TagInput], validate: imsTags, description: `${TAGS_RULES} (\`image_tags\`).` }),
  enterpriseProjectId: t.string({ description: `${ENTERPRISE_PROJECT}.` }),
});
const ram = (t: InputFields) => ({
  minRamMb: t.int({ validate: ramMb, description: 'Minimum memory in MB, 0–1048576 (`min_ram`); 0 or unset = no minimum.' }),
  maxRamMb: t.int({ validate: ramMb, description: 'Maximum memory in MB, 0–1048576 (`max_ram`); unset by default.' }),
});

export const CreateImageFromServerInput = builder.inputType('CreateImageFromServerInput', {
  description: 'A system-disk image from a stopped ECS (IMS `POST /v2/cloudimages/action` with `instance_id`).',
  fields: (t) => ({ idempotencyKey: t.string(idempotencyKeyOptions), ...CREATE_V21(t), ...common(t), ...ram(t), serverId: t.string({ required: true, validate: uuidLike, description: 'The ECS (must be stopped).' }) }),
});

const DataDiskImageInput = builder.inputType('DataDiskImageInput', {
  description: 'One data-disk image to create from an ECS data disk.',
  fields: (t) => ({
    name: t.string({ required: true, validate: imageName, description: `Name of this data-disk image: ${NAME_RULES}.` }),
    volumeId: t.string({ required: true, validate: uuidLike, description: 'The data disk to image (`volume_id`).' }),
    description: t.string({ validate: imageDescription, description: `Description: ${DESCRIPTION_RULES}.` }),
    tags: t.field({ type: [TagInput], validate: imsTags, description: `${TAGS_RULES}.` }),
  }),
});
export const CreateImagesFromServerDataDisksInput = builder.inputType('CreateImagesFromServerDataDisksInput', {
  description: 'Data-disk images from an ECS’s data disks (IMS `POST /v2/cloudimages/action` with `data_images`).',
  fields: (t) => ({
    idempotencyKey: t.string(idempotencyKeyOptions),
    ...CREATE_V21(t),
    dataDisks: t.field({
      type: [DataDiskImageInput],
      required: true,
      validate: z.array(z.unknown()).min(1, 'at least one data disk'),
      description: 'The data disks to image, one image each (at least one; `data_images`).',
    }),
    enterpriseProjectId: t.string({ description: `${ENTERPRISE_PROJECT}.` }),
  }),
});

const FileDataDiskInput = builder.inputType('FileDataDiskImageInput', {
  description: 'A data disk imported together with a system disk from OBS.',
  fields: (t) => ({
    name: t.string({ validate: imageName, description: `Name of the data-disk image: ${NAME_RULES}.` }),
    description: t.string({ validate: imageDescription, description: `Description: ${DESCRIPTION_RULES}.` }),
    imageUrl: t.string({ required: true, validate: obsObject, description: '"bucket:file" in OBS (Standard storage class).' }),
    minDiskGb: t.int({ required: true, validate: minDiskRange(1, 2048), description: 'Data-disk size, 1–2048 GB.' }),
    quickImport: t.boolean({ description: 'Quick-import this disk (`is_quick_import`; RAW or ZVHD2 files, see quickImportImage).' }),
    tags: t.field({ type: [TagInput], validate: imsTags, description: `${TAGS_RULES}.` }),
  }),
});

export const CreateImageFromFileInput = builder.inputType('CreateImageFromFileInput', {
  description: 'A system-disk image from an image file in OBS (IMS `POST /v2/cloudimages/action` with `image_url`), optionally with up to 3 data disks.',
  fields: (t) => ({
    idempotencyKey: t.string(idempotencyKeyOptions),
    ...CREATE_V21(t),
    ...common(t),
    ...ram(t),
    imageUrl: t.string({ required: true, validate: obsObject, description: '"bucket:file" in OBS, e.g. "ims-image:centos70.qcow2".' }),
    minDiskGb: t.int({ required: true, validate: minDiskRange(40, 255), description: 'Minimum system disk, 40–255 GB.' }),
    osType: t.field({ type: OsTypeEnum, description: 'OS family of the file (`os_type`).' }),
    osVersion: t.string({ description: 'OS version in the file (`os_version`, a key from osVersions). Required for ISO files and quick import.' }),
    autoConfigure: t.boolean({ description: 'Let IMS optimize the image in the background (`is_config`).' }),
    configInitialized: t.boolean({ description: 'Initial configuration already done in the file (`is_config_init`).' }),
    encryptionKeyId: t.string({ description: 'KMS key to encrypt the image with.' }),
    quickImport: t.boolean({ description: 'Quick import (RAW/ZVHD2 only; requires osVersion).' }),
    iso: t.boolean({ description: 'The file is an ISO image (sent as `type: IsoImage`). ISO files, flagged or named *.iso, require osVersion.' }),
    dataDisks: t.field({
      type: [FileDataDiskInput],
      validate: z.array(z.unknown()).max(3, 'at most 3 data disks'),
      description: 'Up to 3 data disks imported with the system disk (`data_images`); their OS type must match it.',
    }),
  }),
  validate: z
    .looseObject({ osVersion: z.string().nullish(), quickImport: z.boolean().nullish(), iso: z.boolean().nullish(), imageUrl: z.string() })
    .superRefine((v, ctx) => {
      const iso = v.iso || /\.iso$/i.test(v.imageUrl);
      if ((iso || v.quickImport) && !v.osVersion)
        ctx.addIssue({ code: 'custom', path: ['osVersion'], message: 'is required for ISO files and quick import' });
    }),
});

export const CreateImageFromDataDiskInput = builder.inputType('CreateImageFromDataDiskInput', {
  description: 'A system-disk image from a data disk that holds an installed OS (IMS `POST /v2/cloudimages/action` with `volume_id`).',
  fields: (t) => ({
    idempotencyKey: t.string(idempotencyKeyOptions),
    ...CREATE_V21(t),
    ...common(t),
    ...ram(t),
    volumeId: t.string({ required: true, validate: uuidLike, description: 'The data disk holding an installed, optimized OS (`volume_id`).' }),
    osVersion: t.string({
      required: true,
      validate: z.string().min(1, 'must not be empty'),
      description: 'OS version on the disk (`os_version`, a key from osVersions); an OS IMS detects on the disk takes precedence.',
    }),
    serverType: t.field({ type: ServerImageTypeEnum, description: 'ECS (default) or BMS (`type`).' }),
  }),
});

export const QuickImportInput = builder.inputType('QuickImportImageInput', {
  description: 'Quick import of a large RAW or ZVHD2 file (≤ 1 TB) from OBS (IMS `POST /v2/cloudimages/quickimport/action`), as a system-disk or a data-disk image.',
  fields: (t) => ({
    idempotencyKey: t.string(idempotencyKeyOptions),
    safeMode: safeMode(t, 'POST /v2.1/cloudimages/quickimport/action', 'POST /v2/cloudimages/quickimport/action'),
    ...common(t),
    imageUrl: t.string({
      required: true,
      validate: obsObject,
      description: '"bucket:file" in OBS (Standard storage class); the file name must end in .raw or .zvhd2, file ≤ 1 TB.',
    }),
    minDiskGb: t.int({ required: true, validate: minDiskRange(1, 1024), description: 'Disk size, 1–1024 GB, larger than the file.' }),
    dataDisk: t.boolean({ defaultValue: false, description: 'Import as a data-disk image instead of a system disk.' }),
    osVersion: t.string({ description: 'System disk: required.' }),
    osType: t.field({ type: OsTypeEnum, description: 'Data disk: Linux (default) or Windows.' }),
    serverType: t.field({ type: ServerImageTypeEnum, description: 'System disk: ECS (default) or BMS.' }),
    architecture: t.field({ type: ImageArchitectureEnum, description: 'System disk only: X86 (default) or ARM (then booted with UEFI).' }),
  }),
  validate: z
    .looseObject({
      dataDisk: z.boolean().nullish(),
      osVersion: z.string().nullish(),
      imageUrl: z.string(),
      serverType: z.string().nullish(),
      architecture: z.string().nullish(),
    })
    .superRefine((v, ctx) => {
      if (!v.dataDisk && !v.osVersion) ctx.addIssue({ code: 'custom', path: ['osVersion'], message: 'is required for a system-disk import' });
      if (v.dataDisk && (v.serverType || v.architecture))
        ctx.addIssue({ code: 'custom', path: [v.serverType ? 'serverType' : 'architecture'], message: 'applies to system-disk imports only' });
      if (!/\.(raw|zvhd2)$/i.test(v.imageUrl))
        ctx.addIssue({ code: 'custom', path: ['imageUrl'], message: 'quick import takes RAW or ZVHD2 files only' });
    }),
});

export const CreateDataImageInput = builder.inputType('CreateDataImageFromFileInput', {
  description: 'A data-disk image from an image file in OBS (IMS `POST /v1/cloudimages/dataimages/action`).',
  fields: (t) => ({
    idempotencyKey: t.string(idempotencyKeyOptions),
    safeMode: safeMode(t, 'POST /v2.1/cloudimages/dataimages/action', 'POST /v1/cloudimages/dataimages/action'),
    ...common(t),
    imageUrl: t.string({ required: true, validate: obsObject, description: '"bucket:file" in OBS (Standard storage class).' }),
    minDiskGb: t.int({ required: true, validate: minDiskRange(40, 2048), description: 'Data-disk size, 40–2048 GB.' }),
    osType: t.field({ type: OsTypeEnum, description: 'OS family the disk belongs to (`os_type`): LINUX (upstream default) or WINDOWS.' }),
    encryptionKeyId: t.string({ description: 'KMS key to encrypt the image with (`cmk_id`); omit for an unencrypted image.' }),
  }),
});

export const CreateWholeImageInput = builder.inputType('CreateWholeImageInput', {
  description: 'A full-ECS image (system and data disks) from an ECS or from a CSBS/CBR backup (IMS `POST /v1/cloudimages/wholeimages/action`). Give exactly one of serverId and backupId.',
  fields: (t) => ({
    idempotencyKey: t.string(idempotencyKeyOptions),
    ...common(t),
    ...ram(t),
    serverId: t.string({ validate: uuidLike, description: 'The ECS to image (`instance_id`); IMS backs it up first.' }),
    vaultId: t.string({ description: 'With serverId: the CBR vault (required when a CBR backup is made).' }),
    backupId: t.string({ validate: uuidLike, description: 'The CSBS or CBR backup to image (`backup_id`).' }),
    backupType: t.field({ type: BackupTypeEnum, description: 'With backupId: CBR or CSBS (default).' }),
  }),
  validate: z
    .looseObject({ serverId: z.string().nullish(), backupId: z.string().nullish(), vaultId: z.string().nullish(), backupType: z.string().nullish() })
    .superRefine((v, ctx) => {
      if (!!v.serverId === !!v.backupId)
        ctx.addIssue({ code: 'custom', path: ['serverId'], message: 'give exactly one of serverId and backupId' });
      if (v.serverId && v.backupType) ctx.addIssue({ code: 'custom', path: ['backupType'], message: 'applies to backupId only' });
      if (v.backupId && v.vaultId) ctx.addIssue({ code: 'custom', path: ['vaultId'], message: 'applies to serverId only' });
    }),
});

export const ExportImageInput = builder.inputType('ExportImageInput', {
  description: 'Export a private image to OBS (IMS `POST /v1/cloudimages/{image_id}/file`). Give fileFormat, or quickExport: true (then no fileFormat).',
  fields: (t) => ({
    idempotencyKey: t.string(idempotencyKeyOptions),
    safeMode: safeMode(t, 'POST /v2.1/cloudimages/{image_id}/file', 'POST /v1/cloudimages/{image_id}/file'),
    imageId: t.id({ validate: imageIdArg, required: true, description: `The private image to export (${IMAGE_ID}).` }),
    bucketUrl: t.string({ required: true, validate: obsObject, description: '"bucket:file" in the same region (Standard storage class).' }),
    fileFormat: t.field({ type: ExportFormatEnum, description: 'File format (`file_format`); required unless quickExport, forbidden with it.' }),
    quickExport: t.boolean({ defaultValue: false, description: 'Quick export (`is_quick_export`), the only way for images > 128 GB; default false.' }),
  }),
  validate: z.looseObject({ fileFormat: z.string().nullish(), quickExport: z.boolean().nullish() }).superRefine((v, ctx) => {
    if (v.quickExport && v.fileFormat) ctx.addIssue({ code: 'custom', path: ['fileFormat'], message: 'must not be given with quickExport' });
    if (!v.quickExport && !v.fileFormat) ctx.addIssue({ code: 'custom', path: ['fileFormat'], message: 'is required unless quickExport is true' });
  }),
});

export const CopyImageInput = builder.inputType('CopyImageInput', {
  description: 'Replicate an image within the region, e.g. to encrypt or decrypt it (IMS `POST /v1/cloudimages/{image_id}/copy`).',
  fields: (t) => ({
    idempotencyKey: t.string(idempotencyKeyOptions),
    safeMode: safeMode(t, 'POST /v2.1/cloudimages/{image_id}/copy', 'POST /v1/cloudimages/{image_id}/copy'),
    imageId: t.id({ validate: imageIdArg, required: true, description: `The image to copy (${IMAGE_ID}); not a full-ECS or ISO image.` }),
    name: t.string({ required: true, validate: imageName, description: `Name of the copy: ${NAME_RULES}.` }),
    description: t.string({ validate: imageDescription, description: `Description of the copy: ${DESCRIPTION_RULES}.` }),
    encryptionKeyId: t.string({ description: 'KMS key for the copy (`cmk_id`); omit for an unencrypted copy.' }),
    enterpriseProjectId: t.string({ description: `Enterprise project of the copy: ${ENTERPRISE_PROJECT}.` }),
  }),
});

export const CopyImageToRegionInput = builder.inputType('CopyImageToRegionInput', {
  description: 'Replicate a private image (≤ 128 GB, unencrypted) to another region through an IAM agency (IMS `POST /v1/cloudimages/{image_id}/cross_region_copy`).',
  fields: (t) => ({
    idempotencyKey: t.string(idempotencyKeyOptions),
    imageId: t.id({ validate: imageIdArg, required: true, description: `The private image to copy (${IMAGE_ID}).` }),
    name: t.string({ required: true, validate: imageName, description: `Name of the copy: ${NAME_RULES}.` }),
    description: t.string({ validate: imageDescription, description: `Description of the copy: ${DESCRIPTION_RULES}.` }),
    region: t.string({ required: true, description: 'Destination region id, e.g. ap-southeast-1; must differ from the current region.', validate: z.string().regex(/^[a-z]{2}(-[a-z0-9]+)+$/, 'must be a region id such as ap-southeast-1') }),
    projectName: t.string({ required: true, validate: z.string().min(1, 'must not be empty'), description: 'Project in the destination region.' }),
    agencyName: t.string({ required: true, validate: z.string().min(1, 'must not be empty'), description: 'IAM agency with IMS Administrator in both regions.' }),
  }),
});

const ImagePropertyInput = builder.inputType('ImagePropertyInput', {
  description: 'A custom image property (string value, ≤ 255 characters).',
  fields: (t) => ({
    name: t.string({
      required: true,
      validate: propertyName,
      description: 'Property name, 1–255 characters; not a core attribute (id, status, owner, visibility, checksum, size, created_at, updated_at, file, self, schema, tags, locations, direct_url).',
    }),
    value: t.string({ required: true, validate: z.string().max(255, 'at most 255 characters'), description: 'Value, ≤ 255 characters (may be empty).' }),
  }),
});

const SupportUpdateInput = builder.inputType('ImageSupportUpdate', {
  description: 'Support flags to set (IMS).',
  fields: (t) => ({
    kvm: t.boolean({ description: 'Runs on KVM ECSs (`__support_kvm`).' }),
    xen: t.boolean({ description: 'Runs on Xen ECSs (`__support_xen`).' }),
    diskIntensive: t.boolean({ description: 'Supports disk-intensive ECSs (`__support_diskintensive`).' }),
    highPerformance: t.boolean({ description: 'Supports high-performance ECSs (`__support_highperformance`).' }),
    xenGpuType: t.string({ description: 'GPU type on Xen (`__support_xen_gpu_type`), e.g. M60_vGPU.' }),
    kvmGpuType: t.string({ description: 'GPU type on KVM (`__support_kvm_gpu_type`), e.g. V100_vGPU, P4.' }),
  }),
});

export const UpdateImageInput = builder.inputType('UpdateImageInput', {
  description:
    'Change an image. Name, description and custom properties go through Glance JSON patch; the other attributes through IMS (`PATCH /v2/cloudimages/{id}`, active images only). When both are given they are two upstream calls, Glance first: if it is refused, nothing is changed; if the IMS part is refused, the Glance changes stay.',
  fields: (t) => ({
    imageId: t.id({ validate: imageIdArg, required: true, description: `The image to change (${IMAGE_ID}).` }),
    name: t.string({ validate: imageName, description: `New name (Glance): ${NAME_RULES}.` }),
    description: t.string({ validate: imageDescription, description: `New description (Glance): ${DESCRIPTION_RULES}.` }),
    minRamMb: t.int({ validate: ramMb, description: 'Minimum memory in MB, 0–1048576 (IMS `/min_ram`).' }),
    firmwareType: t.field({ type: FirmwareTypeEnum, description: 'Boot mode (IMS `/hw_firmware_type`).' }),
    nicMultiqueue: t.boolean({ description: 'NIC multi-queue supported (IMS `/hw_vif_multiqueue_enabled`).' }),
    configInitialized: t.boolean({ description: 'Initial configuration completed (IMS `/__is_config_init`).' }),
    enterpriseProjectId: t.string({ description: `Move the image to another enterprise project (IMS): ${ENTERPRISE_PROJECT}.` }),
    support: t.field({ type: SupportUpdateInput, description: 'Support flags to set (IMS `/__support_*`).' }),
    setProperties: t.field({ type: [ImagePropertyInput], description: 'Custom properties to add or replace.' }),
    removeProperties: t.stringList({ description: 'Custom properties to remove.', validate: z.array(propertyName) }),
  }),
  validate: z.record(z.string(), z.unknown()).refine(
    (v) => Object.entries(v).some(([k, x]) => k !== 'imageId' && x != null && !(Array.isArray(x) && x.length === 0)),
    'nothing to change: give at least one attribute',
  ),
});

export const CreateImageMetadataInput = builder.inputType('CreateImageMetadataInput', {
  description: 'Metadata of a new private image (Glance `POST /v2/images`, status QUEUED). Upload its file next, or register an OBS file.',
  fields: (t) => ({
    name: t.string({ required: true, validate: imageName, description: `Image name: ${NAME_RULES}.` }),
    osVersion: t.string({ description: 'OS version (`__os_version`, a key from osVersions); default "Other Linux(64 bit)", with which servers may not start.' }),
    diskFormat: t.field({ type: DiskFormatEnum, description: 'Default VHD.' }),
    containerFormat: t.field({ type: ContainerFormatEnum, description: 'Default BARE.' }),
    minDiskGb: t.int({
      validate: z.number().int().min(0, 'must be ≥ 0').max(1024, 'at most 1024 GB'),
      description: 'Minimum system disk in GB, 0–1024 (`min_disk`); make it larger than the disk in the file, or creating servers may fail.',
    }),
    minRamMb: t.int({ validate: ramMb, description: 'Minimum memory in MB, 0–1048576 (`min_ram`); default 0 = no minimum.' }),
    protected: t.boolean({ description: 'A protected image cannot be deleted.' }),
    tags: t.stringList({
      description: 'Plain tags (1–255 characters, no "=").',
      validate: z.array(z.string().min(1, 'must not be empty').max(255, 'at most 255 characters').refine((s) => !s.includes('='), 'must not contain "="')),
    }),
    properties: t.field({ type: [ImagePropertyInput], description: 'Custom properties (string values); read them back in `Image.extraProperties`.' }),
  }),
});
