/**
 * The upstreams the gateway fronts, and the clients a caller's session gets for them.
 *
 * - embedded / huawei: one IMS endpoint serves the IMS and the Glance-native paths; IAM issues tokens.
 * - openstack: Keystone + Glance; IMS-only operations raise UNSUPPORTED_BY_UPSTREAM.
 */
import type { Config } from '../config';
import { GlanceClient } from '../upstream/glance/client';
import { HttpClient } from '../upstream/http';
import type { HttpObserver } from '../upstream/http/client';
import type { CallScope } from '../upstream/endpoints';
import { IamClient } from '../upstream/iam/client';
import { ImsClient } from '../upstream/ims/client';
import { UnsupportedByUpstreamError } from './error-classes';
import type { Session } from './session';
import { UpstreamError } from '../upstream/http/errors';

export type UpstreamKind = Config['upstream'];

export interface UpstreamCapabilities {
  /** IMS extension APIs (jobs, quota, IMS tags, batch members, replication…). */
  ims: boolean;
  /** `GET /v2/images?id=in:a,b` (real Glance has it; Huawei does not document it). */
  idInFilter: boolean;
}

export interface UpstreamClients {
  projectId: string;
  glance: GlanceClient;
  /** Null when the upstream has no IMS (plain OpenStack). */
  ims: ImsClient | null;
  capabilities: UpstreamCapabilities;
  kind: UpstreamKind;
  /** The IMS client, or a typed UNSUPPORTED_BY_UPSTREAM error naming the capability. */
  requireIms(capability: string): ImsClient;
}

export interface Upstreams {
  kind: UpstreamKind;
  region: string;
  endpoints: { ims?: string; glance: string; iam?: string };
  capabilities: UpstreamCapabilities;
  http: HttpClient;
  iam: IamClient | null;
  /** Clients authorized as the session; `signal` aborts every call they make (e.g. a poll nobody awaits any more). */
  clientsFor(session: Session, scope?: CallScope): UpstreamClients;
  close(): Promise<void>;
}

export function createUpstreams(config: Config, endpoints: { ims?: string; glance?: string; iam?: string }, observer?: HttpObserver): Upstreams {
  const glanceUrl = endpoints.glance ?? endpoints.ims;
  if (!glanceUrl) throw new Error('No Glance/IMS endpoint configured');
  const http = new HttpClient({
    connectTimeoutMs: config.http.connectTimeoutMs,
    headersTimeoutMs: config.http.headersTimeoutMs,
    bodyTimeoutMs: config.http.bodyTimeoutMs,
    // Uploads have their own pool, as large as the gateway's upload cap: they never take a read's connection.
    uploadConnectionsPerOrigin: config.limits.maxConcurrentUploads,
    ...(observer ? { observer } : {}),
  });
  const kind = config.upstream;
  const capabilities: UpstreamCapabilities = {
    ims: kind !== 'openstack' && !!endpoints.ims,
    idInFilter: kind !== 'huawei',
  };
  const iam = endpoints.iam ? new IamClient({ http, baseUrl: endpoints.iam }) : null;

  return {
    kind,
    region: config.region,
    endpoints: { ims: endpoints.ims, glance: glanceUrl, iam: endpoints.iam },
    capabilities,
    http,
    iam,
    clientsFor(session, scope = {}) {
      const glance = new GlanceClient({ http, baseUrl: glanceUrl, auth: session.auth, ...scope });
      const ims =
        capabilities.ims && endpoints.ims
          ? new ImsClient({ http, baseUrl: endpoints.ims, auth: session.auth, projectId: session.projectId, ...scope })
          : null;
      const project = session.projectName ?? session.projectId;
      return {
        projectId: session.projectId,
        glance: namingProject(glance, project),
        ims: ims && namingProject(ims, project),
        capabilities,
        kind,
        requireIms(capability) {
          if (!ims) throw new UnsupportedByUpstreamError(capability, kind);
          return namingProject(ims, project);
        },
      };
    },
    close: () => http.close(),
  };
}

/**
 * The client with every failed call's UpstreamError marked with the caller's project, so that a message can
 * say "not visible to project alpha". A wrapper rather than a client option: the HTTP core and the clients
 * know nothing of sessions.
 */
function namingProject<T extends object>(client: T, project: string): T {
  return new Proxy(client, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const mark = (e: unknown) => {
          if (e instanceof UpstreamError) e.project ??= project;
          throw e;
        };
        try {
          const out = value.apply(target, args);
          return out instanceof Promise ? out.catch(mark) : out;
        } catch (e) {
          return mark(e);
        }
      };
    },
  });
}
