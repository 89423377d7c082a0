import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, type SimClient } from './helpers';
import type { RunningSimulator } from '../../src/simulator/index';

describe('Glance and IMS writes', () => {
  let sim: RunningSimulator;
  let c: SimClient;
  let alice: string;
  let bob: string;
  let alpha: string;
  const byName = async (name: string, token = alice) => (await c.call('GET', `/v2/images?name=${encodeURIComponent(name)}`, { token })).body.images[0];
  beforeAll(async () => {
    ({ sim, c } = await start());
    alice = await c.login('alice');
    bob = await c.login('bob');
    alpha = c.projectId('alice');
  });
  afterAll(() => sim.close());

  it('creates a queued image, derives OS fields, and streams an upload computing md5, sha256 and size', async () => {
    const created = await c.call('POST', '/v2/images', {
      token: alice,
      body: { name: 'uploaded', __os_version: 'Ubuntu 14.04 server 64bit', container_format: 'bare', disk_format: 'qcow2', min_disk: 1, min_ram: 1024, tags: ['test', 'image'], visibility: 'private', protected: false },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'queued', __os_type: 'Linux', __platform: 'Ubuntu', __os_bit: '64', visibility: 'private', tags: ['test', 'image'], owner: alpha });
    const id = created.body.id;
    const chunks = Array.from({ length: 20 }, () => randomBytes(64 * 1024));
    const md5 = createHash('md5');
    const sha = createHash('sha256');
    const sha512 = createHash('sha512');
    for (const ch of chunks) {
      md5.update(ch);
      sha.update(ch);
      sha512.update(ch);
    }
    let i = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(ctrl) {
        if (i < chunks.length) ctrl.enqueue(chunks[i++]);
        else ctrl.close();
      },
    });
    const res = await fetch(`${sim.url}/v2/images/${id}/file`, {
      method: 'PUT',
      headers: { 'X-Auth-Token': alice, 'Content-Type': 'application/octet-stream' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(204);
    const img = (await c.call('GET', `/v2/images/${id}`, { token: alice })).body;
    expect(img).toMatchObject({ status: 'active', size: 20 * 64 * 1024, checksum: md5.digest('hex'), os_hash_algo: 'sha512', os_hash_value: sha512.digest('hex') });
    const sha256 = sha.digest('hex');
    const again = await c.call('PUT', `/v2/images/${id}/file`, { token: alice, raw: 'x', contentType: 'application/octet-stream' });
    expect(again.status).toBe(409);
    const log = (await c.call('GET', '/_sim/requests')).body.requests;
    const upload = log.find((r: any) => r.method === 'PUT' && r.path === `/v2/images/${id}/file` && r.status === 204);
    expect(upload.body).toEqual({ bytes: 20 * 64 * 1024, sha256 });
    const wrongType = await c.call('PUT', `/v2/images/${(await byName('alpha-upload-pending')).id}/file`, { token: alice, raw: 'x', contentType: 'text/plain' });
    expect(wrongType.status).toBe(415);
  });

  it('patches with both JSON-patch media types and refuses read-only attributes', async () => {
    const img = await byName('alpha-ci-agent');
    const v21 = await c.call('PATCH', `/v2/images/${img.id}`, { token: alice, contentType: 'application/openstack-images-v2.1-json-patch', body: [{ op: 'replace', path: '/name', value: 'ci-agent-2' }, { op: 'add', path: '/owner_team', value: 'platform' }] });
    expect(v21.status).toBe(200);
    expect(v21.body).toMatchObject({ name: 'ci-agent-2', owner_team: 'platform' });
    const v20 = await c.call('PATCH', `/v2/images/${img.id}`, { token: alice, contentType: 'application/openstack-images-v2.0-json-patch', body: [{ replace: '/name', value: 'ci-agent-3' }, { remove: '/owner_team' }] });
    expect(v20.status).toBe(200);
    expect(v20.body.name).toBe('ci-agent-3');
    expect(v20.body.owner_team).toBeUndefined();
    const dup = await c.call('PATCH', `/v2/images/${img.id}`, { token: alice, contentType: 'application/openstack-images-v2.0-json-patch', body: [{ add: '/__description', value: 'again' }] });
    expect(dup.status).toBe(409);
    expect((await c.call('PATCH', `/v2/images/${img.id}`, { token: alice, contentType: 'application/openstack-images-v2.1-json-patch', body: [{ op: 'replace', path: '/status', value: 'active' }] })).status).toBe(403);
    expect((await c.call('PATCH', `/v2/images/${img.id}`, { token: alice, body: [{ op: 'replace', path: '/name', value: 'x' }] })).status).toBe(415);
    const ims = await c.call('PATCH', `/v2/cloudimages/${img.id}`, { token: alice, body: [{ op: 'replace', path: '/hw_firmware_type', value: 'efi' }] });
    expect(ims.body).toEqual({ error: { code: 'IMG.0141', message: expect.any(String) } });
    const queued = await byName('alpha-upload-pending');
    expect((await c.call('PATCH', `/v2/cloudimages/${queued.id}`, { token: alice, body: [{ op: 'replace', path: '/name', value: 'x' }] })).body.error.code).toBe('IMG.0046');
    const other = await byName('beta-shared-with-alpha-accepted');
    expect((await c.call('PATCH', `/v2/images/${other.id}`, { token: alice, contentType: 'application/openstack-images-v2.1-json-patch', body: [] })).status).toBe(403);
  });

  it('deletes own images (204), never protected ones (403), and soft-deletes through v1.1', async () => {
    const prot = await byName('alpha-db-base');
    const denied = await c.call('DELETE', `/v2/images/${prot.id}`, { token: alice });
    expect(denied.status).toBe(403);
    expect(denied.body.error_code).toBe('IMG.0091');
    const staging = await byName('alpha-web-staging');
    expect((await c.call('DELETE', `/v2/images/${staging.id}`, { token: bob })).status).toBe(404);
    expect((await c.call('DELETE', `/v2/images/${staging.id}`, { token: alice, body: { delete_backup: false } })).status).toBe(204);
    expect((await c.call('GET', `/v2/images/${staging.id}`, { token: alice })).status).toBe(404);
    const win = await byName('alpha-windows-iis');
    const head = await fetch(`${sim.url}/v1/images/${win.id}`, { method: 'HEAD', headers: { 'X-Auth-Token': alice } });
    expect(head.status).toBe(200);
    expect(head.headers.get('x-image-meta-name')).toBe('alpha-windows-iis');
    expect(head.headers.get('x-image-meta-is_public')).toBe('false');
    expect((await c.call('DELETE', `/v1.1/images/${win.id}`, { token: alice })).status).toBe(200);
    expect((await c.call('GET', `/v2/images/${win.id}`, { token: alice })).status).toBe(404);
    const detail = await c.call('GET', '/v1.1/images/detail?disk_format=zvhd2', { token: alice });
    expect(detail.body.images.length).toBeGreaterThan(0);
    expect(detail.body.images[0]).toHaveProperty('is_public');
  });

  it('enforces tag rules: Glance tags without "=", IMS key ≤ 36, 10 tags per image, 404 on an absent key', async () => {
    const full = await byName('alpha-tag-full');
    expect(full.tags).toHaveLength(10);
    const eleventh = await c.call('POST', `/v2/${alpha}/images/${full.id}/tags`, { token: alice, body: { tag: { key: 'k10', value: 'v10' } } });
    expect(eleventh.status).toBe(400);
    expect(eleventh.body.error.code).toBe('IMG.0116');
    expect((await c.call('PUT', `/v2/images/${full.id}/tags/plain`, { token: alice })).body.error_code).toBe('IMG.0116');
    expect((await c.call('POST', `/v2/${alpha}/images/${full.id}/tags`, { token: alice, body: { tag: { key: 'k0', value: 'new' } } })).status).toBe(204);
    const target = await byName('alpha-imported-qcow2');
    const longKey = await c.call('POST', `/v2/${alpha}/images/${target.id}/tags`, { token: alice, body: { tag: { key: 'k'.repeat(37), value: 'v' } } });
    expect(longKey.body.error.code).toBe('IMG.0115');
    expect((await c.call('POST', `/v2/${alpha}/images/${target.id}/tags`, { token: alice, body: { tag: { key: 'k', value: 'v'.repeat(44) } } })).body.error.code).toBe('IMG.0115');
    expect((await c.call('POST', `/v2/${alpha}/images/${target.id}/tags`, { token: alice, body: { tag: { key: 'empty', value: '' } } })).status).toBe(204);
    expect((await c.call('PUT', `/v2/images/${target.id}/tags/a=b`, { token: alice })).status).toBe(400);
    expect((await c.call('PUT', `/v2/images/${target.id}/tags/glance-tag`, { token: alice })).status).toBe(204);
    expect((await c.call('PUT', '/v1/cloudimages/tags', { token: alice, body: { image_id: target.id, tag: 'legacy.1.2' } })).status).toBe(204);
    const tags = (await c.call('GET', `/v2/${alpha}/images/${target.id}/tags`, { token: alice })).body.tags;
    expect(tags).toEqual(expect.arrayContaining([{ key: 'empty', value: '' }, { key: 'glance-tag', value: '' }, { key: 'legacy', value: '1.2' }, { key: 'source', value: 'obs' }]));
    expect((await c.call('GET', `/v2/images/${target.id}`, { token: alice })).body.tags).toContain('legacy=1.2');
    expect((await c.call('DELETE', `/v2/${alpha}/images/${target.id}/tags/legacy`, { token: alice })).status).toBe(204);
    expect((await c.call('DELETE', `/v2/${alpha}/images/${target.id}/tags/legacy`, { token: alice })).status).toBe(404);
    const batch = await c.call('POST', `/v2/${alpha}/images/${target.id}/tags/action`, { token: alice, body: { action: 'create', tags: [{ key: 'b1', value: '1' }, { key: 'b2', value: '' }] } });
    expect(batch.status).toBe(204);
    expect((await c.call('POST', `/v2/${alpha}/images/${target.id}/tags/action`, { token: alice, body: { action: 'delete', tags: [{ key: 'b1' }, { key: 'never' }] } })).status).toBe(204);
    const project = (await c.call('GET', `/v2/${alpha}/images/tags`, { token: alice })).body.tags;
    expect(project).toEqual(expect.arrayContaining([{ key: 'env', values: expect.arrayContaining(['prod']) }, { key: 'b2', values: [''] }]));
  });

  it('filters and counts by tags with resource_instances', async () => {
    const count = await c.call('POST', `/v2/${alpha}/images/resource_instances/action`, { token: alice, body: { action: 'count', tags: [{ key: 'env', values: ['prod'] }] } });
    expect(count.body).toEqual({ total_count: expect.any(Number) });
    expect(count.body.total_count).toBeGreaterThan(0);
    const page = await c.call('POST', `/v2/${alpha}/images/resource_instances/action`, { token: alice, body: { action: 'filter', limit: '1', offset: '0', tags: [{ key: 'env', values: ['prod'] }], not_tags_any: [{ key: 'app', values: ['iis'] }] } });
    expect(page.body.resources).toHaveLength(1);
    expect(page.body.resources[0]).toMatchObject({ resource_detail: { status: 'active' }, tags: expect.arrayContaining([{ key: 'env', value: 'prod' }]) });
    const untagged = await c.call('POST', `/v2/${alpha}/images/resource_instances/action`, { token: alice, body: { action: 'filter', without_any_tag: true } });
    expect(untagged.body.resources.every((r: any) => r.tags.length === 0)).toBe(true);
    const byName = await c.call('POST', `/v2/${alpha}/images/resource_instances/action`, { token: alice, body: { action: 'filter', matches: [{ key: 'resource_name', value: 'WEB-PROD' }] } });
    expect(byName.body.resources.map((r: any) => r.resource_name)).toEqual(['alpha-web-prod']);
    expect((await c.call('POST', `/v2/${alpha}/images/resource_instances/action`, { token: alice, body: { action: 'filter', limit: '0' } })).status).toBe(400);
    expect((await c.call('POST', `/v2/${alpha}/images/resource_instances/action`, { token: alice, body: { action: 'FILTER' } })).status).toBe(400);
  });

  it('shares through Glance members: add → pending, recipient accepts, owner deletes', async () => {
    const img = await byName('alpha-web-prod');
    const beta = c.projectId('bob');
    const added = await c.call('POST', `/v2/images/${img.id}/members`, { token: alice, body: { member: beta } });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ status: 'pending', image_id: img.id, member_id: beta, schema: '/v2/schemas/member' });
    expect((await c.call('POST', `/v2/images/${img.id}/members`, { token: alice, body: { member: beta } })).status).toBe(409);
    expect((await c.call('POST', `/v2/images/${img.id}/members`, { token: alice, body: { member: alpha } })).body.error_code).toBe('IMG.0076');
    expect((await c.call('GET', '/v2/images', { token: bob })).body.images.map((i: any) => i.id)).not.toContain(img.id);
    expect((await c.call('PUT', `/v2/images/${img.id}/members/${beta}`, { token: alice, body: { status: 'accepted' } })).status).toBe(403);
    const acc = await c.call('PUT', `/v2/images/${img.id}/members/${beta}`, { token: bob, body: { status: 'accepted' } });
    expect(acc.body.status).toBe('accepted');
    expect((await c.call('GET', '/v2/images?limit=1000', { token: bob })).body.images.map((i: any) => i.id)).toContain(img.id);
    expect((await c.call('GET', `/v2/images/${img.id}`, { token: alice })).body).toMatchObject({ visibility: 'shared', __imagetype: 'shared' });
    expect((await c.call('GET', `/v2/images/${img.id}/members`, { token: alice })).body.members).toHaveLength(1);
    expect((await c.call('GET', `/v2/images/${img.id}/members/${beta}`, { token: bob })).body.status).toBe('accepted');
    expect((await c.call('DELETE', `/v2/images/${img.id}/members/${beta}`, { token: bob })).status).toBe(403);
    expect((await c.call('DELETE', `/v2/images/${img.id}/members/${beta}`, { token: alice })).status).toBe(204);
    expect((await c.call('GET', `/v2/images/${img.id}`, { token: bob })).status).toBe(404);
    const gold = (await c.call('GET', '/v2/images?__imagetype=gold&limit=1', { token: alice })).body.images[0];
    expect((await c.call('POST', `/v2/images/${gold.id}/members`, { token: alice, body: { member: beta } })).status).toBe(403);
  });

  it('serves schemas, versions (300), and refuses creation beyond the quota with IMG.0015', async () => {
    const schema = await c.call('GET', '/v2/schemas/image', { token: alice });
    expect(schema.body).toMatchObject({ name: 'image', additionalProperties: { type: 'string' } });
    expect((await c.call('GET', '/v2/schemas/members', { token: alice })).body.name).toBe('members');
    const versions = await c.call('GET', '/');
    expect(versions.status).toBe(300);
    expect(versions.body.versions.map((v: any) => v.id)).toContain('v2.0');
    expect((await c.call('GET', '/v2.0')).body.versions).toHaveLength(1);
    const carol = await c.login('carol');
    let last;
    for (let i = 0; i < 40; i++) {
      last = await c.call('POST', '/v2/images', { token: carol, body: { name: `fill-${i}` } });
      if (last.status !== 201) break;
    }
    expect(last!.status).toBe(400);
    expect(last!.body.error_code).toBe('IMG.0015');
    const q = (await c.call('GET', '/v1/cloudimages/quota', { token: carol })).body.quotas.resources[0];
    expect(q.used).toBe(q.quota);
  });
});
