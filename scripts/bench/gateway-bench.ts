/**
 * Benchmarks of the gateway's speed claims, on this machine, against the embedded simulator with an injected
 * upstream latency (a cloud round trip is not free). `npm run bench` prints a Markdown table for BENCHMARKS.md.
 *
 * 1. Batching: every visible image (50) resolved in one operation (DataLoader → `id=in:` chunks) versus the
 *    same images asked as separate operations (what a client without batching, or a resolver with N+1, costs).
 * 2. Shared job polling: N dashboards subscribed to one job over graphql-ws; upstream job reads counted.
 * Figures are medians of several runs; ratios are what to compare across machines.
 */
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config';
import { startGateway } from '../../src/server/start';

const UPSTREAM_LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 20);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const gw = await startGateway(
    // 50 aliases in one operation and 200 sockets of one token: past the default limits, which this bench is not about.
    loadConfig({ PORT: '0', LOG_LEVEL: 'silent', SIM_JOB_STEP_MS: '400', JOB_POLL_MIN_MS: '100', JOB_POLL_MAX_MS: '400', MAX_ALIASES: '60', WS_MAX_CONNECTIONS_PER_CLIENT: '1000' }),
  );
  const sim = gw.simulator!.url;
  const token = gw.demoToken!;
  const gql = async (query: string) => {
    const res = await fetch(gw.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-auth-token': token }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const requests = async () => ((await (await fetch(`${sim}/_sim/requests`)).json()) as { requests: { path: string }[] }).requests;
  const clear = () => fetch(`${sim}/_sim/requests`, { method: 'DELETE' });

  // Every upstream IMS/Glance call pays the same round trip.
  await fetch(`${sim}/_sim/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ path: '^/v[12]', kind: 'latency', delayMs: UPSTREAM_LATENCY_MS }) });

  // Every image the demo user can see (50 in the seed): distinct ids, so no cache can help.
  const ids: string[] = (await gql(`{ images(first: 500) { edges { node { imageId } } } }`)).images.edges.map((e: any) => e.node.imageId);
  const N = ids.length;
  const one = `{ ${ids.map((id, i) => `i${i}: image(id: "${id}") { name status osVersion }`).join(' ')} }`;

  const batched: number[] = [];
  const naive: number[] = [];
  let batchedCalls = 0;
  let naiveCalls = 0;
  for (let r = 0; r < RUNS; r++) {
    await clear();
    let t0 = performance.now();
    await gql(one);
    batched.push(performance.now() - t0);
    batchedCalls = (await requests()).filter((q) => q.path.startsWith('/v2/images')).length;

    await clear();
    t0 = performance.now();
    // Sequential, as a page rendering rows one by one would do; each is its own operation (fresh loaders).
    for (const id of ids) await gql(`{ image(id: "${id}") { name status osVersion } }`);
    naive.push(performance.now() - t0);
    naiveCalls = (await requests()).filter((q) => q.path.startsWith('/v2/images')).length;
  }

  // Shared polling: N subscribers on one job for its whole life.
  const source = (await gql(`{ images(first: 50, filter: { status: ACTIVE, imageType: PRIVATE }) { edges { node { imageId wholeImage virtualEnvType ownedByMe } } } }`)).images.edges.find(
    (e: any) => e.node.ownedByMe && !e.node.wholeImage && e.node.virtualEnvType === 'FUSION_COMPUTE',
  ).node.imageId;
  const fanout: { subscribers: number; jobReads: number }[] = [];
  for (const n of [1, 50, 200]) {
    const m = await gql(`mutation { copyImage(input: { imageId: "${source}", name: "bench-copy-${n}" }) { ... on JobPayload { jobId } } }`);
    const jobId = m.copyImage.jobId;
    await clear();
    // One connection per dashboard, as in real life.
    const clients = Array.from({ length: n }, () => createClient({ url: gw.wsUrl, webSocketImpl: WebSocket, connectionParams: { 'X-Auth-Token': token } }));
    await Promise.all(
      clients.map(
        (client) =>
          new Promise<void>((resolve, reject) => {
            client.subscribe({ query: `subscription { jobProgress(id: "${jobId}") { status progressPercent } }` }, { next: () => {}, error: reject, complete: resolve });
          }),
      ),
    );
    await Promise.all(clients.map((c) => c.dispose()));
    const jobReads = (await requests()).filter((q) => q.path.includes(`/jobs/${jobId}`)).length;
    fanout.push({ subscribers: n, jobReads });
  }

  await gw.close();

  const b = median(batched);
  const nv = median(naive);
  console.log(`\n### Batching: ${N} images in one operation vs ${N} operations (upstream latency ${UPSTREAM_LATENCY_MS} ms, median of ${RUNS})\n`);
  console.log('| shape | upstream image calls | wall time (ms) |');
  console.log('|---|---|---|');
  console.log(`| one operation, DataLoader (\`id=in:\` chunks of 40) | ${batchedCalls} | ${b.toFixed(0)} |`);
  console.log(`| ${N} operations, one image each | ${naiveCalls} | ${nv.toFixed(0)} |`);
  console.log(`| **ratio** | **${(naiveCalls / batchedCalls).toFixed(0)}× fewer calls** | **${(nv / b).toFixed(1)}× faster** |`);
  console.log(`\n### Shared job polling: subscribers on one job over graphql-ws, for the job's whole life\n`);
  console.log('| subscribers | upstream reads of that job (incl. authorisation) | reads per subscriber |');
  console.log('|---|---|---|');
  for (const f of fanout) console.log(`| ${f.subscribers} | ${f.jobReads} | ${(f.jobReads / f.subscribers).toFixed(2)} |`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
