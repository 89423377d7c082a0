/**
 * The gateway as a fetch-style app (graphql-yoga), built apart from any listening socket so tests can call
 * `yoga.fetch` with no port. `main.ts` puts it on a node:http server and adds graphql-ws on the same port.
 */
import type { ServerResponse } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import { translateError } from '../context/errors';
import { createContext, type GatewayContext, type GatewayServices } from '../context';
import type { RequestTrace } from '../context/request-trace';
import { credentialsFromHeaders } from '../context/session';
import { useStreamingMultipart } from './multipart';
import { operationLimitPlugins, type LimitName } from './limits/operation-limits';
import { OperationScope } from '../context/limits/scope';
import { useOperationScope } from './limits/scope-plugin';
import { inMemoryProjectLimiter, type ProjectLimits } from '../context/limits/project-limiter';
import { corsFor, useNoIntrospection } from './limits/posture';
import type { Ops } from './ops';
import { useVariableCoercionErrors } from './coercion-errors';
import { graphiqlOptionsFor, renderGatewayGraphiQL, useGatewayGraphiQL } from './graphiql';
import { useDemoSignIn, type DemoSignIn } from './demo';
import { graphiqlExamples } from './graphiql-examples';
import { useDashboard, type DashboardOptions } from './dashboard';
import { useImageDownload } from './download';
import { useHotQueryJit } from './jit';

export const DEFAULT_GRAPHIQL_QUERY = `# Welcome to the IMS / Glance GraphQL gateway.
# The header editor below already holds a token for the demo project when the gateway runs
# on its embedded simulator. Press the run button (or Ctrl-Enter).
# Bottom right: "Examples…" opens every canonical operation ready to run (try CopyImage, then
# JobProgress), and, on the embedded simulator, the menu beside it acts as alice, bob or carol.

query FirstImages {
  quota { images { used quota } }
  images(first: 5) {
    edges {
      node { id imageId name status visibility osVersion createdAt }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;

export interface GatewayAppOptions {
  schema: GraphQLSchema;
  services: GatewayServices;
  /** Headers GraphiQL starts with (the embedded demo pre-fills a token for the demo user). */
  graphiqlHeaders?: Record<string, string>;
  /** Embedded mode: GraphiQL's demo sign-in (act as alice, bob or carol) and GET /demo/token. */
  demo?: DemoSignIn;
  logging?: boolean;
  /** false builds the app without any limit (benchmarks measure their overhead against it); never in production. */
  limits?: false;
  /** Measured size of each accepted operation, per limit (tests, tuning). */
  onLimitAccept?: (limit: LimitName, n: number) => void;
  /** Logs, metrics, traces, request ids and the /health, /ready and /metrics endpoints (start.ts). */
  ops?: Ops;
  /** The jobs dashboard at /dashboard (when config.dashboard); its demo users in embedded mode. */
  dashboard?: DashboardOptions;
}

/** The server context: what the node:http handler gives each request (ops' trace; absent in `yoga.fetch` tests). */
export interface GatewayServerContext {
  trace?: RequestTrace;
  /** The Node response (yoga's node adapter puts it there), absent through `yoga.fetch`. */
  res?: ServerResponse;
}

export type GatewayYoga = YogaServerInstance<GatewayServerContext, GatewayContext>;

export function createGatewayApp(opts: GatewayAppOptions): GatewayYoga {
  const { services } = opts;
  const limiter = (services.limiter ??= createLimiter(services.config.limits));
  const limited = opts.limits !== false;
  const graphiqlOpts = { graphiql: services.config.graphiql, examples: services.config.graphiql ? graphiqlExamples() : [], ...(opts.demo ? { demo: opts.demo } : {}) };
  const jit = useHotQueryJit(services.config.jitAfter, () => opts.ops?.metrics?.jitCompiled());
  return createYoga<GatewayServerContext, GatewayContext>({
    schema: opts.schema,
    graphqlEndpoint: '/graphql',
    // With ops, /health and /ready are its JSON answers (yoga's own check answers an empty 200 first otherwise).
    healthCheckEndpoint: opts.ops ? '/_yoga/health' : '/health',
    landingPage: false,
    logging: opts.ops ? opts.ops.yogaLogger : opts.logging === false || services.config.logLevel === 'silent' ? false : services.config.logLevel,
    // Unexpected errors are masked; GraphQLErrors we raise on purpose (with extensions.code) pass through.
    maskedErrors: {
      maskError: (error, message, isDev) => {
        const translated = translateError(error);
        return translated ?? maskError(error, message, isDev);
      },
    },
    multipart: true,
    // Uploads are parsed as they stream (multipart/); that plugin applies yoga's body limit to all other requests.
    maxRequestBodySize: false,
    plugins: [
      ...(opts.ops?.yogaPlugins() ?? []),
      // Hot queries run compiled; before the scope plugin, which wraps whatever executes them in the deadline.
      ...(jit ? [jit] : []),
      useStreamingMultipart({ maxUploadBytes: services.config.maxUploadBytes, idleTimeoutMs: services.config.limits.uploadIdleTimeoutMs }),
      ...(limited
        ? [
            ...operationLimitPlugins(services.config.limits, { fieldSuggestions: services.config.fieldSuggestions, onAccept: opts.onLimitAccept }),
            useOperationScope(),
          ]
        : []),
      ...(services.config.introspection ? [] : [useNoIntrospection()]),
      useVariableCoercionErrors(),
      useGatewayGraphiQL(graphiqlOpts),
      useDemoSignIn(opts.demo),
      ...(services.config.dashboard ? [useDashboard(opts.dashboard ?? {})] : []),
      useImageDownload(services),
    ],
    cors: corsFor(services.config.corsOrigins),
    context: ({ request, trace, res }) => {
      if (!limited) return createContext(services, credentialsFromHeaders(request.headers), undefined, trace);
      // Served by node:http, the response tells when the client has gone; through `yoga.fetch`, the request's signal.
      const scope = new OperationScope(services.config.limits, limiter, res ?? request.signal);
      scope.isUpload = isMultipart(request);
      return createContext(services, credentialsFromHeaders(request.headers), scope, trace);
    },
    renderGraphiQL: renderGatewayGraphiQL,
    graphiql: services.config.graphiql
      ? graphiqlOptionsFor(
          { title: 'IMS / Glance GraphQL gateway', defaultQuery: DEFAULT_GRAPHIQL_QUERY, shouldPersistHeaders: false, subscriptionsProtocol: 'WS' },
          graphiqlOpts,
          opts.graphiqlHeaders ?? { 'X-Auth-Token': '<your project-scoped token>' },
        )
      : false,
  });
}

export function createLimiter(limits: GatewayServices['config']['limits']) {
  return inMemoryProjectLimiter(projectLimits(limits));
}

/** The per-project limits as configured (PROJECT_* variables, MAX_CONCURRENT_UPLOADS). */
export function projectLimits(limits: GatewayServices['config']['limits']): ProjectLimits {
  return {
    maxConcurrentCalls: limits.projectMaxConcurrentCalls,
    callsPerSecond: limits.projectCallsPerSecond,
    burst: limits.projectCallsBurst,
    maxConcurrentUploads: limits.projectMaxConcurrentUploads,
    maxConcurrentUploadsTotal: limits.maxConcurrentUploads,
  };
}

function isMultipart(request: Request): boolean {
  return request.method === 'POST' && !!request.headers.get('content-type')?.toLowerCase().startsWith('multipart/form-data');
}
