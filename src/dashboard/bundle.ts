/**
 * Builds the dashboard (src/dashboard/app) into one JS and one CSS file with esbuild, in memory, once per
 * process, and keeps gzip and brotli copies: the gateway serves it with no build step, no CDN and no network.
 * esbuild rather than a hand-made concatenation: it resolves preact and graphql-ws from node_modules, compiles
 * TSX and minifies in well under a second.
 */
import { projectPath } from '../paths';
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface DashboardAsset {
  /** Path under /dashboard/, with a content hash: served as immutable. */
  name: string;
  contentType: string;
  raw: Buffer;
  gzip: Buffer;
  brotli: Buffer;
}

export interface DashboardBundle {
  js: DashboardAsset;
  css: DashboardAsset;
}

const ENTRY = projectPath('src', 'dashboard', 'app', 'main.tsx');

function asset(kind: 'js' | 'css', raw: Buffer): DashboardAsset {
  const hash = createHash('sha256').update(raw).digest('hex').slice(0, 12);
  return {
    name: `app.${hash}.${kind}`,
    contentType: kind === 'js' ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8',
    raw,
    gzip: gzipSync(raw, { level: 9 }),
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
  };
}

export async function buildDashboard(): Promise<DashboardBundle> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2022'],
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    write: false,
    outdir: 'out',
    legalComments: 'none',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'));
  if (!js || !css) throw new Error('dashboard bundle: esbuild produced no JS or CSS');
  return { js: asset('js', Buffer.from(js.contents)), css: asset('css', Buffer.from(css.contents)) };
}

let cached: Promise<DashboardBundle> | undefined;

/** The bundle, built on first use and kept for the life of the process (a failed build is retried next time). */
export function dashboardBundle(): Promise<DashboardBundle> {
  cached ??= buildDashboard().catch((e) => {
    cached = undefined;
    throw e;
  });
  return cached;
}
