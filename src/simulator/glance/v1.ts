import { v1ImageView } from '../images';
import { json, type SimResponse } from '../http';
import { listImages } from '../list';
import type { Ctx } from '../router';
import { isoSeconds } from '../util';
import { visibleImage } from './access';
import { checkDeletable } from './images';

/** The older Glance paths the reference keeps: `HEAD /v1/images/{id}` and the v1.1 list and delete. */

export function deleteV11Image(ctx: Ctx): SimResponse {
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

export function headV1Image(ctx: Ctx): SimResponse {
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

export function listV11Detail(ctx: Ctx): SimResponse {
  const result = listImages(ctx.state, ctx.caller.projectId, ctx.query, 'v1');
  return json(200, { images: result.images.map(v1ImageView) });
}
