import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../src/simulator/index';
import { SimClient, start } from './helpers';

/** What real Glance clients (glanceclient, openstackclient, openstacksdk) rely on, as Glance Zed answers it. */
describe('Glance fidelity for real clients', () => {
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

  async function uploaded(data: Buffer, body: Record<string, unknown> = {}): Promise<string> {
    const created = await c.call('POST', '/v2/images', { token: alice, body: { name: 'fidelity', disk_format: 'raw', container_format: 'bare', ...body } });
    expect(created.status).toBe(201);
    const put = await c.call('PUT', `/v2/images/${created.body.id}/file`, { token: alice, raw: new Uint8Array(data), contentType: 'application/octet-stream' });
    expect(put.status).toBe(204);
    return created.body.id as string;
  }

  it('answers the discovery documents: /versions 200, / 300, /v3 (identity), /v2/info/*', async () => {
    const versions = await c.call('GET', '/versions');
    expect(versions.status).toBe(200);
    expect(versions.body.versions.find((v: any) => v.status === 'CURRENT').links[0].href).toBe(`${sim.url}/v2/`);
    expect((await c.call('GET', '/')).status).toBe(300);
    const v3 = await c.call('GET', '/v3');
    expect(v3.status).toBe(200);
    expect(v3.body.version).toMatchObject({ id: 'v3.14', status: 'stable', links: [{ rel: 'self', href: `${sim.url}/v3/` }] });
    expect((await c.call('GET', '/v2/info/stores', { token: alice })).body).toEqual({ stores: [{ id: 'fs', default: 'true' }] });
    expect((await c.call('GET', '/v2/info/import', { token: alice })).body['import-methods'].value).toContain('glance-direct');
    const project = await c.call('GET', `/v3/projects/${c.projectId('bob')}`, { token: alice });
    expect(project.body.project).toMatchObject({ id: c.projectId('bob'), name: 'beta' });
    expect((await c.call('GET', '/v3/projects/nope', { token: alice })).status).toBe(404);
  });

  it('downloads uploaded data with Content-MD5, honours Range, and answers 204 for an image without data', async () => {
    const data = Buffer.from('hello world');
    const id = await uploaded(data);
    const img = (await c.call('GET', `/v2/images/${id}`, { token: alice })).body;
    expect(img).toMatchObject({ os_hash_algo: 'sha512', os_hash_value: createHash('sha512').update(data).digest('hex'), stores: 'fs' });
    const full = await fetch(`${sim.url}/v2/images/${id}/file`, { headers: { 'X-Auth-Token': alice } });
    expect(full.status).toBe(200);
    expect(full.headers.get('content-md5')).toBe(createHash('md5').update(data).digest('hex'));
    expect(full.headers.get('content-type')).toBe('application/octet-stream');
    expect(await full.text()).toBe('hello world');
    const part = await fetch(`${sim.url}/v2/images/${id}/file`, { headers: { 'X-Auth-Token': alice, Range: 'bytes=2-5' } });
    expect([part.status, part.headers.get('content-range'), await part.text()]).toEqual([206, 'bytes 2-5/11', 'llo ']);
    const suffix = await fetch(`${sim.url}/v2/images/${id}/file`, { headers: { 'X-Auth-Token': alice, Range: 'bytes=-3' } });
    expect([suffix.status, suffix.headers.get('content-range'), await suffix.text()]).toEqual([206, 'bytes 8-10/11', 'rld']);
    expect((await c.call('GET', `/v2/images/${id}/file`, { token: alice, headers: { Range: 'bytes=50-60' } })).status).toBe(416);
    const queued = await c.call('POST', '/v2/images', { token: alice, body: { name: 'empty' } });
    const none = await c.call('GET', `/v2/images/${queued.body.id}/file`, { token: alice });
    expect([none.status, none.text]).toEqual([204, '']);
    // bob cannot see alice's image (shared, but bob is no member): 404.
    expect((await c.call('GET', `/v2/images/${id}/file`, { token: bob })).status).toBe(404);
  });

  it('deactivates and reactivates (owner only); a deactivated image refuses download with 403', async () => {
    const id = await uploaded(Buffer.from('abc'));
    expect((await c.call('POST', `/v2/images/${id}/actions/deactivate`, { token: alice })).status).toBe(204);
    expect((await c.call('POST', `/v2/images/${id}/actions/deactivate`, { token: alice })).status).toBe(204);
    expect((await c.call('GET', `/v2/images/${id}`, { token: alice })).body.status).toBe('deactivated');
    const refused = await c.call('GET', `/v2/images/${id}/file`, { token: alice });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('deactivated');
    expect((await c.call('POST', `/v2/images/${id}/actions/reactivate`, { token: alice })).status).toBe(204);
    expect((await c.call('GET', `/v2/images/${id}`, { token: alice })).body.status).toBe('active');
    const queued = await c.call('POST', '/v2/images', { token: alice, body: { name: 'q' } });
    const bad = await c.call('POST', `/v2/images/${queued.body.id}/actions/deactivate`, { token: alice });
    expect([bad.status, bad.body.error_msg]).toEqual([403, "Not allowed to deactivate image in status 'queued'"]);
    const publicImage = (await c.call('GET', '/v2/images?visibility=public&limit=1', { token: alice })).body.images[0];
    expect((await c.call('POST', `/v2/images/${publicImage.id}/actions/deactivate`, { token: alice })).status).toBe(403);
  });

  it('makes new images shared, lists community images only on request, hides os_hidden images', async () => {
    const made = await c.call('POST', '/v2/images', { token: alice, body: { name: 'vis-default' } });
    expect(made.body).toMatchObject({ visibility: 'shared', os_hidden: false, os_hash_algo: null, os_hash_value: null });
    const community = await c.call('POST', '/v2/images', { token: alice, body: { name: 'vis-community', visibility: 'community' } });
    expect(community.body.visibility).toBe('community');
    const bobDefault = (await c.call('GET', '/v2/images?name=vis-community', { token: bob })).body.images;
    expect(bobDefault).toEqual([]);
    const bobCommunity = (await c.call('GET', '/v2/images?visibility=community&name=vis-community', { token: bob })).body.images;
    expect(bobCommunity.map((i: any) => i.id)).toEqual([community.body.id]);
    expect((await c.call('GET', `/v2/images/${community.body.id}`, { token: bob })).status).toBe(200);
    const hide = await c.call('PATCH', `/v2/images/${made.body.id}`, {
      token: alice,
      body: [{ op: 'replace', path: '/os_hidden', value: true }, { op: 'replace', path: '/visibility', value: 'private' }],
      contentType: 'application/openstack-images-v2.1-json-patch',
    });
    expect(hide.body).toMatchObject({ os_hidden: true, visibility: 'private' });
    expect((await c.call('GET', '/v2/images?name=vis-default', { token: alice })).body.images).toEqual([]);
    expect((await c.call('GET', '/v2/images?name=vis-default&os_hidden=true', { token: alice })).body.images).toHaveLength(1);
  });

  it('answers errors on Glance paths as Glance does: webob HTML without Accept, JSON with it', async () => {
    const html = await fetch(`${sim.url}/v2/images/00000000-0000-0000-0000-000000000000`, { headers: { 'X-Auth-Token': alice } });
    expect(html.status).toBe(404);
    expect(html.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    expect(await html.text()).toMatch(/<h1>404 Not Found<\/h1>\n {2}No image found with ID 0{8}-/);
  });

  it('validates its own answers against its own image schema (glanceclient does)', async () => {
    const schema = (await c.call('GET', '/v2/schemas/image', { token: alice })).body;
    const id = await uploaded(Buffer.from('x'), { tags: ['a'] });
    const images = [...(await c.call('GET', '/v2/images?limit=1000', { token: alice })).body.images, (await c.call('GET', `/v2/images/${id}`, { token: alice })).body];
    const problems: string[] = [];
    for (const img of images) {
      for (const [k, v] of Object.entries(img)) {
        const prop = schema.properties[k] as { type: string | string[]; enum?: unknown[] } | undefined;
        const types = prop ? [prop.type].flat() : ['string'];
        const t = v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;
        if (!types.includes(t)) problems.push(`${img.name}.${k}: ${t} not in ${types.join('|')}`);
        if (prop?.enum && !prop.enum.includes(v)) problems.push(`${img.name}.${k}: ${String(v)} not in enum`);
      }
    }
    expect(problems).toEqual([]);
  });
});
