/**
 * Jobs by id for the per-request DataLoader. IMS has no batch job read, so ids are fetched with bounded
 * concurrency (`GET /v1/{project_id}/jobs/{job_id}`); the DataLoader still collapses repeats.
 */
import type { Job } from '../upstream/domain';
import type { GatewayContext } from '../context';
import { toGraphQLError } from '../context/errors';
import { noteJobState } from '../context/job-watchers';
import { mapWithConcurrency } from './concurrency';

export async function loadJobsById(ctx: GatewayContext, ids: readonly string[]): Promise<(Job | Error)[]> {
  const ims = (await ctx.clients()).requireIms('Jobs');
  const { scope } = await ctx.session();
  return mapWithConcurrency(ids, 8, async (id) => {
    try {
      // A read is as good as a poll for the project's job history.
      return noteJobState(ctx.services.history, scope, await ims.getJob(id));
    } catch (e) {
      return toGraphQLError(e);
    }
  });
}
