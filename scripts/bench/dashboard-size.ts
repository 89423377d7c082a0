/**
 * The dashboard bundle's size as the gateway serves it: raw, gzip and brotli, and how long esbuild takes to
 * build it (the cost paid once, on the first /dashboard request). `npm run bench:dashboard-size`.
 */
import { buildDashboard } from '../../src/dashboard/bundle';
import { encodingsOf, hashedAsset } from '../../src/server/hashed-assets';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function main() {
  const started = performance.now();
  const b = await buildDashboard();
  const ms = performance.now() - started;
  console.log(`built in ${ms.toFixed(0)} ms (compressed apart, once, at the first request for each file)`);
  // As the gateway serves them (server/dashboard.ts, hashed-assets.ts).
  const files = await Promise.all(
    [hashedAsset('app', 'js', 'text/javascript', b.js), hashedAsset('app', 'css', 'text/css', b.css)].map(async (a) => ({ name: a.file, raw: a.body, ...(await encodingsOf(a)) })),
  );
  for (const a of files) console.log(`${a.name.padEnd(24)} raw ${kb(a.raw.length).padStart(10)}  gzip ${kb(a.gzip.length).padStart(9)}  brotli ${kb(a.br.length).padStart(9)}`);
  const total = (k: 'raw' | 'gzip' | 'br') => files[0]![k].length + files[1]![k].length;
  console.log(`${'total'.padEnd(24)} raw ${kb(total('raw')).padStart(10)}  gzip ${kb(total('gzip')).padStart(9)}  brotli ${kb(total('br')).padStart(9)}`);
}

void main();
