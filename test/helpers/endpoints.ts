/**
 * The 48 upstream endpoints of docs/api/endpoints.json, and which one a logged request hit: used by both
 * coverage tests (client methods, GraphQL operations) to read the simulator's request log.
 */
import { readFileSync } from 'node:fs';
import type { EndpointId } from '../../src/upstream';
import { ENDPOINTS_JSON_PATH } from '../upstream/helpers';

export interface EndpointSpec {
  id: EndpointId;
  method: string;
  path: string;
  async: boolean;
  deprecated: boolean;
}

export const ENDPOINT_SPEC: EndpointSpec[] = JSON.parse(readFileSync(ENDPOINTS_JSON_PATH, 'utf8'));

/**
 * The endpoint whose path template matches a logged request (segments compared decoded); the template with the
 * most literal segments wins, so `/v1/cloudimages/tags` is not taken for `/v1/cloudimages/{region_id}`.
 */
export function endpointOf(method: string, path: string): EndpointId | undefined {
  const parts = path.split('/').filter(Boolean);
  let best: { id: EndpointId; literals: number } | undefined;
  for (const e of ENDPOINT_SPEC) {
    if (e.method !== method) continue;
    const segs = e.path.split('/').filter(Boolean);
    if (segs.length !== parts.length) continue;
    let literals = 0;
    const ok = segs.every((s, i) => {
      if (s.startsWith('{')) return parts[i] !== '';
      literals++;
      return s === decodeURIComponent(parts[i]!);
    });
    if (ok && (!best || literals > best.literals)) best = { id: e.id, literals };
  }
  return best?.id;
}
