import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ENDPOINTS,
  ENDPOINT_IDS,
  GlanceClient,
  IamClient,
  ImsClient,
  endpointPath,
  endpointReference,
  type EndpointSpec,
} from '../../src/upstream';
import { ENDPOINTS_JSON_PATH } from './helpers';

interface JsonEndpoint {
  id: string;
  api: string;
  method: string;
  path: string;
  async: boolean;
  deprecated: boolean;
}

const spec = JSON.parse(readFileSync(ENDPOINTS_JSON_PATH, 'utf8')) as JsonEndpoint[];
const rows = ENDPOINT_IDS.map((id) => [id, ENDPOINTS[id] as EndpointSpec] as const);
const CLIENTS = { ims: ImsClient, glance: GlanceClient, iam: IamClient } as const;

describe('the endpoint table', () => {
  it('has exactly the endpoints of endpoints.json, with their api, method, path template, async and deprecated', () => {
    const fromTable = rows
      .filter(([, e]) => e.api !== 'iam')
      .map(([id, e]) => ({ id, api: e.api, method: e.method, path: e.path, async: e.async, deprecated: e.deprecated }));
    const fromJson = spec.map(({ id, api, method, path, async, deprecated }) => ({ id, api, method, path, async, deprecated }));
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(fromTable.sort(byId)).toEqual(fromJson.sort(byId));
  });

  it('names, for every row, a method its api client has', () => {
    for (const [id, e] of rows) {
      const proto = CLIENTS[e.api].prototype as unknown as Record<string, unknown>;
      expect(typeof proto[e.clientMethod], `${id} → ${e.api}.${e.clientMethod}`).toBe('function');
    }
  });

  it('cites each endpoint by api, method and path template', () => {
    expect(endpointReference('ims-copy-image-in-region')).toBe('IMS POST /v1/cloudimages/{image_id}/copy');
    expect(endpointReference('glance-get-image')).toBe('Glance GET /v2/images/{image_id}');
    expect(endpointReference('iam-issue-token')).toBe('IAM POST /v3/auth/tokens');
  });
});

describe('endpointPath', () => {
  it('fills every parameter of the template, each escaped as one segment', () => {
    expect(endpointPath('ims-delete-image-tag', { project_id: 'p1', image_id: 'img', key: 'a b/c?d' })).toBe(
      '/v2/p1/images/img/tags/a%20b%2Fc%3Fd',
    );
    expect(endpointPath('glance-get-version', { api_version: 'v2.0' })).toBe('/v2.0');
    expect(endpointPath('glance-list-versions', {})).toBe('/');
  });

  it('refuses values that would change the route', () => {
    for (const bad of ['', '.', '..', 'a\nb']) {
      expect(() => endpointPath('glance-get-image', { image_id: bad })).toThrow(/Invalid input/);
    }
  });

  it('refuses a call that leaves a parameter unfilled (reachable only around the types)', () => {
    expect(() => endpointPath('glance-get-member', { image_id: 'i' } as never)).toThrow(/member_id/);
  });
});
