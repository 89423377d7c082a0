import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { SimError, mediaType, noContent, type SimResponse } from '../http';
import type { Ctx } from '../router';
import { isoSeconds } from '../util';
import { ownedImage } from './access';

/** `PUT /v2/images/{id}/file`: the image's data, streamed to the store and hashed on the way. */

const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

export async function uploadImageFile(ctx: Ctx): Promise<SimResponse> {
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
