/**
 * Builds the dashboard (src/dashboard/app) into one JS and one CSS file with esbuild, in memory. server/dashboard.ts
 * builds it once per process and serves the files as hashed assets: no build step, no CDN, no network.
 * esbuild rather than a hand-made concatenation: it resolves preact and graphql-ws from node_modules, compiles
 * TSX and minifies in well under a second.
 */
import { projectPath } from '../paths';
import { build } from 'esbuild';

/** The bundle's two files, as esbuild wrote them. */
export interface DashboardBundle {
  js: Buffer;
  css: Buffer;
}

const ENTRY = projectPath('src', 'dashboard', 'app', 'main.tsx');

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
  return { js: Buffer.from(js.contents), css: Buffer.from(css.contents) };
}
