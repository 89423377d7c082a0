/**
 * Production posture: with NODE_ENV=production, introspection, "Did you mean" suggestions and GraphiQL are off
 * unless turned on; CORS answers only origins of CORS_ORIGINS (never a reflection of any origin with credentials).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

const INTROSPECTION = '{ __schema { queryType { name } } }';
const TYPO = '{ imagez(first: 1) { edges { node { name } } } }';

async function graphiql(t: TestGateway) {
  const res = await fetch(t.gateway.graphqlUrl, { headers: { accept: 'text/html' } });
  const text = await res.text();
  return res.status === 200 && /graphiql/i.test(text);
}

function preflight(t: TestGateway, origin: string) {
  return fetch(t.gateway.graphqlUrl, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-auth-token' },
  });
}

describe('NODE_ENV=production, defaults', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ NODE_ENV: 'production', CORS_ORIGINS: 'https://console.example.com' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('introspection is refused', async () => {
    const r = await t.gql(INTROSPECTION);
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0]?.message).toMatch(/introspection has been disabled/);
    const typeQuery = await t.gql('{ __type(name: "Image") { name } }');
    expect(typeQuery.errors?.[0]?.message).toMatch(/introspection has been disabled/);
  });

  it('validation errors carry no "Did you mean" suggestions', async () => {
    const r = await t.gql(TYPO);
    expect(r.errors?.[0]?.message).toMatch(/Cannot query field "imagez"/);
    expect(r.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('GraphiQL is off', async () => {
    expect(await graphiql(t)).toBe(false);
  });

  it('CORS: an allowed origin gets itself back with credentials; any other origin gets no CORS headers', async () => {
    const ok = await preflight(t, 'https://console.example.com');
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://console.example.com');
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
    const evil = await preflight(t, 'https://evil.example');
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(evil.headers.get('access-control-allow-credentials')).toBeNull();
    const post = await fetch(t.gateway.graphqlUrl, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('NODE_ENV=production with everything turned back on', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ NODE_ENV: 'production', INTROSPECTION: 'true', FIELD_SUGGESTIONS: 'true', GRAPHIQL: 'true' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('introspection, suggestions and GraphiQL are served', async () => {
    expect((await t.gql(INTROSPECTION)).data?.__schema.queryType.name).toBe('Query');
    expect((await t.gql(TYPO)).errors?.[0]?.message).toMatch(/Did you mean "image/);
    expect(await graphiql(t)).toBe(true);
  });
});

describe('development defaults', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ NODE_ENV: 'development' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('introspection, suggestions and GraphiQL on; still no CORS reflection without CORS_ORIGINS', async () => {
    expect((await t.gql(INTROSPECTION)).data?.__schema.queryType.name).toBe('Query');
    expect((await t.gql(TYPO)).errors?.[0]?.message).toMatch(/Did you mean/);
    expect(await graphiql(t)).toBe(true);
    const evil = await preflight(t, 'https://evil.example');
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });
});
