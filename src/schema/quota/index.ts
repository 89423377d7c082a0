/**
 * quota: the project's private-image quota in the current region (IMS `GET /v1/cloudimages/quota`).
 */
import type { QuotaResource } from '../../upstream/domain';
import { builder } from '../builder';

const QuotaResourceRef = builder.objectRef<QuotaResource>('QuotaResource').implement({
  description: 'One quota: how much is used of how much is allowed.',
  fields: (t) => ({
    type: t.exposeString('type', { description: 'What is counted, e.g. "image" (private images).' }),
    used: t.exposeInt('used', { description: 'In use now.' }),
    quota: t.exposeInt('quota', { description: 'Allowed in total.' }),
    remaining: t.int({ description: 'quota − used, never negative.', resolve: (r) => Math.max(0, r.quota - r.used) }),
    min: t.exposeInt('min', { nullable: true, description: 'Lowest value the quota can be set to.' }),
    max: t.exposeInt('max', { nullable: true, description: 'Highest value the quota can be set to.' }),
  }),
});

const QuotaRef = builder.objectRef<{ resources: QuotaResource[] }>('Quota').implement({
  description: 'Image quotas of your project in the current region.',
  fields: (t) => ({
    images: t.field({
      type: QuotaResourceRef,
      nullable: true,
      description: 'The private-image quota (type "image").',
      resolve: (q) => q.resources.find((r) => r.type === 'image') ?? null,
    }),
    resources: t.field({ type: [QuotaResourceRef], description: 'Every quota the upstream reports.', resolve: (q) => q.resources }),
  }),
});

builder.queryFields((t) => ({
  quota: t.field({
    type: QuotaRef,
    description: 'Your project’s image quota (IMS only).',
    resolve: (_root, _args, ctx) => ctx.once('quota', (c) => c.requireIms('Image quota').getQuota()),
  }),
}));
