import { img as imgError, type SimResponse } from '../http';
import { checkDescription, checkImsName, imsOwned, imsVisible, requireObjectBody } from '../ims/checks';
import { accepted, submitJob } from '../jobs';
import type { ImageRecord } from '../model';
import type { Ctx } from '../router';
import { GB, checkKey, checkQuota, fail, isIsoImage, optString, type Failure } from './checks';
import { materialise, type ImageDraft } from './drafts';

/** Copies of an image in its region (own or accepted shared images) and to a sibling project in another region (through an agency). */

const TASKS = {
  copy: ['CopyImageInRegionTask:', 'CopyImageInRegionTask:', 'CopyImageInRegionTask:', 'CopyImageInRegionTask:'],
  crossCopy: ['CheckAgencyTask', 'CopyImageCrossRegionTask', 'CopyImageCrossRegionTask', 'RegisterImageTask'],
};

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

export function copyInRegion(ctx: Ctx): SimResponse {
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

export function copyCrossRegion(ctx: Ctx): SimResponse {
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
