import type { Router } from '../router';
import { copyCrossRegion, copyInRegion } from './copy';
import { createDataImage, createImage, quickImport } from './create';
import { exportImage } from './export';
import { batchAddMembers, batchDeleteMembers, batchUpdateMembers } from './members';
import { registerImage } from './register';
import { createWholeImage } from './whole-image';

/**
 * The asynchronous IMS endpoints (§C.6). Each validates synchronously what the real API validates
 * synchronously (400 + IMG code), then answers 200 {job_id}. Whether the job will fail is decided by the
 * simulated world at submission (a missing OBS file, an agency without rights, a full vault …); its effects
 * (new images, members) are applied when the job reaches its end (the job engine is ../jobs.ts).
 */

export function registerImsAsync(router: Router): void {
  router.add({ id: 'ims-create-image', method: 'POST', pattern: '/v2/cloudimages/action', auth: true, handler: createImage });
  router.add({ id: 'ims-quick-import-image', method: 'POST', pattern: '/v2/cloudimages/quickimport/action', auth: true, handler: quickImport });
  router.add({ id: 'ims-create-data-image', method: 'POST', pattern: '/v1/cloudimages/dataimages/action', auth: true, handler: createDataImage });
  router.add({ id: 'ims-create-whole-image', method: 'POST', pattern: '/v1/cloudimages/wholeimages/action', auth: true, handler: createWholeImage });
  router.add({ id: 'ims-register-image', method: 'PUT', pattern: '/v1/cloudimages/{image_id}/upload', auth: true, handler: registerImage });
  router.add({ id: 'ims-export-image', method: 'POST', pattern: '/v1/cloudimages/{image_id}/file', auth: true, handler: exportImage });
  router.add({ id: 'ims-copy-image-in-region', method: 'POST', pattern: '/v1/cloudimages/{image_id}/copy', auth: true, handler: copyInRegion });
  router.add({ id: 'ims-copy-image-cross-region', method: 'POST', pattern: '/v1/cloudimages/{image_id}/cross_region_copy', auth: true, handler: copyCrossRegion });
  router.add({ id: 'ims-batch-add-members', method: 'POST', pattern: '/v1/cloudimages/members', auth: true, handler: batchAddMembers });
  router.add({ id: 'ims-batch-update-member-status', method: 'PUT', pattern: '/v1/cloudimages/members', auth: true, handler: batchUpdateMembers });
  router.add({ id: 'ims-batch-delete-members', method: 'DELETE', pattern: '/v1/cloudimages/members', auth: true, handler: batchDeleteMembers });
  // Huawei's IMS SDK "in safe mode" variants (CreateImageInSafeMode, ImportImageQuickInSafeMode,
  // CreateDataImageInSafeMode, ExportImageInSafeMode, CopyImageInRegionInSafeMode): the SDK's request models reuse
  // the v1/v2 bodies (CreateImageRequestBody, …) and answer the same {job_id}; only the path version differs.
  router.add({ id: 'ims-create-image-safe-mode', method: 'POST', pattern: '/v2.1/cloudimages/action', auth: true, handler: createImage });
  router.add({ id: 'ims-quick-import-image-safe-mode', method: 'POST', pattern: '/v2.1/cloudimages/quickimport/action', auth: true, handler: quickImport });
  router.add({ id: 'ims-create-data-image-safe-mode', method: 'POST', pattern: '/v2.1/cloudimages/dataimages/action', auth: true, handler: createDataImage });
  router.add({ id: 'ims-export-image-safe-mode', method: 'POST', pattern: '/v2.1/cloudimages/{image_id}/file', auth: true, handler: exportImage });
  router.add({ id: 'ims-copy-image-in-region-safe-mode', method: 'POST', pattern: '/v2.1/cloudimages/{image_id}/copy', auth: true, handler: copyInRegion });
}
