import { SimError, img as imgError, json, noContent, type SimResponse } from '../http';
import type { ImageRecord, Member, MemberStatus } from '../model';
import type { Ctx } from '../router';
import type { SimState } from '../state';
import { isPlainObject, isoSeconds } from '../util';
import { badRequest, forbidden, ownedImage, visibleImage } from './access';

/** Glance image members (sharing), and the sharing rules IMS's batch member jobs apply too. */

const MAX_MEMBERS = 128;

const MAX_WHOLE_IMAGE_MEMBERS = 10;

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

export function addGlanceMember(ctx: Ctx): SimResponse {
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

export function updateGlanceMember(ctx: Ctx): SimResponse {
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

export function deleteGlanceMember(ctx: Ctx): SimResponse {
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
