import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock, start, type SimClient } from './helpers';
import type { RunningSimulator } from '../../src/simulator/index';

describe('IAM tokens', () => {
  const clock = manualClock();
  let sim: RunningSimulator;
  let c: SimClient;
  beforeAll(async () => ({ sim, c } = await start({ now: () => clock.t })));
  afterAll(() => sim.close());

  it('issues a project-scoped token in X-Subject-Token with a 24 h body and a catalog pointing at itself', async () => {
    const res = await c.call('POST', '/v3/auth/tokens', {
      body: { auth: { identity: { methods: ['password'], password: { user: { name: 'alice', password: 'alice', domain: { name: 'Default' } } } }, scope: { project: { name: 'alpha', domain: { name: 'Default' } } } } },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-subject-token')).toBeTruthy();
    const t = res.body.token;
    expect(t.project).toEqual({ id: c.projectId('alice'), name: 'alpha', domain: { id: 'default', name: 'Default' } });
    expect(t.user).toMatchObject({ name: 'alice', domain: { name: 'Default' } });
    expect(Date.parse(t.expires_at) - Date.parse(t.issued_at)).toBe(24 * 3600 * 1000);
    expect(t.methods).toEqual(['password']);
    expect(t.catalog.map((s: any) => s.type).sort()).toEqual(['identity', 'image', 'ims']);
    const urls = Object.fromEntries(t.catalog.map((s: any) => [s.type, s.endpoints.find((e: any) => e.interface === 'public').url]));
    expect(urls).toEqual({ identity: `${sim.url}/v3`, image: sim.url, ims: sim.url });
    expect(c.projectId('alice')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('scopes by project id too, and refuses a bad password or a foreign project with 401', async () => {
    const byId = await c.call('POST', '/v3/auth/tokens', {
      body: { auth: { identity: { methods: ['password'], password: { user: { name: 'bob', password: 'bob', domain: { name: 'Default' } } } }, scope: { project: { id: c.projectId('bob') } } } },
    });
    expect(byId.status).toBe(201);
    await expect(c.login('alice', 'wrong')).rejects.toThrow(/401/);
    await expect(c.login('alice', 'alice', 'beta')).rejects.toThrow(/401/);
  });

  it('validates tokens: 200 for a live subject, 404 for an unknown or expired one, 401 for a bad caller', async () => {
    const alice = await c.login('alice');
    const bob = await c.login('bob');
    const ok = await c.call('GET', '/v3/auth/tokens', { token: alice, headers: { 'X-Subject-Token': bob } });
    expect(ok.status).toBe(200);
    expect(ok.body.token.project.name).toBe('beta');
    expect((await c.call('GET', '/v3/auth/tokens', { token: alice, headers: { 'X-Subject-Token': 'nope' } })).status).toBe(404);
    const badCaller = await c.call('GET', '/v3/auth/tokens', { token: 'nope', headers: { 'X-Subject-Token': bob } });
    expect(badCaller.status).toBe(401);
    expect(badCaller.body.error_code).toBe('APIGW.0301');

    const short = await c.login('carol');
    clock.advance(24 * 3600 * 1000 + 1);
    const fresh = await c.login('alice');
    expect((await c.call('GET', '/v3/auth/tokens', { token: fresh, headers: { 'X-Subject-Token': short } })).status).toBe(404);
    const expired = await c.call('GET', '/v2/images', { token: short });
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ error_code: 'APIGW.0301', request_id: expired.headers.get('x-request-id') });
  });

  it('lists the projects of the token user', async () => {
    const t = await c.login('alice');
    const res = await c.call('GET', '/v3/projects', { token: t });
    expect(res.status).toBe(200);
    const names = res.body.projects.map((p: any) => p.name);
    expect(names).toContain('alpha');
    expect(names).not.toContain('beta');
    expect(res.body.projects.find((p: any) => p.name === 'alpha').id).toBe(c.projectId('alice'));
  });
});
