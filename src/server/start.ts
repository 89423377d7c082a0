/**
 * Assemble and start the gateway: upstreams (the embedded simulator when UPSTREAM=embedded), sessions, job
 * watchers, the yoga app and graphql-ws, on one node:http server. Used by main.ts and by the e2e tests
 * (port 0).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { GraphQLError, getOperationAST, type DocumentNode } from 'graphql';
import type { Config } from '../config';
import { buildGatewaySchema } from '../schema';
import { startSimulator } from '../simulator';
import { serviceAccountAuth } from '../upstream/auth/service-account';
import { akskAuth } from '../upstream/auth/aksk';
import { createGatewayApp, createLimiter, projectLimits, type GatewayYoga } from './app';
import type { DemoSignIn } from './demo';
import { isAddressInUse, PortInUseError } from './listen-errors';
import { OperationScope } from '../context/limits/scope';
import { withAdmission } from './limits/admission';
import { createContext, type GatewayServices } from '../context';
import { createJobStarts } from '../context/job-starts';
import { createJobWatchers } from '../context/job-watchers';
import { createMemoryJobHistory } from '../jobs/history';
import { connectRedis, redactRedisUrl, type RedisConnection } from '../cluster/connection';
import { clusterState } from '../cluster/state';
import { RedisIdempotencyStore } from '../jobs/redis-idempotency';
import { redisProjectLimiter } from '../context/limits/redis-project-limiter';
import { redisJobHistory } from '../jobs/redis-history';
import { memoryConnectionCap, redisConnectionCap, type ConnectionCap } from '../cluster/connection-cap';
import {
  apiKeySessions,
  credentialsFromConnectionParams,
  credentialsFromHeaders,
  passthroughSessions,
  tokenHash,
  type SessionResolver,
} from '../context/session';
import { createUpstreams, type Upstreams } from '../context/upstreams';
import { unauthenticated } from '../context/errors';
import { UpstreamError } from '../upstream/http/errors';
import { UnscopedTokenError } from '../upstream/iam/client';
import { anonymousAuth } from '../upstream/http/anonymous';
import type { HttpClient } from '../upstream/http/client';
import { createOps, type Ops } from './ops';

export interface RunningGateway {
  url: string;
  graphqlUrl: string;
  wsUrl: string;
  yoga: GatewayYoga;
  services: GatewayServices;
  /** Set when UPSTREAM=embedded. */
  simulator?: Awaited<ReturnType<typeof startSimulator>>;
  /** A demo token for GraphiQL (embedded only). */
  demoToken?: string;
  ops: Ops;
  banner(): string;
  /** Stops at once (tests): connections are closed, watches completed. */
  close(): Promise<void>;
  /**
   * Graceful stop (SIGTERM): /ready answers 503, the listener closes (new connections are refused), open SSE
   * streams end without `complete`, websockets close with 1001, in-flight operations get `graceMs` to finish.
   */
  shutdown(graceMs?: number): Promise<void>;
}

export interface StartOptions {
  /** Where log lines go (default process.stdout). */
  logDestination?: { write(s: string): unknown };
  /** For tests: the embedded simulator's clock (its jobs progress with it). */
  simulatorNow?: () => number;
}

export async function startGateway(config: Config, options: StartOptions = {}): Promise<RunningGateway> {
  const ops = await createOps(config, options);
  let simulator: RunningGateway['simulator'];
  let endpoints = config.endpoints;
  if (config.upstream === 'embedded') {
    try {
      simulator = await startSimulator({
        host: '127.0.0.1',
        port: config.simulator.port,
        jobStepMs: config.simulator.jobStepMs,
        region: config.region,
        extraImages: config.simulator.extraImages,
        ...(options.simulatorNow ? { now: options.simulatorNow } : {}),
      });
    } catch (e) {
      if (isAddressInUse(e)) throw new PortInUseError('127.0.0.1', config.simulator.port, 'SIM_PORT');
      throw e;
    }
    endpoints = { ims: simulator.url, glance: simulator.url, iam: simulator.url };
  }
  const upstreams = createUpstreams(config, endpoints, ops.httpObserver);
  const sessions = createSessions(config, upstreams);
  // Cluster mode: connecting never blocks the start (Redis may be down now and back later).
  const redis: RedisConnection | null = config.redis
    ? connectRedis({ url: config.redis.url, prefix: config.redis.keyPrefix, logger: config.logLevel === 'silent' ? quietLogger : undefined })
    : null;
  const jobs = createJobWatchers(config, redis);
  // Cluster mode shares, through the same connection, what must hold across replicas: idempotency keys, the
  // per-project rate and upstream back-off, the job history (and its jobStarted feed), the socket cap per client.
  const history = redis ? redisJobHistory(redis, { ttlMs: config.jobHistory.ttlMs }) : createMemoryJobHistory({ ttlMs: config.jobHistory.ttlMs });
  const services: GatewayServices = {
    config,
    sessions,
    upstreams,
    jobs,
    ops,
    limiter: redis ? redisProjectLimiter(redis, projectLimits(config.limits)) : createLimiter(config.limits),
    jobStarts: createJobStarts(config, redis ? new RedisIdempotencyStore(redis) : undefined),
    history,
    cluster: clusterState(redis),
  };

  // Embedded mode: one sign-in as any demo user of the simulator, for GraphiQL's user menu (/demo/token), the
  // dashboard's sign-in screen, and the token GraphiQL opens with.
  const demo = demoSignIn(simulator, upstreams);
  const demoToken = demo ? (await demo.issue('alice')).token : undefined;

  const yoga = createGatewayApp({
    schema: buildGatewaySchema(),
    services,
    graphiqlHeaders: demoToken ? { 'X-Auth-Token': demoToken } : undefined,
    ops,
    ...(demo ? { demo, dashboard: { demo } } : { dashboard: {} }),
  });
  /**
   * Everything but the connections, in one order for close, shutdown and a failed start: the history, then the
   * leases while Redis is still connected (another replica takes over at once, not after the TTL), then Redis,
   * the upstream pools, the simulator and ops (its last line, then its exporters).
   */
  const releaseAll = async (lastWords?: string) => {
    await history.close();
    await jobs.close();
    await redis?.close();
    await upstreams.close();
    await simulator?.close();
    if (lastWords) ops.log.info(lastWords);
    await ops.close();
  };
  // No whole-request timeout (node's default is 300 s): a large upload on a slow but steady link may take longer.
  // A stalled upload is ended by UPLOAD_IDLE_TIMEOUT_MS, an operation by REQUEST_DEADLINE_MS; headers still
  // have to arrive within node's headersTimeout (60 s). Ops wraps admission, so a 503 gets its access line too.
  const server = createServer({ requestTimeout: 0 }, ops.wrapHttp(withAdmission(yoga, config.limits.maxInflightRequests)));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (e) {
    // Nothing may keep the process alive after a failed start: the simulator, pools and Redis already run.
    await releaseAll();
    if (isAddressInUse(e)) throw new PortInUseError(config.host, config.port, 'PORT');
    throw e;
  }
  // graphql-ws joins once the port is ours: attached before, it would echo a listen error as its own.
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint, maxPayload: config.ws.maxPayloadBytes });
  const wsCap = redis
    ? redisConnectionCap(redis, config.limits.wsMaxConnectionsPerClient)
    : memoryConnectionCap(config.limits.wsMaxConnectionsPerClient);
  const wsHandle = attachGraphqlWs(wss, yoga, services, ops, wsCap);
  ops.attach({
    jobs: () => [
      { tracker: 'job', ...jobs.jobs.stats() },
      { tracker: 'image', ...jobs.images.stats() },
    ],
    websocketConnections: () => wss.clients.size,
    upstreamPools: () => upstreams.http.poolStats(),
    checks: {
      ...(upstreams.endpoints.iam ? { iam: reachable(upstreams.http, upstreams.endpoints.iam, '/v3', 'iam-version') } : {}),
      images: reachable(upstreams.http, upstreams.endpoints.ims ?? upstreams.endpoints.glance, '/', 'glance-list-versions'),
    },
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host}:${port}`;

  return {
    url,
    graphqlUrl: `${url}/graphql`,
    wsUrl: `ws://${config.host}:${port}/graphql`,
    yoga,
    services,
    simulator,
    demoToken,
    banner: () => banner(config, url, upstreams, simulator, demoToken),
    ops,
    close: async () => {
      // Connections first: a subscriber must see its connection drop (and reconnect, to another replica behind the
      // load balancer, getting the current state first), never its subscription complete before the job is over.
      await wsHandle.dispose();
      await closeServer(server);
      await releaseAll();
    },
    shutdown: async (graceMs = config.shutdownGraceMs) => {
      ops.startDraining();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // graphql-ws closes every socket with 1001 (going away): clients reconnect to another replica.
      await wsHandle.dispose();
      const deadline = Date.now() + graceMs;
      while (ops.inFlight() > 0 && Date.now() < deadline) {
        server.closeIdleConnections();
        await new Promise((r) => setTimeout(r, 25));
      }
      if (ops.inFlight() > 0) ops.log.warn({ inFlight: ops.inFlight(), graceMs }, 'shutdown grace period over: closing the remaining connections');
      server.closeAllConnections();
      await closed;
      await releaseAll('stopped');
    },
  };
}

/** Embedded mode only: sign in as a demo user of the simulator (its IAM, as any client would). */
function demoSignIn(simulator: RunningGateway['simulator'], upstreams: Upstreams): DemoSignIn | undefined {
  const iam = upstreams.iam;
  if (!simulator || !iam) return undefined;
  return {
    users: simulator.users.map((u) => ({ name: u.name, project: u.project.name })),
    simulatorUrl: simulator.url,
    issue: async (name) => {
      const u = simulator.users.find((x) => x.name === name)!;
      const t = await iam.issueToken({ userName: u.name, password: u.password, domainName: u.domain.name, projectName: u.project.name });
      return { token: t.token, expiresAt: new Date(t.expiresAt).toISOString(), project: u.project.name };
    },
  };
}

const quietLogger = { info: () => {}, warn: () => {} };

function createSessions(config: Config, upstreams: Upstreams): SessionResolver {
  const kind = config.upstream;
  if (config.auth.mode === 'passthrough') {
    const iam = upstreams.iam;
    if (!iam) throw new Error('IAM_ENDPOINT is required to validate caller tokens');
    return passthroughSessions({
      ttlMs: config.tokenCacheTtlMs,
      upstreamKind: kind,
      validate: async (token, trace) => {
        try {
          const v = await iam.validateToken(token, trace);
          return { projectId: v.projectId, projectName: v.projectName ?? undefined, userId: v.userId, expiresAt: new Date(v.expiresAt) };
        } catch (e) {
          if (e instanceof UpstreamError && e.kind === 'http' && (e.status === 401 || e.status === 404))
            throw unauthenticated('The token was rejected by IAM (expired or revoked)');
          if (e instanceof UnscopedTokenError) throw unauthenticated(e.message);
          throw e;
        }
      },
    });
  }
  if (config.auth.mode === 'service-account') {
    const a = config.auth;
    const iam = upstreams.iam;
    if (!iam) throw new Error('IAM_ENDPOINT is required for AUTH_MODE=service-account');
    const provider = serviceAccountAuth({
      issueToken: async () => {
        const t = await iam.issueToken({ userName: a.username, password: a.password, domainName: a.userDomain, projectName: a.project, projectDomainName: a.projectDomain });
        return { token: t.token, expiresAt: new Date(t.expiresAt), projectId: t.projectId };
      },
    });
    return apiKeySessions({ apiKeys: a.apiKeys, auth: provider, projectId: () => provider.projectId(), upstreamKind: kind });
  }
  const a = config.auth;
  const provider = akskAuth({ accessKey: a.accessKey, secretKey: a.secretKey, securityToken: a.securityToken }, { projectId: a.projectId });
  return apiKeySessions({ apiKeys: a.apiKeys, auth: provider, projectId: async () => a.projectId, upstreamKind: kind });
}

/** graphql-ws on the same port and path as HTTP, through yoga's envelop (same schema, plugins, masking). */
function attachGraphqlWs(wss: WebSocketServer, yoga: GatewayYoga, services: GatewayServices, ops: Ops, cap: ConnectionCap) {
  const { ws } = services.config;
  // Operations running per socket. graphql-ws calls onComplete only for operations that reached execution, so
  // a slot is taken only once onSubscribe accepts the operation; refusals (syntax, validation, the cap itself)
  // must not use one up.
  const active = new WeakMap<object, number>();
  const limits = services.config.limits;
  return useServer(
    {
      connectionInitWaitTimeout: ws.connectionInitTimeoutMs,
      // Each operation runs in its own ops scope (request id, span, access line when it ends).
      execute: (args: any) => ops.wsOperation(args.contextValue.trace, () => args.rootValue.execute(args)),
      subscribe: (args: any) => ops.wsOperation(args.contextValue.trace, () => args.rootValue.subscribe(args)),
      onConnect: async (ctx) => {
        const socket = ctx.extra.socket;
        // One client (token, API key, else address) may hold only so many sockets: each can carry
        // WS_MAX_SUBSCRIPTIONS_PER_CONNECTION subscriptions, so sockets multiply what one client can ask for.
        const fromParams = credentialsFromConnectionParams(ctx.connectionParams as Record<string, unknown> | undefined);
        const fromHeaders = credentialsFromHeaders(new Headers(ctx.extra.request.headers as Record<string, string>));
        const secret = fromParams.token ?? fromHeaders.token ?? fromParams.apiKey ?? fromHeaders.apiKey;
        const client = secret ? `key:${tokenHash(secret)}` : `addr:${ctx.extra.request.socket.remoteAddress ?? 'unknown'}`;
        // In cluster mode the count is shared by every replica (Redis), so sockets spread by the load balancer add up.
        const release = await cap.acquire(client);
        if (!release) {
          socket.close(4429, `Too many connections for this client (WS_MAX_CONNECTIONS_PER_CLIENT=${limits.wsMaxConnectionsPerClient})`);
          return false;
        }
        // The socket may have closed while the slot was being taken: then no close event is left to release it.
        if (socket.readyState !== socket.OPEN) {
          release();
          return false;
        }
        socket.once('close', release);
        active.set(socket, 0);
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        const socket = ctx.extra.socket;
        const { schema, execute, subscribe, parse, validate } = yoga.getEnveloped({ req: ctx.extra.request, socket, params: payload });
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (e) {
          // A syntax error answers this operation; thrown, it would close the whole connection (4500).
          if (e instanceof GraphQLError) return ops.annotateErrors([e]);
          throw e;
        }
        const errors = validate(schema, document);
        if (errors.length) return ops.annotateErrors(errors);
        if (!getOperationAST(document, payload.operationName)) return ops.annotateErrors([new GraphQLError('Unable to identify operation')]);
        // Nothing asynchronous between the check and the increment: concurrent subscribes cannot overshoot.
        const count = (active.get(socket) ?? 0) + 1;
        if (count > ws.maxSubscriptionsPerConnection) return ops.annotateErrors([subscriptionLimit(ws.maxSubscriptionsPerConnection)]);
        active.set(socket, count);
        // GraphiQL (and graphql-tools' url-loader) send the headers editor's content with each operation, in
        // payload.extensions.headers: those speak for this operation, before the connection's own credentials.
        const opHeaders = (payload.extensions as { headers?: unknown } | undefined)?.headers;
        const fromOperation = credentialsFromConnectionParams(opHeaders && typeof opHeaders === 'object' ? (opHeaders as Record<string, unknown>) : undefined);
        const fromParams = credentialsFromConnectionParams(ctx.connectionParams as Record<string, unknown> | undefined);
        const fromHeaders = credentialsFromHeaders(new Headers(ctx.extra.request.headers as Record<string, string>));
        const credentials = {
          token: fromOperation.token ?? fromParams.token ?? fromHeaders.token,
          apiKey: fromOperation.apiKey ?? fromParams.apiKey ?? fromHeaders.apiKey,
        };
        return {
          schema,
          operationName: payload.operationName,
          document,
          variableValues: payload.variables,
          contextValue: createContext(
            services,
            credentials,
            new OperationScope(services.config.limits, services.limiter!, socketSignal(socket)),
            ops.wsTrace(ctx.extra.request.headers),
          ),
          rootValue: { execute, subscribe },
        };
      },
      onComplete: (ctx) => {
        const socket = ctx.extra.socket;
        active.set(socket, Math.max(0, (active.get(socket) ?? 1) - 1));
      },
    },
    wss,
    ws.keepAliveMs,
  );
}

/** Aborted when the socket closes: operations still running for it stop their upstream reads. */
const socketSignals = new WeakMap<object, AbortSignal>();
function socketSignal(socket: { once(event: 'close', fn: () => void): unknown }): AbortSignal {
  let signal = socketSignals.get(socket);
  if (!signal) {
    const controller = new AbortController();
    socket.once('close', () => controller.abort());
    signal = controller.signal;
    socketSignals.set(socket, signal);
  }
  return signal;
}

function subscriptionLimit(max: number) {
  return new GraphQLError(`At most ${max} subscriptions per connection`, { extensions: { code: 'RATE_LIMITED' } });
}

/** Readiness: the upstream answers at all (any status below 500), checked without credentials. */
function reachable(http: HttpClient, baseUrl: string, path: string, endpoint: string): () => Promise<boolean> {
  const anyAnswer = Array.from({ length: 400 }, (_, i) => 100 + i);
  return async () => {
    await http.request({ method: 'GET', baseUrl, path, auth: anonymousAuth, expect: anyAnswer, endpoint });
    return true;
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections?.();
  });
}

function banner(config: Config, url: string, upstreams: Upstreams, simulator: RunningGateway['simulator'], demoToken?: string): string {
  const lines = [
    `IMS / Glance GraphQL gateway`,
    `  GraphQL + GraphiQL  ${url}/graphql   (subscriptions: graphql-ws on the same URL, or SSE)`,
    `  health              ${url}/health   (readiness ${url}/ready)`,
    ...(config.metrics.enabled ? [`  metrics             ${url}/metrics${config.metrics.token ? '   (Authorization: Bearer METRICS_TOKEN)' : ''}`] : []),
    ...(config.tracing ? [`  traces              OTLP/HTTP to ${config.tracing.url}`] : []),
    ...(config.dashboard ? [`  jobs dashboard      ${url}/dashboard`] : []),
    `  upstream            ${config.upstream} (auth: ${config.auth.mode}, region ${config.region})`,
    `    glance            ${upstreams.endpoints.glance}`,
  ];
  if (upstreams.endpoints.ims) lines.push(`    ims               ${upstreams.endpoints.ims}`);
  if (upstreams.endpoints.iam) lines.push(`    iam               ${upstreams.endpoints.iam}/v3`);
  lines.push(
    config.redis
      ? `  cluster mode        Redis ${redactRedisUrl(config.redis.url)} (prefix ${config.redis.keyPrefix}, job lease ${config.jobs.leaseTtlMs} ms)`
      : `  cluster mode        off (set REDIS_URL to share job polling between replicas)`,
  );
  if (simulator) {
    lines.push(`  embedded simulator  ${simulator.url}  (control surface: ${simulator.url}/_sim/requests)`);
    lines.push(`  demo users          ${simulator.users.map((u) => `${u.name}/${u.password} (project ${u.project.name})`).join(', ')}`);
    if (demoToken) lines.push(`  GraphiQL opens with a token for alice (project alpha); its menu switches to bob or carol.`);
    lines.push('', '  In a shell (copy-paste):', `    GW=${url}; SIM=${simulator.url}; TOKEN=$(curl -s "$GW/demo/token?user=alice")`);
  }
  return lines.join('\n');
}
