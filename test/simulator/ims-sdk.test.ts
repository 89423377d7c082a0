import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../src/simulator/index';
import { manualClock, SimClient, start } from './helpers';

/** The operations of Huawei's IMS SDK beyond the reference's 48 endpoints (src/simulator/ims-sdk.ts). */
describe('Huawei IMS SDK operations', () => {
  const clock = manualClock();
  let sim: RunningSimulator;
  let c: SimClient;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    ({ sim, c } = await start({ now: () => clock.t, jobStepMs: 1000 }));
    alice = await c.login('alice');
    bob = await c.login('bob');
  });
  afterAll(() => sim.close());

  it('serves the v2.1 safe-mode variants with the v1/v2 bodies and jobs', async () => {
    const create = await c.call('POST', '/v2.1/cloudimages/action', { token: alice, body: { name: 'safe-obs', image_url: 'ims-image:centos70.qcow2', min_disk: 40, os_version: 'CentOS 7.0 64bit' } });
    expect(create.status).toBe(200);
    expect(create.body.job_id).toMatch(/^[0-9a-f]{32}$/);
    clock.advance(10_000);
    const job = await c.call('GET', `/v1/${c.projectId('alice')}/jobs/${create.body.job_id}`, { token: alice });
    expect(job.body.status).toBe('SUCCESS');
    const refused = await c.call('POST', '/v2.1/cloudimages/quickimport/action', { token: alice, body: { name: 'q', image_url: 'ims-image:centos70.qcow2', min_disk: 40, os_version: 'CentOS 7.0 64bit' } });
    expect([refused.status, refused.body.error.code]).toEqual([400, 'IMG.0158']);
    const data = await c.call('POST', '/v2.1/cloudimages/dataimages/action', { token: alice, body: { name: 'd', image_url: 'ims-image:fedora_data1.qcow2', min_disk: 10 } });
    expect([data.status, data.body.error.code]).toEqual([400, 'IMG.0055']);
    const staging = (await c.call('GET', '/v2/images?name=alpha-web-staging', { token: alice })).body.images[0];
    const copy = await c.call('POST', `/v2.1/cloudimages/${staging.id}/copy`, { token: alice, body: { name: 'safe-copy' } });
    expect(copy.status).toBe(200);
    const exported = await c.call('POST', `/v2.1/cloudimages/${staging.id}/file`, { token: alice, body: { bucket_url: 'ims-image:safe-export.qcow2', file_format: 'qcow2' } });
    expect(exported.status).toBe(200);
  });

  it('deletes tags in batch, lists and shows members on the v1 project paths', async () => {
    const prod = (await c.call('GET', '/v2/images?name=alpha-web-prod', { token: alice })).body.images[0];
    const alpha = c.projectId('alice');
    const del = await c.call('DELETE', `/v1/${alpha}/cloudimages/${prod.id}/tags/delete`, { token: alice, body: { tags: [{ key: 'env', value: 'prod' }, { key: 'absent' }] } });
    expect(del.status).toBe(204);
    expect((await c.call('GET', `/v2/images/${prod.id}`, { token: alice })).body.tags).not.toContain('env=prod');
    const shared = (await c.call('GET', '/v2/images?name=alpha-shared-with-beta-accepted', { token: alice })).body.images[0];
    const members = await c.call('GET', `/v1/${alpha}/cloudimages/${shared.id}/members`, { token: alice });
    expect(members.status).toBe(200);
    expect(members.body.members).toEqual([expect.objectContaining({ member_id: c.projectId('bob'), status: 'accepted', image_id: shared.id, member_type: 'TENANT' })]);
    const one = await c.call('GET', `/v1/${c.projectId('bob')}/cloudimages/${shared.id}/members/${c.projectId('bob')}`, { token: bob });
    expect(one.body).toMatchObject({ member_id: c.projectId('bob'), status: 'accepted' });
    const missing = await c.call('GET', `/v1/${alpha}/cloudimages/00000000-0000-4000-8000-000000000000/members`, { token: alice });
    expect([missing.status, missing.body.error.code]).toEqual([404, 'IMG.0027']);
    expect((await c.call('GET', `/v1/${c.projectId('bob')}/cloudimages/${shared.id}/members`, { token: alice })).status).toBe(403);
  });

  it('answers the version documents with 200 to the SDK (signed) and 300 to Glance clients', async () => {
    expect((await c.call('GET', '/')).status).toBe(300);
    expect((await c.call('GET', '/', { headers: { 'X-Sdk-Date': '20260115T120000Z' } })).status).toBe(200);
    expect((await c.call('GET', '/v2', { headers: { 'X-Sdk-Date': '20260115T120000Z' } })).status).toBe(200);
  });
});
