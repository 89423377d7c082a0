/**
 * GraphiQL for people: a browser asking /graphql gets the GraphiQL page, self-contained (it works offline),
 * opening with a query that runs against the demo project and a token for the demo user already set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(async () => {
  await t?.close();
});

describe('GraphiQL', () => {
  it('is served to a browser, offline-capable, with a ready-to-run query and the demo token', async () => {
    const res = await fetch(t.gateway.graphqlUrl, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('IMS / Glance GraphQL gateway');
    expect(html).not.toMatch(/https?:\/\/(unpkg|cdn|cdnjs|jsdelivr)/); // no CDN: assets are inlined
    expect(html).toContain('images(first: 5)');
    expect(html).toContain(t.gateway.demoToken!);
  });

  it('the default query runs as it stands with the pre-filled token', async () => {
    const { DEFAULT_GRAPHIQL_QUERY } = await import('../../src/server/app');
    const r = await t.gql(DEFAULT_GRAPHIQL_QUERY, undefined, { token: t.gateway.demoToken! });
    expect(r.errors).toBeUndefined();
    expect(r.data.images.edges).toHaveLength(5);
    expect(r.data.quota.images.quota).toBeGreaterThan(0);
  });

  it('answers API clients with JSON, not HTML', async () => {
    const res = await fetch(`${t.gateway.graphqlUrl}?query=${encodeURIComponent('{ apiVersions { id } }')}`, {
      headers: { accept: 'application/json', 'x-auth-token': t.gateway.demoToken! },
    });
    expect(res.headers.get('content-type')).toMatch(/json/);
    expect(((await res.json()) as any).data.apiVersions.length).toBeGreaterThan(0);
  });
});
