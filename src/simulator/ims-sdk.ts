import { listGlanceMembers, getGlanceMember } from './glance/members';
import { SimError, headerOf, json, type SimResponse } from './http';
import { batchImageTags } from './ims/tags';
import type { Ctx, Router } from './router';

/**
 * Operations of Huawei's official IMS SDK (huaweicloud-sdk-go-v3 / -python-v3, service `ims` v2) that the
 * reference's 48 endpoints lack; request and response models as the SDK declares them:
 * - BatchDeleteTags: `DELETE /v1/{project_id}/cloudimages/{image_id}/tags/delete`, body `{tags: [ResourceTag]}`.
 * - ListImageMembers: `GET /v1/{project_id}/cloudimages/{image_id}/members` → `{members: [ImageMember], schema}`.
 * - ShowImageMember: `GET /v1/{project_id}/cloudimages/{image_id}/members/{member_id}` → `ImageMember`.
 * `ImageMember` is Glance's member plus `member_type` (and `urn` for organisations, which the simulator has none of).
 */

const imsNotFound = (id: string): SimError => new SimError(404, 'IMG.0027', `The image ID in the request does not exist. Image ${id} not found.`);

function asImsMember(m: Record<string, unknown>): Record<string, unknown> {
  return { ...m, member_type: 'TENANT' };
}

function rethrowAsIms<T>(fn: () => T, imageId: string): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof SimError && e.code === 'IMG.0144') throw imsNotFound(imageId);
    throw e;
  }
}

function listImageMembers(ctx: Ctx): SimResponse {
  const res = rethrowAsIms(() => listGlanceMembers(ctx), ctx.params.image_id!);
  const body = res.body as { members: Record<string, unknown>[]; schema: string };
  return json(200, { members: body.members.map(asImsMember), schema: body.schema });
}

function showImageMember(ctx: Ctx): SimResponse {
  const res = rethrowAsIms(() => getGlanceMember(ctx), ctx.params.image_id!);
  return json(200, asImsMember(res.body as Record<string, unknown>));
}

function batchDeleteTags(ctx: Ctx): SimResponse {
  const body = ctx.body as { tags?: unknown } | undefined;
  return batchImageTags({ ...ctx, body: { action: 'delete', tags: body?.tags } });
}

/**
 * The SDK's ListVersions/ShowVersion accept 2xx only; Glance clients expect Glance's 300. A request signed by the
 * SDK (`SDK-HMAC-SHA256`, which always carries `X-Sdk-Date`) is the SDK: it gets 200, everyone else 300.
 */
export function versionStatusFor(ctx: Ctx): number {
  const auth = headerOf(ctx.req, 'authorization') ?? '';
  return auth.startsWith('SDK-HMAC-SHA256') || headerOf(ctx.req, 'x-sdk-date') !== undefined ? 200 : 300;
}

export function registerImsSdk(router: Router): void {
  router.add({ id: 'ims-batch-delete-tags', method: 'DELETE', pattern: '/v1/{project_id}/cloudimages/{image_id}/tags/delete', auth: true, handler: batchDeleteTags });
  router.add({ id: 'ims-list-image-members', method: 'GET', pattern: '/v1/{project_id}/cloudimages/{image_id}/members', auth: true, handler: listImageMembers });
  router.add({ id: 'ims-show-image-member', method: 'GET', pattern: '/v1/{project_id}/cloudimages/{image_id}/members/{member_id}', auth: true, handler: showImageMember });
}
