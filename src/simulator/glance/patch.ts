import { READ_ONLY_ATTRIBUTES, imageView } from '../images';
import { SimError, json, mediaType, type SimResponse } from '../http';
import type { ImageRecord } from '../model';
import type { Ctx } from '../router';
import type { SimState } from '../state';
import { isPlainObject } from '../util';
import { badRequest, forbidden, ownedImage } from './access';
import { CONTAINER_FORMATS, CORE, DISK_FORMATS, checkExtraValue, checkInteger, checkTagList, setOsVersion } from './attributes';

/** `PATCH /v2/images/{id}`: JSON patch in Glance's v2.1 media type (op/path) and the older v2.0 one (add/replace/remove keys). */

const PATCH_V21 = 'application/openstack-images-v2.1-json-patch';

const PATCH_V20 = 'application/openstack-images-v2.0-json-patch';

interface PatchOp {
  op: 'add' | 'replace' | 'remove';
  attr: string;
  value?: unknown;
  hasValue: boolean;
}

function parsePatch(body: unknown, v20: boolean): PatchOp[] {
  if (!Array.isArray(body)) throw badRequest('The request body must be a JSON array of patch operations.');
  return body.map((raw) => {
    if (!isPlainObject(raw)) throw badRequest('Each patch operation must be a JSON object.');
    let op: string;
    let path: unknown;
    if (v20) {
      const ops = (['add', 'replace', 'remove'] as const).filter((o) => o in raw);
      if (ops.length !== 1) throw badRequest('Each operation must have exactly one of add, replace or remove.');
      op = ops[0]!;
      path = raw[op];
    } else {
      op = raw.op as string;
      path = raw.path;
      if (!['add', 'replace', 'remove'].includes(op)) throw badRequest(`Unsupported patch operation '${String(raw.op)}': use add, replace or remove.`);
    }
    if (typeof path !== 'string' || !/^\/[^/]+$/.test(path)) throw badRequest(`Invalid JSON pointer for this resource: '${String(path)}'.`);
    const attr = path.slice(1).replace(/~1/g, '/').replace(/~0/g, '~');
    const hasValue = 'value' in raw;
    if (op !== 'remove' && !hasValue) throw badRequest(`Operation ${op} on '${path}' requires a value.`);
    return { op: op as PatchOp['op'], attr, value: raw.value, hasValue };
  });
}

/** Applies Glance JSON-patch semantics to a copy of the image, so a failing operation changes nothing. */
export function applyPatch(state: SimState, img: ImageRecord, ops: PatchOp[], v20: boolean): void {
  const props = { ...img.props };
  let tags = [...img.tags];
  let visibility = img.visibility;
  for (const { op, attr, value } of ops) {
    if (READ_ONLY_ATTRIBUTES.has(attr) && attr !== '__os_version') throw forbidden(`Attribute '${attr}' is read-only.`, 'IMG.0001');
    if (CORE.has(attr) || attr === '__os_version') {
      if (op === 'remove') throw forbidden(`Property '${attr}' may not be removed.`, 'IMG.0001');
      switch (attr) {
        case 'name':
          if (typeof value !== 'string' || value.length > 255) throw badRequest('name must be a string of at most 255 characters.');
          props.name = value;
          break;
        case 'visibility':
          if (value === 'public') throw forbidden('Forbidden to publicize image.', 'IMG.0001');
          if (value !== 'private' && value !== 'shared' && value !== 'community') throw badRequest(`Invalid visibility '${String(value)}'.`);
          if (img.isPublic) throw forbidden('The public image cannot be modified.', 'IMG.0094');
          visibility = value;
          break;
        case 'os_hidden':
          if (typeof value !== 'boolean') throw badRequest('os_hidden must be a boolean.');
          props.os_hidden = value;
          break;
        case 'protected':
          if (typeof value !== 'boolean') throw badRequest('protected must be a boolean.');
          props.protected = value;
          break;
        case 'min_ram':
        case 'min_disk':
          props[attr] = checkInteger(attr, value);
          break;
        case 'container_format':
        case 'disk_format': {
          const allowed = attr === 'disk_format' ? DISK_FORMATS : CONTAINER_FORMATS;
          if (props.status !== 'queued') throw forbidden(`Attribute ${attr} can be only replaced for a queued image.`, 'IMG.0001');
          if (typeof value !== 'string' || !allowed.includes(value)) throw badRequest(`Invalid ${attr} '${String(value)}'.`);
          props[attr] = value;
          break;
        }
        case 'tags':
          tags = checkTagList(value);
          break;
        case '__os_version':
          if (typeof value !== 'string') throw badRequest('__os_version must be a string.');
          setOsVersion(props, value);
          break;
      }
      continue;
    }
    const exists = props[attr] !== undefined;
    if (op === 'remove') {
      if (!exists) throw new SimError(409, 'IMG.0035', `Property ${attr} does not exist.`);
      delete props[attr];
    } else if (op === 'replace') {
      if (!exists) throw new SimError(409, 'IMG.0035', `Property ${attr} does not exist.`);
      props[attr] = checkExtraValue(attr, value);
    } else {
      if (exists && v20) throw new SimError(409, 'IMG.0035', `Property ${attr} already present.`);
      props[attr] = checkExtraValue(attr, value);
    }
  }
  img.props = props;
  img.tags = tags;
  img.visibility = visibility;
  state.touch(img);
}

export function patchGlanceImage(ctx: Ctx): SimResponse {
  const type = mediaType(ctx.req);
  if (type !== PATCH_V21 && type !== PATCH_V20) {
    throw new SimError(415, 'IMG.0001', `Unsupported Content-Type '${type}': use ${PATCH_V21} or ${PATCH_V20}.`);
  }
  const img = ownedImage(ctx, ctx.params.image_id!);
  const v20 = type === PATCH_V20;
  applyPatch(ctx.state, img, parsePatch(ctx.body, v20), v20);
  return json(200, imageView(ctx.state, img));
}
