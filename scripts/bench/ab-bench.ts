/**
 * A/B of two gateways on `image(id:)`, each in its own process over one shared simulator (a third process), as in
 * `npm run bench:rps`: two builds (BENCH_A_MAIN, BENCH_B_MAIN: a bundle such as dist/main.js, or node arguments
 * before it) and/or two configurations (BENCH_A_ENV, BENCH_B_ENV: 'K=V K=V'). `$OTLP` in a value is replaced by
 * the URL of an OTLP/HTTP receiver that accepts and drops (a fourth process, as a collector would be), so tracing
 * can be one side. Rounds alternate A/B and B/A; the load comes from this process (undici, keep-alive, 8 in
 * flight). It is how BENCHMARKS.md measured what each part of the gateway costs (e.g. B_ENV='METRICS=false').
 *
 *   npm run build && npm run bench:ab     (BENCH_A_MAIN=dist/main.js BENCH_B_MAIN=dist/main.js; BENCH_ROUNDS=8,
 *                                          BENCH_SECONDS=4, BENCH_CONCURRENCY=8)
 */
import { issueDemoToken } from '../../test/helpers/tokens';
import { cpuMs, imageByIdLoad, loadGraphql, median, startGatewayProcess, startProcess, stopProcesses } from './lib/processes';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const start = async (args: string[], env: Record<string, string>, ready: RegExp) => {
  const m = await startProcess(args, env, ready);
  return { url: m[1]!, pid: m.pid };
};

const envOf = (spec: string | undefined, otlp: string) =>
  Object.fromEntries((spec ?? '').split(/\s+/).filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1).replaceAll('$OTLP', otlp)]));

const load = (url: string, body: (i: number) => string, token: string) => loadGraphql(url, body, { 'x-auth-token': token }, { seconds: SECONDS, concurrency: CONCURRENCY });

async function main() {
  const otlp = await start(
    ['-e', `const s = require('node:http').createServer((q, r) => { q.resume(); q.on('end', () => r.writeHead(200, { 'content-type': 'application/json' }).end('{}')); }); s.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + s.address().port));`],
    {},
    /(http:\/\/127\.0\.0\.1:\d+)/,
  );
  const simulator = await start(['dist/simulator/main.js'], { SIM_PORT: '0' }, /(http:\/\/127\.0\.0\.1:\d+)/);
  const sim = simulator.url;
  const base = { UPSTREAM: 'huawei', IMS_ENDPOINT: sim, IAM_ENDPOINT: sim, LOG_FORMAT: 'json', PROJECT_CALLS_PER_SECOND: '100000', PROJECT_CALLS_BURST: '100000' };
  // Each gateway's access lines go to /dev/null, as to a log file (startGatewayProcess).
  const gateway = (side: 'A' | 'B') => startGatewayProcess((process.env[`BENCH_${side}_MAIN`] ?? 'dist/main.js').split(/\s+/), { ...base, ...envOf(process.env[`BENCH_${side}_ENV`], otlp.url) });
  const a = await gateway('A');
  const b = await gateway('B');
  const token = (await issueDemoToken(sim)).token;
  const body = await imageByIdLoad(a.url, token);
  await load(a.url, body, token);
  await load(b.url, body, token);
  const ra: number[] = [];
  const rb: number[] = [];
  // CPU per request (µs) of each process during each side's rounds: where a difference in throughput comes from.
  const processes = { gateway: 0, simulator: simulator.pid, 'OTLP sink': otlp.pid, 'load (this process)': process.pid };
  const cpu = { A: new Map<string, number[]>(), B: new Map<string, number[]>() };
  for (let r = 0; r < ROUNDS; r++) {
    for (const side of r % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
      const gateway = side === 'A' ? a : b;
      const pids = Object.entries({ ...processes, gateway: gateway.pid });
      const before = pids.map(([, pid]) => cpuMs(pid));
      const rps = await load(gateway.url, body, token);
      (side === 'A' ? ra : rb).push(rps);
      pids.forEach(([name, pid], i) => {
        const list = cpu[side].get(name) ?? [];
        list.push(((cpuMs(pid) - before[i]!) * 1000) / (rps * SECONDS));
        cpu[side].set(name, list);
      });
    }
    console.log(`round ${r + 1}: A ${ra.at(-1)!.toFixed(0)} req/s, B ${rb.at(-1)!.toFixed(0)} req/s`);
  }
  console.log(`| side | req/s (median of ${ROUNDS} × ${SECONDS} s, ${CONCURRENCY} concurrent) |`);
  console.log('|---|---|');
  console.log(`| A: ${process.env.BENCH_A_MAIN ?? 'dist/main.js'} ${process.env.BENCH_A_ENV ?? ''} | ${median(ra).toFixed(0)} (rounds: ${ra.map((x) => x.toFixed(0)).join(', ')}) |`);
  console.log(`| B: ${process.env.BENCH_B_MAIN ?? 'dist/main.js'} ${process.env.BENCH_B_ENV ?? ''} | ${median(rb).toFixed(0)} (rounds: ${rb.map((x) => x.toFixed(0)).join(', ')}) |`);
  console.log(`| **B / A** | **${(median(rb) / median(ra)).toFixed(3)}** |`);
  console.log('');
  console.log('| CPU per request, µs (median) | A | B |');
  console.log('|---|---|---|');
  for (const name of cpu.A.keys()) console.log(`| ${name} | ${median(cpu.A.get(name)!).toFixed(0)} | ${median(cpu.B.get(name)!).toFixed(0)} |`);
}

try {
  await main();
} finally {
  await stopProcesses();
}
