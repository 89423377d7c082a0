import { addMember, checkMemberStatus, needsVault, shareRefusal } from '../glance/members';
import { img as imgError, type SimResponse } from '../http';
import { requireObjectBody } from '../ims/checks';
import { accepted, submitJob } from '../jobs';
import type { BatchResult } from '../model';
import type { Ctx } from '../router';
import { isoSeconds } from '../util';
import { optString } from './checks';

/**
 * Sharing as jobs: members added to, accepted or rejected for, and removed from many images at once. Each pair
 * (image, project) gets its own result; the job fails with the first failed pair's code.
 */

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

export function batchAddMembers(ctx: Ctx): SimResponse {
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

export function batchUpdateMembers(ctx: Ctx): SimResponse {
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

export function batchDeleteMembers(ctx: Ctx): SimResponse {
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
