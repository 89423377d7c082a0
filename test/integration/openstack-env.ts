/**
 * What the integration suites share: the OS_IT_* environment written by scripts/openstack/start.sh,
 * Keystone project tokens, plain Glance REST calls, a GraphQL client for a gateway, and a multipart
 * upload (GraphQL multipart request spec) whose file part is generated and hashed as it is sent.
 */
import { createHash, randomBytes } from 'node:crypto';

const env = process.env;

/** True when `. .openstack/env` (or CI) provided the real Keystone + Glance. */
export const haveOpenStack = !!env.OS_IT_KEYSTONE_URL && !!env.OS_IT_GLANCE_URL;
export const keystoneUrl = env.OS_IT_KEYSTONE_URL ?? '';
export const glanceUrl = env.OS_IT_GLANCE_URL ?? '';
const domain = env.OS_IT_DOMAIN ?? 'Default';

export type OsUser = 'ALICE' | 'BOB';

export interface ScopedToken {
  token: string;
  projectId: string;
}

function read(who: OsUser, suffix: string): string {
  const value = env[`OS_IT_${who}_${suffix}`];
  if (!value) throw new Error(`OS_IT_${who}_${suffix} is not set; source .openstack/env`);
  return value;
}

/** A project-scoped token from an IAM/Keystone at `baseUrl` (real Keystone or the simulator's IAM). */
export async function passwordToken(baseUrl: string, user: string, password: string, project: string): Promise<ScopedToken> {
  const res = await fetch(`${baseUrl}/v3/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: { methods: ['password'], password: { user: { name: user, domain: { name: domain }, password } } },
        scope: { project: { name: project, domain: { name: domain } } },
      },
    }),
  });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`token for ${user}@${project}: ${res.status} ${text}`);
  const body = JSON.parse(text) as { token: { project: { id: string } } };
  return { token: res.headers.get('x-subject-token')!, projectId: body.token.project.id };
}

export function keystoneToken(who: OsUser): Promise<ScopedToken> {
  return passwordToken(keystoneUrl, read(who, 'USERNAME'), read(who, 'PASSWORD'), read(who, 'PROJECT'));
}

export interface RestResult {
  status: number;
  contentType: string | null;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json: any;
}

/** One Glance REST call; never throws on an HTTP status. */
export async function rest(
  baseUrl: string,
  token: string,
  method: string,
  path: string,
  init: { json?: unknown; raw?: string; body?: Uint8Array; contentType?: string } = {},
): Promise<RestResult> {
  const headers: Record<string, string> = { 'x-auth-token': token };
  let body: BodyInit | undefined;
  if (init.json !== undefined) {
    headers['content-type'] = init.contentType ?? 'application/json';
    body = JSON.stringify(init.json);
  } else if (init.raw !== undefined) {
    headers['content-type'] = init.contentType ?? 'application/json';
    body = init.raw;
  } else if (init.body !== undefined) {
    headers['content-type'] = init.contentType ?? 'application/octet-stream';
    body = new Uint8Array(init.body);
  }
  const res = await fetch(`${baseUrl}${path}`, { method, headers, body });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, contentType: res.headers.get('content-type'), text, json };
}

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export async function graphql<T = any>(graphqlUrl: string, token: string | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { 'x-auth-token': token } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  try {
    return JSON.parse(text) as GraphQLResponse<T>;
  } catch {
    throw new Error(`gateway answered ${res.status} with a non-JSON body: ${text.slice(0, 500)}`);
  }
}

/**
 * Sends one GraphQL multipart request whose only file (`variables.file`) is `sizeBytes` random bytes,
 * produced a MiB at a time while the request body is being sent (never held whole) and hashed on the
 * way out. Returns the GraphQL answer and the md5 of what was sent.
 */
export async function uploadGeneratedFile(
  graphqlUrl: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
  sizeBytes: number,
  filename = 'disk.raw',
): Promise<{ status: number; response: GraphQLResponse; md5: string; sentBytes: number }> {
  const boundary = `----it-${randomBytes(12).toString('hex')}`;
  const operations = JSON.stringify({ query, variables: { ...variables, file: null } });
  const encoder = new TextEncoder();
  const head = encoder.encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.file"]}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
  const md5 = createHash('md5');
  let sent = 0;
  let stage: 'head' | 'file' | 'done' = 'head';
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stage === 'head') {
        controller.enqueue(head);
        stage = 'file';
        return;
      }
      const n = Math.min(1 << 20, sizeBytes - sent);
      if (n > 0) {
        const chunk = randomBytes(n);
        md5.update(chunk);
        sent += n;
        controller.enqueue(chunk);
        return;
      }
      controller.enqueue(tail);
      controller.close();
      stage = 'done';
    },
  });
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      // yoga's CSRF guard for multipart requests.
      'graphql-require-preflight': '1',
      'x-auth-token': token,
    },
    body,
    duplex: 'half',
  } as RequestInit & { duplex: 'half' });
  const text = await res.text();
  let response: GraphQLResponse;
  try {
    response = JSON.parse(text) as GraphQLResponse;
  } catch {
    response = { errors: [{ message: `non-JSON answer ${res.status}: ${text.slice(0, 500)}` }] };
  }
  return { status: res.status, response, md5: md5.digest('hex'), sentBytes: sent };
}

/** Runs `work` over `items` with at most `width` in flight, keeping the order of results. */
export async function inBatches<T, R>(items: readonly T[], width: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await work(items[i]!, i);
      }
    }),
  );
  return out;
}
