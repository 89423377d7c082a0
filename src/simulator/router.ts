import type { IncomingMessage } from 'node:http';
import type { ErrorStyle, SimResponse } from './http';
import type { Query } from './list';
import type { SimState } from './state';

export interface Caller {
  projectId: string;
  userId: string | null;
  /** How the caller authenticated: an IAM token or an AK/SK signature. */
  via: 'token' | 'aksk';
}

export interface Ctx {
  state: SimState;
  req: IncomingMessage;
  method: string;
  path: string;
  rawQuery: string;
  query: Query;
  params: Record<string, string>;
  /** Parsed JSON body; undefined when there was none. */
  body: unknown;
  /** True when a body was sent at all (even an empty JSON document is a body). */
  hasBody: boolean;
  caller: Caller;
  style: ErrorStyle;
  /** Streaming handlers set what the request log records for their body. */
  logBody?: unknown;
}

export type Handler = (ctx: Ctx) => Promise<SimResponse> | SimResponse;

export interface Route {
  /** The endpoint id of endpoints.json (or an internal name for IAM). */
  id: string;
  method: string;
  pattern: string;
  handler: Handler;
  /** Needs a token / signature (everything but IAM token issue and the version documents). */
  auth: boolean;
  /** The body is a byte stream the handler consumes itself (image upload). */
  stream?: boolean;
  /** Extra condition on the matched parameters (e.g. `/{api_version}` only matches `v2.0`-like segments). */
  guard?: (params: Record<string, string>) => boolean;
}

interface CompiledRoute extends Route {
  segments: string[];
}

export class Router {
  private readonly routes: CompiledRoute[] = [];

  add(route: Route): void {
    this.routes.push({ ...route, segments: route.pattern.split('/').filter(Boolean) });
  }

  /**
   * First route whose pattern matches wins, so literal routes are registered before parameterised ones
   * (`/v1/cloudimages/tags` before `/v1/cloudimages/{region_id}`). `allowed` lists the methods of routes
   * whose pattern matched when none matched the method (→ 405).
   */
  match(method: string, path: string): { route: CompiledRoute; params: Record<string, string> } | { allowed: string[] } {
    const parts = path.split('/').filter(Boolean);
    const allowed = new Set<string>();
    for (const r of this.routes) {
      if (r.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < parts.length; i++) {
        const seg = r.segments[i]!;
        const part = parts[i]!;
        if (seg.startsWith('{')) {
          let decoded: string;
          try {
            decoded = decodeURIComponent(part);
          } catch {
            decoded = part;
          }
          params[seg.slice(1, -1)] = decoded;
        } else if (seg !== part) {
          ok = false;
          break;
        }
      }
      if (!ok || (r.guard && !r.guard(params))) continue;
      if (r.method === method) return { route: r, params };
      allowed.add(r.method);
    }
    return { allowed: [...allowed] };
  }
}
