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
import { createGatewayApp, type GatewayYoga } from './app';
import { createContext, type GatewayServices } from './context';
import { createJobWatchers } from './job-watchers';
import { connectRedis, redactRedisUrl, type RedisConnection } from '../cluster/connection';
import { clusterState } from '../cluster/state';
import {
  apiKeySessions,
  credentialsFromConnectionParams,
  credentialsFromHeaders,
  passthroughSessions,
  type SessionResolver,
} from './session';
import { createUpstreams, type Upstreams } from './upstreams';
import { unauthenticated } from './errors';
import { UpstreamError } from '../upstream/http/errors';
import { UnscopedTokenError } from '../upstream/iam/client';

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
  banner(): string;
  close(): Promise<void>;
}

export async function startGateway(config: Config): Promise<RunningGateway> {
  let simulator: RunningGateway['simulator'];
  let endpoints = config.endpoints;
  if (config.upstream === 'embedded') {
    simulator = await startSimulator({ host: '127.0.0.1', port: config.simulator.port, jobStepMs: config.simulator.jobStepMs, region: config.region });
    endpoints = { ims: simulator.url, glance: simulator.url, iam: simulator.url };
  }
  const upstreams = createUpstreams(config, endpoints);
  const sessions = createSessions(config, upstreams);
  // Cluster mode: connecting never blocks the start (Redis may be down now and back later).
  const redis: RedisConnection | null = config.redis
    ? connectRedis({ url: config.redis.url, prefix: config.redis.keyPrefix, logger: config.logLevel === 'silent' ? quietLogger : undefined })
    : null;
  const jobs = createJobWatchers(config, redis);
  const services: GatewayServices = { config, sessions, upstreams, jobs, cluster: clusterState(redis) };

  let demoToken: string | undefined;
  if (simulator && upstreams.iam) {
    // GraphiQL opens ready to run against the demo project.
    demoToken = (await upstreams.iam.issueToken({ userName: 'alice', password: 'alice', domainName: 'Default', projectName: 'alpha' })).token;
  }

  const yoga = createGatewayApp({ schema: buildGatewaySchema(), services, graphiqlHeaders: demoToken ? { 'X-Auth-Token': demoToken } : undefined });
  const server = createServer(yoga);
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint, maxPayload: config.ws.maxPayloadBytes });
  const wsHandle = attachGraphqlWs(wss, yoga, services);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
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
    close: async () => {
      // Connections first: a subscriber must see its connection drop (and reconnect, to another replica behind the
      // load balancer, getting the current state first), never its subscription complete before the job is over.
      await wsHandle.dispose();
      await closeServer(server);
      // Then the leases, while Redis is still connected: another replica takes over at once, not after the TTL.
      await jobs.close();
      await redis?.close();
      await upstreams.close();
      await simulator?.close();
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
      validate: async (token) => {
        try {
          const v = await iam.validateToken(token);
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
function attachGraphqlWs(wss: WebSocketServer, yoga: GatewayYoga, services: GatewayServices) {
  const { ws } = services.config;
  // Operations running per socket. graphql-ws calls onComplete only for operations that reached execution, so
  // a slot is taken only once onSubscribe accepts the operation; refusals (syntax, validation, the cap itself)
  // must not use one up.
  const active = new WeakMap<object, number>();
  return useServer(
    {
      connectionInitWaitTimeout: ws.connectionInitTimeoutMs,
      execute: (args: any) => args.rootValue.execute(args),
      subscribe: (args: any) => args.rootValue.subscribe(args),
      onConnect: (ctx) => {
        active.set(ctx.extra.socket, 0);
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
          if (e instanceof GraphQLError) return [e];
          throw e;
        }
        const errors = validate(schema, document);
        if (errors.length) return [...errors];
        if (!getOperationAST(document, payload.operationName)) return [new GraphQLError('Unable to identify operation')];
        // Nothing asynchronous between the check and the increment: concurrent subscribes cannot overshoot.
        const count = (active.get(socket) ?? 0) + 1;
        if (count > ws.maxSubscriptionsPerConnection) return [subscriptionLimit(ws.maxSubscriptionsPerConnection)];
        active.set(socket, count);
        const fromParams = credentialsFromConnectionParams(ctx.connectionParams as Record<string, unknown> | undefined);
        const fromHeaders = credentialsFromHeaders(new Headers(ctx.extra.request.headers as Record<string, string>));
        const credentials = { token: fromParams.token ?? fromHeaders.token, apiKey: fromParams.apiKey ?? fromHeaders.apiKey };
        return {
          schema,
          operationName: payload.operationName,
          document,
          variableValues: payload.variables,
          contextValue: createContext(services, credentials),
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

function subscriptionLimit(max: number) {
  return new GraphQLError(`At most ${max} subscriptions per connection`, { extensions: { code: 'RATE_LIMITED' } });
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
    `  health              ${url}/health`,
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
    if (demoToken) lines.push(`  GraphiQL opens with a token for alice (project alpha).`);
  }
  return lines.join('\n');
}
