import { addMember, checkMemberStatus, needsVault, shareRefusal } from './glance';
import { buildImage } from './images';
import { SimError, img as imgError, type SimResponse } from './http';
import { checkDescription, checkImsName, imsOwned, imsVisible, requireObjectBody } from './ims';
import { accepted, submitJob, type JobSpec } from './jobs';
import type { BatchResult, Bucket, ImageRecord, ObsFile, Server, Volume } from './model';
import type { Ctx, Router } from './router';
import { IMAGE_QUOTA, type SimState } from './state';
import { parseCreateTags, tagStrings, type Tag } from './tags';
import { fakeSha512Hex, isPlainObject, isoSeconds, md5Hex, newUuid } from './util';

/**
 * The asynchronous IMS endpoints (§C.6). Each validates synchronously what the real API validates
 * synchronously (400 + IMG code), then answers 200 {job_id}. Whether the job will fail is decided by the
 * simulated world at submission (a missing OBS file, an agency without rights, a full vault …); its effects
 * (new images, members) are applied when the job reaches its end.
 */

const GB = 1024 ** 3;
type Failure = NonNullable<JobSpec['failure']>;

function fail(code: string, reason: string, atStep = 2): Failure {
  return { code, reason, atStep };
}

function checkQuota(state: SimState, projectId: string, adding = 1): void {
  if (state.quotaUsed(projectId) + adding > IMAGE_QUOTA) throw imgError('IMG.0015');
}

function intField(body: Record<string, unknown>, name: string, min: number, max: number, required: boolean): number | undefined {
  const v = body[name];
  if (v === undefined || v === null) {
    if (required) throw imgError('IMG.0055', `${name} is required.`);
    return undefined;
  }
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw imgError('IMG.0055', `${name} must be an integer from ${min} to ${max}.`);
  return v;
}

function optString(body: Record<string, unknown>, name: string): string | undefined {
  const v = body[name];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') throw imgError('IMG.0001', `${name} must be a string.`);
  return v;
}

function checkOsType(v: unknown, allowed = ['Linux', 'Windows', 'Other']): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || !allowed.includes(v)) throw imgError('IMG.0056', `os_type must be one of ${allowed.join(', ')}.`);
  return v;
}

function checkKey(ctx: Ctx, cmkId: string | undefined): string | undefined {
  if (!cmkId) return undefined;
  const key = ctx.state.world.keys.get(cmkId);
  if (!key || key.projectId !== ctx.caller.projectId) throw imgError('IMG.0095', `KMS key ${cmkId} was not found.`);
  if (!key.enabled) throw imgError('IMG.0097');
  return cmkId;
}

interface ObsRef {
  bucket: string;
  file: string;
  url: string;
}

/** `bucket:file` (§A.1.3); format problems are synchronous. */
function parseObsUrl(v: unknown, field: string): ObsRef {
  if (typeof v !== 'string' || v === '') throw imgError('IMG.0017', `${field} is required, in bucket:file form.`);
  const colon = v.indexOf(':');
  if (colon < 0) throw imgError('IMG.0017', `${field} must be in bucket:file form.`);
  const bucket = v.slice(0, colon);
  const file = v.slice(colon + 1);
  if (!bucket) throw imgError('IMG.0068');
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) throw imgError('IMG.0109', `Invalid bucket name '${bucket}'.`);
  if (!file) throw imgError('IMG.0073');
  if (/\s/.test(file)) throw imgError('IMG.0075', 'The folder name and image file name cannot contain spaces.');
  return { bucket, file, url: v };
}

/** What reading `ref` in OBS will find; a failure is only discovered once the job runs. */
function readObs(ctx: Ctx, ref: ObsRef, maxBytes: number): { failure?: Failure; file?: ObsFile; bucket?: Bucket } {
  const bucket = ctx.state.world.buckets.get(ref.bucket);
  if (!bucket || bucket.projectId !== ctx.caller.projectId) return { failure: fail('IMG.0069', `The specified bucket cannot be accessed: ${ref.bucket}.`) };
  if (bucket.region !== ctx.state.region) return { failure: fail('IMG.0058', `Bucket ${ref.bucket} is in ${bucket.region}, not ${ctx.state.region}.`) };
  if (bucket.storageClass !== 'STANDARD') return { failure: fail('IMG.0069', `Bucket ${ref.bucket} is not of the Standard storage class.`) };
  const file = bucket.files.get(ref.file);
  if (!file || file.sizeBytes === 0) return { failure: fail('IMG.0057', `The image file ${ref.url} does not exist, is empty, or in the incorrect format.`, 2) };
  if (file.sizeBytes > maxBytes) return { failure: fail('IMG.0059', `The image file ${ref.url} is ${Math.ceil(file.sizeBytes / GB)} GB.`, 3) };
  return { file, bucket };
}

function extensionOf(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot < 0 ? '' : file.slice(dot + 1).toLowerCase();
}

interface ImageDraft {
  name: string;
  description: string;
  tags: Tag[];
  osVersion: string;
  sizeBytes: number;
  minDisk: number;
  minRam?: number;
  maxRam?: number;
  virtualEnvType?: string;
  diskFormat?: string;
  enterpriseProjectId?: string;
  extra?: Record<string, unknown>;
}

/** The job's `complete`: materialise images when the job ends (quota re-checked then, as IMS does). */
function materialise(state: SimState, projectId: string, drafts: ImageDraft[], region = state.region, owner = projectId): JobSpec['complete'] {
  const ids = drafts.map(() => newUuid());
  return (atMs) => {
    if (region === state.region && state.quotaUsed(owner) + drafts.length > IMAGE_QUOTA) return { failed: { code: 'IMG.0015', reason: 'The number of private images has reached the maximum allowed.' } };
    drafts.forEach((d, i) => {
      const img = buildImage({
        id: ids[i]!,
        region,
        owner,
        name: d.name,
        status: 'active',
        createdMs: atMs,
        osVersion: d.osVersion,
        tags: tagStrings(d.tags),
        diskFormat: d.diskFormat ?? 'zvhd2',
        minDisk: d.minDisk,
        minRam: d.minRam,
        sizeBytes: d.sizeBytes,
        checksum: md5Hex(`checksum:${ids[i]}`),
        virtualEnvType: d.virtualEnvType,
        extra: {
          __description: d.description,
          __lazyloading: 'true',
          enterprise_project_id: d.enterpriseProjectId ?? '0',
          ...(d.maxRam !== undefined ? { max_ram: String(d.maxRam) } : {}),
          ...d.extra,
        },
      });
      img.props.os_hash_value = fakeSha512Hex(`${ids[i]}`);
      state.images.set(img.id, img);
    });
    return {
      imageId: ids[0]!,
      imageName: drafts[0]!.name,
      ...(drafts.length > 1
        ? { results: ids.map((id): BatchResult => ({ image_id: id, project_id: owner, status: 'success' })) }
        : {}),
    };
  };
}

function ownServer(ctx: Ctx, id: unknown): Server {
  if (typeof id !== 'string' || !id) throw imgError('IMG.0012');
  const s = ctx.state.world.servers.get(id);
  if (!s || s.projectId !== ctx.caller.projectId) throw imgError('IMG.0005', `ECS ${id} was not found.`);
  return s;
}

function ownVolume(ctx: Ctx, id: unknown): Volume {
  if (typeof id !== 'string' || !id) throw imgError('IMG.0120', 'volume_id is required.');
  const v = ctx.state.world.volumes.get(id);
  if (!v || v.projectId !== ctx.caller.projectId) throw imgError('IMG.0120', `Disk ${id} was not found.`);
  if (v.status === 'error') throw imgError('IMG.0022', `Disk ${id} is in error state.`);
  return v;
}

function commonDraft(body: Record<string, unknown>): Pick<ImageDraft, 'name' | 'description' | 'tags' | 'minRam' | 'maxRam' | 'enterpriseProjectId'> {
  return {
    name: checkImsName(body.name),
    description: checkDescription(body.description),
    tags: parseCreateTags(body),
    minRam: intField(body, 'min_ram', 0, 1024 * 1024, false),
    maxRam: intField(body, 'max_ram', 0, 1024 * 1024, false),
    enterpriseProjectId: optString(body, 'enterprise_project_id'),
  };
}

const TASKS = {
  byInstance: ['CheckServerTask', 'CreateSnapshotTask', 'CreateImageByInstanceTask', 'RegisterImageTask'],
  dataByInstance: ['CheckVolumeTask', 'CreateSnapshotTask', 'CreateDataImageByInstanceTask', 'RegisterImageTask'],
  byFile: ['CheckImageFileTask', 'DownloadImageFileTask', 'ConvertImageFileTask', 'RegisterImageTask'],
  byVolume: ['CheckVolumeTask', 'CreateSnapshotTask', 'CreateImageByVolumeTask', 'RegisterImageTask'],
  quick: ['CheckImageFileTask', 'QuickImportImageTask', 'QuickImportImageTask', 'RegisterImageTask'],
  whole: ['CheckServerTask', 'CreateBackupTask', 'CreateWholeImageTask', 'RegisterImageTask'],
  wholeBackup: ['CheckBackupTask', 'CreateWholeImageByBackupTask', 'CreateWholeImageByBackupTask', 'RegisterImageTask'],
  register: ['CheckImageFileTask', 'DownloadImageFileTask', 'ConvertImageFileTask', 'UploadImageTask'],
  export: ['CheckImageTask', 'ExportImageTask', 'ExportImageTask', 'UploadObsFileTask'],
  copy: ['CopyImageInRegionTask:', 'CopyImageInRegionTask:', 'CopyImageInRegionTask:', 'CopyImageInRegionTask:'],
  crossCopy: ['CheckAgencyTask', 'CopyImageCrossRegionTask', 'CopyImageCrossRegionTask', 'RegisterImageTask'],
};

function dataDisksOf(ctx: Ctx, items: unknown, server: Server | null): { drafts: ImageDraft[]; server: Server | null } {
  if (!Array.isArray(items) || items.length === 0) throw imgError('IMG.0001', 'data_images must be a non-empty array.');
  let owner = server;
  const drafts = items.map((raw): ImageDraft => {
    if (!isPlainObject(raw)) throw imgError('IMG.0001', 'Each data_images entry is an object.');
    const vol = ownVolume(ctx, raw.volume_id);
    if (!vol.attachedTo) throw imgError('IMG.0120', `Disk ${vol.id} is not attached to an ECS.`);
    const srv = ctx.state.world.servers.get(vol.attachedTo)!;
    if (srv.systemVolumeId === vol.id) throw imgError('IMG.0120', `Disk ${vol.id} is a system disk.`);
    if (owner && owner.id !== srv.id) throw imgError('IMG.0140');
    owner = srv;
    return {
      ...commonDraft(raw),
      osVersion: srv.osVersion,
      sizeBytes: vol.sizeGb * GB,
      minDisk: vol.sizeGb,
      virtualEnvType: 'DataImage',
      extra: { __data_origin: `volume,${vol.id}` },
    };
  });
  return { drafts, server: owner };
}

function createImage(ctx: Ctx): SimResponse {
  const { state } = ctx;
  const body = requireObjectBody(ctx);
  const projectId = ctx.caller.projectId;

  // Mode 1: system-disk image from a stopped ECS (plus optional data disks of the same ECS).
  if (body.instance_id !== undefined) {
    const common = commonDraft(body);
    const server = ownServer(ctx, body.instance_id);
    if (server.taskState) throw imgError('IMG.0010', `ECS ${server.id} is ${server.taskState}.`);
    if (server.status !== 'SHUTOFF') throw imgError('IMG.0008', `ECS ${server.id} is ${server.status}.`);
    const sys = state.world.volumes.get(server.systemVolumeId)!;
    const drafts: ImageDraft[] = [
      { ...common, osVersion: server.osVersion, sizeBytes: Math.round(sys.sizeGb * GB * 0.06), minDisk: sys.sizeGb, extra: { __data_origin: `instance,${server.id}` } },
    ];
    if (body.data_images !== undefined) drafts.push(...dataDisksOf(ctx, body.data_images, server).drafts);
    checkQuota(state, projectId, drafts.length);
    return accepted(submitJob(state, { projectId, type: 'createImageByInstance', tasks: TASKS.byInstance, imageName: common.name, complete: materialise(state, projectId, drafts) }));
  }
  // Mode 3: from an image file in OBS (plus up to three data-disk files).
  if (body.image_url !== undefined) {
    const common = commonDraft(body);
    const ref = parseObsUrl(body.image_url, 'image_url');
    const minDisk = intField(body, 'min_disk', 40, 255, true)!;
    const osType = checkOsType(body.os_type);
    const osVersion = optString(body, 'os_version');
    const ext = extensionOf(ref.file);
    const quick = body.is_quick_import === true;
    if (ext === 'iso' && !osVersion) throw imgError('IMG.0166');
    if (quick && !osVersion) throw imgError('IMG.0159');
    if (quick && ext !== 'raw' && ext !== 'zvhd2') throw imgError('IMG.0158');
    const cmk = checkKey(ctx, optString(body, 'cmk_id'));
    const dataItems = body.data_images === undefined ? [] : body.data_images;
    if (!Array.isArray(dataItems) || dataItems.length > 3) throw imgError('IMG.0001', 'data_images holds at most 3 data disks.');
    const refs = [ref];
    const dataDrafts: Array<{ ref: ObsRef; draft: Omit<ImageDraft, 'sizeBytes'> }> = dataItems.map((raw) => {
      if (!isPlainObject(raw)) throw imgError('IMG.0001', 'Each data_images entry is an object.');
      const r = parseObsUrl(raw.image_url, 'data_images[].image_url');
      if (refs.some((x) => x.url === r.url)) throw imgError('IMG.0123');
      refs.push(r);
      return {
        ref: r,
        draft: {
          name: raw.name === undefined ? `${common.name}-data${refs.length - 1}` : checkImsName(raw.name),
          description: checkDescription(raw.description),
          tags: parseCreateTags(raw),
          osVersion: osVersion ?? 'Other Linux(64 bit)',
          minDisk: intField(raw, 'min_disk', 1, 2048, true)!,
          virtualEnvType: 'DataImage',
          extra: { __root_origin: 'file', __data_origin: `file,${r.url}` },
        },
      };
    });
    checkQuota(state, projectId, refs.length);
    const max = quick ? 1024 * GB : 128 * GB;
    const reads = refs.map((r) => readObs(ctx, r, max));
    const failure = reads.find((r) => r.failure)?.failure;
    const isIso = ext === 'iso' || body.type === 'IsoImage';
    const drafts: ImageDraft[] = failure
      ? []
      : [
          {
            ...common,
            osVersion: osVersion ?? (osType === 'Windows' ? 'Windows Server 2019 Standard 64bit' : 'Other Linux(64 bit)'),
            sizeBytes: reads[0]!.file!.sizeBytes,
            minDisk,
            virtualEnvType: isIso ? 'IsoImage' : 'FusionCompute',
            diskFormat: isIso ? 'iso' : 'zvhd2',
            extra: {
              __root_origin: 'file',
              __data_origin: `file,${ref.url}`,
              __is_config_init: body.is_config_init === true ? 'true' : 'false',
              ...(cmk ? { __system__cmkid: cmk } : {}),
            },
          },
          ...dataDrafts.map((d, i) => ({ ...d.draft, sizeBytes: reads[i + 1]!.file!.sizeBytes })),
        ];
    return accepted(
      submitJob(state, { projectId, type: 'createImageByFile', tasks: TASKS.byFile, imageName: common.name, failure, complete: materialise(state, projectId, drafts) }),
    );
  }
  // Mode 4: system-disk image from a data disk holding an OS.
  if (body.volume_id !== undefined) {
    const common = commonDraft(body);
    const vol = ownVolume(ctx, body.volume_id);
    const osVersion = optString(body, 'os_version');
    if (!osVersion) throw imgError('IMG.0001', 'os_version is required to create a system-disk image from a data disk.');
    const type = body.type ?? 'ECS';
    if (!['ECS', 'FusionCompute', 'BMS', 'Ironic'].includes(type as string)) throw imgError('IMG.0117');
    checkQuota(state, projectId);
    // IMS cannot verify the disk; when it does detect an OS, the detected version wins.
    const drafts: ImageDraft[] = [
      {
        ...common,
        osVersion: vol.osVersion ?? osVersion,
        sizeBytes: Math.round(vol.sizeGb * GB * 0.05),
        minDisk: Math.max(40, vol.sizeGb),
        virtualEnvType: type === 'BMS' || type === 'Ironic' ? 'Ironic' : 'FusionCompute',
        extra: { __data_origin: `volume,${vol.id}` },
      },
    ];
    return accepted(submitJob(state, { projectId, type: 'createImageByVolume', tasks: TASKS.byVolume, imageName: common.name, complete: materialise(state, projectId, drafts) }));
  }
  // Mode 2: data-disk images from an ECS's data disks.
  if (body.data_images !== undefined) {
    const { drafts } = dataDisksOf(ctx, body.data_images, null);
    checkQuota(state, projectId, drafts.length);
    return accepted(
      submitJob(state, { projectId, type: 'createDataImageByInstance', tasks: TASKS.dataByInstance, imageName: drafts[0]!.name, complete: materialise(state, projectId, drafts) }),
    );
  }
  throw imgError('IMG.0021', 'Send instance_id, data_images, image_url or volume_id.');
}

function quickImport(ctx: Ctx): SimResponse {
  const { state } = ctx;
  const body = requireObjectBody(ctx);
  const projectId = ctx.caller.projectId;
  const common = commonDraft(body);
  const ref = parseObsUrl(body.image_url, 'image_url');
  const type = (body.type ?? 'ECS') as string;
  if (!['ECS', 'BMS', 'DataImage'].includes(type)) throw imgError('IMG.0117');
  const osVersion = optString(body, 'os_version');
  if (type !== 'DataImage' && !osVersion) throw imgError('IMG.0159');
  const osType = checkOsType(body.os_type, ['Linux', 'Windows']);
  const minDisk = intField(body, 'min_disk', 1, 1024, true)!;
  const ext = extensionOf(ref.file);
  if (ext !== 'raw' && ext !== 'zvhd2') throw imgError('IMG.0158');
  const arch = body.architecture ?? 'x86';
  if (arch !== 'x86' && arch !== 'arm') throw imgError('IMG.0001', 'architecture must be x86 or arm.');
  checkQuota(state, projectId);
  let { failure, file } = readObs(ctx, ref, 1024 * GB);
  if (!failure && ext === 'raw' && !state.world.buckets.get(ref.bucket)!.files.has(`${ref.file}.bitmap`)) {
    failure = fail('IMG.0158', `No bitmap file ${ref.file}.bitmap next to the RAW image file.`, 2);
  }
  if (!failure && file && minDisk * GB < file.sizeBytes) failure = fail('IMG.0055', `min_disk ${minDisk} GB is smaller than the image file.`, 3);
  const drafts: ImageDraft[] = failure
    ? []
    : [
        {
          ...common,
          osVersion: osVersion ?? (osType === 'Windows' ? 'Windows Server 2019 Standard 64bit' : 'Other Linux(64 bit)'),
          sizeBytes: file!.sizeBytes,
          minDisk,
          virtualEnvType: type === 'DataImage' ? 'DataImage' : type === 'BMS' ? 'Ironic' : 'FusionCompute',
          extra: {
            __root_origin: 'file',
            __data_origin: `file,${ref.url}`,
            __lazyloading: 'true',
            ...(arch === 'arm' ? { __support_arm: 'true', hw_firmware_type: 'uefi' } : {}),
          },
        },
      ];
  return accepted(submitJob(state, { projectId, type: 'createImageByQuickImport', tasks: TASKS.quick, imageName: common.name, failure, complete: materialise(state, projectId, drafts) }));
}

function createDataImage(ctx: Ctx): SimResponse {
  const { state } = ctx;
  const body = requireObjectBody(ctx);
  const projectId = ctx.caller.projectId;
  const common = commonDraft(body);
  const ref = parseObsUrl(body.image_url, 'image_url');
  const minDisk = intField(body, 'min_disk', 40, 2048, true)!;
  const osType = checkOsType(body.os_type, ['Linux', 'Windows']) ?? 'Linux';
  const cmk = checkKey(ctx, optString(body, 'cmk_id'));
  checkQuota(state, projectId);
  const { failure, file } = readObs(ctx, ref, 128 * GB);
  const drafts: ImageDraft[] = failure
    ? []
    : [
        {
          ...common,
          osVersion: osType === 'Windows' ? 'Windows Server 2019 Standard 64bit' : 'Other Linux(64 bit)',
          sizeBytes: file!.sizeBytes,
          minDisk,
          virtualEnvType: 'DataImage',
          extra: { __root_origin: 'file', __data_origin: `file,${ref.url}`, __os_type: osType, ...(cmk ? { __system__cmkid: cmk } : {}) },
        },
      ];
  return accepted(submitJob(state, { projectId, type: 'createDataImageByFile', tasks: TASKS.byFile, imageName: common.name, failure, complete: materialise(state, projectId, drafts) }));
}

function createWholeImage(ctx: Ctx): SimResponse {
  const { state } = ctx;
  const body = requireObjectBody(ctx);
  const projectId = ctx.caller.projectId;
  const common = commonDraft(body);
  if (body.instance_id !== undefined) {
    const server = ownServer(ctx, body.instance_id);
    if (server.status !== 'ACTIVE' && server.status !== 'SHUTOFF') throw imgError('IMG.0126', `ECS ${server.id} is ${server.status}.`);
    if (server.taskState) throw imgError('IMG.0136');
    const disks = [server.systemVolumeId, ...server.dataVolumeIds].map((id) => state.world.volumes.get(id)!);
    const totalGb = disks.reduce((n, d) => n + d.sizeGb, 0);
    const vaultId = optString(body, 'vault_id');
    let failure: Failure | undefined;
    if (vaultId) {
      const vault = state.world.vaults.get(vaultId);
      if (!vault || vault.projectId !== projectId) throw imgError('IMG.0184', `Vault ${vaultId} was not found.`);
      if (vault.status !== 'available') throw imgError('IMG.0188');
      if (vault.resourceType !== 'server') throw imgError('IMG.0193');
      if (vault.freeGb < totalGb) failure = fail('IMG.0182', `Vault ${vault.name} has ${vault.freeGb} GB free; the ECS needs ${totalGb} GB.`, 2);
    }
    checkQuota(state, projectId);
    const backupId = newUuid();
    const inner = materialise(state, projectId, [
      {
        ...common,
        osVersion: server.osVersion,
        sizeBytes: totalGb * GB,
        minDisk: state.world.volumes.get(server.systemVolumeId)!.sizeGb,
        extra: { __whole_image: 'true', __backup_id: backupId, __data_origin: `server_backup,${backupId}` },
      },
    ]);
    return accepted(
      submitJob(state, {
        projectId,
        type: 'createWholeImageByInstance',
        tasks: TASKS.whole,
        imageName: common.name,
        failure,
        complete: (at) => {
          const out = inner(at);
          if (out.imageId) {
            state.world.backups.set(backupId, {
              id: backupId,
              name: `autobk_${server.name}`,
              projectId,
              kind: vaultId ? 'CBR' : 'CSBS',
              status: 'available',
              serverId: server.id,
              usedByImage: out.imageId,
              osVersion: server.osVersion,
              sizeGb: totalGb,
            });
          }
          return out;
        },
      }),
    );
  }
  if (body.backup_id !== undefined) {
    const kind = (body.whole_image_type ?? 'CSBS') as string;
    if (kind !== 'CSBS' && kind !== 'CBR') throw imgError('IMG.0001', 'whole_image_type must be CBR or CSBS.');
    if (typeof body.backup_id !== 'string' || !body.backup_id) throw imgError('IMG.0019');
    const backup = state.world.backups.get(body.backup_id);
    if (!backup || backup.projectId !== projectId || backup.kind !== kind || backup.status === 'deleted') throw imgError('IMG.0198');
    if (backup.status !== 'available') throw imgError(kind === 'CSBS' ? 'IMG.0132' : 'IMG.0032');
    if (backup.usedByImage && state.images.has(backup.usedByImage)) throw imgError(kind === 'CSBS' ? 'IMG.0134' : 'IMG.0029');
    checkQuota(state, projectId);
    const inner = materialise(state, projectId, [
      {
        ...common,
        osVersion: backup.osVersion,
        sizeBytes: backup.sizeGb * GB,
        minDisk: backup.sizeGb,
        extra: { __whole_image: 'true', __backup_id: backup.id, __data_origin: `server_backup,${backup.id}` },
      },
    ]);
    return accepted(
      submitJob(state, {
        projectId,
        type: 'createWholeImageByBackup',
        tasks: TASKS.wholeBackup,
        imageName: common.name,
        complete: (at) => {
          const out = inner(at);
          if (out.imageId) backup.usedByImage = out.imageId;
          return out;
        },
      }),
    );
  }
  throw imgError('IMG.0019', 'Send instance_id or backup_id.');
}

function registerImage(ctx: Ctx): SimResponse {
  const { state } = ctx;
  const img = imsOwned(ctx, ctx.params.image_id!);
  const body = requireObjectBody(ctx);
  const ref = parseObsUrl(body.image_url, 'image_url');
  if (img.props.status !== 'queued') throw imgError('IMG.0046', `Image ${img.id} is ${String(img.props.status)}; only queued images can be registered.`);
  const { failure, file } = readObs(ctx, ref, 128 * GB);
  img.props.status = 'saving';
  state.touch(img);
  const job = submitJob(state, {
    projectId: ctx.caller.projectId,
    type: 'imsRegisterImageJob',
    tasks: TASKS.register,
    imageName: String(img.props.name),
    imageId: img.id,
    failure,
    complete: (atMs) => {
      const at = isoSeconds(atMs);
      Object.assign(img.props, {
        status: 'active',
        size: file!.sizeBytes,
        checksum: md5Hex(`checksum:${img.id}`),
        os_hash_algo: 'sha512',
        os_hash_value: fakeSha512Hex(`${img.id}`),
        __image_size: String(file!.sizeBytes),
        __root_origin: 'file',
        __data_origin: `file,${ref.url}`,
        updated_at: at,
        active_at: at,
      });
      return { imageId: img.id };
    },
    onFail: (atMs) => {
      img.props.status = 'killed';
      img.props.updated_at = isoSeconds(atMs);
    },
  });
  return accepted(job);
}

function isIsoImage(img: ImageRecord): boolean {
  return img.props.virtual_env_type === 'IsoImage' || img.props.disk_format === 'iso';
}

function exportImage(ctx: Ctx): SimResponse {
  const { state } = ctx;
  const img = imsVisible(ctx, ctx.params.image_id!);
  if (img.isPublic) throw imgError('IMG.0077');
  if (img.owner !== ctx.caller.projectId) throw new SimError(403, 'IMG.0047', 'This operation can be performed only by the image owner.');
  const body = requireObjectBody(ctx);
  const ref = parseObsUrl(body.bucket_url, 'bucket_url');
  const quick = body.is_quick_export === true;
  if (body.is_quick_export !== undefined && typeof body.is_quick_export !== 'boolean') throw imgError('IMG.0001', 'is_quick_export must be a boolean.');
  if (quick && body.file_format !== undefined) throw imgError('IMG.0001', 'file_format must not be specified when is_quick_export is true.');
  if (!quick && !['qcow2', 'vhd', 'zvhd', 'vmdk'].includes(body.file_format as string)) throw imgError('IMG.0072', 'file_format must be qcow2, vhd, zvhd or vmdk.');
  if (img.props.__whole_image === 'true') throw imgError('IMG.0128');
  if (isIsoImage(img)) throw imgError('IMG.0071', 'ISO images cannot be exported.');
  if (img.props.__root_origin === 'file') throw imgError('IMG.0081');
  const parent = state.images.get(String(img.props.__originalimagename ?? ''));
  if (parent?.isPublic && ['Windows', 'SUSE'].includes(String(parent.props.__platform))) throw imgError('IMG.0079');
  if (img.props.status !== 'active') throw imgError('IMG.0046');
  const size = typeof img.props.size === 'number' ? img.props.size : 0;
  if (size >= 1024 * GB) throw imgError('IMG.0071', 'Images of 1 TB or more cannot be exported.');
  if (size > 128 * GB && !quick) throw imgError('IMG.0160', 'Use is_quick_export for images over 128 GB.');
  const bucket = state.world.buckets.get(ref.bucket);
  let failure: Failure | undefined;
  if (!bucket || bucket.projectId !== ctx.caller.projectId) failure = fail('IMG.0069', `The specified bucket cannot be accessed: ${ref.bucket}.`, 1);
  else if (bucket.region !== state.region) failure = fail('IMG.0058', `Bucket ${ref.bucket} is in ${bucket.region}.`, 1);
  else if (bucket.storageClass !== 'STANDARD') failure = fail('IMG.0069', `Bucket ${ref.bucket} is not of the Standard storage class.`, 1);
  else if (bucket.files.has(ref.file)) failure = fail('IMG.0070', `${ref.url} already exists.`, 2);
  return accepted(
    submitJob(state, {
      projectId: ctx.caller.projectId,
      type: 'imsExportImageJob',
      tasks: TASKS.export,
      imageName: String(img.props.name),
      imageId: img.id,
      failure,
      complete: () => {
        bucket!.files.set(ref.file, { key: ref.file, sizeBytes: Math.max(1, size) });
        return { imageId: img.id };
      },
    }),
  );
}

function copyDraft(src: ImageRecord, name: string, description: string, extra: Record<string, unknown>): ImageDraft {
  return {
    name,
    description,
    tags: [],
    osVersion: String(src.props.__os_version),
    sizeBytes: typeof src.props.size === 'number' ? src.props.size : 0,
    minDisk: Number(src.props.min_disk ?? 40),
    minRam: Number(src.props.min_ram ?? 0),
    virtualEnvType: String(src.props.virtual_env_type ?? 'FusionCompute'),
    diskFormat: String(src.props.disk_format ?? 'zvhd2'),
    extra: {
      __originalimagename: src.id,
      __data_origin: `image,${src.id}`,
      hw_firmware_type: src.props.hw_firmware_type,
      ...Object.fromEntries(Object.entries(src.props).filter(([k]) => k.startsWith('__support_'))),
      ...extra,
    },
  };
}

function copyInRegion(ctx: Ctx): SimResponse {
  const { state } = ctx;
  const src = imsVisible(ctx, ctx.params.image_id!);
  const body = requireObjectBody(ctx);
  const name = checkImsName(body.name);
  const description = checkDescription(body.description);
  if (src.isPublic) throw imgError('IMG.0083', 'Public images cannot be replicated.');
  if (src.owner !== ctx.caller.projectId) {
    const m = src.members.get(ctx.caller.projectId);
    if (!m || m.status !== 'accepted') throw imgError('IMG.0196');
    if (src.props.__system__cmkid) throw imgError('IMG.0197');
  }
  if (src.props.__whole_image === 'true') throw imgError('IMG.0130');
  if (isIsoImage(src)) throw imgError('IMG.0167');
  if (src.props.status !== 'active') throw imgError('IMG.0046');
  const cmk = checkKey(ctx, optString(body, 'cmk_id'));
  if (cmk && cmk === src.props.__system__cmkid) throw imgError('IMG.0096');
  checkQuota(state, ctx.caller.projectId);
  const extra: Record<string, unknown> = { enterprise_project_id: optString(body, 'enterprise_project_id') ?? '0' };
  if (cmk) extra.__system__cmkid = cmk;
  return accepted(
    submitJob(state, {
      projectId: ctx.caller.projectId,
      type: 'imsCopyImageInRegionJob',
      tasks: TASKS.copy,
      imageName: name,
      complete: materialise(state, ctx.caller.projectId, [copyDraft(src, name, description, extra)]),
    }),
  );
}

function copyCrossRegion(ctx: Ctx): SimResponse {
  const { state } = ctx;
  const src = imsOwned(ctx, ctx.params.image_id!);
  const body = requireObjectBody(ctx);
  const name = checkImsName(body.name);
  const description = checkDescription(body.description);
  const region = optString(body, 'region');
  if (!region || !state.world.regions.includes(region)) throw imgError('IMG.0147', `Unknown region '${region ?? ''}'.`);
  if (region === state.region) throw imgError('IMG.0142');
  const home = state.projects.get(ctx.caller.projectId)!;
  const projectName = optString(body, 'project_name');
  const dest = [...state.projects.values()].find((p) => p.region === region && p.name === projectName && p.name === `${region}_${home.name}`);
  if (!dest) throw imgError('IMG.0145', `No project '${projectName ?? ''}' of this account in ${region} (projects there are named ${region}_${home.name}).`);
  const agencyName = optString(body, 'agency_name');
  if (!agencyName) throw imgError('IMG.0001', 'agency_name is required.');
  if (src.props.__system__cmkid) throw imgError('IMG.0143');
  if (src.props.__whole_image === 'true') throw imgError('IMG.0130');
  if (isIsoImage(src)) throw imgError('IMG.0167');
  if (src.props.status !== 'active') throw imgError('IMG.0046');
  if ((typeof src.props.size === 'number' ? src.props.size : 0) > 128 * GB) throw imgError('IMG.0146');
  const agency = state.world.agencies.find((a) => a.projectId === ctx.caller.projectId && a.name === agencyName);
  let failure: Failure | undefined;
  if (!agency || !agency.imsAdminRegions.includes(state.region) || !agency.imsAdminRegions.includes(region)) {
    failure = fail('IMG.0151', agency ? `Agency ${agencyName} has no IMS Administrator role in ${region}.` : `Agency ${agencyName} does not exist.`, 2);
  }
  return accepted(
    submitJob(state, {
      projectId: ctx.caller.projectId,
      type: 'imsCopyImageCrossRegionJob',
      tasks: TASKS.crossCopy,
      imageName: name,
      failure,
      complete: materialise(state, ctx.caller.projectId, [copyDraft(src, name, description, {})], region, dest.id),
    }),
  );
}

function stringList(v: unknown, field: string): string[] {
  if (!Array.isArray(v) || v.length === 0 || v.some((x) => typeof x !== 'string' || !x)) throw imgError('IMG.0001', `${field} must be a non-empty array of ids.`);
  return [...new Set(v as string[])];
}

const BATCH_TASKS = { add: ['AddImageMembersTask'], update: ['UpdateImageMemberStatusTask'], delete: ['DeleteImageMembersTask'] };

function batchJob(ctx: Ctx, type: string, tasks: string[], each: () => BatchResult[]): SimResponse {
  return accepted(
    submitJob(ctx.state, {
      projectId: ctx.caller.projectId,
      type,
      tasks,
      complete: () => {
        const results = each();
        const failed = results.find((r) => r.status === 'failed');
        return { results, ...(failed ? { failed: { code: failed.error_code!, reason: `${failed.error_msg} (image ${failed.image_id}, project ${failed.project_id})` } } : {}) };
      },
    }),
  );
}

function result(imageId: string, projectId: string, code?: string, msg?: string): BatchResult {
  return code ? { image_id: imageId, project_id: projectId, status: 'failed', error_code: code, error_msg: msg ?? '' } : { image_id: imageId, project_id: projectId, status: 'success' };
}

function batchAddMembers(ctx: Ctx): SimResponse {
  const { state } = ctx;
  const body = requireObjectBody(ctx);
  const images = stringList(body.images, 'images');
  const projects = stringList(body.projects, 'projects');
  if (projects.includes(ctx.caller.projectId)) throw imgError('IMG.0076');
  const me = ctx.caller.projectId;
  return batchJob(ctx, 'imsBatchAddMembersJob', BATCH_TASKS.add, () =>
    images.flatMap((imageId) =>
      projects.map((projectId) => {
        const img = state.liveImage(imageId);
        if (!img || !state.canSee(img, me)) return result(imageId, projectId, 'IMG.0027', 'The image ID in the request does not exist.');
        if (img.owner !== me && !img.isPublic) return result(imageId, projectId, 'IMG.0106', 'The image owner is another tenant.');
        const refusal = shareRefusal(state, img, projectId);
        if (refusal) return result(imageId, projectId, refusal.code, refusal.detail ?? '');
        const target = state.projects.get(projectId);
        if (!target || target.region !== state.region) return result(imageId, projectId, 'IMG.0108', 'The tenant ID was not found in the current region.');
        if (!img.members.has(projectId)) addMember(state, img, projectId);
        return result(imageId, projectId);
      }),
    ),
  );
}

function batchUpdateMembers(ctx: Ctx): SimResponse {
  const { state } = ctx;
  const body = requireObjectBody(ctx);
  const images = stringList(body.images, 'images');
  if (typeof body.project_id !== 'string' || !body.project_id) throw imgError('IMG.0001', 'project_id is required.');
  if (body.project_id !== ctx.caller.projectId) throw imgError('IMG.0067', 'project_id must be the project of the token.');
  const status = checkMemberStatus(body.status);
  if (status === 'pending') throw imgError('IMG.0001', 'status must be accepted or rejected.');
  const vaultId = optString(body, 'vault_id');
  const me = ctx.caller.projectId;
  return batchJob(ctx, 'imsBatchUpdateMemberStatusJob', BATCH_TASKS.update, () =>
    images.map((imageId) => {
      const img = state.liveImage(imageId);
      const m = img?.members.get(me);
      if (!img || !m) return result(imageId, me, 'IMG.0086', 'No image was found.');
      if (status === 'accepted' && needsVault(state, img)) {
        const vault = vaultId ? state.world.vaults.get(vaultId) : undefined;
        if (!vault || vault.projectId !== me) return result(imageId, me, 'IMG.0184', 'Failed to obtain the vault.');
        m.vaultId = vault.id;
      }
      m.status = status;
      m.updatedAt = isoSeconds(state.now());
      return result(imageId, me);
    }),
  );
}

function batchDeleteMembers(ctx: Ctx): SimResponse {
  const { state } = ctx;
  const body = requireObjectBody(ctx);
  const images = stringList(body.images, 'images');
  const projects = stringList(body.projects, 'projects');
  const me = ctx.caller.projectId;
  return batchJob(ctx, 'imsBatchDeleteMembersJob', BATCH_TASKS.delete, () =>
    images.flatMap((imageId) =>
      projects.map((projectId) => {
        const img = state.liveImage(imageId);
        if (!img || !state.canSee(img, me)) return result(imageId, projectId, 'IMG.0027', 'The image ID in the request does not exist.');
        if (img.owner !== me) return result(imageId, projectId, 'IMG.0106', 'The image owner is another tenant.');
        if (img.members.delete(projectId)) state.touch(img);
        return result(imageId, projectId);
      }),
    ),
  );
}

export function registerImsAsync(router: Router): void {
  router.add({ id: 'ims-create-image', method: 'POST', pattern: '/v2/cloudimages/action', auth: true, handler: createImage });
  router.add({ id: 'ims-quick-import-image', method: 'POST', pattern: '/v2/cloudimages/quickimport/action', auth: true, handler: quickImport });
  router.add({ id: 'ims-create-data-image', method: 'POST', pattern: '/v1/cloudimages/dataimages/action', auth: true, handler: createDataImage });
  router.add({ id: 'ims-create-whole-image', method: 'POST', pattern: '/v1/cloudimages/wholeimages/action', auth: true, handler: createWholeImage });
  router.add({ id: 'ims-register-image', method: 'PUT', pattern: '/v1/cloudimages/{image_id}/upload', auth: true, handler: registerImage });
  router.add({ id: 'ims-export-image', method: 'POST', pattern: '/v1/cloudimages/{image_id}/file', auth: true, handler: exportImage });
  router.add({ id: 'ims-copy-image-in-region', method: 'POST', pattern: '/v1/cloudimages/{image_id}/copy', auth: true, handler: copyInRegion });
  router.add({ id: 'ims-copy-image-cross-region', method: 'POST', pattern: '/v1/cloudimages/{image_id}/cross_region_copy', auth: true, handler: copyCrossRegion });
  router.add({ id: 'ims-batch-add-members', method: 'POST', pattern: '/v1/cloudimages/members', auth: true, handler: batchAddMembers });
  router.add({ id: 'ims-batch-update-member-status', method: 'PUT', pattern: '/v1/cloudimages/members', auth: true, handler: batchUpdateMembers });
  router.add({ id: 'ims-batch-delete-members', method: 'DELETE', pattern: '/v1/cloudimages/members', auth: true, handler: batchDeleteMembers });
  // Huawei's IMS SDK "in safe mode" variants (CreateImageInSafeMode, ImportImageQuickInSafeMode,
  // CreateDataImageInSafeMode, ExportImageInSafeMode, CopyImageInRegionInSafeMode): the SDK's request models reuse
  // the v1/v2 bodies (CreateImageRequestBody, …) and answer the same {job_id}; only the path version differs.
  router.add({ id: 'ims-create-image-safe-mode', method: 'POST', pattern: '/v2.1/cloudimages/action', auth: true, handler: createImage });
  router.add({ id: 'ims-quick-import-image-safe-mode', method: 'POST', pattern: '/v2.1/cloudimages/quickimport/action', auth: true, handler: quickImport });
  router.add({ id: 'ims-create-data-image-safe-mode', method: 'POST', pattern: '/v2.1/cloudimages/dataimages/action', auth: true, handler: createDataImage });
  router.add({ id: 'ims-export-image-safe-mode', method: 'POST', pattern: '/v2.1/cloudimages/{image_id}/file', auth: true, handler: exportImage });
  router.add({ id: 'ims-copy-image-in-region-safe-mode', method: 'POST', pattern: '/v2.1/cloudimages/{image_id}/copy', auth: true, handler: copyInRegion });
}

