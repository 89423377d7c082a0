/**
 * The per-operation GraphQL context. Everything tenant-specific hangs off it, so nothing cached on it
 * (sessions, clients, Pothos DataLoaders, which the dataloader plugin keys by this object) can ever
 * serve another caller.
 */
import type { Config } from '../config';
import type { Credentials, Session, SessionResolver } from './session';
import type { UpstreamClients, Upstreams } from './upstreams';
import type { JobWatchers } from './job-watchers';
import type { ClusterState } from '../cluster/state';

export interface GatewayServices {
  config: Config;
  sessions: SessionResolver;
  upstreams: Upstreams;
  jobs: JobWatchers;
  /** Cluster mode (REDIS_URL) and the Redis connection's health, for readiness. */
  cluster: ClusterState;
}

export interface GatewayContext {
  readonly services: GatewayServices;
  readonly credentials: Credentials;
  /** The caller's session; rejects with UNAUTHENTICATED. Resolved once per operation. */
  session(): Promise<Session>;
  /** Upstream clients authorized as the caller. */
  clients(): Promise<UpstreamClients>;
  /**
   * Identical upstream reads in one operation are made once: the first call for `key` runs `read`, later
   * ones share its promise. For reads that no DataLoader covers (quota, versions, schemas, tag lists…).
   */
  once<T>(key: string, read: (clients: UpstreamClients) => Promise<T>): Promise<T>;
}

export function createContext(services: GatewayServices, credentials: Credentials): GatewayContext {
  let session: Promise<Session> | undefined;
  let clients: Promise<UpstreamClients> | undefined;
  const reads = new Map<string, Promise<unknown>>();
  const ctx: GatewayContext = {
    services,
    credentials,
    session: () => (session ??= services.sessions.resolve(credentials)),
    clients: () => (clients ??= ctx.session().then((s) => services.upstreams.clientsFor(s))),
    once<T>(key: string, read: (c: UpstreamClients) => Promise<T>) {
      let p = reads.get(key) as Promise<T> | undefined;
      if (!p) {
        p = ctx.clients().then(read);
        reads.set(key, p);
      }
      return p;
    },
  };
  return ctx;
}
