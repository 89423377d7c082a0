/**
 * The jobs dashboard at /dashboard (DASHBOARD=false turns it off): one HTML page, its bundled JS and CSS
 * (src/dashboard/bundle.ts), served as hashed assets (hashed-assets.ts). In embedded mode the page offers
 * one-click sign-in as alice, bob or carol through GET /demo/token (demo.ts), the route GraphiQL's user menu
 * uses too; with a real upstream it offers no demo users.
 */
import type { Plugin } from 'graphql-yoga';
import { buildDashboard } from '../dashboard/bundle';
import { hashedAsset, serveHashedAsset, type HashedAsset } from './hashed-assets';
import { DEMO_TOKEN_PATH, type DemoSignIn } from './demo';
import { route } from './route';

export interface DashboardOptions {
  /** Embedded mode: the demo users offered on the sign-in screen (their tokens come from GET /demo/token). */
  demo?: DemoSignIn;
}

const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ws: wss:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function page(jsName: string, cssName: string, demoUsers: string[]): string {
  // JSON in a non-executable script: the CSP allows no inline script, and "<" is escaped so no value can end the tag.
  const config = JSON.stringify({ demoUsers, tokenPath: DEMO_TOKEN_PATH }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Image jobs · IMS / Glance gateway</title>
<link rel="stylesheet" href="/dashboard/${cssName}">
<script type="application/json" id="dashboard-config">${config}</script>
<script type="module" src="/dashboard/${jsName}"></script>
</head>
<body>
<div id="app"><p class="boot">Loading the dashboard…</p></div>
<noscript>The dashboard needs JavaScript. GraphiQL is at <a href="/graphql">/graphql</a>.</noscript>
</body>
</html>
`;
}

let served: Promise<{ js: HashedAsset; css: HashedAsset }> | undefined;
/**
 * The bundle's files as hashed assets, built once per process: at start (main.ts) or on the first request. A
 * failed build is tried again on the next request.
 */
export function dashboardAssets(): Promise<{ js: HashedAsset; css: HashedAsset }> {
  served ??= buildDashboard().then(
    (b) => ({
      js: hashedAsset('app', 'js', 'text/javascript; charset=utf-8', b.js),
      css: hashedAsset('app', 'css', 'text/css; charset=utf-8', b.css),
    }),
    (e: unknown) => {
      served = undefined;
      throw e;
    },
  );
  return served;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });

export function useDashboard(opts: DashboardOptions): Plugin {
  const demoUsers = opts.demo?.users.map((u) => u.name) ?? [];
  return route(
    (path) => path === '/dashboard' || path.startsWith('/dashboard/'),
    async ({ request, url, endResponse }) => {
      const path = url.pathname;
      if (request.method !== 'GET' && request.method !== 'HEAD') return endResponse(json(405, { error: { code: 'METHOD_NOT_ALLOWED', message: 'Use GET' } }));
      const bundle = await dashboardAssets();
      if (path === '/dashboard' || path === '/dashboard/') {
        return endResponse(
          new Response(page(bundle.js.file, bundle.css.file, demoUsers), {
            status: 200,
            headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', 'content-security-policy': PAGE_CSP, 'x-content-type-options': 'nosniff' },
          }),
        );
      }
      const name = path.slice('/dashboard/'.length);
      for (const a of [bundle.js, bundle.css]) if (a.file === name) return endResponse(await serveHashedAsset(a, request));
      return endResponse(new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
    },
  );
}
