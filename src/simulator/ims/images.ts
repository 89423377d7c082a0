import { READ_ONLY_ATTRIBUTES, imageView, regionImageView } from '../images';
import { img as imgError, json, type SimResponse } from '../http';
import { first, listImages } from '../list';
import { osVersionList } from '../os';
import type { Ctx } from '../router';
import { isPlainObject } from '../util';
import { checkDescription, checkImsName, imsOwned } from './checks';

/** IMS image endpoints that answer at once: the lists (by project, by region), the update, the OS versions. */

export function listCloudImages(ctx: Ctx): SimResponse {
  const result = listImages(ctx.state, ctx.caller.projectId, ctx.query, 'ims');
  return json(200, { images: result.images.map((i) => imageView(ctx.state, i)) });
}

const IMS_MODIFIABLE = new Set([
  'name',
  '__description',
  '__support_kvm',
  '__support_xen',
  '__support_diskintensive',
  '__support_highperformance',
  '__support_xen_gpu_type',
  '__support_kvm_gpu_type',
  '__is_config_init',
  'enterprise_project_id',
  'min_ram',
  'max_ram',
  'hw_vif_multiqueue_enabled',
  'hw_firmware_type',
]);

const GLANCE_CORE = new Set(['visibility', 'protected', 'min_disk', 'container_format', 'disk_format', 'tags', '__os_version']);

export function patchCloudImage(ctx: Ctx): SimResponse {
  const img = imsOwned(ctx, ctx.params.image_id!);
  if (img.props.status !== 'active') throw imgError('IMG.0046', 'Only images in active status can be updated.');
  if (!Array.isArray(ctx.body)) throw imgError('IMG.0001', 'The request body must be a JSON array of {op, path, value}.');
  const props = { ...img.props };
  for (const raw of ctx.body) {
    if (!isPlainObject(raw) || !['add', 'replace', 'remove'].includes(raw.op as string) || typeof raw.path !== 'string' || !/^\/[^/]+$/.test(raw.path)) {
      throw imgError('IMG.0001', 'Each operation needs op (add, replace or remove) and a path like /name.');
    }
    const attr = raw.path.slice(1);
    if (READ_ONLY_ATTRIBUTES.has(attr) || GLANCE_CORE.has(attr)) throw imgError('IMG.0001', `The attribute ${attr} cannot be modified.`);
    if (!IMS_MODIFIABLE.has(attr) && !attr.startsWith('__') && props[attr] === undefined && raw.op !== 'add') {
      throw imgError('IMG.0001', `The attribute ${attr} does not exist.`);
    }
    if (raw.op === 'remove') {
      if (attr === 'name') throw imgError('IMG.0013');
      delete props[attr];
      continue;
    }
    if (!('value' in raw)) throw imgError('IMG.0001', `Operation ${String(raw.op)} on ${raw.path} requires a value.`);
    const value = raw.value;
    switch (attr) {
      case 'name':
        props.name = checkImsName(value);
        break;
      case '__description':
        props.__description = checkDescription(value);
        break;
      case 'min_ram': {
        const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw imgError('IMG.0055');
        props.min_ram = n;
        break;
      }
      case 'hw_firmware_type':
        if (value !== 'bios' && value !== 'uefi') throw imgError('IMG.0141');
        props.hw_firmware_type = value;
        break;
      default:
        if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') throw imgError('IMG.0001', `The value of ${attr} must be a string.`);
        props[attr] = typeof value === 'string' ? value : String(value);
    }
  }
  img.props = props;
  ctx.state.touch(img);
  return json(200, imageView(ctx.state, img));
}

export function listOsVersions(ctx: Ctx): SimResponse {
  const tags = ctx.query.get('tag') ?? [];
  for (const t of tags) if (!['bms', 'uefi', 'kvm'].includes(t)) throw imgError('IMG.0001', `Unsupported tag '${t}': use bms or uefi.`);
  return json(200, osVersionList({ bms: tags.includes('bms'), uefi: tags.includes('uefi') }));
}

export function listRegionImages(ctx: Ctx): SimResponse {
  const region = ctx.params.region_id!;
  if (!ctx.state.world.regions.includes(region)) throw imgError('IMG.0147', `Unknown region '${region}'.`);
  const vet = first(ctx.query, 'virtual_env_type');
  if (vet !== undefined && vet !== 'FusionCompute') throw imgError('IMG.0001', 'Only system-disk images (virtual_env_type=FusionCompute) can be listed here.');
  const result = listImages(ctx.state, ctx.caller.projectId, ctx.query, 'region', { region });
  return json(200, { images: result.images.map((i) => regionImageView(ctx.state, i)) });
}
