import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, type SimClient } from './helpers';
import type { RunningSimulator } from '../../src/simulator/index';

describe('SIM_EXTRA_IMAGES: a larger seeded world for long lists', () => {
  let sim: RunningSimulator;
  let c: SimClient;
  let plain: RunningSimulator;
  let p: SimClient;
  beforeAll(async () => {
    ({ sim, c } = await start({ extraImages: 600 }));
    ({ sim: plain, c: p } = await start());
  });
  afterAll(async () => {
    await sim.close();
    await plain.close();
  });

  it('adds N private images to each demo project, pageable by Glance markers, without touching the quota', async () => {
    const alice = await c.login('alice');
    const seen = new Set<string>();
    let path = '/v2/images?owner=' + c.projectId('alice') + '&limit=250&tag=env=bench';
    for (let page = 0; page < 5 && path; page++) {
      const res = await c.call('GET', path, { token: alice });
      expect(res.status).toBe(200);
      for (const img of res.body.images) seen.add(img.name);
      path = res.body.next ?? '';
    }
    expect(seen.size).toBe(600);
    expect([...seen].every((n) => /^alpha-bulk-\d{5}$/.test(n))).toBe(true);

    const quota = (sim: SimClient, token: string) => sim.call('GET', '/v1/cloudimages/quota', { token }).then((r) => r.body.quotas.resources[0].used);
    expect(await quota(c, alice)).toBe(await quota(p, await p.login('alice')));
    // Another tenant never sees them.
    const bob = await c.login('bob');
    const bobs = await c.call('GET', '/v2/images?limit=1000&tag=env=bench', { token: bob });
    expect(bobs.body.images.every((i: any) => i.name.startsWith('beta-bulk-'))).toBe(true);
  });
});
