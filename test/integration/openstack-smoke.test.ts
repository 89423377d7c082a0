// Proves the real Keystone + Glance started by scripts/openstack/start.sh behave as the integration
// suite will rely on: project-scoped tokens, image upload with checksums, and cross-project sharing.
// Skipped unless the environment from `. .openstack/env` is present.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const env = process.env;
const keystoneUrl = env.OS_IT_KEYSTONE_URL;
const glanceUrl = env.OS_IT_GLANCE_URL ?? '';
const domain = env.OS_IT_DOMAIN ?? 'Default';

interface Credentials {
  username: string;
  password: string;
  project: string;
}

interface ScopedToken {
  token: string;
  projectId: string;
  projectName: string;
  roles: string[];
}

function credentials(who: 'ALICE' | 'BOB'): Credentials {
  const read = (suffix: string): string => {
    const value = env[`OS_IT_${who}_${suffix}`];
    if (!value) throw new Error(`OS_IT_${who}_${suffix} is not set; source .openstack/env`);
    return value;
  };
  return { username: read('USERNAME'), password: read('PASSWORD'), project: read('PROJECT') };
}

async function projectToken({ username, password, project }: Credentials): Promise<ScopedToken> {
  const res = await fetch(`${keystoneUrl}/v3/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: username, domain: { name: domain }, password } },
        },
        scope: { project: { name: project, domain: { name: domain } } },
      },
    }),
  });
  expect(res.status, `token for ${username}`).toBe(201);
  const token = res.headers.get('x-subject-token');
  expect(token).toBeTruthy();
  const body = (await res.json()) as {
    token: { project: { id: string; name: string }; roles: { name: string }[] };
  };
  return {
    token: token!,
    projectId: body.token.project.id,
    projectName: body.token.project.name,
    roles: body.token.roles.map((r) => r.name),
  };
}

async function glance(
  auth: ScopedToken,
  method: string,
  path: string,
  init: { json?: unknown; body?: Uint8Array; contentType?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = { 'x-auth-token': auth.token };
  let body: BodyInit | undefined;
  if (init.json !== undefined) {
    headers['content-type'] = init.contentType ?? 'application/json';
    body = JSON.stringify(init.json);
  } else if (init.body !== undefined) {
    headers['content-type'] = 'application/octet-stream';
    body = new Uint8Array(init.body); // a copy typed over a plain ArrayBuffer, as BodyInit requires
  }
  return fetch(`${glanceUrl}${path}`, { method, headers, body });
}

async function json<T>(res: Response, expectedStatus: number, what: string): Promise<T> {
  const text = await res.text();
  expect(res.status, `${what}: ${text}`).toBe(expectedStatus);
  return JSON.parse(text) as T;
}

interface GlanceImage {
  id: string;
  name: string;
  status: string;
  visibility: string;
  owner: string;
  size: number | null;
  checksum: string | null;
}

interface GlanceMember {
  image_id: string;
  member_id: string;
  status: string;
}

describe.skipIf(!keystoneUrl)('real Keystone + Glance on loopback (scripts/openstack)', () => {
  let alice: ScopedToken;
  let bob: ScopedToken;
  const createdImageIds = new Set<string>();

  beforeAll(async () => {
    [alice, bob] = await Promise.all([
      projectToken(credentials('ALICE')),
      projectToken(credentials('BOB')),
    ]);
  });

  afterAll(async () => {
    // Leave the shared Glance clean even when an assertion stopped the flow half-way.
    for (const id of createdImageIds) {
      if (alice) await glance(alice, 'DELETE', `/v2/images/${id}`).then((r) => r.arrayBuffer());
    }
  });

  it('issues project-scoped tokens with the member role to alice in alpha and bob in beta', () => {
    expect(alice.projectName).toBe(credentials('ALICE').project);
    expect(bob.projectName).toBe(credentials('BOB').project);
    expect(alice.projectId).toMatch(/^[0-9a-f]{32}$/);
    expect(bob.projectId).not.toBe(alice.projectId);
    expect(alice.roles).toContain('member');
    expect(bob.roles).toContain('member');
  });

  it('uploads an image, checks its md5, shares it with beta, and bob accepts it', async () => {
    const name = `smoke-${randomUUID()}`;
    const created = await json<GlanceImage>(
      await glance(alice, 'POST', '/v2/images', {
        json: { name, disk_format: 'raw', container_format: 'bare', visibility: 'shared' },
      }),
      201,
      'create image',
    );
    createdImageIds.add(created.id);
    expect(created).toMatchObject({ name, status: 'queued', owner: alice.projectId });

    const data = randomBytes(5 * 1024 + 3);
    const upload = await glance(alice, 'PUT', `/v2/images/${created.id}/file`, { body: data });
    expect(upload.status, await upload.text()).toBe(204);

    const active = await json<GlanceImage>(
      await glance(alice, 'GET', `/v2/images/${created.id}`),
      200,
      'get uploaded image',
    );
    expect(active.status).toBe('active');
    expect(active.size).toBe(data.length);
    expect(active.checksum).toBe(createHash('md5').update(data).digest('hex'));

    const download = await glance(alice, 'GET', `/v2/images/${created.id}/file`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(data)).toBe(true);

    // Before sharing, bob's project cannot see the image at all.
    const hidden = await glance(bob, 'GET', `/v2/images/${created.id}`);
    await hidden.arrayBuffer();
    expect(hidden.status).toBe(404);

    const invited = await json<GlanceMember>(
      await glance(alice, 'POST', `/v2/images/${created.id}/members`, {
        json: { member: bob.projectId },
      }),
      200,
      'add member',
    );
    expect(invited).toMatchObject({ image_id: created.id, member_id: bob.projectId, status: 'pending' });

    const asSeenByBob = await json<GlanceMember>(
      await glance(bob, 'GET', `/v2/images/${created.id}/members/${bob.projectId}`),
      200,
      'bob reads his membership',
    );
    expect(asSeenByBob.status).toBe('pending');
    const pendingForBob = await json<{ images: GlanceImage[] }>(
      await glance(bob, 'GET', `/v2/images?visibility=shared&member_status=pending&id=in:${created.id}`),
      200,
      'bob lists pending shares',
    );
    expect(pendingForBob.images.map((i) => i.id)).toEqual([created.id]);

    const accepted = await json<GlanceMember>(
      await glance(bob, 'PUT', `/v2/images/${created.id}/members/${bob.projectId}`, {
        json: { status: 'accepted' },
      }),
      200,
      'bob accepts',
    );
    expect(accepted.status).toBe('accepted');

    const acceptedForBob = await json<{ images: GlanceImage[] }>(
      await glance(bob, 'GET', '/v2/images?visibility=shared&member_status=accepted&limit=1000'),
      200,
      'bob lists accepted shares',
    );
    expect(acceptedForBob.images.map((i) => i.id)).toContain(created.id);
    const stillPending = await json<{ images: GlanceImage[] }>(
      await glance(bob, 'GET', `/v2/images?visibility=shared&member_status=pending&id=in:${created.id}`),
      200,
      'bob lists pending shares after accepting',
    );
    expect(stillPending.images).toEqual([]);

    const deleted = await glance(alice, 'DELETE', `/v2/images/${created.id}`);
    await deleted.arrayBuffer();
    expect(deleted.status).toBe(204);
    createdImageIds.delete(created.id);

    const gone = await glance(bob, 'GET', `/v2/images/${created.id}`);
    await gone.arrayBuffer();
    expect(gone.status).toBe(404);
  });
});
