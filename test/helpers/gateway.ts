/**
 * A real gateway (node:http on port 0) over the embedded simulator, plus what tests need around it:
 * tokens for the demo users, a GraphQL client, and the simulator's request log and fault injection.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { loadConfig } from '../../src/config';
import { startGateway, type RunningGateway, type StartOptions } from '../../src/server/start';
import { issueDemoToken, type DemoUser } from './tokens';

export interface SimRequest {
  seq: number;
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  rawQuery: string;
  status: number;
  time: string;
  projectId: string | null;
  contentType: string | null;
  trace?: { requestId: string | null; traceparent: string | null };
  body: unknown;
  fault: { id: string; kind: string } | null;
}

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestGateway {
  gateway: RunningGateway;
  simUrl: string;
  token(user?: 'alice' | 'bob' | 'carol'): Promise<string>;
  projectId(user?: 'alice' | 'bob' | 'carol'): Promise<string>;
  gql<R = any, V = Record<string, unknown>>(
    query: string | DocumentNode | TypedDocumentNode<R, V>,
    variables?: V,
    opts?: { token?: string | null; user?: 'alice' | 'bob' | 'carol'; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<R>>;
  requests(): Promise<SimRequest[]>;
  clearRequests(): Promise<void>;
  fault(spec: Record<string, unknown>): Promise<string>;
  clearFaults(): Promise<void>;
  close(): Promise<void>;
}

export async function startTestGateway(env: Record<string, string> = {}, options: StartOptions = {}): Promise<TestGateway> {
  const gateway = await startGateway(
    // GRAPHQL_JIT_AFTER=1: every query the suites send runs compiled, so they test graphql-jit's answers too.
    loadConfig({ PORT: '0', SIM_PORT: '0', SIM_JOB_STEP_MS: '50', LOG_LEVEL: 'silent', JOB_POLL_MIN_MS: '20', JOB_POLL_MAX_MS: '200', GRAPHQL_JIT_AFTER: '1', ...env }),
    options,
  );
  const simUrl = gateway.simulator!.url;
  const tokens = new Map<string, { token: string; projectId: string }>();

  async function issue(user: DemoUser) {
    let t = tokens.get(user);
    if (!t) tokens.set(user, (t = await issueDemoToken(simUrl, user)));
    return t;
  }

  return {
    gateway,
    simUrl,
    token: async (user = 'alice') => (await issue(user)).token,
    projectId: async (user = 'alice') => (await issue(user)).projectId,
    async gql(query, variables, opts = {}) {
      const token = opts.token === undefined ? (await issue(opts.user ?? 'alice')).token : opts.token;
      const res = await fetch(gateway.graphqlUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(token ? { 'x-auth-token': token } : {}),
          ...opts.headers,
        },
        body: JSON.stringify({ query: typeof query === 'string' ? query : print(query as DocumentNode), variables }),
      });
      return (await res.json()) as GraphQLResponse;
    },
    async requests() {
      const res = await fetch(`${simUrl}/_sim/requests`);
      return ((await res.json()) as { requests: SimRequest[] }).requests;
    },
    async clearRequests() {
      await fetch(`${simUrl}/_sim/requests`, { method: 'DELETE' });
    },
    async fault(spec) {
      const res = await fetch(`${simUrl}/_sim/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(spec) });
      if (res.status !== 201) throw new Error(`fault: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { id: string }).id;
    },
    async clearFaults() {
      await fetch(`${simUrl}/_sim/faults`, { method: 'DELETE' });
    },
    close: () => gateway.close(),
  };
}
