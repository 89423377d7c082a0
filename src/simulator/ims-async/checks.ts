import { img as imgError } from '../http';
import type { JobSpec } from '../jobs';
import type { ImageRecord, Server, Volume } from '../model';
import type { Ctx } from '../router';
import { IMAGE_QUOTA, type SimState } from '../state';

/** The synchronous checks the asynchronous IMS endpoints share: each answers 400 + IMG code before any job exists. */

export const GB = 1024 ** 3;

export type Failure = NonNullable<JobSpec['failure']>;

/** A failure the world holds in store for the job: decided at submission, seen when the job reaches `atStep`. */
export function fail(code: string, reason: string, atStep = 2): Failure {
  return { code, reason, atStep };
}

export function checkQuota(state: SimState, projectId: string, adding = 1): void {
  if (state.quotaUsed(projectId) + adding > IMAGE_QUOTA) throw imgError('IMG.0015');
}

export function intField(body: Record<string, unknown>, name: string, min: number, max: number, required: boolean): number | undefined {
  const v = body[name];
  if (v === undefined || v === null) {
    if (required) throw imgError('IMG.0055', `${name} is required.`);
    return undefined;
  }
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw imgError('IMG.0055', `${name} must be an integer from ${min} to ${max}.`);
  return v;
}

export function optString(body: Record<string, unknown>, name: string): string | undefined {
  const v = body[name];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') throw imgError('IMG.0001', `${name} must be a string.`);
  return v;
}

export function checkOsType(v: unknown, allowed = ['Linux', 'Windows', 'Other']): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || !allowed.includes(v)) throw imgError('IMG.0056', `os_type must be one of ${allowed.join(', ')}.`);
  return v;
}

export function checkKey(ctx: Ctx, cmkId: string | undefined): string | undefined {
  if (!cmkId) return undefined;
  const key = ctx.state.world.keys.get(cmkId);
  if (!key || key.projectId !== ctx.caller.projectId) throw imgError('IMG.0095', `KMS key ${cmkId} was not found.`);
  if (!key.enabled) throw imgError('IMG.0097');
  return cmkId;
}

export function ownServer(ctx: Ctx, id: unknown): Server {
  if (typeof id !== 'string' || !id) throw imgError('IMG.0012');
  const s = ctx.state.world.servers.get(id);
  if (!s || s.projectId !== ctx.caller.projectId) throw imgError('IMG.0005', `ECS ${id} was not found.`);
  return s;
}

export function ownVolume(ctx: Ctx, id: unknown): Volume {
  if (typeof id !== 'string' || !id) throw imgError('IMG.0120', 'volume_id is required.');
  const v = ctx.state.world.volumes.get(id);
  if (!v || v.projectId !== ctx.caller.projectId) throw imgError('IMG.0120', `Disk ${id} was not found.`);
  if (v.status === 'error') throw imgError('IMG.0022', `Disk ${id} is in error state.`);
  return v;
}

export function isIsoImage(img: ImageRecord): boolean {
  return img.props.virtual_env_type === 'IsoImage' || img.props.disk_format === 'iso';
}
