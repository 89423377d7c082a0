/**
 * Jobs by id for the per-request DataLoader. IMS has no batch job read, so ids are fetched with bounded
 * concurrency (`GET /v1/{project_id}/jobs/{job_id}`); the DataLoader still collapses repeats.
 */
import type { Job } from '../upstream/domain';
import type { GatewayContext } from '../server/context';
import { toGraphQLError } from '../server/errors';
import { mapWithConcurrency } from './concurrency';

export async function loadJobsById(ctx: GatewayContext, ids: readonly string[]): Promise<(Job | Error)[]> {
  const ims = (await ctx.clients()).requireIms('Jobs');
  return mapWithConcurrency(ids, 8, async (id) => {
    try {
      return await ims.getJob(id);
    } catch (e) {
      return toGraphQLError(e);
    }
  });
}
