import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { akskAuth } from '../../src/upstream/auth/aksk';
import { serviceAccountAuth } from '../../src/upstream/auth/service-account';
import { GlanceClient, HttpClient, IamClient, ImsClient, UpstreamError } from '../../src/upstream';
import { startSimulator, type RunningSimulator } from '../../src/simulator';

/** The HTTP core with the real signers against the simulator's verifier: what is signed is what is sent. */

let sim: RunningSimulator;
const http = new HttpClient({ sleep: async () => {} });
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await http.close();
  await sim?.close();
});

function alice() {
  const user = sim.users.find((u) => u.name === 'alice')!;
  return { user, auth: akskAuth({ accessKey: user.accessKey, secretKey: user.secretKey }, { projectId: user.project.id }) };
}

describe('AK/SK signed requests through the HTTP core', () => {
  it('signs a GET with an encoded query, a JSON POST and a streamed upload', async () => {
    const { user, auth } = alice();
    const ims = new ImsClient({ http, baseUrl: sim.url, auth, projectId: user.project.id });
    const glance = new GlanceClient({ http, baseUrl: sim.url, auth });
    expect((await ims.getQuota()).resources.length).toBeGreaterThan(0);
    await glance.listImages({ tag: { key: 'env', value: 'a b' }, createdAt: { op: 'gte', time: '2020-01-01T00:00:00Z' }, limit: 3 });
    const image = await glance.createImage({ name: 'signed upload', diskFormat: 'qcow2', minDiskGb: 40 });
    await glance.uploadImageFile(image.id, Readable.from([Buffer.alloc(1024, 7)]));
    await glance.deleteImage(image.id);
  });

  it('reports a wrong secret as a 401 without retrying or leaking the signature', async () => {
    const { user } = alice();
    const auth = akskAuth({ accessKey: user.accessKey, secretKey: 'not-the-secret-key-000000' });
    const ims = new ImsClient({ http, baseUrl: sim.url, auth, projectId: user.project.id });
    const e = (await ims.getQuota().catch((x: unknown) => x)) as UpstreamError;
    expect(e).toBeInstanceOf(UpstreamError);
    expect(e).toMatchObject({ kind: 'http', status: 401 });
    expect(e.message).not.toMatch(/Signature=/);
  });

  it('renews a service-account token after a 401 and retries once', async () => {
    const iam = new IamClient({ http, baseUrl: sim.url });
    let issued = 0;
    const auth = serviceAccountAuth({
      issueToken: async () => {
        issued++;
        // The first token is one the simulator never issued: the 401 makes the provider issue a real one.
        if (issued === 1) return { token: 'MIIsim-forged-token-0000000000', expiresAt: new Date(Date.now() + 3_600_000), projectId: sim.projects[0]!.id };
        const t = await iam.issueToken({ userName: 'alice', password: 'alice', domainName: 'Default', projectName: 'alpha' });
        return { token: t.token, expiresAt: new Date(t.expiresAt), projectId: t.projectId };
      },
    });
    const glance = new GlanceClient({ http, baseUrl: sim.url, auth });
    const page = await glance.listImages({ limit: 1 });
    expect(page.images.length).toBe(1);
    expect(issued).toBe(2);
  });
});
