import { z } from 'zod';
import type { IssuedToken, TokenScope } from '../domain';
import { callEndpoint, endpointPath, ENDPOINTS, type EndpointOf, type EndpointTarget } from '../endpoints';
import { UpstreamError, anonymousAuth, type CallTrace, type HttpClient } from '../http';
import type { AuthProvider } from '../auth/types';
import { optString, optTimestamp } from '../mapping/common';

export interface IamClientOptions {
  http: HttpClient;
  /** IAM / Keystone endpoint (the simulator origin serves `/v3/...`). */
  baseUrl: string;
  signal?: AbortSignal;
}

export interface PasswordCredentials {
  userName: string;
  password: string;
  /** Domain of the user (Huawei: the account name). */
  domainName: string;
  /** Project scope, by name (with `projectDomainName`, default the user's domain) or by id. */
  projectName?: string;
  projectId?: string;
  projectDomainName?: string;
}

const named = z.looseObject({ id: z.string(), name: optString });

const tokenBodySchema = z.looseObject({
  token: z.looseObject({
    expires_at: optTimestamp,
    issued_at: optTimestamp,
    user: z.looseObject({ id: z.string(), name: optString, domain: named.nullish() }),
    project: z.looseObject({ id: z.string(), name: optString, domain: named.nullish() }).nullish(),
  }),
});

/**
 * A valid token that is not scoped to a project: IMS and Glance calls need one (IAM `POST /v3/auth/tokens` with
 * `auth.scope.project`). Not an upstream fault.
 */
export class UnscopedTokenError extends Error {
  constructor() {
    super('The token is not scoped to a project; IMS and Glance need a project-scoped token (auth.scope.project)');
    this.name = 'UnscopedTokenError';
  }
}

/**
 * IAM / Keystone v3 tokens (the `iam` rows of the endpoint table): password tokens with project scope, and validation (what project, user
 * and expiry a token stands for). The token travels in headers only; it never appears in a URL or message.
 */
export class IamClient {
  /** Without credentials: issuing a token needs none, and validating one sends the token itself. */
  private readonly target: EndpointTarget;

  constructor(opts: IamClientOptions) {
    this.target = { http: opts.http, baseUrl: opts.baseUrl, auth: anonymousAuth, signal: opts.signal };
  }

  /** IAM "Obtain a token", `POST /v3/auth/tokens` (201; token in `X-Subject-Token`). IMS needs project scope. */
  async issueToken(creds: PasswordCredentials): Promise<IssuedToken> {
    if (creds.projectName === undefined && creds.projectId === undefined) {
      throw new Error('issueToken: projectName or projectId is required (IMS tokens are project-scoped)');
    }
    const project =
      creds.projectId !== undefined
        ? { id: creds.projectId }
        : { name: creds.projectName, domain: { name: creds.projectDomainName ?? creds.domainName } };
    const res = await callEndpoint(this.target, 'iam-issue-token', {}, {
      json: {
        auth: {
          identity: {
            methods: ['password'],
            password: { user: { name: creds.userName, password: creds.password, domain: { name: creds.domainName } } },
          },
          scope: { project },
        },
      },
      schema: tokenBodySchema,
    });
    const token = res.headers['x-subject-token'];
    if (!token) {
      throw malformed('iam-issue-token', res.status, res.requestId, 'response has no X-Subject-Token header');
    }
    return { token, ...toScope(res.data, res.status, res.requestId, 'iam-issue-token') };
  }

  /**
   * Keystone `GET /v3/auth/tokens`: validates `token` (sent as both `X-Auth-Token` and `X-Subject-Token`) and
   * tells which project, user and expiry it stands for. An invalid token is an `UpstreamError` with status 401
   * (or 404, as Keystone answers for an unknown subject token).
   */
  async validateToken(token: string, trace?: CallTrace): Promise<TokenScope> {
    const auth: AuthProvider = {
      kind: 'passthrough',
      async authorize() {
        return { 'x-auth-token': token, 'x-subject-token': token };
      },
    };
    const res = await callEndpoint(this.target, 'iam-validate-token', {}, { auth, schema: tokenBodySchema, trace });
    return toScope(res.data, res.status, res.requestId, 'iam-validate-token');
  }
}

function toScope(
  body: z.output<typeof tokenBodySchema>,
  status: number,
  requestId: string | undefined,
  endpoint: IamEndpoint,
): TokenScope {
  const t = body.token;
  if (!t.project) throw new UnscopedTokenError();
  if (!t.expires_at) throw malformed(endpoint, status, requestId, 'token.expires_at is missing');
  return {
    projectId: t.project.id,
    projectName: t.project.name,
    userId: t.user.id,
    userName: t.user.name,
    domainId: t.user.domain?.id ?? null,
    domainName: t.user.domain?.name ?? null,
    expiresAt: t.expires_at,
    issuedAt: t.issued_at,
  };
}

type IamEndpoint = EndpointOf<'iam'>;

function malformed(endpoint: IamEndpoint, status: number, requestId: string | undefined, why: string): UpstreamError {
  const { method } = ENDPOINTS[endpoint];
  const path = endpointPath(endpoint, {});
  return new UpstreamError({
    kind: 'malformed',
    method,
    path,
    endpoint,
    status,
    ...(requestId !== undefined ? { requestId } : {}),
    message: `${endpoint} (${method} ${path}): ${why}`,
  });
}
