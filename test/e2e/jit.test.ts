/**
 * Hot queries run compiled (src/server/jit.ts). What a client relies on: a query answers the same whether it is
 * interpreted or compiled, and only documents executed GRAPHQL_JIT_AFTER times are compiled, never mutations or
 * subscriptions, so a client sending distinct documents cannot make the gateway compile each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { graphiqlExamples } from '../../src/server/graphiql-examples';

/** Documents compiled so far, as /metrics reports them to an operator. */
async function compiled(gw: TestGateway): Promise<number> {
  const text = await (await fetch(new URL('/metrics', gw.gateway.graphqlUrl))).text();
  const line = /^gateway_graphql_compiled_documents_total (\d+)/m.exec(text);
  if (!line) throw new Error('no gateway_graphql_compiled_documents_total in /metrics');
  return Number(line[1]);
}

/** An answer with its errors in a stable order (the two executors may report sibling errors in another order). */
function canonical(body: { data?: unknown; errors?: { path?: unknown[]; extensions?: { code?: string; requestId?: string } }[] }) {
  const errors = (body.errors ?? []).map((e) => ({ path: e.path, code: e.extensions?.code }));
  return { data: body.data, errors: errors.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) };
}

describe('GRAPHQL_JIT_AFTER=3', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ GRAPHQL_JIT_AFTER: '3' });
  });
  afterAll(() => gw?.close());

  it('compiles a query at its third execution, once', async () => {
    const query = `query Few { images(first: 3) { edges { node { imageId name status } } } }`;
    const before = await compiled(gw);
    const answers = [];
    for (let i = 1; i <= 5; i++) {
      answers.push(await gw.gql(query));
      expect((await compiled(gw)) - before, `after execution ${i}`).toBe(i < 3 ? 0 : 1);
    }
    for (const a of answers) expect(a).toEqual(answers[0]);
  });

  it('never compiles documents sent fewer than three times, nor a mutation however often it is sent', async () => {
    const before = await compiled(gw);
    for (let i = 0; i < 20; i++) await gw.gql(`query Distinct${i} { images(first: ${i + 1}) { edges { node { imageId } } } }`);
    const mutation = `mutation { addImageTag(imageId: "00000000-0000-0000-0000-000000000000", tag: { key: "k", value: "v" }) { __typename } }`;
    for (let i = 0; i < 4; i++) expect((await gw.gql(mutation)).data?.addImageTag.__typename).toBe('NotFoundError');
    expect((await compiled(gw)) - before).toBe(0);
  });

  it('every canonical query answers the same interpreted and compiled', async () => {
    const queries = graphiqlExamples().filter((e) => e.kind === 'query');
    expect(queries.length).toBeGreaterThan(15);
    const before = await compiled(gw);
    for (const example of queries) {
      const runs = [];
      // Executions 1–2 are interpreted, 3 is compiled.
      for (let i = 0; i < 3; i++) runs.push(canonical(await gw.gql(example.query, example.variables)));
      expect(runs[2], example.name).toEqual(runs[0]);
      expect(runs[1], example.name).toEqual(runs[0]);
    }
    expect((await compiled(gw)) - before).toBe(queries.length);
  });
});

describe('GRAPHQL_JIT_AFTER=0', () => {
  it('never compiles', async () => {
    const gw = await startTestGateway({ GRAPHQL_JIT_AFTER: '0' });
    try {
      for (let i = 0; i < 5; i++) expect((await gw.gql(`{ images(first: 2) { edges { node { imageId } } } }`)).errors).toBeUndefined();
      expect(await compiled(gw)).toBe(0);
    } finally {
      await gw.close();
    }
  });
});
