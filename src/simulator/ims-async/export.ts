import { SimError, img as imgError, type SimResponse } from '../http';
import { imsVisible, requireObjectBody } from '../ims/checks';
import { accepted, submitJob } from '../jobs';
import type { Ctx } from '../router';
import { GB, fail, isIsoImage, type Failure } from './checks';
import { parseObsUrl } from './obs';

/** Exporting an image to an OBS bucket: the file appears in the bucket when the job succeeds. */

const TASKS = {
  export: ['CheckImageTask', 'ExportImageTask', 'ExportImageTask', 'UploadObsFileTask'],
};

export function exportImage(ctx: Ctx): SimResponse {
  const { state } = ctx;
  const img = imsVisible(ctx, ctx.params.image_id!);
  if (img.isPublic) throw imgError('IMG.0077');
  if (img.owner !== ctx.caller.projectId) throw new SimError(403, 'IMG.0047', 'This operation can be performed only by the image owner.');
  const body = requireObjectBody(ctx);
  const ref = parseObsUrl(body.bucket_url, 'bucket_url');
  const quick = body.is_quick_export === true;
  if (body.is_quick_export !== undefined && typeof body.is_quick_export !== 'boolean') throw imgError('IMG.0001', 'is_quick_export must be a boolean.');
  if (quick && body.file_format !== undefined) throw imgError('IMG.0001', 'file_format must not be specified when is_quick_export is true.');
  if (!quick && !['qcow2', 'vhd', 'zvhd', 'vmdk'].includes(body.file_format as string)) throw imgError('IMG.0072', 'file_format must be qcow2, vhd, zvhd or vmdk.');
  if (img.props.__whole_image === 'true') throw imgError('IMG.0128');
  if (isIsoImage(img)) throw imgError('IMG.0071', 'ISO images cannot be exported.');
  if (img.props.__root_origin === 'file') throw imgError('IMG.0081');
  const parent = state.images.get(String(img.props.__originalimagename ?? ''));
  if (parent?.isPublic && ['Windows', 'SUSE'].includes(String(parent.props.__platform))) throw imgError('IMG.0079');
  if (img.props.status !== 'active') throw imgError('IMG.0046');
  const size = typeof img.props.size === 'number' ? img.props.size : 0;
  if (size >= 1024 * GB) throw imgError('IMG.0071', 'Images of 1 TB or more cannot be exported.');
  if (size > 128 * GB && !quick) throw imgError('IMG.0160', 'Use is_quick_export for images over 128 GB.');
  const bucket = state.world.buckets.get(ref.bucket);
  let failure: Failure | undefined;
  if (!bucket || bucket.projectId !== ctx.caller.projectId) failure = fail('IMG.0069', `The specified bucket cannot be accessed: ${ref.bucket}.`, 1);
  else if (bucket.region !== state.region) failure = fail('IMG.0058', `Bucket ${ref.bucket} is in ${bucket.region}.`, 1);
  else if (bucket.storageClass !== 'STANDARD') failure = fail('IMG.0069', `Bucket ${ref.bucket} is not of the Standard storage class.`, 1);
  else if (bucket.files.has(ref.file)) failure = fail('IMG.0070', `${ref.url} already exists.`, 2);
  return accepted(
    submitJob(state, {
      projectId: ctx.caller.projectId,
      type: 'imsExportImageJob',
      tasks: TASKS.export,
      imageName: String(img.props.name),
      imageId: img.id,
      failure,
      complete: () => {
        bucket!.files.set(ref.file, { key: ref.file, sizeBytes: Math.max(1, size) });
        return { imageId: img.id };
      },
    }),
  );
}
