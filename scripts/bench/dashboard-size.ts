/**
 * The dashboard bundle's size as the gateway serves it: raw, gzip and brotli, and how long esbuild takes to
 * build it (the cost paid once, on the first /dashboard request). `npm run bench:dashboard-size`.
 */
import { buildDashboard } from '../../src/dashboard/bundle';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function main() {
  const started = performance.now();
  const b = await buildDashboard();
  const ms = performance.now() - started;
  console.log(`built in ${ms.toFixed(0)} ms`);
  for (const a of [b.js, b.css]) console.log(`${a.name.padEnd(24)} raw ${kb(a.raw.length).padStart(10)}  gzip ${kb(a.gzip.length).padStart(9)}  brotli ${kb(a.brotli.length).padStart(9)}`);
  const total = (k: 'raw' | 'gzip' | 'brotli') => b.js[k].length + b.css[k].length;
  console.log(`${'total'.padEnd(24)} raw ${kb(total('raw')).padStart(10)}  gzip ${kb(total('gzip')).padStart(9)}  brotli ${kb(total('brotli')).padStart(9)}`);
}

void main();
