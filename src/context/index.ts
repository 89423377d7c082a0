/**
 * The per-operation GraphQL context. Everything tenant-specific hangs off it, so nothing cached on it
 * (sessions, clients, Pothos DataLoaders, which the dataloader plugin keys by this object) can ever
 * serve another caller.
 */
import type { Config } from '../config';
import type { Credentials, Session, SessionResolver } from './session';
import type { UpstreamClients, Upstreams } from './upstreams';
import type { JobWatchers } from './job-watchers';
import type { OperationScope } from './limits/scope';
import type { ProjectLimiter } from './limits/project-limiter';
import type { Readable } from 'node:stream';
import type { RequestTrace } from './request-trace';
import type { JobStarts } from '../jobs/idempotency';
import type { JobHistory } from '../jobs/history';
import type { ClusterState } from '../cluster/state';

export interface GatewayServices {
  config: Config;
  sessions: SessionResolver;
  upstreams: Upstreams;
  jobs: JobWatchers;
  /** Per-project upstream limits (absent: none, e.g. in unit tests that build services by hand). */
  limiter?: ProjectLimiter;
  /** What the schema asks of the operations layer (server/ops implements it): observed polls, counted uploads. */
  ops?: OpsHooks;
  /** idempotencyKey of job-starting mutations (in memory; a shared store can stand behind it). */
  jobStarts: JobStarts;
  /** Jobs started through the gateway, per project (Query.jobs, Subscription.jobStarted). */
  history: JobHistory;
  /** Cluster mode (REDIS_URL) and the Redis connection's health, for readiness. */
  cluster: ClusterState;
}

export interface GatewayContext {
  readonly services: GatewayServices;
  readonly credentials: Credentials;
  /** The operation's signal, upstream-call budget and deadline (see limits/scope.ts). */
  readonly scope?: OperationScope;
  /** What the operations layer records of this operation (request id, project, calls, span), when it observes it. */
  readonly trace?: RequestTrace;
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

export function createContext(services: GatewayServices, credentials: Credentials, scope?: OperationScope, trace?: RequestTrace): GatewayContext {
  let session: Promise<Session> | undefined;
  let clients: Promise<UpstreamClients> | undefined;
  const reads = new Map<string, Promise<unknown>>();
  const ctx: GatewayContext = {
    services,
    credentials,
    ...(scope ? { scope } : {}),
    ...(trace ? { trace } : {}),
    // The access line names the caller's project (never its token).
    session: () =>
      (session ??= services.sessions.resolve(credentials, trace).then((s) => {
        if (trace) trace.project = s.projectId;
        return s;
      })),
    clients: () =>
      (clients ??= ctx
        .session()
        .then((s) =>
          services.upstreams.clientsFor(s, { ...(scope ? { signal: scope.signal, gate: scope.gate(s.projectId) } : {}), trace }),
        )),
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

/** The part of server/ops that resolvers use; the transport layer provides it, the schema never imports it. */
export interface OpsHooks {
  /**
   * Wraps a subscription's poll (`subscription`: the trace of the operation that asked for it): each poll gets its
   * own trace, to pass to the clients it calls through.
   */
  observePoll<T>(kind: 'job' | 'image', fetch: (signal: AbortSignal, trace?: RequestTrace) => Promise<T>, subscription?: RequestTrace): (signal: AbortSignal) => Promise<T>;
  countUpload(stream: Readable): Readable;
}
