import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock, start, type SimClient } from './helpers';
import type { RunningSimulator } from '../../src/simulator/index';

const STEP = 100;

describe('IMS asynchronous jobs over simulated time', () => {
  const clock = manualClock();
  let sim: RunningSimulator;
  let c: SimClient;
  let alice: string;
  let alpha: string;
  const imageId = async (name: string): Promise<string> => (await c.call('GET', `/v2/images?name=${encodeURIComponent(name)}`, { token: alice })).body.images[0].id;
  const job = async (id: string) => (await c.call('GET', `/v1/${alpha}/jobs/${id}`, { token: alice })).body;
  // The seeded world: ecs-web-01 is stopped, ecs-app-02 is running (ids are fixed; found here by the image's data origin).
  let stoppedEcs: string;

  beforeAll(async () => {
    ({ sim, c } = await start({ jobStepMs: STEP, now: () => clock.t }));
    alice = await c.login('alice');
    alpha = c.projectId('alice');
    const prod = (await c.call('GET', '/v2/images?name=alpha-web-prod', { token: alice })).body.images[0];
    stoppedEcs = String(prod.__data_origin).split(',')[1]!;
  });
  afterAll(() => sim.close());

  it('goes INIT → RUNNING (rising progress, named tasks) → SUCCESS, and the image appears at that moment', async () => {
    const submit = await c.call('POST', '/v2/cloudimages/action', { token: alice, body: { name: 'web-from-ecs', instance_id: stoppedEcs, tags: ['aaa.111'] } });
    expect(submit.status).toBe(200);
    const id: string = submit.body.job_id;
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    const init = await job(id);
    expect(init).toMatchObject({ status: 'INIT', job_type: 'createImageByInstance', end_time: '', error_code: null, fail_reason: null });
    expect(init.begin_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const percents: number[] = [];
    for (let i = 1; i <= 4; i++) {
      clock.advance(STEP);
      const j = await job(id);
      expect(j.status).toBe('RUNNING');
      expect(j.entities.current_task).toEqual(expect.any(String));
      percents.push(j.entities.process_percent);
      expect((await c.call('GET', '/v2/images?name=web-from-ecs', { token: alice })).body.images).toHaveLength(0);
    }
    expect(percents).toEqual([...percents].sort());
    expect(percents.every((p) => p > 0 && p < 1)).toBe(true);
    const progress = (await c.call('GET', `/v1/cloudimages/job/${id}`, { token: alice })).body;
    expect(progress.entities.subJobId).toMatch(/^[0-9a-f]{32}$/);
    clock.advance(STEP);
    const done = await job(id);
    expect(done.status).toBe('SUCCESS');
    expect(done.end_time).not.toBe('');
    expect(done.entities.image_name).toBe('web-from-ecs');
    const img = (await c.call('GET', `/v2/images/${done.entities.image_id}`, { token: alice })).body;
    expect(img).toMatchObject({ name: 'web-from-ecs', status: 'active', owner: alpha, __imagetype: 'private', tags: ['aaa=111'], __os_version: 'CentOS 7.9 64bit' });
  });

  it('fails an import of an OBS file that does not exist with IMG.0057', async () => {
    const submit = await c.call('POST', '/v2/cloudimages/action', { token: alice, body: { name: 'missing-file', image_url: 'ims-image:nothing-here.qcow2', min_disk: 40, os_version: 'CentOS 7.0 64bit' } });
    expect(submit.status).toBe(200);
    clock.advance(STEP * 5);
    const j = await job(submit.body.job_id);
    expect(j).toMatchObject({ status: 'FAIL', error_code: 'IMG.0057', entities: { error_code: 'IMG.0057' } });
    expect(j.fail_reason).toContain('nothing-here.qcow2');
    expect((await c.call('GET', '/v2/images?name=missing-file', { token: alice })).body.images).toHaveLength(0);
  });

  it('imports an existing OBS file as a file-rooted image', async () => {
    const submit = await c.call('POST', '/v2/cloudimages/action', { token: alice, body: { name: 'centos-from-obs', image_url: 'ims-image:centos70.qcow2', min_disk: 40, os_version: 'CentOS 7.0 64bit', image_tags: [{ key: 'src', value: 'obs' }] } });
    clock.advance(STEP * 5);
    const j = await job(submit.body.job_id);
    expect(j.status).toBe('SUCCESS');
    const img = (await c.call('GET', `/v2/images/${j.entities.image_id}`, { token: alice })).body;
    expect(img).toMatchObject({ __root_origin: 'file', __platform: 'CentOS', tags: ['src=obs'] });
  });

  it('validates synchronously what the API validates synchronously', async () => {
    const cases: Array<[string, unknown, string]> = [
      ['/v2/cloudimages/action', { name: 'x', instance_id: 'no-such-ecs' }, 'IMG.0005'],
      ['/v2/cloudimages/action', { name: 'x', image_url: 'ims-image:centos70.iso', min_disk: 40 }, 'IMG.0166'],
      ['/v2/cloudimages/action', { name: 'x', image_url: 'not-a-url', min_disk: 40 }, 'IMG.0017'],
      ['/v2/cloudimages/action', { instance_id: stoppedEcs }, 'IMG.0013'],
      ['/v2/cloudimages/quickimport/action', { name: 'q', image_url: 'ims-image:centos70.qcow2', min_disk: 40, os_version: 'CentOS 7.0 64bit' }, 'IMG.0158'],
      ['/v1/cloudimages/dataimages/action', { name: 'd', image_url: 'ims-image:fedora_data1.qcow2', min_disk: 10 }, 'IMG.0055'],
    ];
    for (const [path, body, code] of cases) {
      const res = await c.call('POST', path, { token: alice, body });
      expect(res.status, code).toBe(400);
      expect(res.body.error.code, JSON.stringify(body)).toBe(code);
    }
    const empty = await c.call('POST', '/v2/cloudimages/action', { token: alice, raw: '', contentType: 'application/json' });
    expect(empty.body.error.code).toBe('IMG.0007');
  });

  it('refuses an ECS that is not stopped with IMG.0008', async () => {
    const runningId = await runningEcsId();
    const res = await c.call('POST', '/v2/cloudimages/action', { token: alice, body: { name: 'from-running', instance_id: runningId } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'IMG.0008', message: expect.stringContaining('stopped') } });
  });

  async function runningEcsId(): Promise<string> {
    // The seed derives ids from names: v4-shaped md5 of "server:<name>".
    const { createHash } = await import('node:crypto');
    const h = createHash('md5').update('server:ecs-app-02').digest('hex').split('');
    h[12] = '4';
    h[16] = '89ab'[parseInt(h[16]!, 16) % 4]!;
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }

  it('fails a cross-region copy through an unknown agency with IMG.0151, succeeds with a proper one', async () => {
    const src = await imageId('alpha-web-staging');
    const bad = await c.call('POST', `/v1/cloudimages/${src}/cross_region_copy`, { token: alice, body: { name: 'copy-east', region: 'cn-east-3', project_name: 'cn-east-3_alpha', agency_name: 'no_such_agency' } });
    expect(bad.status).toBe(200);
    const good = await c.call('POST', `/v1/cloudimages/${src}/cross_region_copy`, { token: alice, body: { name: 'copy-east', region: 'cn-east-3', project_name: 'cn-east-3_alpha', agency_name: 'ims_copy_image' } });
    expect((await c.call('POST', `/v1/cloudimages/${src}/cross_region_copy`, { token: alice, body: { name: 'copy-east', region: 'cn-north-4', project_name: 'x', agency_name: 'ims_copy_image' } })).body.error.code).toBe('IMG.0142');
    clock.advance(STEP * 5);
    expect(await job(bad.body.job_id)).toMatchObject({ status: 'FAIL', error_code: 'IMG.0151' });
    const ok = await job(good.body.job_id);
    expect(ok.status).toBe('SUCCESS');
    const east = await c.call('GET', '/v1/cloudimages/cn-east-3?name=copy-east', { token: alice });
    expect(east.body.images.map((i: any) => i.id)).toEqual([ok.entities.image_id]);
    expect((await c.call('GET', `/v2/images/${ok.entities.image_id}`, { token: alice })).status).toBe(404);
  });

  it('runs batch member jobs and reports each pair in entities.results', async () => {
    const img = await imageId('alpha-ci-agent');
    const encrypted = await imageId('alpha-encrypted-base');
    const submit = await c.call('POST', '/v1/cloudimages/members', { token: alice, body: { images: [img, encrypted], projects: [c.projectId('bob')] } });
    expect(submit.status).toBe(200);
    clock.advance(STEP * 5);
    const j = await job(submit.body.job_id);
    expect(j.status).toBe('FAIL');
    expect(j.entities.results).toEqual([
      { image_id: img, project_id: c.projectId('bob'), status: 'success' },
      expect.objectContaining({ image_id: encrypted, status: 'failed', error_code: 'IMG.0098' }),
    ]);
    const bob = await c.login('bob');
    const accept = await c.call('PUT', '/v1/cloudimages/members', { token: bob, body: { images: [img], project_id: c.projectId('bob'), status: 'accepted' } });
    clock.advance(STEP * 5);
    const aj = (await c.call('GET', `/v1/${c.projectId('bob')}/jobs/${accept.body.job_id}`, { token: bob })).body;
    expect(aj.status).toBe('SUCCESS');
    expect(aj.entities.results).toEqual([{ image_id: img, project_id: c.projectId('bob'), status: 'success' }]);
    expect((await c.call('GET', '/v2/images?name=alpha-ci-agent', { token: bob })).body.images).toHaveLength(1);
  });

  it('hides another project’s job', async () => {
    const submit = await c.call('POST', '/v2/cloudimages/action', { token: alice, body: { name: 'mine', image_url: 'ims-image:centos70.qcow2', min_disk: 40 } });
    const bob = await c.login('bob');
    const res = await c.call('GET', `/v1/cloudimages/job/${submit.body.job_id}`, { token: bob });
    expect(res.status).toBe(404);
  });
});
