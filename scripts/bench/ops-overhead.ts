/**
 * The cost of operating features on `image(id:)` throughput: a gateway with metrics, tracing (OTLP/HTTP to a
 * local sink that accepts and drops) and info logging (JSON lines to /dev/null) against one with all three off.
 * Each gateway has its own embedded simulator; rounds alternate on/off so machine load affects both alike.
 * Besides throughput it reports the process CPU time per operation (client, gateway and simulator share the
 * process, so their cost is the same on both sides and the difference is the operating features' cost): on a
 * loaded machine CPU time per operation is far steadier than wall-clock throughput.
 *
 *   npx tsx scripts/bench/ops-overhead.ts      (BENCH_ROUNDS, BENCH_SECONDS, BENCH_CONCURRENCY to vary)
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { loadConfig } from '../../src/config';
import { startGateway, type RunningGateway } from '../../src/server/start';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ONLY = process.env.BENCH_ONLY as 'metrics' | 'tracing' | 'logs' | undefined;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  // The OTLP receiver (accepts and drops) runs in a child process, as a collector would run apart from the gateway:
  // in this process, its reading of every export would be counted as the cost of tracing.
  const sink = spawn(
    process.execPath,
    [
      '-e',
      `const s = require('node:http').createServer((q, r) => { q.resume(); q.on('end', () => r.writeHead(200, { 'content-type': 'application/json' }).end('{}')); });
       s.listen(0, '127.0.0.1', () => console.log(s.address().port));`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<string>((r) => sink.stdout!.once('data', (d) => r(String(d).trim())));
  const otlp = `http://127.0.0.1:${port}`;
  // Written synchronously, one write per line, as the gateway writes its lines to stdout (a pipe or a file is
  // written synchronously by Node on Linux); an fs.WriteStream would add a thread-pool round trip per line.
  const nullFd = openSync('/dev/null', 'w');
  const devNull = { write: (line: string) => writeSync(nullFd, line) };

  const base = { PROJECT_CALLS_PER_SECOND: '100000', PROJECT_CALLS_BURST: '100000', PORT: '0', SIM_PORT: '0', GRAPHIQL: 'false' };
  const on = await startGateway(
    // BENCH_ONLY=metrics|tracing|logs measures one feature on its own against all off.
    loadConfig({
      ...base,
      LOG_LEVEL: !ONLY || ONLY === 'logs' ? 'info' : 'silent',
      LOG_FORMAT: 'json',
      METRICS: String(!ONLY || ONLY === 'metrics'),
      ...(!ONLY || ONLY === 'tracing' ? { OTEL_EXPORTER_OTLP_ENDPOINT: otlp, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_TRACES_SAMPLER: process.env.OTEL_TRACES_SAMPLER ?? 'parentbased_always_on', OTEL_TRACES_SAMPLER_ARG: process.env.OTEL_TRACES_SAMPLER_ARG ?? '1' } : {}),
    }),
    { logDestination: devNull },
  );
  const off = await startGateway(loadConfig({ ...base, LOG_LEVEL: 'silent', METRICS: 'false' }));

  async function throughput(gw: RunningGateway): Promise<{ opsPerSec: number; cpuUsPerOp: number }> {
    const token = gw.demoToken!;
    const post = (query: string) =>
      fetch(gw.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-auth-token': token }, body: JSON.stringify({ query }) }).then((r) => r.json() as Promise<any>);
    const ids: string[] = (await post(`{ images(first: 50) { edges { node { imageId } } } }`)).data.images.edges.map((e: any) => e.node.imageId);
    let done = 0;
    const cpu0 = process.cpuUsage();
    const until = performance.now() + SECONDS * 1000;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, w) => {
        for (let i = w; performance.now() < until; i += CONCURRENCY) {
          const r = await post(`query ImageById { image(id: "${ids[i % ids.length]}") { name status } }`);
          if (r.errors) throw new Error(JSON.stringify(r.errors));
          done++;
        }
      }),
    );
    const cpu = process.cpuUsage(cpu0);
    return { opsPerSec: done / SECONDS, cpuUsPerOp: (cpu.user + cpu.system) / done };
  }

  await throughput(on); // warm-up, both
  await throughput(off);
  const rOn: number[] = [];
  const rOff: number[] = [];
  const cOn: number[] = [];
  const cOff: number[] = [];
  const run = async (gw: RunningGateway, ops: number[], cpu: number[]) => {
    const r = await throughput(gw);
    ops.push(r.opsPerSec);
    cpu.push(r.cpuUsPerOp);
  };
  for (let r = 0; r < ROUNDS; r++) {
    // Alternate which goes first so a drift in machine load does not favour one side.
    if (r % 2 === 0) {
      await run(on, rOn, cOn);
      await run(off, rOff, cOff);
    } else {
      await run(off, rOff, cOff);
      await run(on, rOn, cOn);
    }
    console.error(`round ${r + 1}: on ${rOn.at(-1)!.toFixed(0)} ops/s ${cOn.at(-1)!.toFixed(0)} µs CPU/op, off ${rOff.at(-1)!.toFixed(0)} ops/s ${cOff.at(-1)!.toFixed(0)} µs CPU/op`);
  }
  const mOn = median(rOn);
  const mOff = median(rOff);
  const pOn = median(cOn);
  const pOff = median(cOff);
  const f = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  console.log(`| setting | image(id:) ops/s (median of ${ROUNDS} × ${SECONDS} s, ${CONCURRENCY} concurrent) | process CPU µs per operation (median) |`);
  console.log('|---|---|---|');
  console.log(`| metrics + tracing + info logs on | ${mOn.toFixed(0)} (rounds: ${f(rOn)}) | ${pOn.toFixed(0)} (rounds: ${f(cOn)}) |`);
  console.log(`| all off | ${mOff.toFixed(0)} (rounds: ${f(rOff)}) | ${pOff.toFixed(0)} (rounds: ${f(cOff)}) |`);
  console.log(`| **on / off** | **${((mOn / mOff) * 100).toFixed(1)} %** | **${((pOn / pOff) * 100).toFixed(1)} %** |`);
  await on.close();
  await off.close();
  sink.kill();
  closeSync(nullFd);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
