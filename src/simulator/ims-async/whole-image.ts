import { img as imgError, type SimResponse } from '../http';
import { requireObjectBody } from '../ims/checks';
import { accepted, submitJob } from '../jobs';
import type { Ctx } from '../router';
import { newUuid } from '../util';
import { GB, checkQuota, fail, optString, ownServer, type Failure } from './checks';
import { commonDraft, materialise } from './drafts';

/** Full-ECS images: from a running or stopped ECS (backed up on the way, into a CBR vault or CSBS) or from an existing backup. */

const TASKS = {
  whole: ['CheckServerTask', 'CreateBackupTask', 'CreateWholeImageTask', 'RegisterImageTask'],
  wholeBackup: ['CheckBackupTask', 'CreateWholeImageByBackupTask', 'CreateWholeImageByBackupTask', 'RegisterImageTask'],
};

export function createWholeImage(ctx: Ctx): SimResponse {
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
