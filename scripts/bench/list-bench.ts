/**
 * Long lists through the gateway vs the same upstream call made directly (issue: "lists near the cost of the raw
 * upstream call"). The embedded simulator is seeded with SIM_EXTRA_IMAGES so a page of 500 exists; the two are
 * run interleaved, one request at a time, and the p50 ratio is printed.
 *
 *   npx tsx scripts/bench/list-bench.ts          (BENCH_RUNS=60 by default; BENCH_PAGE=500)
 */
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../src/config';
import { startGateway } from '../../src/server/start';
import { LIST_QUERY } from './list-query';

const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const PAGE = Number(process.env.BENCH_PAGE ?? 500);
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

async function main() {
  const gw = await startGateway(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', SIM_EXTRA_IMAGES: String(PAGE), ...(process.env.GRAPHQL_JIT_AFTER ? { GRAPHQL_JIT_AFTER: process.env.GRAPHQL_JIT_AFTER } : {}) }));
  const sim = gw.simulator!.url;
  const token = gw.demoToken!;
  const viaGateway = async () => {
    const res = await fetch(gw.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-auth-token': token },
      body: JSON.stringify({ query: LIST_QUERY, variables: { n: PAGE } }),
    });
    const body = (await res.json()) as any;
    if (body.errors || body.data.images.edges.length !== PAGE) throw new Error(JSON.stringify(body.errors ?? 'short page'));
  };
  // What the gateway asks upstream for that page (Glance list, limit = page + 1 to learn hasNextPage).
  const direct = async () => {
    const res = await fetch(`${sim}/v2/images?limit=${PAGE + 1}&sort_key=created_at&sort_dir=desc`, { headers: { 'x-auth-token': token } });
    const body = (await res.json()) as any;
    if (body.images.length < PAGE) throw new Error('short upstream page');
  };
  const g: number[] = [];
  const d: number[] = [];
  for (let i = 0; i < 5; i++) {
    await viaGateway();
    await direct();
  }
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    await direct();
    d.push(performance.now() - t);
    t = performance.now();
    await viaGateway();
    g.push(performance.now() - t);
  }
  await gw.close();
  console.log(`images(first: ${PAGE}), 20 fields, ${RUNS} interleaved runs`);
  console.log(`| path | p50 (ms) | p90 (ms) |`);
  console.log(`|---|---|---|`);
  console.log(`| direct upstream GET /v2/images?limit=${PAGE + 1} | ${q(d, 0.5).toFixed(1)} | ${q(d, 0.9).toFixed(1)} |`);
  console.log(`| gateway images(first: ${PAGE}) | ${q(g, 0.5).toFixed(1)} | ${q(g, 0.9).toFixed(1)} |`);
  console.log(`| **p50 ratio** | **${(q(g, 0.5) / q(d, 0.5)).toFixed(2)}×** | |`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
