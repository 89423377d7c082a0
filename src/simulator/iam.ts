import { unauthorized } from './auth/hook';
import { SimError, headerOf, json } from './http';
import { first } from './list';
import type { DemoUser, Project, Token } from './model';
import type { Ctx, Router } from './router';
import { TOKEN_TTL_MS, type SimState } from './state';
import { hex32, isPlainObject, isoMillis, md5Hex } from './util';

/** IAM (Keystone v3 subset, §C.7): password tokens scoped to a project, token validation, project list. */

function iamError(status: number, code: string, message: string): SimError {
  return new SimError(status, code, message);
}

function tokenBody(state: SimState, token: Token): Record<string, unknown> {
  const user = state.users.find((u) => u.id === token.userId)!;
  const project = state.projects.get(token.projectId)!;
  // Keystone lists every interface; openstackclient resolves projects through the `identity` entry.
  const endpoint = (type: string, name: string, url = state.baseUrl) => ({
    type,
    name,
    id: md5Hex(`service:${type}`),
    endpoints: (['public', 'internal', 'admin'] as const).map((iface) => ({
      id: md5Hex(`endpoint:${type}:${state.region}:${iface}`),
      interface: iface,
      region: state.region,
      region_id: state.region,
      url,
    })),
  });
  return {
    token: {
      expires_at: isoMillis(token.expiresAt),
      issued_at: isoMillis(token.issuedAt),
      methods: ['password'],
      user: { id: user.id, name: user.name, domain: { ...user.domain }, password_expires_at: '' },
      project: { id: project.id, name: project.name, domain: { id: user.domain.id, name: user.domain.name } },
      roles: [
        { id: md5Hex('role:te_admin'), name: 'te_admin' },
        { id: md5Hex('role:ims_adm'), name: 'ims_adm' },
      ],
      catalog: [endpoint('identity', 'keystone', `${state.baseUrl}/v3`), endpoint('image', 'glance'), endpoint('ims', 'ims')],
    },
  };
}

function issueToken(ctx: Ctx): ReturnType<typeof json> {
  const { state } = ctx;
  if (!isPlainObject(ctx.body) || !isPlainObject(ctx.body.auth)) throw iamError(400, 'IAM.0007', 'Request body must contain an auth object.');
  const auth = ctx.body.auth;
  const identity = auth.identity;
  if (!isPlainObject(identity) || !Array.isArray(identity.methods) || !identity.methods.includes('password')) {
    throw iamError(400, 'IAM.0007', 'auth.identity.methods must contain "password".');
  }
  const pw = isPlainObject(identity.password) ? identity.password : undefined;
  const u = pw && isPlainObject(pw.user) ? pw.user : undefined;
  if (!u) throw iamError(400, 'IAM.0007', 'auth.identity.password.user is required.');
  const domain = isPlainObject(u.domain) ? u.domain : undefined;
  let user: DemoUser | undefined;
  if (typeof u.id === 'string') user = state.users.find((x) => x.id === u.id);
  else if (typeof u.name === 'string') {
    user = state.users.find((x) => x.name === u.name);
    if (user && domain && ((domain.name !== undefined && domain.name !== user.domain.name) || (domain.id !== undefined && domain.id !== user.domain.id))) user = undefined;
  }
  if (!user || u.password !== user.password) throw iamError(401, 'IAM.0011', 'The username or password is wrong.');

  let projectId = user.project.id;
  const scope = auth.scope;
  if (scope !== undefined) {
    if (!isPlainObject(scope) || !isPlainObject(scope.project)) throw iamError(400, 'IAM.0007', 'auth.scope must be a project scope (IMS is a project-level service).');
    const sp = scope.project;
    const spDomain = isPlainObject(sp.domain) ? sp.domain : undefined;
    const project =
      typeof sp.id === 'string'
        ? state.projects.get(sp.id)
        : [...state.projects.values()].find(
            (p) => p.name === sp.name && (!spDomain || spDomain.name === undefined || spDomain.name === user!.domain.name) && (!spDomain || spDomain.id === undefined || spDomain.id === user!.domain.id),
          );
    // Demo users belong to their own project only.
    if (!project || project.id !== user.project.id) throw iamError(401, 'IAM.0013', 'The user has no access to the requested project.');
    projectId = project.id;
  }
  const now = state.now();
  const token: Token = { id: `MIIsim${hex32()}${hex32()}`, userId: user.id, projectId, issuedAt: now, expiresAt: now + TOKEN_TTL_MS };
  state.tokens.set(token.id, token);
  return json(201, tokenBody(state, token), { 'X-Subject-Token': token.id });
}

function callerToken(ctx: Ctx): Token {
  const id = headerOf(ctx.req, 'x-auth-token');
  const t = id ? ctx.state.tokens.get(id) : undefined;
  if (!t || t.expiresAt <= ctx.state.now()) throw unauthorized(id ? 'token is invalid or expired' : 'no X-Auth-Token header');
  return t;
}

function validateToken(ctx: Ctx): ReturnType<typeof json> {
  callerToken(ctx);
  const subjectId = headerOf(ctx.req, 'x-subject-token');
  const subject = subjectId ? ctx.state.tokens.get(subjectId) : undefined;
  if (!subject || subject.expiresAt <= ctx.state.now()) throw iamError(404, 'IAM.0009', 'The token does not exist or has expired.');
  return json(200, tokenBody(ctx.state, subject), { 'X-Subject-Token': subject.id });
}

function projectView(state: SimState, p: Project): Record<string, unknown> {
  return {
    id: p.id,
    name: p.name,
    domain_id: p.domainId,
    is_domain: false,
    parent_id: p.domainId,
    description: p.description,
    enabled: true,
    tags: [],
    options: {},
    links: { self: `${state.baseUrl}/v3/projects/${p.id}` },
  };
}

function listProjects(ctx: Ctx): ReturnType<typeof json> {
  const t = callerToken(ctx);
  const user = ctx.state.users.find((u) => u.id === t.userId)!;
  const name = first(ctx.query, 'name');
  const projects = [...ctx.state.projects.values()]
    .filter((p) => p.id === user.project.id || p.name.endsWith(`_${user.project.name}`))
    .filter((p) => name === undefined || p.name === name)
    .map((p) => projectView(ctx.state, p));
  return json(200, { projects, links: { self: `${ctx.state.baseUrl}${ctx.path}`, next: null, previous: null } });
}

/**
 * `GET /v3/projects/{id}`: openstackclient resolves `image add/remove project <p>` with it. Any project id of
 * this endpoint answers (members are other tenants' projects); a name or unknown id is 404, after which the
 * client falls back to `GET /v3/projects?name=`.
 */
function getProject(ctx: Ctx): ReturnType<typeof json> {
  callerToken(ctx);
  const p = ctx.state.projects.get(ctx.params.project_id!);
  if (!p) throw iamError(404, 'IAM.0004', `Could not find project: ${ctx.params.project_id}.`);
  return json(200, { project: projectView(ctx.state, p) });
}

/** Keystone's version document (`GET /v3`): keystoneauth discovers the identity API with it. */
function identityVersion(ctx: Ctx): ReturnType<typeof json> {
  return json(200, {
    version: {
      id: 'v3.14',
      status: 'stable',
      updated: '2020-04-07T00:00:00Z',
      links: [{ rel: 'self', href: `${ctx.state.baseUrl}/v3/` }],
      'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.identity-v3+json' }],
    },
  });
}

export function registerIam(router: Router): void {
  router.add({ id: 'iam-issue-token', method: 'POST', pattern: '/v3/auth/tokens', auth: false, handler: issueToken });
  router.add({ id: 'iam-validate-token', method: 'GET', pattern: '/v3/auth/tokens', auth: false, handler: validateToken });
  router.add({ id: 'iam-list-projects', method: 'GET', pattern: '/v3/projects', auth: false, handler: listProjects });
  router.add({ id: 'iam-get-project', method: 'GET', pattern: '/v3/projects/{project_id}', auth: false, handler: getProject });
  router.add({ id: 'iam-version', method: 'GET', pattern: '/v3', auth: false, handler: identityVersion });
  router.add({ id: 'iam-list-auth-projects', method: 'GET', pattern: '/v3/auth/projects', auth: false, handler: listProjects });
}
