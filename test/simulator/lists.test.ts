import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, type SimClient } from './helpers';
import type { RunningSimulator } from '../../src/simulator/index';

describe('image lists: visibility, filters, paging', () => {
  let sim: RunningSimulator;
  let c: SimClient;
  let alice: string;
  let bob: string;
  beforeAll(async () => {
    ({ sim, c } = await start());
    alice = await c.login('alice');
    bob = await c.login('bob');
  });
  afterAll(() => sim.close());

  const names = (r: any): string[] => r.body.images.map((i: any) => i.name);

  it('shows public, own and accepted-shared images by default, never another tenant’s private ones', async () => {
    const all = await c.call('GET', '/v2/cloudimages', { token: alice });
    expect(all.status).toBe(200);
    const list: any[] = all.body.images;
    expect(list.length).toBeGreaterThanOrEqual(30);
    const alpha = c.projectId('alice');
    for (const img of list) expect(img.visibility === 'public' || img.owner === alpha || img.name.endsWith('-accepted')).toBe(true);
    expect(names(all)).toContain('beta-shared-with-alpha-accepted');
    expect(names(all)).not.toContain('beta-shared-with-alpha-pending');
    expect(names(all)).not.toContain('beta-web-prod');
  });

  it('lists pending shares with visibility=shared&member_status=pending and serves them by id', async () => {
    const res = await c.call('GET', '/v2/images?visibility=shared&member_status=pending', { token: alice });
    expect(names(res)).toContain('beta-shared-with-alpha-pending');
    const pending = res.body.images.find((i: any) => i.name === 'beta-shared-with-alpha-pending');
    expect((await c.call('GET', `/v2/images/${pending.id}`, { token: alice })).status).toBe(200);
  });

  it('answers 404 in each path family’s format for an image the caller cannot see', async () => {
    const betaPrivate = (await c.call('GET', '/v2/images?name=beta-web-prod', { token: bob })).body.images[0];
    const glance = await c.call('GET', `/v2/images/${betaPrivate.id}`, { token: alice });
    expect(glance.status).toBe(404);
    // Glance's webob JSON ({message, code, title}) carrying Huawei's flat error_code/error_msg as well.
    expect(glance.body).toEqual({ error_code: 'IMG.0144', error_msg: expect.any(String), message: expect.stringContaining('No image found'), code: '404 Not Found', title: 'Not Found' });
    expect(glance.headers.get('x-openstack-request-id')).toBe(glance.headers.get('x-request-id'));
    const ims = await c.call('GET', `/v2/${c.projectId('alice')}/images/${betaPrivate.id}/tags`, { token: alice });
    expect(ims.status).toBe(404);
    expect(ims.body).toEqual({ error: { code: 'IMG.0027', message: expect.any(String) } });
  });

  it('refuses a {project_id} that is not the token’s project with 403', async () => {
    const res = await c.call('GET', `/v2/${c.projectId('bob')}/images/tags`, { token: alice });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('IMG.0030');
  });

  it('filters by image type, tag, flags, time operators, id=in: and member status', async () => {
    const gold = await c.call('GET', '/v2/cloudimages?__imagetype=gold&visibility=public&protected=true', { token: alice });
    expect(gold.body.images.every((i: any) => i.__imagetype === 'gold' && i.protected === true)).toBe(true);
    const prod = await c.call('GET', '/v2/images?tag=env=prod', { token: alice });
    expect(prod.body.images.length).toBeGreaterThan(0);
    expect(prod.body.images.every((i: any) => i.tags.includes('env=prod'))).toBe(true);
    const both = await c.call('GET', '/v2/images?tag=env=prod&tag=app=nginx', { token: alice });
    expect(names(both)).toEqual(['alpha-web-prod']);
    const gpu = await c.call('GET', '/v2/cloudimages?__support_kvm_gpu_type=V100_vGPU', { token: alice });
    expect(names(gpu)).toEqual(['CentOS 7.6 64bit with GPU driver']);
    const win = await c.call('GET', '/v2/cloudimages?__os_type=Windows&__imagetype=gold', { token: alice });
    expect(win.body.images.every((i: any) => i.__platform === 'Windows')).toBe(true);
    const flavor = await c.call('GET', '/v2/cloudimages?flavor_id=g5.8xlarge.4', { token: alice });
    expect(names(flavor)).toEqual(['CentOS 7.6 64bit with GPU driver']);
    const before = await c.call('GET', '/v2/images?created_at=lt:2022-01-01T00:00:00Z&limit=1000', { token: alice });
    const after = await c.call('GET', '/v2/images?created_at=gte:2022-01-01 00:00:00&limit=1000', { token: alice });
    const everything = await c.call('GET', '/v2/images?limit=1000', { token: alice });
    expect(before.body.images.length + after.body.images.length).toBe(everything.body.images.length);
    expect(before.body.images.every((i: any) => i.created_at < '2022-01-01')).toBe(true);
    const ids = everything.body.images.slice(0, 3).map((i: any) => i.id);
    const picked = await c.call('GET', `/v2/images?id=in:${ids.join(',')}`, { token: alice });
    expect(picked.body.images.map((i: any) => i.id).sort()).toEqual([...ids].sort());
    const queued = await c.call('GET', '/v2/images?status=queued', { token: alice });
    expect(names(queued)).toEqual(['alpha-upload-pending']);
    const data = await c.call('GET', '/v2/cloudimages?virtual_env_type=DataImage', { token: alice });
    expect(names(data)).toEqual(['alpha-data-logs']);
    const rejected = await c.call('GET', '/v2/images?visibility=shared&member_status=rejected', { token: await c.login('carol') });
    expect(names(rejected)).toContain('alpha-shared-with-gamma-rejected');
  });

  it('sorts by the requested key and direction', async () => {
    const res = await c.call('GET', '/v2/images?sort_key=name&sort_dir=asc&limit=1000', { token: alice });
    const n = names(res);
    expect(n).toEqual([...n].sort());
    const def = await c.call('GET', '/v2/images?limit=1000', { token: alice });
    const created = def.body.images.map((i: any) => i.created_at);
    expect(created).toEqual([...created].sort().reverse());
  });

  it('rejects invalid filter values with 400 and a documented code', async () => {
    const cases: Array<[string, string]> = [
      ['/v2/images?sort_key=colour', 'IMG.0001'],
      ['/v2/images?sort_dir=up', 'IMG.0001'],
      ['/v2/images?limit=-1', 'IMG.0001'],
      ['/v2/images?created_at=after:2020-01-01T00:00:00Z', 'IMG.0001'],
      ['/v2/images?created_at=gt:yesterday', 'IMG.0001'],
      ['/v2/images?member_status=maybe', 'IMG.0001'],
      ['/v2/images?marker=00000000-0000-4000-8000-000000000000', 'IMG.0001'],
      ['/v2/images?__imagetype=golden', 'IMG.0024'],
      ['/v2/images?__os_type=Plan9', 'IMG.0056'],
    ];
    for (const [path, code] of cases) {
      const res = await c.call('GET', path, { token: alice });
      expect(res.status, path).toBe(400);
      expect(res.body.error_code, path).toBe(code);
    }
    const ims = await c.call('GET', '/v2/cloudimages?__imagetype=golden', { token: alice });
    expect(ims.body).toEqual({ error: { code: 'IMG.0024', message: expect.stringContaining('imagetype') } });
  });

  it('walks every page of /v2/images by next links with no duplicate and no gap', async () => {
    const all = (await c.call('GET', '/v2/images?limit=1000', { token: alice })).body.images.map((i: any) => i.id);
    const seen: string[] = [];
    let path: string | undefined = '/v2/images?limit=5&__isregistered=true';
    let pages = 0;
    while (path) {
      const res = await c.call('GET', path, { token: alice });
      expect(res.status).toBe(200);
      expect(res.body.first).toBe('/v2/images?limit=5&__isregistered=true');
      seen.push(...res.body.images.map((i: any) => i.id));
      path = res.body.next;
      if (path) expect(path).toContain('__isregistered=true');
      pages++;
    }
    expect(pages).toBeGreaterThan(5);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
    const def = await c.call('GET', '/v2/images', { token: alice });
    expect(def.body.images).toHaveLength(25);
  });

  it('walks /v2/cloudimages with marker and limit, and honours limit 500 at most', async () => {
    const all = (await c.call('GET', '/v2/cloudimages?sort_key=name&sort_dir=asc', { token: alice })).body.images.map((i: any) => i.id);
    const seen: string[] = [];
    let marker = '';
    for (;;) {
      const res = await c.call('GET', `/v2/cloudimages?sort_key=name&sort_dir=asc&limit=5${marker ? `&marker=${marker}` : ''}`, { token: alice });
      expect(res.body.next).toBeUndefined();
      const ids = res.body.images.map((i: any) => i.id);
      seen.push(...ids);
      if (ids.length < 5) break;
      marker = ids[ids.length - 1];
    }
    expect(seen).toEqual(all);
  });

  it('keeps literal segments apart from {region_id} and lists another region centrally', async () => {
    expect((await c.call('GET', '/v1/cloudimages/quota', { token: alice })).body.quotas.resources[0]).toMatchObject({ type: 'image', quota: expect.any(Number) });
    expect((await c.call('GET', '/v1/cloudimages/tags', { token: alice })).body.tags).toContain('env=prod');
    expect(Array.isArray((await c.call('GET', '/v1/cloudimages/os_version?tag=uefi', { token: alice })).body)).toBe(true);
    const east = await c.call('GET', '/v1/cloudimages/cn-east-3', { token: alice });
    expect(east.status).toBe(200);
    expect(east.body.images.length).toBeGreaterThan(0);
    expect(east.body.images[0]).toMatchObject({ __isregistered: true, deleted: false });
    expect((await c.call('GET', '/v1/cloudimages/mars-1', { token: alice })).body.error.code).toBe('IMG.0147');
  });

  it('counts the project’s private images as quota used', async () => {
    const q = (await c.call('GET', '/v1/cloudimages/quota', { token: alice })).body.quotas.resources[0];
    const own = await c.call('GET', `/v2/cloudimages?owner=${c.projectId('alice')}`, { token: alice });
    expect(q.used).toBe(own.body.images.length);
  });
});
