import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { READ_ONLY_ATTRIBUTES, buildImage, hasTagKey, imageView, splitTag, upsertTag, v1ImageView } from './images';
import { SimError, img as imgError, json, mediaType, noContent, type SimResponse } from './http';
import { versionStatusFor } from './ims-sdk';
import { listImages, pageLinks } from './list';
import type { ImageRecord, Member, MemberStatus } from './model';
import { osInfo } from './os';
import type { Ctx, Router } from './router';
import { IMAGE_QUOTA, MAX_TAGS_PER_IMAGE, type SimState } from './state';
import { imageSchema, imagesSchema, memberSchema, membersSchema } from './schemas';
import { isPlainObject, isoSeconds, newUuid } from './util';

/** Glance-native image APIs (Part B). Errors are flat; an image the caller cannot see is 404 IMG.0144. */

const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;
const PATCH_V21 = 'application/openstack-images-v2.1-json-patch';
const PATCH_V20 = 'application/openstack-images-v2.0-json-patch';
const CONTAINER_FORMATS = ['bare', 'ovf', 'ova', 'ami', 'ari', 'aki', 'docker', 'compressed'];
const DISK_FORMATS = ['vhd', 'zvhd', 'zvhd2', 'raw', 'qcow2', 'vmdk', 'iso', 'vdi', 'vhdx', 'qed', 'qcow', 'ami', 'ari', 'aki'];
const CORE = new Set(['name', 'visibility', 'protected', 'min_ram', 'min_disk', 'container_format', 'disk_format', 'tags', 'os_hidden']);
const MAX_MEMBERS = 128;
const MAX_WHOLE_IMAGE_MEMBERS = 10;

export function notFoundGlance(id: string): SimError {
  // Glance's own text: real clients print it (`HTTP 404 Not Found: No image found with ID …`).
  return new SimError(404, 'IMG.0144', `No image found with ID ${id}`);
}

const badRequest = (message: string): SimError => new SimError(400, 'IMG.0001', message);
const forbidden = (message: string, code = 'IMG.0047'): SimError => new SimError(403, code, message);

/** The image if the caller may see it (Glance: public, owned, or member in any status). */
export function visibleImage(ctx: Ctx, id: string, notFound: (id: string) => SimError = notFoundGlance): ImageRecord {
  const img = ctx.state.liveImage(id);
  if (!img || !ctx.state.canSee(img, ctx.caller.projectId)) throw notFound(id);
  return img;
}

/** Writes need ownership: invisible → 404, visible but someone else's → 403 (as Glance). */
export function ownedImage(ctx: Ctx, id: string, notFound: (id: string) => SimError = notFoundGlance, code = 'IMG.0047'): ImageRecord {
  const img = visibleImage(ctx, id, notFound);
  if (img.owner !== ctx.caller.projectId) {
    throw forbidden(img.isPublic ? 'The image is a public image. You are not permitted to modify it.' : 'This operation can be performed only by the image owner.', code);
  }
  return img;
}

function listGlanceImages(ctx: Ctx): SimResponse {
  const result = listImages(ctx.state, ctx.caller.projectId, ctx.query, 'glance');
  const links = pageLinks('/v2/images', ctx.rawQuery, result);
  return json(200, {
    images: result.images.map((i) => imageView(ctx.state, i)),
    schema: '/v2/schemas/images',
    first: links.first,
    ...(links.next ? { next: links.next } : {}),
  });
}

function getGlanceImage(ctx: Ctx): SimResponse {
  return json(200, imageView(ctx.state, visibleImage(ctx, ctx.params.image_id!)));
}

/** Glance tag rules (§C.2.3): 1–255 characters, no `=`. */
export function checkGlanceTag(tag: unknown): string {
  if (typeof tag !== 'string' || tag.length < 1 || tag.length > 255) throw badRequest(`Invalid tag ${JSON.stringify(tag)}: tags are strings of 1 to 255 characters.`);
  if (tag.includes('=')) throw badRequest(`Invalid tag '${tag}': a Glance tag must not contain '='.`);
  return tag;
}

function checkTagList(value: unknown): string[] {
  if (!Array.isArray(value)) throw badRequest('tags must be an array of strings.');
  const tags = [...new Set(value.map(checkGlanceTag))];
  if (tags.length > MAX_TAGS_PER_IMAGE) throw imgError('IMG.0116', `An image can have at most ${MAX_TAGS_PER_IMAGE} tags.`);
  return tags;
}

function checkInteger(name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw badRequest(`${name} must be a non-negative integer.`);
  return v;
}

function checkExtraValue(name: string, v: unknown): string {
  const max = name === '__description' ? 1024 : 255;
  if (typeof v !== 'string') throw badRequest(`Additional property '${name}' must be a string.`);
  if (v.length > max) throw badRequest(`Additional property '${name}' is longer than ${max} characters.`);
  if (name === 'hw_firmware_type' && v !== 'bios' && v !== 'uefi') throw imgError('IMG.0141');
  return v;
}

function setOsVersion(props: Record<string, unknown>, version: string): void {
  const os = osInfo(version);
  props.__os_version = version;
  props.__platform = os.platform;
  props.__os_type = os.osType;
  props.__os_bit = os.osBit;
}

function createImage(ctx: Ctx): SimResponse {
  const { state } = ctx;
  if (!ctx.hasBody) throw imgError('IMG.0007');
  const body = ctx.body;
  if (!isPlainObject(body)) throw badRequest('The request body must be a JSON object.');
  for (const key of Object.keys(body)) {
    if (key !== 'id' && READ_ONLY_ATTRIBUTES.has(key)) throw forbidden(`Attribute '${key}' is read-only.`, 'IMG.0001');
  }
  let id = newUuid();
  if (body.id !== undefined) {
    if (typeof body.id !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(body.id)) throw badRequest('id must be a UUID.');
    if (state.images.has(body.id)) throw new SimError(409, 'IMG.0035', `An image with identifier ${body.id} already exists.`);
    id = body.id;
  }
  // Glance makes new images `shared` (image_member_quota applies; members can be added at once).
  const visibility = body.visibility ?? 'shared';
  if (visibility === 'public') throw forbidden('Forbidden to publicize image: only private images can be created.', 'IMG.0001');
  if (visibility !== 'private' && visibility !== 'shared' && visibility !== 'community') {
    throw badRequest(`Invalid visibility '${String(visibility)}': use private, shared or community.`);
  }
  if (body.os_hidden !== undefined && typeof body.os_hidden !== 'boolean') throw badRequest('os_hidden must be a boolean.');
  const name = body.name ?? '';
  if (typeof name !== 'string' || name.length > 255) throw badRequest('name must be a string of at most 255 characters.');
  if (body.protected !== undefined && typeof body.protected !== 'boolean') throw badRequest('protected must be a boolean.');
  const containerFormat = body.container_format ?? 'bare';
  if (typeof containerFormat !== 'string' || !CONTAINER_FORMATS.includes(containerFormat)) throw badRequest(`Invalid container_format '${String(containerFormat)}'.`);
  const diskFormat = body.disk_format ?? 'vhd';
  if (typeof diskFormat !== 'string' || !DISK_FORMATS.includes(diskFormat)) throw badRequest(`Invalid disk_format '${String(diskFormat)}'.`);
  const minRam = body.min_ram === undefined ? 0 : checkInteger('min_ram', body.min_ram);
  const minDisk = body.min_disk === undefined ? 0 : checkInteger('min_disk', body.min_disk);
  const tags = body.tags === undefined ? [] : checkTagList(body.tags);
  const osVersion = body.__os_version ?? 'Other Linux(64 bit)';
  if (typeof osVersion !== 'string' || osVersion.length > 255) throw badRequest('__os_version must be a string.');
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    if (CORE.has(k) || k === 'id' || k === '__os_version' || k === 'os_hidden') continue;
    extra[k] = checkExtraValue(k, v);
  }
  if (state.quotaUsed(ctx.caller.projectId) >= IMAGE_QUOTA) throw imgError('IMG.0015');
  const img = buildImage({
    id,
    region: state.region,
    owner: ctx.caller.projectId,
    name,
    status: 'queued',
    createdMs: state.now(),
    osVersion,
    tags,
    protected: body.protected as boolean | undefined,
    diskFormat,
    containerFormat,
    minDisk,
    minRam,
    sizeBytes: null,
    extra: { __lazyloading: 'false', __image_size: '0', os_hidden: body.os_hidden ?? false, ...extra },
  });
  img.visibility = visibility;
  state.images.set(img.id, img);
  return json(201, imageView(state, img), { Location: `${state.baseUrl}/v2/images/${img.id}` });
}

async function uploadImageFile(ctx: Ctx): Promise<SimResponse> {
  const img = ownedImage(ctx, ctx.params.image_id!);
  if (mediaType(ctx.req) !== 'application/octet-stream') {
    throw new SimError(415, 'IMG.0001', `Unsupported Content-Type '${mediaType(ctx.req)}': use application/octet-stream.`);
  }
  if (img.props.status !== 'queued') {
    throw new SimError(409, 'IMG.0035', `Image status transition from ${String(img.props.status)} to saving is not allowed: data can be uploaded to queued images only.`);
  }
  img.props.status = 'saving';
  ctx.state.touch(img);
  const md5 = createHash('md5');
  const sha = createHash('sha256');
  const sha512 = createHash('sha512');
  let size = 0;
  const path = ctx.state.store.pathFor(img.id);
  const file = createWriteStream(path);
  try {
    // Streamed: hashed and written to the store as it arrives, never held in memory.
    await pipeline(
      ctx.req,
      async function* (source: AsyncIterable<Buffer>) {
        for await (const b of source) {
          size += b.length;
          if (size > MAX_UPLOAD_BYTES) throw new SimError(413, 'IMG.0059', 'The size of the image file exceeds the maximum allowed (2 GB); register it from OBS instead.');
          md5.update(b);
          sha.update(b);
          sha512.update(b);
          yield b;
        }
      },
      file,
    );
  } catch (e) {
    // Glance puts an image whose upload failed back to queued so the upload can be retried.
    img.props.status = 'queued';
    ctx.state.touch(img);
    await ctx.state.store.remove(path);
    throw e instanceof SimError ? e : new SimError(400, 'IMG.0001', 'The upload was interrupted.');
  }
  if (!ctx.state.images.has(img.id)) {
    // Deleted while the upload ran (Glance answers 410 Gone then).
    await ctx.state.store.remove(path);
    throw new SimError(410, 'IMG.0144', `Image ${img.id} could not be found after upload. The image may have been deleted during the upload.`);
  }
  const sha256 = sha.digest('hex');
  const now = isoSeconds(ctx.state.now());
  img.dataFile = path;
  Object.assign(img.props, {
    status: 'active',
    size,
    checksum: md5.digest('hex'),
    os_hash_algo: 'sha512',
    os_hash_value: sha512.digest('hex'),
    __image_size: String(size),
    __root_origin: 'file',
    // Glance (multi-store) names the store that holds the data.
    stores: 'fs',
    updated_at: now,
    active_at: now,
  });
  ctx.logBody = { bytes: size, sha256 };
  return noContent();
}

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

function patchGlanceImage(ctx: Ctx): SimResponse {
  const type = mediaType(ctx.req);
  if (type !== PATCH_V21 && type !== PATCH_V20) {
    throw new SimError(415, 'IMG.0001', `Unsupported Content-Type '${type}': use ${PATCH_V21} or ${PATCH_V20}.`);
  }
  const img = ownedImage(ctx, ctx.params.image_id!);
  const v20 = type === PATCH_V20;
  applyPatch(ctx.state, img, parsePatch(ctx.body, v20), v20);
  return json(200, imageView(ctx.state, img));
}

function checkDeletable(ctx: Ctx, id: string): ImageRecord {
  const img = visibleImage(ctx, id, (x) => new SimError(404, 'IMG.0144', `Failed to find image ${x} to delete`));
  if (img.isPublic) throw forbidden(`The public image cannot be deleted. Image ${id} is a public image.`, 'IMG.0094');
  if (img.owner !== ctx.caller.projectId) throw forbidden('The image can only be deleted by the owner.', 'IMG.0092');
  if (img.props.protected === true) throw forbidden(`The protected image cannot be deleted. Image ${id} is protected and cannot be deleted.`, 'IMG.0091');
  return img;
}

function deleteGlanceImage(ctx: Ctx): SimResponse {
  const img = checkDeletable(ctx, ctx.params.image_id!);
  let deleteBackup = false;
  if (ctx.hasBody) {
    if (!isPlainObject(ctx.body)) throw badRequest('The request body must be a JSON object.');
    if (ctx.body.delete_backup !== undefined) {
      if (typeof ctx.body.delete_backup !== 'boolean') throw badRequest('delete_backup must be a boolean.');
      deleteBackup = ctx.body.delete_backup;
    }
  }
  const backupId = img.props.__backup_id;
  if (typeof backupId === 'string' && backupId) {
    const backup = ctx.state.world.backups.get(backupId);
    if (backup) {
      backup.usedByImage = null;
      if (deleteBackup && img.props.__whole_image === 'true') backup.status = 'deleted';
    }
  }
  ctx.state.images.delete(img.id);
  void ctx.state.store.remove(img.dataFile);
  return noContent();
}

function deleteV11Image(ctx: Ctx): SimResponse {
  const img = checkDeletable(ctx, ctx.params.image_id!);
  const now = isoSeconds(ctx.state.now());
  img.deleted = true;
  img.deletedAt = now;
  img.props.status = 'deleted';
  img.props.updated_at = now;
  img.members.clear();
  // The reference's example answers 200 with an empty body (the table says 204).
  return { status: 200, headers: { 'Content-Length': '0' } };
}

function headerSafe(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /^[\x20-\x7e]*$/.test(s) ? s : encodeURIComponent(s);
}

function headV1Image(ctx: Ctx): SimResponse {
  const img = visibleImage(ctx, ctx.params.image_id!);
  const v = v1ImageView(img);
  const h: Record<string, string> = {
    'X-Image-Meta-Id': img.id,
    'X-Image-Meta-Deleted': String(v.deleted),
    'X-Image-Meta-Container_format': headerSafe(v.container_format),
    'X-Image-Meta-Checksum': headerSafe(v.checksum),
    'X-Image-Meta-Protected': String(v.protected),
    'X-Image-Meta-Min_disk': headerSafe(v.min_disk),
    'X-Image-Meta-Created_at': headerSafe(v.created_at),
    'X-Image-Meta-Size': headerSafe(v.size),
    'X-Image-Meta-Status': headerSafe(v.status),
    'X-Image-Meta-Is_public': String(v.is_public),
    'X-Image-Meta-Min_ram': headerSafe(v.min_ram),
    'X-Image-Meta-Owner': img.owner,
    'X-Image-Meta-Updated_at': headerSafe(v.updated_at),
    'X-Image-Meta-Disk_format': headerSafe(v.disk_format),
    'X-Image-Meta-Name': headerSafe(v.name),
  };
  if (v.checksum) h.Etag = String(v.checksum);
  for (const [k, val] of Object.entries(v.properties as Record<string, unknown>)) {
    if (/^[A-Za-z0-9_.-]+$/.test(k)) h[`X-Image-Meta-Property-${k}`] = headerSafe(val);
  }
  return { status: 200, headers: h };
}

function listV11Detail(ctx: Ctx): SimResponse {
  const result = listImages(ctx.state, ctx.caller.projectId, ctx.query, 'v1');
  return json(200, { images: result.images.map(v1ImageView) });
}

function addGlanceTag(ctx: Ctx): SimResponse {
  const img = ownedImage(ctx, ctx.params.image_id!);
  const tag = checkGlanceTag(ctx.params.tag);
  if (!hasTagKey(img, tag) && img.tags.length >= MAX_TAGS_PER_IMAGE) throw imgError('IMG.0116', `An image can have at most ${MAX_TAGS_PER_IMAGE} tags.`);
  // Tags are one list with the IMS key/value tags: a Glance tag is the key `tag` with an empty value.
  if (!img.tags.includes(tag)) upsertTag(img, tag, '');
  ctx.state.touch(img);
  return noContent();
}

function deleteGlanceTag(ctx: Ctx): SimResponse {
  const img = ownedImage(ctx, ctx.params.image_id!);
  const tag = ctx.params.tag!;
  const i = img.tags.includes(tag) ? img.tags.indexOf(tag) : img.tags.findIndex((t) => splitTag(t).key === tag);
  // Glance answers webob's bare 404 here.
  if (i < 0) throw new SimError(404, 'IMG.0121', 'The resource could not be found.');
  img.tags.splice(i, 1);
  ctx.state.touch(img);
  return noContent();
}

export function memberView(imageId: string, m: Member): Record<string, unknown> {
  return { status: m.status, created_at: m.createdAt, updated_at: m.updatedAt, image_id: imageId, member_id: m.memberId, schema: '/v2/schemas/member' };
}

/** Why this image cannot be shared with `memberId`, as an IMS code; undefined when it can. */
export function shareRefusal(state: SimState, img: ImageRecord, memberId: string): { code: string; detail?: string } | undefined {
  if (img.isPublic) return { code: 'IMG.0089' };
  if (memberId === img.owner) return { code: 'IMG.0076' };
  if (img.props.__system__cmkid) return { code: 'IMG.0098' };
  if (img.props.__whole_image === 'true') {
    const backup = state.world.backups.get(String(img.props.__backup_id ?? ''));
    if (!backup || backup.kind !== 'CBR') return { code: 'IMG.0135', detail: 'Only full-ECS images created from CBR backups can be shared.' };
  }
  const max = img.props.__whole_image === 'true' ? MAX_WHOLE_IMAGE_MEMBERS : MAX_MEMBERS;
  if (!img.members.has(memberId) && img.members.size >= max) return { code: 'IMG.0088' };
  return undefined;
}

export function addMember(state: SimState, img: ImageRecord, memberId: string): Member {
  const now = isoSeconds(state.now());
  const m: Member = { memberId, status: 'pending', createdAt: now, updatedAt: now };
  img.members.set(memberId, m);
  state.touch(img);
  return m;
}

const imageNotFoundForMembers = (id: string): SimError => new SimError(404, 'IMG.0144', `Image ${id} not found.`);

function addGlanceMember(ctx: Ctx): SimResponse {
  const img = ownedImage(ctx, ctx.params.image_id!, imageNotFoundForMembers);
  if (!isPlainObject(ctx.body) || typeof ctx.body.member !== 'string' || !ctx.body.member.trim()) throw badRequest('The request body must be {"member": "<project id>"}.');
  const memberId = ctx.body.member;
  const refusal = shareRefusal(ctx.state, img, memberId);
  if (refusal) throw imgError(refusal.code, refusal.detail);
  if (img.members.has(memberId)) throw new SimError(409, 'IMG.0035', `Member ${memberId} already exists for image ${img.id}.`);
  return json(200, memberView(img.id, addMember(ctx.state, img, memberId)));
}

function memberNotFound(imageId: string, memberId: string): SimError {
  return new SimError(404, 'IMG.0121', `The object cannot be found. Project ${memberId} is not a member of image ${imageId}.`);
}

export function checkMemberStatus(v: unknown): MemberStatus {
  if (v !== 'pending' && v !== 'accepted' && v !== 'rejected') throw badRequest(`Invalid member status '${String(v)}': use pending, accepted or rejected.`);
  return v;
}

/** A CBR full-ECS image is accepted into a vault (§A.3.3, §B.4.2). */
export function needsVault(state: SimState, img: ImageRecord): boolean {
  if (img.props.__whole_image !== 'true') return false;
  return state.world.backups.get(String(img.props.__backup_id ?? ''))?.kind === 'CBR';
}

function updateGlanceMember(ctx: Ctx): SimResponse {
  const img = visibleImage(ctx, ctx.params.image_id!);
  const memberId = ctx.params.member_id!;
  if (memberId !== ctx.caller.projectId) {
    if (img.owner === ctx.caller.projectId) throw forbidden('Only the member can change its sharing status.', 'IMG.0001');
    throw memberNotFound(img.id, memberId);
  }
  const m = img.members.get(memberId);
  if (!m) throw memberNotFound(img.id, memberId);
  if (!isPlainObject(ctx.body)) throw badRequest('The request body must be {"status": "accepted|rejected|pending"}.');
  const status = checkMemberStatus(ctx.body.status);
  const vaultId = ctx.body.vault_id;
  if (vaultId !== undefined && typeof vaultId !== 'string') throw badRequest('vault_id must be a string.');
  if (status === 'accepted' && needsVault(ctx.state, img)) {
    if (!vaultId) throw badRequest('vault_id is required to accept a full-ECS image created from a CBR backup.');
    const vault = ctx.state.world.vaults.get(vaultId);
    if (!vault || vault.projectId !== ctx.caller.projectId) throw imgError('IMG.0184');
    m.vaultId = vaultId;
  }
  m.status = status;
  m.updatedAt = isoSeconds(ctx.state.now());
  return json(200, memberView(img.id, m));
}

export function getGlanceMember(ctx: Ctx): SimResponse {
  const img = visibleImage(ctx, ctx.params.image_id!);
  const memberId = ctx.params.member_id!;
  if (img.owner !== ctx.caller.projectId && memberId !== ctx.caller.projectId) throw memberNotFound(img.id, memberId);
  const m = img.members.get(memberId);
  if (!m) throw memberNotFound(img.id, memberId);
  return json(200, memberView(img.id, m));
}

export function listGlanceMembers(ctx: Ctx): SimResponse {
  const img = visibleImage(ctx, ctx.params.image_id!);
  if (img.isPublic) throw forbidden('Public images do not have members.', 'IMG.0089');
  const members = [...img.members.values()].filter((m) => img.owner === ctx.caller.projectId || m.memberId === ctx.caller.projectId);
  return json(200, { members: members.map((m) => memberView(img.id, m)), schema: '/v2/schemas/members' });
}

function deleteGlanceMember(ctx: Ctx): SimResponse {
  const img = visibleImage(ctx, ctx.params.image_id!);
  const memberId = ctx.params.member_id!;
  if (img.owner !== ctx.caller.projectId) {
    if (memberId === ctx.caller.projectId) throw forbidden('You are not permitted to delete a member of an image you do not own.', 'IMG.0047');
    throw memberNotFound(img.id, memberId);
  }
  if (!img.members.delete(memberId)) throw memberNotFound(img.id, memberId);
  ctx.state.touch(img);
  return noContent();
}

export function versionList(base: string): { status: string; id: string; links: { href: string; rel: string }[] }[] {
  return [
    { status: 'CURRENT', id: 'v2.2', links: [{ href: `${base}/v2/`, rel: 'self' }] },
    { status: 'SUPPORTED', id: 'v2.1', links: [{ href: `${base}/v2/`, rel: 'self' }] },
    { status: 'SUPPORTED', id: 'v2.0', links: [{ href: `${base}/v2/`, rel: 'self' }] },
    { status: 'DEPRECATED', id: 'v1.1', links: [{ href: `${base}/v1/`, rel: 'self' }] },
    { status: 'DEPRECATED', id: 'v1.0', links: [{ href: `${base}/v1/`, rel: 'self' }] },
  ];
}

function versions(ctx: Ctx, only?: string): SimResponse {
  const all = versionList(ctx.state.baseUrl);
  const status = versionStatusFor(ctx);
  if (only === undefined) return json(status, { versions: all });
  const wanted = only === 'v2' ? 'v2.2' : only === 'v1' ? 'v1.1' : only;
  const v = all.find((x) => x.id === wanted);
  if (!v) throw new SimError(404, 'IMG.0086', `Unknown API version ${only}.`);
  return json(status, { versions: [v] });
}

export function registerGlance(router: Router): void {
  router.add({ id: 'glance-list-images', method: 'GET', pattern: '/v2/images', auth: true, handler: listGlanceImages });
  router.add({ id: 'glance-create-image', method: 'POST', pattern: '/v2/images', auth: true, handler: createImage });
  router.add({ id: 'glance-get-image', method: 'GET', pattern: '/v2/images/{image_id}', auth: true, handler: getGlanceImage });
  router.add({ id: 'glance-update-image', method: 'PATCH', pattern: '/v2/images/{image_id}', auth: true, handler: patchGlanceImage });
  router.add({ id: 'glance-delete-image', method: 'DELETE', pattern: '/v2/images/{image_id}', auth: true, handler: deleteGlanceImage });
  router.add({ id: 'glance-upload-image-file', method: 'PUT', pattern: '/v2/images/{image_id}/file', auth: true, stream: true, handler: uploadImageFile });
  router.add({ id: 'glance-add-tag', method: 'PUT', pattern: '/v2/images/{image_id}/tags/{tag}', auth: true, handler: addGlanceTag });
  router.add({ id: 'glance-delete-tag', method: 'DELETE', pattern: '/v2/images/{image_id}/tags/{tag}', auth: true, handler: deleteGlanceTag });
  router.add({ id: 'glance-add-member', method: 'POST', pattern: '/v2/images/{image_id}/members', auth: true, handler: addGlanceMember });
  router.add({ id: 'glance-list-members', method: 'GET', pattern: '/v2/images/{image_id}/members', auth: true, handler: listGlanceMembers });
  router.add({ id: 'glance-update-member', method: 'PUT', pattern: '/v2/images/{image_id}/members/{member_id}', auth: true, handler: updateGlanceMember });
  router.add({ id: 'glance-get-member', method: 'GET', pattern: '/v2/images/{image_id}/members/{member_id}', auth: true, handler: getGlanceMember });
  router.add({ id: 'glance-delete-member', method: 'DELETE', pattern: '/v2/images/{image_id}/members/{member_id}', auth: true, handler: deleteGlanceMember });
  router.add({ id: 'glance-get-image-schema', method: 'GET', pattern: '/v2/schemas/image', auth: true, handler: () => json(200, imageSchema()) });
  router.add({ id: 'glance-get-images-schema', method: 'GET', pattern: '/v2/schemas/images', auth: true, handler: () => json(200, imagesSchema()) });
  router.add({ id: 'glance-get-member-schema', method: 'GET', pattern: '/v2/schemas/member', auth: true, handler: () => json(200, memberSchema()) });
  router.add({ id: 'glance-get-members-schema', method: 'GET', pattern: '/v2/schemas/members', auth: true, handler: () => json(200, membersSchema()) });
  router.add({ id: 'glance-v1-1-delete-image', method: 'DELETE', pattern: '/v1.1/images/{image_id}', auth: true, handler: deleteV11Image });
  router.add({ id: 'glance-v1-1-list-images-detail', method: 'GET', pattern: '/v1.1/images/detail', auth: true, handler: listV11Detail });
  router.add({ id: 'glance-v1-head-image', method: 'HEAD', pattern: '/v1/images/{image_id}', auth: true, handler: headV1Image });
  router.add({ id: 'glance-list-versions', method: 'GET', pattern: '/', auth: false, handler: (ctx) => versions(ctx) });
  router.add({
    id: 'glance-get-version',
    method: 'GET',
    pattern: '/{api_version}',
    auth: false,
    guard: (p) => /^v\d+(\.\d+)?$/.test(p.api_version ?? ''),
    handler: (ctx) => versions(ctx, ctx.params.api_version),
  });
}
