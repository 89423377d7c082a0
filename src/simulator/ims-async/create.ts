import { img as imgError, type SimResponse } from '../http';
import { checkDescription, checkImsName, requireObjectBody } from '../ims/checks';
import { accepted, submitJob } from '../jobs';
import type { Server } from '../model';
import type { Ctx } from '../router';
import { parseCreateTags } from '../ims/tag-rules';
import { isPlainObject } from '../util';
import { GB, checkKey, checkOsType, checkQuota, fail, intField, optString, ownServer, ownVolume } from './checks';
import { commonDraft, materialise, type ImageDraft } from './drafts';
import { extensionOf, parseObsUrl, readObs, type ObsRef } from './obs';

/**
 * Image creation and import jobs: `POST /v2/cloudimages/action` in its four modes (ECS, data disks, OBS file,
 * data disk holding an OS), quick import and data images from OBS files.
 */

const TASKS = {
  byInstance: ['CheckServerTask', 'CreateSnapshotTask', 'CreateImageByInstanceTask', 'RegisterImageTask'],
  dataByInstance: ['CheckVolumeTask', 'CreateSnapshotTask', 'CreateDataImageByInstanceTask', 'RegisterImageTask'],
  byFile: ['CheckImageFileTask', 'DownloadImageFileTask', 'ConvertImageFileTask', 'RegisterImageTask'],
  byVolume: ['CheckVolumeTask', 'CreateSnapshotTask', 'CreateImageByVolumeTask', 'RegisterImageTask'],
  quick: ['CheckImageFileTask', 'QuickImportImageTask', 'QuickImportImageTask', 'RegisterImageTask'],
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

export function createImage(ctx: Ctx): SimResponse {
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

export function quickImport(ctx: Ctx): SimResponse {
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

export function createDataImage(ctx: Ctx): SimResponse {
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
