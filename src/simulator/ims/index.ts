import { json } from '../http';
import type { Router } from '../router';
import { IMAGE_QUOTA } from '../state';
import { listCloudImages, listOsVersions, listRegionImages, patchCloudImage } from './images';
import { addImageTag, batchImageTags, deleteImageTag, listImageTags, listProjectTags, listTags, queryByTags, setImageTag } from './tags';

/** IMS extension APIs (Part A), synchronous ones. Errors are nested; an unknown image is 404 IMG.0027. */

export function registerIms(router: Router): void {
  // Literal segments first: `tags`, `quota`, `os_version`, `job`, `members` are not region ids.
  router.add({ id: 'ims-list-images', method: 'GET', pattern: '/v2/cloudimages', auth: true, handler: listCloudImages });
  router.add({ id: 'ims-update-image', method: 'PATCH', pattern: '/v2/cloudimages/{image_id}', auth: true, handler: patchCloudImage });
  router.add({
    id: 'ims-get-quota',
    method: 'GET',
    pattern: '/v1/cloudimages/quota',
    auth: true,
    handler: (ctx) =>
      json(200, { quotas: { resources: [{ type: 'image', used: ctx.state.quotaUsed(ctx.caller.projectId), quota: IMAGE_QUOTA, min: 1, max: 1000 }] } }),
  });
  router.add({ id: 'ims-list-os-versions', method: 'GET', pattern: '/v1/cloudimages/os_version', auth: true, handler: listOsVersions });
  router.add({ id: 'ims-set-image-tag', method: 'PUT', pattern: '/v1/cloudimages/tags', auth: true, handler: setImageTag });
  router.add({ id: 'ims-list-tags', method: 'GET', pattern: '/v1/cloudimages/tags', auth: true, handler: listTags });
  router.add({ id: 'ims-query-images-by-tag', method: 'POST', pattern: '/v2/{project_id}/images/resource_instances/action', auth: true, handler: queryByTags });
  router.add({ id: 'ims-list-project-tags', method: 'GET', pattern: '/v2/{project_id}/images/tags', auth: true, handler: listProjectTags });
  router.add({ id: 'ims-batch-image-tags', method: 'POST', pattern: '/v2/{project_id}/images/{image_id}/tags/action', auth: true, handler: batchImageTags });
  router.add({ id: 'ims-add-image-tag', method: 'POST', pattern: '/v2/{project_id}/images/{image_id}/tags', auth: true, handler: addImageTag });
  router.add({ id: 'ims-list-image-tags', method: 'GET', pattern: '/v2/{project_id}/images/{image_id}/tags', auth: true, handler: listImageTags });
  router.add({ id: 'ims-delete-image-tag', method: 'DELETE', pattern: '/v2/{project_id}/images/{image_id}/tags/{key}', auth: true, handler: deleteImageTag });
}

/** Registered last: `/v1/cloudimages/{region_id}` would otherwise swallow the literal paths above. */
export function registerImsRegionList(router: Router): void {
  router.add({
    id: 'ims-list-region-images',
    method: 'GET',
    pattern: '/v1/cloudimages/{region_id}',
    auth: true,
    guard: (p) => !['tags', 'quota', 'os_version', 'members', 'job'].includes(p.region_id ?? ''),
    handler: listRegionImages,
  });
}
