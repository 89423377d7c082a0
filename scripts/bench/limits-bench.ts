/**
 * What the limits cost, and what they buy. `npm run bench:limits` prints Markdown tables for BENCHMARKS.md.
 *
 * 1. Overhead: the same gateway (one process, one simulator) served twice, on two ports: with every limit
 *    (Armor's validation rules, list-length check, per-operation scope, upstream-call gate, per-project
 *    limiter, admission) and built without them. `image(id:)` and `images(first: 50)` are sent sequentially,
 *    in rounds alternating A/B so that drift of the machine's speed hits both alike; the ratio is taken per
 *    round, the median reported.
 * 2. Fairness: bob's `image(id:)` latency (p50/p99) alone, then while alice floods (stalled uploads and alias
 *    storms against a slow upstream path of hers), in alternating rounds.
 *
 * A script, not a test: it measures and judges nothing. BENCH_ROUNDS, BENCH_REQUESTS to vary.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../src/config';
import { buildGatewaySchema } from '../../src/schema';
import { createGatewayApp } from '../../src/server/app';
import { startGateway } from '../../src/server/start';
import { issueDemoToken } from '../../test/helpers/tokens';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const median = (xs: number[]) => quantile(xs, 0.5);
const fmt = (n: number, d = 2) => n.toFixed(d);

function client(url: string, tok: string) {
  return async (query: string, variables?: Record<string, unknown>) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-auth-token': tok }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    return body;
  };
}

async function main() {
  const gw = await startGateway(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', SIM_JOB_STEP_MS: '400' }));
  const sim = gw.simulator!.url;
  const bare = createGatewayApp({ schema: buildGatewaySchema(), services: gw.services, limits: false, logging: false });
  const bareServer: Server = createServer(bare);
  await new Promise<void>((r) => bareServer.listen(0, '127.0.0.1', r));
  const bareUrl = `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}/graphql`;

  const aliceToken = await issueDemoToken(sim, 'alice');
  const alice = aliceToken.token;
  const bob = (await issueDemoToken(sim, 'bob')).token;
  const on = client(gw.graphqlUrl, alice);
  const off = client(bareUrl, alice);
  const first = await on(`{ images(first: 1) { edges { node { imageId } } } }`);
  const imageId: string = first.data.images.edges[0].node.imageId;

  const shapes = {
    'image(id:)': { query: 'query($id: ID!) { image(id: $id) { imageId name status osVersion sizeBytes } }', variables: { id: imageId } },
    'images(first: 50)': {
      query: 'query { images(first: 50) { edges { node { imageId name status osVersion sizeBytes visibility tags { key value } } } pageInfo { hasNextPage } } }',
      variables: {},
    },
  };

  console.log(`## Overhead of the limits (${ROUNDS} rounds × ${REQUESTS} sequential requests per side, alternating)\n`);
  console.log('| operation | with limits, median ms/op | without, median ms/op | ratio with/without (median of rounds) |');
  console.log('|---|---|---|---|');
  for (const [name, shape] of Object.entries(shapes)) {
    const a: number[] = [];
    const b: number[] = [];
    const ratios: number[] = [];
    for (const g of [on, off]) for (let i = 0; i < 20; i++) await g(shape.query, shape.variables); // warm-up
    for (let r = 0; r < ROUNDS; r++) {
      const time = async (g: typeof on) => {
        const t0 = performance.now();
        for (let i = 0; i < REQUESTS; i++) {
          const res = await g(shape.query, shape.variables);
          if (res.errors) throw new Error(JSON.stringify(res.errors));
        }
        return (performance.now() - t0) / REQUESTS;
      };
      // A then B in even rounds, B then A in odd ones.
      const [x, y] = r % 2 === 0 ? [await time(on), await time(off)] : (([q, p]) => [p, q])([await time(off), await time(on)]);
      a.push(x);
      b.push(y);
      ratios.push(x / y);
    }
    console.log(`| \`${name}\` | ${fmt(median(a))} | ${fmt(median(b))} | **${fmt(median(ratios), 3)}** (rounds ${ratios.map((x) => fmt(x, 2)).join(', ')}) |`);
  }

  // ---- Fairness -------------------------------------------------------------------------------------------
  const bobGql = client(gw.graphqlUrl, bob);
  const bobImage: string = (await bobGql(`{ images(first: 1, filter: { visibility: PRIVATE }) { edges { node { imageId } } } }`)).data.images.edges[0].node.imageId;
  const alphaProject = aliceToken.projectId;
  await fetch(`${sim}/_sim/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ method: 'GET', path: `^/v2/${alphaProject}/images/[^/]+/tags`, kind: 'latency', delayMs: 500 }),
  });

  const bobLatencies = async () => {
    const xs: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const t0 = performance.now();
      const r = await bobGql('query($id: ID!) { image(id: $id) { imageId name } }', { id: bobImage });
      xs.push(performance.now() - t0);
      if (r.errors) throw new Error(`bob failed: ${JSON.stringify(r.errors)}`);
    }
    return xs;
  };

  async function flood(): Promise<() => Promise<{ aliceOps: number; aliceRefused: number }>> {
    let stop = false;
    let aliceOps = 0;
    let aliceRefused = 0;
    const stalls: ReturnType<typeof httpRequest>[] = [];
    // 30 uploads that stop sending after 64 KiB (to the same few images: the first ones stall, the rest are refused).
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await on(`mutation($n: String!) { createImageMetadata(input: { name: $n, diskFormat: RAW }) { ... on ImagePayload { image { imageId } } } }`, { n: `bench-stall-${Date.now()}-${i}` });
      if (r.data?.createImageMetadata?.image) ids.push(r.data.createImageMetadata.image.imageId);
    }
    for (let i = 0; i < 30 && ids.length; i++) stalls.push(stall(gw.graphqlUrl, alice, ids[i % ids.length]!));
    const alias = `{ ${Array.from({ length: 15 }, (_, i) => `t${i}: imageTags(imageId: "${String(i).padStart(8, '0')}-0000-4000-8000-000000000000") { key }`).join(' ')} }`;
    const storms = Array.from({ length: 20 }, async () => {
      while (!stop) {
        const r = await on(alias).catch(() => ({ errors: [1] }));
        aliceOps++;
        if (JSON.stringify(r.errors ?? []).includes('RATE_LIMITED')) aliceRefused++;
      }
    });
    await new Promise((r) => setTimeout(r, 300));
    return async () => {
      stop = true;
      for (const s of stalls) s.destroy();
      await Promise.all(storms);
      return { aliceOps, aliceRefused };
    };
  }

  const quiet: number[] = [];
  const loud: number[] = [];
  let floodStats = { aliceOps: 0, aliceRefused: 0 };
  for (let r = 0; r < 2; r++) {
    quiet.push(...(await bobLatencies()));
    const end = await flood();
    loud.push(...(await bobLatencies()));
    const s = await end();
    floodStats = { aliceOps: floodStats.aliceOps + s.aliceOps, aliceRefused: floodStats.aliceRefused + s.aliceRefused };
  }
  console.log(`\n## Another tenant during a flood (bob's image(id:), ${quiet.length} requests per condition, 2 alternating rounds)\n`);
  console.log('| condition | p50 ms | p99 ms |');
  console.log('|---|---|---|');
  console.log(`| alone | ${fmt(quantile(quiet, 0.5))} | ${fmt(quantile(quiet, 0.99))} |`);
  console.log(`| alice flooding (30 stalled uploads, 20 concurrent 15-alias storms on a 500 ms path) | ${fmt(quantile(loud, 0.5))} | ${fmt(quantile(loud, 0.99))} |`);
  console.log(`\nAlice's storm operations during the flood: ${floodStats.aliceOps}, of which answered RATE_LIMITED in part: ${floodStats.aliceRefused}.`);

  bareServer.close();
  await gw.close();
}

function stall(url: string, tok: string, imageId: string) {
  const boundary = `----bench-${Math.random().toString(16).slice(2)}`;
  const query = 'mutation($id: ID!, $file: Upload!) { uploadImageFile(imageId: $id, file: $file) { __typename } }';
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query, variables: { id: imageId, file: null } })}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.file"]}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="d.raw"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const req = httpRequest(url, { method: 'POST', agent: false, headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-auth-token': tok } });
  req.on('error', () => undefined);
  req.on('response', (res) => res.resume());
  req.write(head);
  req.write(Buffer.alloc(64 * 1024, 1));
  return req;
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
