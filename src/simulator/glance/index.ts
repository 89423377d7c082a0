import { json } from '../http';
import type { Router } from '../router';
import { createImage, deleteGlanceImage, getGlanceImage, listGlanceImages } from './images';
import { addGlanceMember, deleteGlanceMember, getGlanceMember, listGlanceMembers, updateGlanceMember } from './members';
import { patchGlanceImage } from './patch';
import { imageSchema, imagesSchema, memberSchema, membersSchema } from './schemas';
import { addGlanceTag, deleteGlanceTag } from './tags';
import { uploadImageFile } from './upload';
import { deleteV11Image, headV1Image, listV11Detail } from './v1';
import { versions } from './versions';

/** Glance-native image APIs (Part B). Errors are flat; an image the caller cannot see is 404 IMG.0144. */

export function registerGlance(router: Router): void {
  router.add({ id: 'glance-list-images', method: 'GET', pattern: '/v2/images', auth: true, handler: listGlanceImages });
  router.add({ id: 'glance-create-image', method: 'POST', pattern: '/v2/images', auth: true, handler: createImage });
  router.add({ id: 'glance-get-image', method: 'GET', pattern: '/v2/images/{image_id}', auth: true, handler: getGlanceImage });
  router.add({ id: 'glance-update-image', method: 'PATCH', pattern: '/v2/images/{image_id}', auth: true, handler: patchGlanceImage });
  router.add({ id: 'glance-delete-image', method: 'DELETE', pattern: '/v2/images/{image_id}', auth: true, handler: deleteGlanceImage });
  router.add({ id: 'glance-upload-image-file', method: 'PUT', pattern: '/v2/images/{image_id}/file', auth: true, stream: true, handler: uploadImageFile });
  router.add({ id: 'glance-add-tag', method: 'PUT', pattern: '/v2/images/{image_id}/tags/{tag}', auth: true, handler: addGlanceTag });
  router.add({ id: 'glance-delete-tag', method: 'DELETE', pattern: '/v2/images/{image_id}/tags/{tag}', auth: true, handler: deleteGlanceTag });
  router.add({ id: 'glance-add-member', method: 'POST', pattern: '/v2/images/{image_id}/members', auth: true, handler: addGlanceMember });
  router.add({ id: 'glance-list-members', method: 'GET', pattern: '/v2/images/{image_id}/members', auth: true, handler: listGlanceMembers });
  router.add({ id: 'glance-update-member', method: 'PUT', pattern: '/v2/images/{image_id}/members/{member_id}', auth: true, handler: updateGlanceMember });
  router.add({ id: 'glance-get-member', method: 'GET', pattern: '/v2/images/{image_id}/members/{member_id}', auth: true, handler: getGlanceMember });
  router.add({ id: 'glance-delete-member', method: 'DELETE', pattern: '/v2/images/{image_id}/members/{member_id}', auth: true, handler: deleteGlanceMember });
  router.add({ id: 'glance-get-image-schema', method: 'GET', pattern: '/v2/schemas/image', auth: true, handler: () => json(200, imageSchema()) });
  router.add({ id: 'glance-get-images-schema', method: 'GET', pattern: '/v2/schemas/images', auth: true, handler: () => json(200, imagesSchema()) });
  router.add({ id: 'glance-get-member-schema', method: 'GET', pattern: '/v2/schemas/member', auth: true, handler: () => json(200, memberSchema()) });
  router.add({ id: 'glance-get-members-schema', method: 'GET', pattern: '/v2/schemas/members', auth: true, handler: () => json(200, membersSchema()) });
  router.add({ id: 'glance-v1-1-delete-image', method: 'DELETE', pattern: '/v1.1/images/{image_id}', auth: true, handler: deleteV11Image });
  router.add({ id: 'glance-v1-1-list-images-detail', method: 'GET', pattern: '/v1.1/images/detail', auth: true, handler: listV11Detail });
  router.add({ id: 'glance-v1-head-image', method: 'HEAD', pattern: '/v1/images/{image_id}', auth: true, handler: headV1Image });
  router.add({ id: 'glance-list-versions', method: 'GET', pattern: '/', auth: false, handler: (ctx) => versions(ctx) });
  router.add({
    id: 'glance-get-version',
    method: 'GET',
    pattern: '/{api_version}',
    auth: false,
    guard: (p) => /^v\d+(\.\d+)?$/.test(p.api_version ?? ''),
    handler: (ctx) => versions(ctx, ctx.params.api_version),
  });
}
