import { SimError, json, type SimResponse } from '../http';
import { versionStatusFor } from '../ims-sdk';
import type { Ctx } from '../router';

/** Glance's version documents (`GET /` and `GET /{api_version}`), which answer 300 as Glance does. */

export function versionList(base: string): { status: string; id: string; links: { href: string; rel: string }[] }[] {
  return [
    { status: 'CURRENT', id: 'v2.2', links: [{ href: `${base}/v2/`, rel: 'self' }] },
    { status: 'SUPPORTED', id: 'v2.1', links: [{ href: `${base}/v2/`, rel: 'self' }] },
    { status: 'SUPPORTED', id: 'v2.0', links: [{ href: `${base}/v2/`, rel: 'self' }] },
    { status: 'DEPRECATED', id: 'v1.1', links: [{ href: `${base}/v1/`, rel: 'self' }] },
    { status: 'DEPRECATED', id: 'v1.0', links: [{ href: `${base}/v1/`, rel: 'self' }] },
  ];
}

export function versions(ctx: Ctx, only?: string): SimResponse {
  const all = versionList(ctx.state.baseUrl);
  const status = versionStatusFor(ctx);
  if (only === undefined) return json(status, { versions: all });
  const wanted = only === 'v2' ? 'v2.2' : only === 'v1' ? 'v1.1' : only;
  const v = all.find((x) => x.id === wanted);
  if (!v) throw new SimError(404, 'IMG.0086', `Unknown API version ${only}.`);
  return json(status, { versions: [v] });
}
