import { img as imgError } from '../http';
import type { Bucket, ObsFile } from '../model';
import type { Ctx } from '../router';
import { GB, fail, type Failure } from './checks';

/** OBS objects as image sources and export targets: the `bucket:file` form is checked at once, the object when the job runs. */

export interface ObsRef {
  bucket: string;
  file: string;
  url: string;
}

/** `bucket:file` (§A.1.3); format problems are synchronous. */
export function parseObsUrl(v: unknown, field: string): ObsRef {
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
export function readObs(ctx: Ctx, ref: ObsRef, maxBytes: number): { failure?: Failure; file?: ObsFile; bucket?: Bucket } {
  const bucket = ctx.state.world.buckets.get(ref.bucket);
  if (!bucket || bucket.projectId !== ctx.caller.projectId) return { failure: fail('IMG.0069', `The specified bucket cannot be accessed: ${ref.bucket}.`) };
  if (bucket.region !== ctx.state.region) return { failure: fail('IMG.0058', `Bucket ${ref.bucket} is in ${bucket.region}, not ${ctx.state.region}.`) };
  if (bucket.storageClass !== 'STANDARD') return { failure: fail('IMG.0069', `Bucket ${ref.bucket} is not of the Standard storage class.`) };
  const file = bucket.files.get(ref.file);
  if (!file || file.sizeBytes === 0) return { failure: fail('IMG.0057', `The image file ${ref.url} does not exist, is empty, or in the incorrect format.`, 2) };
  if (file.sizeBytes > maxBytes) return { failure: fail('IMG.0059', `The image file ${ref.url} is ${Math.ceil(file.sizeBytes / GB)} GB.`, 3) };
  return { file, bucket };
}

export function extensionOf(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot < 0 ? '' : file.slice(dot + 1).toLowerCase();
}
