import { img as imgError, type SimResponse } from '../http';
import { imsOwned, requireObjectBody } from '../ims/checks';
import { accepted, submitJob } from '../jobs';
import type { Ctx } from '../router';
import { fakeSha512Hex, isoSeconds, md5Hex } from '../util';
import { GB } from './checks';
import { parseObsUrl, readObs } from './obs';

/** Registering an OBS file as the data of a queued image: the image turns saving, then active (or killed). */

const TASKS = {
  register: ['CheckImageFileTask', 'DownloadImageFileTask', 'ConvertImageFileTask', 'UploadImageTask'],
};

export function registerImage(ctx: Ctx): SimResponse {
  const { state } = ctx;
  const img = imsOwned(ctx, ctx.params.image_id!);
  const body = requireObjectBody(ctx);
  const ref = parseObsUrl(body.image_url, 'image_url');
  if (img.props.status !== 'queued') throw imgError('IMG.0046', `Image ${img.id} is ${String(img.props.status)}; only queued images can be registered.`);
  const { failure, file } = readObs(ctx, ref, 128 * GB);
  img.props.status = 'saving';
  state.touch(img);
  const job = submitJob(state, {
    projectId: ctx.caller.projectId,
    type: 'imsRegisterImageJob',
    tasks: TASKS.register,
    imageName: String(img.props.name),
    imageId: img.id,
    failure,
    complete: (atMs) => {
      const at = isoSeconds(atMs);
      Object.assign(img.props, {
        status: 'active',
        size: file!.sizeBytes,
        checksum: md5Hex(`checksum:${img.id}`),
        os_hash_algo: 'sha512',
        os_hash_value: fakeSha512Hex(`${img.id}`),
        __image_size: String(file!.sizeBytes),
        __root_origin: 'file',
        __data_origin: `file,${ref.url}`,
        updated_at: at,
        active_at: at,
      });
      return { imageId: img.id };
    },
    onFail: (atMs) => {
      img.props.status = 'killed';
      img.props.updated_at = isoSeconds(atMs);
    },
  });
  return accepted(job);
}
