/**
 * The gateway's configuration: every environment variable, parsed and checked in one place.
 * Defaults run the gateway on the embedded simulator with no configuration at all.
 * The README's "Configuration" table is written from this file; keep them in step.
 */
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const ms = z.coerce.number().int().positive();
const url = z
  .string()
  .url()
  .transform((u) => u.replace(/\/+$/, ''));
const csv = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const EnvSchema = z
  .object({
    HOST: z.string().default('127.0.0.1'),
    PORT: port.default(4000),
    /** Which cloud the gateway fronts. */
    UPSTREAM: z.enum(['embedded', 'huawei', 'openstack']).default('embedded'),
    /** IMS endpoint of one region (also serves the Glance-native paths on Huawei Cloud). */
    IMS_ENDPOINT: url.optional(),
    /** Glance endpoint; defaults to IMS_ENDPOINT. */
    GLANCE_ENDPOINT: url.optional(),
    /** IAM/Keystone base URL without /v3. */
    IAM_ENDPOINT: url.optional(),
    /** Region of IMS_ENDPOINT (used by the central image list). */
    REGION: z.string().min(1).default('cn-north-4'),

    /** Embedded simulator: its port (0 = a free port) and how long one job step lasts. */
    SIM_PORT: port.default(0),
    SIM_JOB_STEP_MS: ms.default(1000),
    /** Embedded simulator: N more private images per demo project (benchmarks of long lists). */
    SIM_EXTRA_IMAGES: z.coerce.number().int().min(0).max(100_000).default(0),

    UPSTREAM_CONNECT_TIMEOUT_MS: ms.default(5_000),
    UPSTREAM_HEADERS_TIMEOUT_MS: ms.default(30_000),
    UPSTREAM_BODY_TIMEOUT_MS: ms.default(60_000),

    /** How upstream calls are authorized. */
    AUTH_MODE: z.enum(['passthrough', 'service-account', 'aksk']).default('passthrough'),
    /** Service-account mode: the gateway's own IAM/Keystone user, project-scoped. */
    SERVICE_USERNAME: z.string().optional(),
    SERVICE_PASSWORD: z.string().optional(),
    SERVICE_USER_DOMAIN: z.string().default('Default'),
    SERVICE_PROJECT: z.string().optional(),
    SERVICE_PROJECT_DOMAIN: z.string().default('Default'),
    /** AK/SK mode: Huawei access key pair (optionally temporary, with a security token). */
    HUAWEI_AK: z.string().optional(),
    HUAWEI_SK: z.string().optional(),
    HUAWEI_SECURITY_TOKEN: z.string().optional(),
    HUAWEI_PROJECT_ID: z.string().optional(),
    /** Keys the gateway's own clients must present (X-Api-Key) in service-account and AK/SK modes. */
    GATEWAY_API_KEYS: csv.optional(),

    /** How long a validated caller token's project is remembered at most (capped by the token's expiry). */
    TOKEN_CACHE_TTL_MS: ms.default(5 * 60_000),

    /** Job polling shared by all subscribers of one job. */
    JOB_POLL_MIN_MS: ms.default(500),
    JOB_POLL_MAX_MS: ms.default(10_000),
    JOB_TERMINAL_RETENTION_MS: ms.default(60_000),
    /** How long an idempotencyKey of a job-starting mutation remembers its job (or its unknown outcome). */
    IDEMPOTENCY_TTL_MS: ms.default(24 * 60 * 60_000),
    /** How long a job started through the gateway stays in its project's history (Query.jobs). */
    JOB_HISTORY_TTL_MS: ms.default(7 * 24 * 3_600_000),

    /** Cluster mode: replicas share job polling (and, later, other state) through this Redis. Unset = in memory. */
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
      .optional(),
    /** Prefix of every Redis key and channel, so several gateways (or environments) can share one Redis. */
    REDIS_KEY_PREFIX: z.string().default('imsgw:'),
    /** A dead replica's job polls are taken over this long after its last lease renewal, at most. */
    JOB_LEASE_TTL_MS: ms.min(100).default(5_000),

    /** graphql-ws limits. */
    WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: ms.default(50),
    WS_CONNECTION_INIT_TIMEOUT_MS: ms.default(10_000),
    WS_MAX_PAYLOAD_BYTES: ms.default(1024 * 1024),
    WS_KEEPALIVE_MS: ms.default(12_000),

    /** Largest image file accepted by the upload mutation (Glance's limit is 2 GB). */
    MAX_UPLOAD_BYTES: ms.default(2 * 1024 ** 3),
    /** GraphiQL at GET /graphql. */
    GRAPHIQL: bool.optional(),
    /** The jobs dashboard at GET /dashboard. */
    DASHBOARD: bool.default(true),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),

    /** Operation limits (GraphQL Armor plus the gateway's own): refused with OPERATION_TOO_COMPLEX. */
    MAX_DEPTH: ms.default(15),
    MAX_ALIASES: ms.default(15),
    MAX_TOKENS: ms.default(2000),
    MAX_DIRECTIVES: ms.default(20),
    MAX_COST: ms.default(100_000),
    MAX_LIST_LENGTH: ms.default(200),
    /** Upstream HTTP calls one operation (or one subscription event) may make. */
    MAX_UPSTREAM_CALLS_PER_OPERATION: ms.default(200),
    /** graphql-ws sockets open at once per client (token hash, else remote address). */
    WS_MAX_CONNECTIONS_PER_CLIENT: ms.default(20),
    /** Per-project fairness. */
    PROJECT_MAX_CONCURRENT_CALLS: ms.default(16),
    PROJECT_CALLS_PER_SECOND: ms.default(100),
    PROJECT_CALLS_BURST: ms.default(400),
    PROJECT_MAX_CONCURRENT_UPLOADS: ms.default(4),
    MAX_CONCURRENT_UPLOADS: ms.default(16),
    /** Deadlines and admission. */
    REQUEST_DEADLINE_MS: ms.default(30_000),
    MAX_INFLIGHT_REQUESTS: ms.default(512),
    UPLOAD_IDLE_TIMEOUT_MS: ms.default(60_000),
    /** Production posture; unset = on outside production, off with NODE_ENV=production. */
    NODE_ENV: z.string().default('development'),
    INTROSPECTION: bool.optional(),
    FIELD_SUGGESTIONS: bool.optional(),
    /** A query document runs compiled (graphql-jit) from its n-th execution on; 0 = never. */
    GRAPHQL_JIT_AFTER: z.coerce.number().int().min(0).default(2),
    /** Origins allowed by CORS (exact, e.g. https://console.example.com); unset = no cross-origin access. */
    CORS_ORIGINS: csv.optional(),
    /** Operating it (README "Operating it"): logs, metrics, readiness, shutdown, traces. */
    LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
    /** JSON lines on stdout are written in blocks; a quiet gateway's lines wait at most this long (0: one write per line). */
    LOG_FLUSH_MS: z.coerce.number().int().min(0).default(200),
    METRICS: bool.default(true),
    METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
    READY_CACHE_MS: ms.default(2_000),
    SHUTDOWN_GRACE_MS: ms.default(10_000),
    OTEL_SDK_DISABLED: bool.default(false),
    OTEL_TRACES_EXPORTER: z.string().optional(),
    OTEL_EXPORTER_OTLP_ENDPOINT: url.optional(),
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: url.optional(),
    OTEL_EXPORTER_OTLP_PROTOCOL: z.enum(['http/json', 'http/protobuf', 'grpc']).optional(),
    OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: z.enum(['http/json', 'http/protobuf', 'grpc']).optional(),
    OTEL_EXPORTER_OTLP_HEADERS: z.string().optional(),
    OTEL_SERVICE_NAME: z.string().min(1).default('ims-glance-gateway'),
    OTEL_BSP_SCHEDULE_DELAY: ms.default(5_000),
    /** Standard OpenTelemetry sampler names; the ratio ones read OTEL_TRACES_SAMPLER_ARG. */
    OTEL_TRACES_SAMPLER: z
      .enum(['always_on', 'always_off', 'traceidratio', 'parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio'])
      .default('parentbased_always_on'),
    OTEL_TRACES_SAMPLER_ARG: z.coerce.number().min(0).max(1).default(1),
  })
  .superRefine((env, ctx) => {
    if (env.UPSTREAM !== 'embedded') {
      if (!env.IAM_ENDPOINT && env.AUTH_MODE !== 'aksk')
        ctx.addIssue({ code: 'custom', path: ['IAM_ENDPOINT'], message: `required when UPSTREAM=${env.UPSTREAM}` });
      if (env.UPSTREAM === 'huawei' && !env.IMS_ENDPOINT)
        ctx.addIssue({ code: 'custom', path: ['IMS_ENDPOINT'], message: 'required when UPSTREAM=huawei' });
      if (env.UPSTREAM === 'openstack' && !env.GLANCE_ENDPOINT && !env.IMS_ENDPOINT)
        ctx.addIssue({ code: 'custom', path: ['GLANCE_ENDPOINT'], message: 'required when UPSTREAM=openstack' });
    }
    if (env.AUTH_MODE === 'service-account') {
      for (const k of ['SERVICE_USERNAME', 'SERVICE_PASSWORD', 'SERVICE_PROJECT'] as const)
        if (!env[k]) ctx.addIssue({ code: 'custom', path: [k], message: 'required when AUTH_MODE=service-account' });
    }
    if (env.AUTH_MODE === 'aksk') {
      for (const k of ['HUAWEI_AK', 'HUAWEI_SK', 'HUAWEI_PROJECT_ID'] as const)
        if (!env[k]) ctx.addIssue({ code: 'custom', path: [k], message: 'required when AUTH_MODE=aksk' });
    }
    // A gateway holding its own credentials must not become an open proxy by accident.
    if (env.AUTH_MODE !== 'passthrough' && !env.GATEWAY_API_KEYS?.length)
      ctx.addIssue({
        code: 'custom',
        path: ['GATEWAY_API_KEYS'],
        message: `required when AUTH_MODE=${env.AUTH_MODE}: callers must present one of these keys`,
      });
    const exporters = env.OTEL_TRACES_EXPORTER?.split(',').map((x) => x.trim()) ?? [];
    if (exporters.some((x) => x !== 'otlp' && x !== 'none'))
      ctx.addIssue({ code: 'custom', path: ['OTEL_TRACES_EXPORTER'], message: 'only "otlp" (OTLP over HTTP) or "none" are supported' });
    const protocol = env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL;
    if (protocol && protocol !== 'http/json')
      ctx.addIssue({ code: 'custom', path: ['OTEL_EXPORTER_OTLP_PROTOCOL'], message: `${protocol} is not supported: the gateway exports OTLP over HTTP as JSON (http/json)` });
    if (env.JOB_POLL_MAX_MS < env.JOB_POLL_MIN_MS)
      ctx.addIssue({ code: 'custom', path: ['JOB_POLL_MAX_MS'], message: 'must be ≥ JOB_POLL_MIN_MS' });
  });

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  host: string;
  port: number;
  upstream: Env['UPSTREAM'];
  region: string;
  /** Set for huawei/openstack; for embedded they are filled in once the simulator listens. */
  endpoints: { ims?: string; glance?: string; iam?: string };
  simulator: { port: number; jobStepMs: number; extraImages: number };
  http: { connectTimeoutMs: number; headersTimeoutMs: number; bodyTimeoutMs: number };
  auth:
    | { mode: 'passthrough' }
    | {
        mode: 'service-account';
        username: string;
        password: string;
        userDomain: string;
        project: string;
        projectDomain: string;
        apiKeys: string[];
      }
    | { mode: 'aksk'; accessKey: string; secretKey: string; securityToken?: string; projectId: string; apiKeys: string[] };
  tokenCacheTtlMs: number;
  jobs: { minIntervalMs: number; maxIntervalMs: number; terminalRetentionMs: number; leaseTtlMs: number };
  idempotencyTtlMs: number;
  jobHistory: { ttlMs: number };
  dashboard: boolean;
  /** Cluster mode when set. */
  redis: { url: string; keyPrefix: string } | null;
  ws: { maxSubscriptionsPerConnection: number; connectionInitTimeoutMs: number; maxPayloadBytes: number; keepAliveMs: number };
  maxUploadBytes: number;
  graphiql: boolean;
  logLevel: Env['LOG_LEVEL'];
  limits: LimitsConfig;
  introspection: boolean;
  fieldSuggestions: boolean;
  /** Executions of a query document before it runs compiled (0: never). */
  jitAfter: number;
  corsOrigins: string[];
  /** JSON lines, or readable lines for a terminal (default: pretty when stdout is a TTY). */
  logFormat: 'json' | 'pretty';
  /** JSON lines on stdout: buffered and written at least this often (0: each line as it comes). */
  logFlushMs: number;
  metrics: { enabled: boolean; token?: string };
  readyCacheMs: number;
  shutdownGraceMs: number;
  /** Null unless the OTEL_* variables ask for traces. */
  tracing: {
    url: string;
    headers: Record<string, string>;
    serviceName: string;
    scheduledDelayMs: number;
    /** OTEL_TRACES_SAMPLER and its ratio (OTEL_TRACES_SAMPLER_ARG). */
    sampler: { kind: Env['OTEL_TRACES_SAMPLER']; ratio: number };
  } | null;
}

export interface LimitsConfig {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  maxListLength: number;
  maxUpstreamCallsPerOperation: number;
  wsMaxConnectionsPerClient: number;
  projectMaxConcurrentCalls: number;
  projectCallsPerSecond: number;
  projectCallsBurst: number;
  projectMaxConcurrentUploads: number;
  maxConcurrentUploads: number;
  requestDeadlineMs: number;
  maxInflightRequests: number;
  uploadIdleTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parse the environment (process.env by default). Throws ConfigError listing every bad variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "unset": shells and .env files produce them.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  const e = parsed.data;
  const ims = e.IMS_ENDPOINT;
  const production = e.NODE_ENV === 'production';
  return {
    host: e.HOST,
    port: e.PORT,
    upstream: e.UPSTREAM,
    region: e.REGION,
    endpoints: { ims, glance: e.GLANCE_ENDPOINT ?? ims, iam: e.IAM_ENDPOINT },
    simulator: { port: e.SIM_PORT, jobStepMs: e.SIM_JOB_STEP_MS, extraImages: e.SIM_EXTRA_IMAGES },
    http: {
      connectTimeoutMs: e.UPSTREAM_CONNECT_TIMEOUT_MS,
      headersTimeoutMs: e.UPSTREAM_HEADERS_TIMEOUT_MS,
      bodyTimeoutMs: e.UPSTREAM_BODY_TIMEOUT_MS,
    },
    auth:
      e.AUTH_MODE === 'service-account'
        ? {
            mode: 'service-account',
            username: e.SERVICE_USERNAME!,
            password: e.SERVICE_PASSWORD!,
            userDomain: e.SERVICE_USER_DOMAIN,
            project: e.SERVICE_PROJECT!,
            projectDomain: e.SERVICE_PROJECT_DOMAIN,
            apiKeys: e.GATEWAY_API_KEYS!,
          }
        : e.AUTH_MODE === 'aksk'
          ? {
              mode: 'aksk',
              accessKey: e.HUAWEI_AK!,
              secretKey: e.HUAWEI_SK!,
              securityToken: e.HUAWEI_SECURITY_TOKEN,
              projectId: e.HUAWEI_PROJECT_ID!,
              apiKeys: e.GATEWAY_API_KEYS!,
            }
          : { mode: 'passthrough' },
    tokenCacheTtlMs: e.TOKEN_CACHE_TTL_MS,
    jobs: {
      minIntervalMs: e.JOB_POLL_MIN_MS,
      maxIntervalMs: e.JOB_POLL_MAX_MS,
      terminalRetentionMs: e.JOB_TERMINAL_RETENTION_MS,
      leaseTtlMs: e.JOB_LEASE_TTL_MS,
    },
    idempotencyTtlMs: e.IDEMPOTENCY_TTL_MS,
    jobHistory: { ttlMs: e.JOB_HISTORY_TTL_MS },
    dashboard: e.DASHBOARD,
    redis: e.REDIS_URL ? { url: e.REDIS_URL, keyPrefix: e.REDIS_KEY_PREFIX } : null,
    ws: {
      maxSubscriptionsPerConnection: e.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
      connectionInitTimeoutMs: e.WS_CONNECTION_INIT_TIMEOUT_MS,
      maxPayloadBytes: e.WS_MAX_PAYLOAD_BYTES,
      keepAliveMs: e.WS_KEEPALIVE_MS,
    },
    maxUploadBytes: e.MAX_UPLOAD_BYTES,
    graphiql: e.GRAPHIQL ?? !production,
    logLevel: e.LOG_LEVEL,
    limits: {
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxTokens: e.MAX_TOKENS,
      maxDirectives: e.MAX_DIRECTIVES,
      maxCost: e.MAX_COST,
      maxListLength: e.MAX_LIST_LENGTH,
      maxUpstreamCallsPerOperation: e.MAX_UPSTREAM_CALLS_PER_OPERATION,
      wsMaxConnectionsPerClient: e.WS_MAX_CONNECTIONS_PER_CLIENT,
      projectMaxConcurrentCalls: e.PROJECT_MAX_CONCURRENT_CALLS,
      projectCallsPerSecond: e.PROJECT_CALLS_PER_SECOND,
      projectCallsBurst: e.PROJECT_CALLS_BURST,
      projectMaxConcurrentUploads: e.PROJECT_MAX_CONCURRENT_UPLOADS,
      maxConcurrentUploads: e.MAX_CONCURRENT_UPLOADS,
      requestDeadlineMs: e.REQUEST_DEADLINE_MS,
      maxInflightRequests: e.MAX_INFLIGHT_REQUESTS,
      uploadIdleTimeoutMs: e.UPLOAD_IDLE_TIMEOUT_MS,
    },
    introspection: e.INTROSPECTION ?? !production,
    fieldSuggestions: e.FIELD_SUGGESTIONS ?? !production,
    jitAfter: e.GRAPHQL_JIT_AFTER,
    corsOrigins: e.CORS_ORIGINS ?? [],
    logFormat: e.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json'),
    logFlushMs: e.LOG_FLUSH_MS,
    metrics: { enabled: e.METRICS, ...(e.METRICS_TOKEN ? { token: e.METRICS_TOKEN } : {}) },
    readyCacheMs: e.READY_CACHE_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    tracing: tracingConfig(e),
  };
}

/** The OTEL_* variables as the OpenTelemetry specification defines them (the subset an OTLP/HTTP exporter uses). */
function tracingConfig(e: Env): Config['tracing'] {
  const exporters = e.OTEL_TRACES_EXPORTER?.split(',').map((x) => x.trim()) ?? [];
  const wanted = exporters.includes('otlp') || (!exporters.includes('none') && !!(e.OTEL_EXPORTER_OTLP_ENDPOINT || e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT));
  if (e.OTEL_SDK_DISABLED || !wanted) return null;
  const url = e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? `${e.OTEL_EXPORTER_OTLP_ENDPOINT ?? 'http://localhost:4318'}/v1/traces`;
  const headers: Record<string, string> = {};
  for (const pair of (e.OTEL_EXPORTER_OTLP_HEADERS ?? '').split(',')) {
    const i = pair.indexOf('=');
    if (i > 0) headers[decodeURIComponent(pair.slice(0, i).trim())] = decodeURIComponent(pair.slice(i + 1).trim());
  }
  return { url, headers, serviceName: e.OTEL_SERVICE_NAME, scheduledDelayMs: e.OTEL_BSP_SCHEDULE_DELAY, sampler: { kind: e.OTEL_TRACES_SAMPLER, ratio: e.OTEL_TRACES_SAMPLER_ARG } };
}
