import { json } from './http';
import type { Router } from './router';
import { IMAGE_QUOTA } from './state';

/** IMS extension APIs (Part A). Errors are nested (`{"error":{"code","message"}}`). */
export function registerImsReads(router: Router): void {
  router.add({
    id: 'ims-get-quota',
    method: 'GET',
    pattern: '/v1/cloudimages/quota',
    auth: true,
    handler: (ctx) =>
      json(200, { quotas: { resources: [{ type: 'image', used: ctx.state.quotaUsed(ctx.caller.projectId), quota: IMAGE_QUOTA, min: 1, max: 1000 }] } }),
  });
}
