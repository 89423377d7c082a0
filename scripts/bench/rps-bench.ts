/**
 * `image(id:)` throughput of the gateway against a bare graphql-yoga `{ hello }` server on the same machine
 * (issue 9's goal: ≥ 0.6). Each runs in its own process, as it would be deployed; the gateway talks to the
 * simulator in a third process (`UPSTREAM=huawei`, IMS + IAM endpoints on loopback), so each `image(id:)` pays a
 * real upstream HTTP round trip, and the simulator's CPU is on the same two cores, as an upstream on the same
 * machine would be. The gateway runs with its defaults (limits on, metrics on, info access logs written to
 * /dev/null, as to a log file), compiled as in production (`npm run build`, `node dist/main.js`); BENCH_GATEWAY=tsx runs
 * `src/main.ts` under tsx instead (`npm start`: ~10 % more CPU per request, from the `__name` wrappers tsx's
 * keepNames puts around every function it creates).
 * A third server, `scripts/bench/proxy-server.ts`, is the floor: bare yoga making the same upstream call and nothing
 * else, so the gateway's distance from it is what its features cost. Rounds rotate among the three servers; the
 * load comes from this process (undici, keep-alive, BENCH_CONCURRENCY requests in flight).
 *
 *   npm run bench:rps       (BENCH_ROUNDS=6, BENCH_SECONDS=4, BENCH_CONCURRENCY=8; BENCH_GATEWAY=dist|tsx; BENCH_GATEWAY_ENV='K=V K=V';
 *                            BENCH_GATEWAY_NODE_OPTIONS='--cpu-prof --cpu-prof-dir=DIR' profiles the gateway)
 */
import { execFileSync } from 'node:child_process';
import { issueDemoToken } from '../../test/helpers/tokens';
import { cpuMs, imageByIdLoad, loadGraphql, median, ROOT, startGatewayProcess, startProcess as start, stopProcesses } from './lib/processes';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const load = (url: string, body: (i: number) => string, headers: Record<string, string>) => loadGraphql(url, body, headers, { seconds: SECONDS, concurrency: CONCURRENCY });

async function main() {
  const extra = Object.fromEntries((process.env.BENCH_GATEWAY_ENV ?? '').split(/\s+/).filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
  const compiled = process.env.BENCH_GATEWAY !== 'tsx';
  if (compiled) execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  // The upstream shares the two cores: it runs compiled too, so the least of its cost lands on what is measured.
  const sim = await start([compiled ? 'dist/simulator/main.js' : 'src/simulator/main.ts'], { SIM_PORT: '0' }, /(http:\/\/127\.0\.0\.1:\d+)/);
  const simUrl = sim[1]!;
  // Its access lines go to /dev/null, as to a log file: reading them is not the gateway's cost (startGatewayProcess).
  const gateway = await startGatewayProcess(
    [compiled ? 'dist/main.js' : 'src/main.ts'],
    // Quotas for one tenant are not what this measures: raise the per-project rate so the bench does not hit it.
    { UPSTREAM: 'huawei', IMS_ENDPOINT: simUrl!, IAM_ENDPOINT: simUrl!, LOG_FORMAT: 'json', PROJECT_CALLS_PER_SECOND: '100000', PROJECT_CALLS_BURST: '100000', ...extra },
    (process.env.BENCH_GATEWAY_NODE_OPTIONS ?? '').split(/\s+/).filter(Boolean),
  );
  const gatewayUrl = gateway.url;
  const helloServer = await start(['scripts/bench/hello-server.ts'], {}, /(http:\/\/127\.0\.0\.1:\d+\/graphql)/);
  const helloUrl = helloServer[1]!;
  const proxyServer = await start(['scripts/bench/proxy-server.ts'], { IMS_ENDPOINT: simUrl }, /(http:\/\/127\.0\.0\.1:\d+\/graphql)/);
  const proxyUrl = proxyServer[1]!;

  const token = (await issueDemoToken(simUrl)).token;
  const imageBody = await imageByIdLoad(gatewayUrl, token);
  const helloBody = () => '{"query":"{ hello }"}';

  const gw: number[] = [];
  const hello: number[] = [];
  const proxy: number[] = [];
  // CPU ms per request of each process, per round: what one answer costs the server, whatever the machine's load.
  const cpu = { gateway: [] as number[], simulator: [] as number[], hello: [] as number[], proxy: [] as number[], loadHello: [] as number[], loadGateway: [] as number[] };
  await load(gatewayUrl, imageBody, { 'x-auth-token': token });
  await load(helloUrl, helloBody, {});
  await load(proxyUrl, imageBody, { 'x-auth-token': token });
  const orders = [['gw', 'hello', 'proxy'], ['hello', 'proxy', 'gw'], ['proxy', 'gw', 'hello']];
  for (let r = 0; r < ROUNDS; r++) {
    for (const which of orders[r % orders.length]!) {
      if (which === 'proxy') {
        const p0 = cpuMs(proxyServer.pid);
        proxy.push(await load(proxyUrl, imageBody, { 'x-auth-token': token }));
        cpu.proxy.push((cpuMs(proxyServer.pid) - p0) / (proxy.at(-1)! * SECONDS));
      } else if (which === 'gw') {
        const [g0, s0, l0] = [cpuMs(gateway.pid), cpuMs(sim.pid), cpuMs(process.pid)];
        gw.push(await load(gatewayUrl, imageBody, { 'x-auth-token': token }));
        const n = gw.at(-1)! * SECONDS;
        cpu.gateway.push((cpuMs(gateway.pid) - g0) / n);
        cpu.simulator.push((cpuMs(sim.pid) - s0) / n);
        cpu.loadGateway.push((cpuMs(process.pid) - l0) / n);
      } else {
        const [h0, l0] = [cpuMs(helloServer.pid), cpuMs(process.pid)];
        hello.push(await load(helloUrl, helloBody, {}));
        cpu.hello.push((cpuMs(helloServer.pid) - h0) / (hello.at(-1)! * SECONDS));
        cpu.loadHello.push((cpuMs(process.pid) - l0) / (hello.at(-1)! * SECONDS));
      }
    }
    console.log(`round ${r + 1}: gateway image(id:) ${gw.at(-1)!.toFixed(0)} req/s, yoga { hello } ${hello.at(-1)!.toFixed(0)} req/s, bare proxy image(id:) ${proxy.at(-1)!.toFixed(0)} req/s`);
  }
  console.log(`| server | req/s (median of ${ROUNDS} × ${SECONDS} s, ${CONCURRENCY} concurrent) |`);
  console.log('|---|---|');
  console.log(`| bare yoga \`{ hello }\` | ${median(hello).toFixed(0)} (rounds: ${hello.map((x) => x.toFixed(0)).join(', ')}) |`);
  console.log(`| bare yoga proxy \`image(id:)\` (the same upstream call, nothing else) | ${median(proxy).toFixed(0)} (rounds: ${proxy.map((x) => x.toFixed(0)).join(', ')}) |`);
  console.log(`| gateway \`image(id:)\` | ${median(gw).toFixed(0)} (rounds: ${gw.map((x) => x.toFixed(0)).join(', ')}) |`);
  console.log(`| **gateway / hello** | **${(median(gw) / median(hello)).toFixed(2)}** |`);
  console.log(`| bare proxy / hello (the floor of one upstream call) | ${(median(proxy) / median(hello)).toFixed(2)} |`);
  console.log(`| gateway / bare proxy | ${(median(gw) / median(proxy)).toFixed(2)} |`);
  const us = (xs: number[]) => (median(xs) * 1000).toFixed(0);
  console.log('');
  console.log('| process | CPU µs per request (median of rounds) |');
  console.log('|---|---|');
  console.log(`| bare yoga, \`{ hello }\` | ${us(cpu.hello)} |`);
  console.log(`| bare proxy, \`image(id:)\` | ${us(cpu.proxy)} |`);
  console.log(`| gateway, \`image(id:)\` | ${us(cpu.gateway)} |`);
  console.log(`| simulator, its \`GET /v2/images/{id}\` | ${us(cpu.simulator)} |`);
  console.log(`| load generator (this process), per \`{ hello }\` / per gateway \`image(id:)\` | ${us(cpu.loadHello)} / ${us(cpu.loadGateway)} |`);
}

try {
  await main();
} finally {
  await stopProcesses();
}
