import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '../../src/upstream/auth/aksk';
import { start, type SimClient } from './helpers';
import type { RunningSimulator } from '../../src/simulator/index';

async function signedGet(sim: RunningSimulator, path: string, accessKey: string, secretKey: string): Promise<Response> {
  const url = new URL(`${sim.url}${path}`);
  const headers: Record<string, string> = { host: url.host };
  const signed = signRequest({ method: 'GET', url, headers }, { accessKey, secretKey }, new Date());
  return fetch(url, { headers: { ...headers, ...signed } });
}

describe('AK/SK hook', () => {
  let sim: RunningSimulator;
  let closed: RunningSimulator;
  let c: SimClient;
  beforeAll(async () => {
    ({ sim, c } = await start());
    ({ sim: closed } = await start({ akskVerifier: null }));
  });
  afterAll(async () => {
    await sim.close();
    await closed.close();
  });

  it('accepts a request signed with a demo user’s AK/SK as that user’s project', async () => {
    const bob = sim.users.find((u) => u.name === 'bob')!;
    const res = await signedGet(sim, '/v2/images?visibility=private', bob.accessKey, bob.secretKey);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { images: Array<{ owner: string }> };
    expect(body.images.every((i) => i.owner === bob.project.id)).toBe(true);
    const log = (await c.call('GET', '/_sim/requests')).body.requests.at(-1);
    expect(log.projectId).toBe(bob.project.id);
  });

  it('refuses a wrong secret, and every signed request when no verifier is registered', async () => {
    const bob = sim.users.find((u) => u.name === 'bob')!;
    expect((await signedGet(sim, '/v2/images', bob.accessKey, 'x'.repeat(40))).status).toBe(401);
    const res = await signedGet(closed, '/v2/images', bob.accessKey, bob.secretKey);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error_code: string }).error_code).toBe('APIGW.0301');
  });
});
