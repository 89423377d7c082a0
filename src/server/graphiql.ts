/**
 * GraphiQL as the gateway serves it: a small page plus content-hashed assets (GraphiQL's bundle, its CSS and
 * its Monaco workers, taken from @graphql-yoga/render-graphiql), served as hashed assets (hashed-assets.ts:
 * compressed once, cached by browsers for a year); nothing is fetched from outside. The page adds two controls:
 * the canonical operations as ready-to-run examples, and, in embedded mode only, a demo sign-in that acts as alice, bob or
 * carol and renews the demo token before it expires (through GET /demo/token, demo.ts).
 *
 * Why not yoga's own renderer: it inlines 9 MB of script into every page, uncompressed and uncacheable.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import type { GraphiQLExample } from './graphiql-examples';
import { DEMO_TOKEN_PATH, type DemoSignIn } from './demo';
import { hashedAsset, preferredEncoding, serveHashedAsset, type HashedAsset } from './hashed-assets';
import { route } from './route';

const gzipAsync = promisify(gzip);

export const ASSET_PREFIX = '/graphiql/assets/';

interface YogaGraphiQLBundle {
  js: string;
  css: string;
  favicon: string;
  editorWorkerService: string;
  jsonWorker: string;
  graphqlWorker: string;
}

function loadBundle(): YogaGraphiQLBundle {
  // The package exports only its renderer; its bundle sits next to it (cjs/graphiql.js).
  const require = createRequire(import.meta.url);
  return require(join(dirname(require.resolve('@graphql-yoga/render-graphiql')), 'graphiql.js')) as YogaGraphiQLBundle;
}

let assets: { byPath: Map<string, HashedAsset>; urls: Record<'js' | 'css' | 'favicon' | 'editorWorkerService' | 'json' | 'graphql' | 'page', string> } | undefined;

function asset(map: Map<string, HashedAsset>, name: string, ext: string, type: string, body: Buffer): string {
  // GraphiQL's bundle is 9 MB: brotli at 6 is ~4x faster than at 11, for a few percent in size.
  const a = hashedAsset(name, ext, type, body, { brotliQuality: 6 });
  const path = `${ASSET_PREFIX}${a.file}`;
  map.set(path, a);
  return path;
}

function getAssets() {
  if (assets) return assets;
  const b = loadBundle();
  const byPath = new Map<string, HashedAsset>();
  const js = 'application/javascript; charset=utf-8';
  const favicon = Buffer.from(b.favicon.replace(/^data:[^,]*;base64,/, ''), 'base64');
  assets = {
    byPath,
    urls: {
      js: asset(byPath, 'graphiql', 'js', js, Buffer.from(b.js)),
      css: asset(byPath, 'graphiql', 'css', 'text/css; charset=utf-8', Buffer.from(b.css)),
      favicon: asset(byPath, 'favicon', 'ico', 'image/x-icon', favicon),
      editorWorkerService: asset(byPath, 'editor.worker', 'js', js, Buffer.from(b.editorWorkerService)),
      json: asset(byPath, 'json.worker', 'js', js, Buffer.from(b.jsonWorker)),
      graphql: asset(byPath, 'graphql.worker', 'js', js, Buffer.from(b.graphqlWorker)),
      page: asset(byPath, 'gateway-page', 'js', js, Buffer.from(PAGE_SCRIPT)),
    },
  };
  return assets;
}

export interface GatewayGraphiQLOptions {
  /** False when GraphiQL is off (GRAPHIQL=false): its assets are not served either. */
  graphiql: boolean;
  examples: GraphiQLExample[];
  /** Embedded mode only. */
  demo?: DemoSignIn;
}

/** Serves the assets and compresses the GraphiQL page. */
export function useGatewayGraphiQL(opts: GatewayGraphiQLOptions): Plugin {
  return {
    ...route(
      (path) => opts.graphiql && path.startsWith(ASSET_PREFIX),
      async ({ request, url, endResponse, fetchAPI }) => {
        if (request.method !== 'GET' && request.method !== 'HEAD') return;
        const a = getAssets().byPath.get(url.pathname);
        if (!a) return endResponse(new fetchAPI.Response('Not found', { status: 404 }));
        return endResponse(await serveHashedAsset(a, request));
      },
    ),
    onResponse({ request, response, setResponse, fetchAPI }) {
      // The GraphiQL page itself (a few tens of kB with the examples): compressed per response, revalidated.
      if (request.method !== 'GET' || !response.headers.get('content-type')?.startsWith('text/html')) return;
      if (response.headers.get('content-encoding')) return;
      const enc = preferredEncoding(request) === null ? null : 'gzip';
      // In zlib's thread pool: the page is a few tens of kB, made per view (it holds the demo token).
      return response.text().then(async (html) => {
        const headers = new fetchAPI.Headers(response.headers);
        headers.set('cache-control', 'no-cache');
        headers.set('vary', 'Accept-Encoding');
        headers.delete('content-length');
        if (enc) headers.set('content-encoding', 'gzip');
        setResponse(new fetchAPI.Response(enc ? new Uint8Array(await gzipAsync(html)) : html, { status: response.status, headers }));
      });
    },
  };
}

/** The graphiql option of createYoga: the demo user (`?as=bob`) is chosen per request in embedded mode. */
export function graphiqlOptionsFor(base: GraphiQLOptions, opts: GatewayGraphiQLOptions, fallbackHeaders: Record<string, string>) {
  return async (request: Request): Promise<GraphiQLOptions> => {
    const url = new URL(request.url);
    let headers = fallbackHeaders;
    let demo: { user: string; project: string; token: string; expiresAt: string } | null = null;
    if (opts.demo) {
      const asked = url.searchParams.get('as') ?? 'alice';
      const user = opts.demo.users.some((u) => u.name === asked) ? asked : 'alice';
      const t = await opts.demo.issue(user);
      demo = { user, project: t.project, token: t.token, expiresAt: t.expiresAt };
      headers = { 'X-Auth-Token': t.token };
    }
    const variables = url.searchParams.get('variables');
    // ?subscriptions=sse: subscriptions over Server-Sent Events instead of graphql-ws (for proxies without websockets).
    const sse = url.searchParams.get('subscriptions')?.toLowerCase() === 'sse';
    return {
      ...base,
      ...(sse ? { subscriptionsProtocol: 'SSE' as const } : {}),
      ...(variables ? { variables } : {}),
      headers: JSON.stringify(headers, null, 2),
      // Carried to the page script (ignored by GraphiQL itself).
      ...({ gateway: { demo, users: opts.demo?.users ?? [], examples: opts.examples, tokenPath: DEMO_TOKEN_PATH } } as object),
    };
  };
}

const escapeJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

/** renderGraphiQL for createYoga: a small page that loads the hashed assets. */
export function renderGatewayGraphiQL(options?: GraphiQLOptions & { gateway?: unknown }): string {
  const { urls } = getAssets();
  const { gateway, ...graphiql } = options ?? {};
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${(graphiql.title ?? 'GraphiQL').replace(/</g, '&lt;')}</title>
    <link rel="icon" href="${urls.favicon}" />
    <link rel="stylesheet" href="${urls.css}" />
    <style>
      #gw-bar { position: fixed; right: 12px; bottom: 12px; z-index: 1000; display: flex; gap: 8px; align-items: center;
        font: 13px system-ui, sans-serif; background: #fff; color: #222; border: 1px solid #ccc; border-radius: 6px; padding: 6px 8px;
        box-shadow: 0 2px 8px rgba(0,0,0,.15); }
      #gw-bar select { font: inherit; max-width: 260px; }
      #gw-bar .gw-note { color: #666; }
    </style>
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div id="root"></div>
    <div id="gw-bar" aria-label="Gateway"></div>
    <script>
      self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: function (_id, label) { return ${escapeJson({ editorWorkerService: urls.editorWorkerService, json: urls.json, graphql: urls.graphql })}[label]; } };
      self.__GATEWAY__ = ${escapeJson(gateway ?? {})};
    </script>
    <script src="${urls.page}"></script>
    <script src="${urls.js}"></script>
    <script>YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), ${escapeJson(graphiql)});</script>
  </body>
</html>`;
}

/**
 * The page's own script (plain ES2020, served as a hashed asset). Runs before GraphiQL so its fetch and
 * WebSocket wrappers see every request GraphiQL makes.
 */
const PAGE_SCRIPT = String.raw`(function () {
  'use strict';
  var cfg = self.__GATEWAY__ || {};
  var demo = cfg.demo;
  var issued = [];
  var lastJobId = sessionStorage.getItem('gw:lastJobId');
  if (demo) issued.push(demo.token);

  // A demo token that expired is swapped for the renewed one in every request, so a page left open keeps
  // working although its headers editor still shows the token it opened with.
  function refresh(text) {
    if (!demo) return text;
    for (var i = 0; i < issued.length; i++) if (issued[i] !== demo.token) text = text.split(issued[i]).join(demo.token);
    return text;
  }
  // Only a GraphQL error coded UNAUTHENTICATED counts (the schema itself names the code, in introspection).
  function unauthenticated(errors) {
    return Array.isArray(errors) && errors.some(function (e) { return e && e.extensions && e.extensions.code === 'UNAUTHENTICATED'; });
  }
  function refused(text) {
    try { return unauthenticated(JSON.parse(text).errors); } catch (e) { return false; }
  }
  var origFetch = self.fetch.bind(self);
  function withToken(init, token) {
    var h = new Headers(init.headers);
    h.set('x-auth-token', token);
    return Object.assign({}, init, { headers: h });
  }
  self.fetch = function (input, init) {
    var demoTokenSent = false;
    if (demo && init && init.headers) {
      var tok = new Headers(init.headers).get('x-auth-token');
      if (tok && issued.indexOf(tok) >= 0) { demoTokenSent = true; if (tok !== demo.token) init = withToken(init, demo.token); }
    }
    return origFetch(input, init).then(function (res) {
      var type = res.headers.get('content-type') || '';
      if (type.indexOf('json') < 0) return res;
      return res.clone().text().then(function (t) {
        // Remember the last job a mutation started, for the job examples.
        var m = t.match(/"jobId":"([0-9a-f]{32})"/);
        if (m) { lastJobId = m[1]; sessionStorage.setItem('gw:lastJobId', lastJobId); }
        // A demo token refused (expired, or the clocks disagree): renew it and send the request once more.
        if (demoTokenSent && refused(t) && typeof init.body === 'string')
          return renew().then(function () { return origFetch(input, withToken(init, demo.token)); });
        return res;
      }, function () { return res; });
    });
  };
  var origSend = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    if (demo && !this.__gwWatched) {
      // A subscription refused for its token renews it, so the next run goes through.
      this.__gwWatched = true;
      this.addEventListener('message', function (ev) {
        if (typeof ev.data !== 'string') return;
        try { var msg = JSON.parse(ev.data); } catch (e) { return; }
        var errors = msg.type === 'error' ? msg.payload : msg.type === 'next' && msg.payload ? msg.payload.errors : null;
        if (unauthenticated(errors)) renew();
      });
    }
    return origSend.call(this, typeof data === 'string' ? refresh(data) : data);
  };

  var renewTimer = null;
  function renewIn() {
    if (!demo) return;
    clearTimeout(renewTimer);
    var ms = Math.max(5000, Date.parse(demo.expiresAt) - Date.now() - 5 * 60 * 1000);
    renewTimer = setTimeout(renew, Math.min(ms, 2147483000));
  }
  var renewing = null;
  function renew() {
    // One renewal at a time, shared by everything that asked for it.
    if (renewing) return renewing;
    renewing = origFetch(cfg.tokenPath + '?user=' + encodeURIComponent(demo.user), { headers: { accept: 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (t) { demo.token = t.token; demo.expiresAt = t.expiresAt; issued.push(t.token); note('token renewed ' + new Date().toLocaleTimeString()); renewIn(); })
      .catch(function () { setTimeout(renew, 10000); })
      .then(function () { renewing = null; });
    return renewing;
  }
  document.addEventListener('visibilitychange', function () { if (demo && document.visibilityState === 'visible' && Date.parse(demo.expiresAt) - Date.now() < 5 * 60 * 1000) renew(); });
  renewIn();

  function note(text) { var n = document.getElementById('gw-note'); if (n) n.textContent = text; }
  function go(params, keep) {
    var here = new URL(location.href);
    var u = keep ? here : new URL(location.pathname, location.href);
    if (demo) u.searchParams.set('as', demo.user);
    if (here.searchParams.get('subscriptions')) u.searchParams.set('subscriptions', here.searchParams.get('subscriptions'));
    Object.keys(params).forEach(function (k) { u.searchParams.set(k, params[k]); });
    location.assign(u.toString());
  }
  function fill(vars) {
    var s = JSON.stringify(vars, null, 2);
    if (lastJobId) s = s.split('"<jobId from a mutation result, e.g. CopyImage>"').join(JSON.stringify(lastJobId));
    return s;
  }

  function build() {
    var bar = document.getElementById('gw-bar');
    if (!bar) return;
    if (demo) {
      var who = document.createElement('select');
      who.id = 'gw-user';
      who.title = 'Act as a demo user (embedded simulator only)';
      (cfg.users || []).forEach(function (u) {
        var o = document.createElement('option'); o.value = u.name; o.textContent = 'as ' + u.name + ' (' + u.project + ')';
        if (u.name === demo.user) o.selected = true; who.appendChild(o);
      });
      who.addEventListener('change', function () { demo.user = who.value; go({}, true); });
      bar.appendChild(who);
    }
    var ex = document.createElement('select');
    ex.id = 'gw-example';
    ex.title = 'Open a canonical operation (schema/operations) in a new tab, ready to run';
    var first = document.createElement('option'); first.value = ''; first.textContent = 'Examples…'; ex.appendChild(first);
    var groups = {};
    (cfg.examples || []).forEach(function (e, i) {
      var g = groups[e.group];
      if (!g) { g = groups[e.group] = document.createElement('optgroup'); g.label = e.group; ex.appendChild(g); }
      var o = document.createElement('option'); o.value = String(i); o.textContent = e.name + ' (' + e.kind + ')'; g.appendChild(o);
    });
    ex.addEventListener('change', function () {
      var e = (cfg.examples || [])[Number(ex.value)];
      if (e) go({ query: e.query, variables: fill(e.variables) });
    });
    bar.appendChild(ex);
    var n = document.createElement('span'); n.id = 'gw-note'; n.className = 'gw-note'; bar.appendChild(n);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', build); else build();
})();
`;
