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

const EnvSchema = z
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
    GRAPHIQL: bool.default(true),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
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
  simulator: { port: number; jobStepMs: number };
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
  /** Cluster mode when set. */
  redis: { url: string; keyPrefix: string } | null;
  ws: { maxSubscriptionsPerConnection: number; connectionInitTimeoutMs: number; maxPayloadBytes: number; keepAliveMs: number };
  maxUploadBytes: number;
  graphiql: boolean;
  logLevel: Env['LOG_LEVEL'];
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
  return {
    host: e.HOST,
    port: e.PORT,
    upstream: e.UPSTREAM,
    region: e.REGION,
    endpoints: { ims, glance: e.GLANCE_ENDPOINT ?? ims, iam: e.IAM_ENDPOINT },
    simulator: { port: e.SIM_PORT, jobStepMs: e.SIM_JOB_STEP_MS },
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
    redis: e.REDIS_URL ? { url: e.REDIS_URL, keyPrefix: e.REDIS_KEY_PREFIX } : null,
    ws: {
      maxSubscriptionsPerConnection: e.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
      connectionInitTimeoutMs: e.WS_CONNECTION_INIT_TIMEOUT_MS,
      maxPayloadBytes: e.WS_MAX_PAYLOAD_BYTES,
      keepAliveMs: e.WS_KEEPALIVE_MS,
    },
    maxUploadBytes: e.MAX_UPLOAD_BYTES,
    graphiql: e.GRAPHIQL,
    logLevel: e.LOG_LEVEL,
  };
}
