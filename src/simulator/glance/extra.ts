import { createReadStream } from 'node:fs';
import { SimError, headerOf, json, noContent, type SimResponse } from '../http';
import type { Ctx, Router } from '../router';
import { ownedImage, visibleImage } from './access';
import { versionList } from './versions';

/**
 * What real Glance clients need beyond the reference's 48 endpoints (python-glanceclient, openstackclient,
 * openstacksdk): image download, deactivate/reactivate, the discovery documents (`/versions`, `/v2/info/*`).
 * Shapes and statuses are those of Glance Zed (image API v2.15), as `scripts/openstack` runs it.
 */

const forbidden = (message: string): SimError => new SimError(403, 'IMG.0047', message);

/** `Range: bytes=a-b | a- | -n` → [start, endInclusive]; undefined when absent; SimError 416 when unsatisfiable. */
function parseRange(header: string | undefined, size: number): [number, number] | undefined {
  if (!header) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) throw new SimError(416, 'IMG.0001', 'The Range requested is not available.');
  let start: number;
  let end: number;
  if (m[1] === '') {
    const n = Number(m[2]);
    start = Math.max(0, size - n);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start >= size || start > end) {
    throw new SimError(416, 'IMG.0001', `The Range requested is not available. Invalid start position in Range header. Start position MUST be in the inclusive range [0, ${size - 1}].`);
  }
  return [start, end];
}

/**
 * `GET /v2/images/{id}/file`, as Glance serves it: 204 when there is no data (queued, or data the simulator does
 * not hold: Glance answers 204 when its store has no file), 403 for a deactivated image, `Content-MD5` = checksum,
 * 206 + `Content-Range` for a satisfiable `Range`, 416 otherwise. Streamed from the store file.
 */
function downloadImageFile(ctx: Ctx): SimResponse {
  const img = visibleImage(ctx, ctx.params.image_id!);
  if (img.props.status === 'deactivated') throw forbidden('The requested image has been deactivated. Image data download is forbidden.');
  const size = typeof img.props.size === 'number' ? img.props.size : 0;
  if (!img.dataFile || img.props.status !== 'active') return noContent();
  const range = size > 0 ? parseRange(headerOf(ctx.req, 'range'), size) : undefined;
  const [start, end] = range ?? [0, size - 1];
  const headers: Record<string, string> = {
    'Content-Type': 'application/octet-stream',
    'Content-Length': String(Math.max(0, end - start + 1)),
  };
  if (typeof img.props.checksum === 'string') headers['Content-MD5'] = img.props.checksum;
  if (range) headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  const stream = size === 0 ? createReadStream(img.dataFile) : createReadStream(img.dataFile, { start, end });
  return { status: range ? 206 : 200, headers, stream };
}

/** Glance's `deactivate`/`reactivate` actions: owner only, active ⇄ deactivated, repeats are no-ops, others 403. */
function imageAction(ctx: Ctx, action: 'deactivate' | 'reactivate'): SimResponse {
  const img = ownedImage(ctx, ctx.params.image_id!);
  const status = String(img.props.status);
  const [from, to] = action === 'deactivate' ? ['active', 'deactivated'] : ['deactivated', 'active'];
  if (status === from) {
    img.props.status = to;
    ctx.state.touch(img);
  } else if (status !== to) {
    throw forbidden(`Not allowed to ${action} image in status '${status}'`);
  }
  return noContent();
}

export function registerGlanceExtra(router: Router): void {
  router.add({ id: 'glance-download-image-file', method: 'GET', pattern: '/v2/images/{image_id}/file', auth: true, handler: downloadImageFile });
  router.add({ id: 'glance-deactivate-image', method: 'POST', pattern: '/v2/images/{image_id}/actions/deactivate', auth: true, handler: (ctx) => imageAction(ctx, 'deactivate') });
  router.add({ id: 'glance-reactivate-image', method: 'POST', pattern: '/v2/images/{image_id}/actions/reactivate', auth: true, handler: (ctx) => imageAction(ctx, 'reactivate') });
  // Glance's file store is called `fs` in scripts/openstack's configuration; `default` is a string there too.
  router.add({ id: 'glance-list-stores', method: 'GET', pattern: '/v2/info/stores', auth: true, handler: () => json(200, { stores: [{ id: 'fs', default: 'true' }] }) });
  router.add({
    id: 'glance-import-info',
    method: 'GET',
    pattern: '/v2/info/import',
    auth: true,
    handler: () => json(200, { 'import-methods': { description: 'Import methods available.', type: 'array', value: ['glance-direct', 'web-download', 'copy-image'] } }),
  });
  // glanceclient asks `/versions` first; Glance answers it with 200 (and `/` with 300).
  router.add({ id: 'glance-versions', method: 'GET', pattern: '/versions', auth: false, handler: (ctx) => json(200, { versions: versionList(ctx.state.baseUrl) }) });
}
