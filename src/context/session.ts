/**
 * Who is calling, and with which upstream credentials.
 *
 * passthrough (default): the caller's token is forwarded upstream; its project is learned once from IAM /
 *   Keystone token validation and cached under a SHA-256 of the token (never the token itself) until the
 *   token expires or the cache TTL passes, whichever is first. Concurrent first requests share one
 *   validation.
 * service-account / aksk: the gateway holds credentials, so callers must present one of the configured
 *   API keys (X-Api-Key); the gateway never becomes an open proxy by accident.
 */
import { hash, timingSafeEqual } from 'node:crypto';
import type { AuthProvider } from '../upstream/auth/types';
import type { CallTrace } from '../upstream/http';
import { passthroughAuth } from '../upstream/auth/passthrough';
import { unauthenticated } from './errors';

export interface Session {
  projectId: string;
  projectName?: string;
  userId?: string;
  auth: AuthProvider;
  /** Scope key for caches shared across requests (job pollers): never contains a secret. */
  scope: string;
}

export interface Credentials {
  token?: string;
  apiKey?: string;
}

export interface ValidatedToken {
  projectId: string;
  projectName?: string;
  userId?: string;
  expiresAt: Date;
}

/** `trace`: the operation the validation is made for (its upstream call carries its request id). */
export type TokenValidator = (token: string, trace?: CallTrace) => Promise<ValidatedToken>;

export interface SessionResolver {
  /** `trace`: the operation asking, for the upstream calls a resolution makes (see `CallTrace`). */
  resolve(credentials: Credentials, trace?: CallTrace): Promise<Session>;
}

/** Read credentials from HTTP headers (X-Auth-Token, Authorization: Bearer, X-Api-Key). */
export function credentialsFromHeaders(headers: Headers): Credentials {
  const bearer = headers.get('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1];
  return {
    token: headers.get('x-auth-token')?.trim() || bearer?.trim() || undefined,
    apiKey: headers.get('x-api-key')?.trim() || undefined,
  };
}

/** Read credentials from graphql-ws connectionParams (same names as the headers, case-insensitive). */
export function credentialsFromConnectionParams(params: Record<string, unknown> | undefined): Credentials {
  const h = new Headers();
  for (const [k, v] of Object.entries(params ?? {})) if (typeof v === 'string') h.set(k, v);
  if (params?.token && typeof params.token === 'string') h.set('x-auth-token', params.token);
  return credentialsFromHeaders(h);
}

export function tokenHash(token: string): string {
  return hash('sha256', token, 'hex');
}

interface CacheEntry {
  value: ValidatedToken;
  until: number;
}

export function passthroughSessions(opts: {
  validate: TokenValidator;
  ttlMs: number;
  maxEntries?: number;
  now?: () => number;
  upstreamKind: string;
}): SessionResolver & { cacheSize(): number } {
  const now = opts.now ?? Date.now;
  const maxEntries = opts.maxEntries ?? 10_000;
  const cache = new Map<string, CacheEntry>();
  const inflight = new Map<string, Promise<ValidatedToken>>();

  async function lookup(token: string, trace: CallTrace | undefined): Promise<ValidatedToken> {
    const key = tokenHash(token);
    const hit = cache.get(key);
    if (hit && hit.until > now()) return hit.value;
    if (hit) cache.delete(key);
    let pending = inflight.get(key);
    if (!pending) {
      pending = opts
        .validate(token, trace)
        .then((value) => {
          const until = Math.min(value.expiresAt.getTime(), now() + opts.ttlMs);
          if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
          if (until > now()) cache.set(key, { value, until });
          return value;
        })
        .finally(() => inflight.delete(key));
      inflight.set(key, pending);
    }
    return pending;
  }

  return {
    cacheSize: () => cache.size,
    async resolve({ token }, trace) {
      if (!token) throw unauthenticated('Missing token: send X-Auth-Token or Authorization: Bearer <token>');
      const v = await lookup(token, trace);
      return {
        projectId: v.projectId,
        projectName: v.projectName,
        userId: v.userId,
        auth: passthroughAuth(token),
        scope: `${opts.upstreamKind}:${v.projectId}`,
      };
    },
  };
}

/** Sessions for modes where the gateway holds the upstream credentials itself. */
export function apiKeySessions(opts: {
  apiKeys: string[];
  auth: AuthProvider;
  projectId: () => Promise<string>;
  upstreamKind: string;
}): SessionResolver {
  const keys = opts.apiKeys.map((k) => Buffer.from(k));
  const known = (k: string) => {
    const b = Buffer.from(k);
    return keys.some((key) => key.length === b.length && timingSafeEqual(key, b));
  };
  return {
    async resolve({ apiKey }) {
      if (!apiKey || !known(apiKey)) throw unauthenticated('Missing or unknown API key: send X-Api-Key');
      const projectId = await opts.projectId();
      return { projectId, auth: opts.auth, scope: `${opts.upstreamKind}:${projectId}` };
    },
  };
}
