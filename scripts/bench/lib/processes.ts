/**
 * What the throughput benchmarks that run servers in their own processes share (`bench:rps`, `bench:ab`):
 * starting a node process and waiting for its ready line, reading a process's CPU time, loading a GraphQL endpoint
 * for a while, and stopping everything started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const children: ChildProcess[] = [];

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux; this process's own too). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

/**
 * Starts `args` under node (a `.ts` file first runs under tsx; `nodeArgs` go before it) in the repository, and
 * resolves with the first stdout line that matches `ready`, and the process id.
 */
export function startProcess(args: string[], env: Record<string, string>, ready: RegExp, nodeArgs: string[] = []): Promise<RegExpExecArray & { pid: number }> {
  const loader = args[0]?.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...nodeArgs, ...loader, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let seen = '';
    const lines = createInterface({ input: child.stdout! });
    const onStderr = (d: Buffer) => (seen = (seen + String(d)).slice(-4000));
    lines.on('line', (line) => {
      seen = `${seen}${line}\n`.slice(-4000);
      const m = ready.exec(line);
      if (!m) return;
      // From here on the process's output is drained unread: parsing every line would cost the load generator CPU
      // (gateways under test go through startGatewayProcess instead, their lines to /dev/null).
      lines.close();
      child.stderr!.off('data', onStderr);
      child.stdout!.resume();
      child.stderr!.resume();
      resolve(Object.assign(m, { pid: child.pid! }));
    });
    child.stderr!.on('data', onStderr);
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}) before it was ready:\n${seen.slice(-2000)}`)));
  });
}

/**
 * Starts a gateway (`args` as for startProcess) on a free port with its standard output, the access lines, going to
 * /dev/null, as to a log file: the load generator in this process does not pay for reading them, which is not the
 * gateway's cost. Ready when its /health answers.
 */
export async function startGatewayProcess(args: string[], env: Record<string, string>, nodeArgs: string[] = []): Promise<{ url: string; pid: number }> {
  const port = await freePort();
  const devNull = openSync('/dev/null', 'w');
  const loader = args[0]?.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...nodeArgs, ...loader, ...args], { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', devNull, 'pipe'] });
  closeSync(devNull);
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr = (stderr + String(d)).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;
  for (const until = Date.now() + 30_000; Date.now() < until; ) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${base}/health`).then((r) => r.ok, () => false);
    if (ok) return { url: `${base}/graphql`, pid: child.pid! };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${args.join(' ')} did not become ready (exit ${child.exitCode}):\n${stderr.slice(-2000)}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** SIGTERM to every process started (a gateway drains and exits on its own; a --cpu-prof is then written). */
export function stopProcesses(): Promise<unknown> {
  return Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : (c.once('exit', r), c.kill('SIGTERM'))))));
}

/**
 * POSTs `body(i)` to the GraphQL endpoint `url` for `seconds`, `concurrency` requests in flight over keep-alive;
 * any answer but a 200 without errors fails the run. Resolves with requests per second.
 */
export async function loadGraphql(url: string, body: (i: number) => string, headers: Record<string, string>, opts: { seconds: number; concurrency: number }): Promise<number> {
  const u = new URL(url);
  const pool = new Pool(u.origin, { connections: opts.concurrency });
  let done = 0;
  const until = performance.now() + opts.seconds * 1000;
  await Promise.all(
    Array.from({ length: opts.concurrency }, async (_, w) => {
      for (let i = w; performance.now() < until; i += opts.concurrency) {
        const res = await pool.request({ method: 'POST', path: u.pathname, headers: { 'content-type': 'application/json', ...headers }, body: body(i) });
        const text = await res.body.text();
        if (res.statusCode !== 200 || text.includes('"errors"')) throw new Error(`${res.statusCode} ${text.slice(0, 300)}`);
        done++;
      }
    }),
  );
  await pool.close();
  return done / opts.seconds;
}

/** The query both benchmarks load, and ids to cycle through (the first 50 images the token's project sees). */
export async function imageByIdLoad(gatewayUrl: string, token: string): Promise<(i: number) => string> {
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-auth-token': token },
    body: JSON.stringify({ query: '{ images(first: 50) { edges { node { imageId } } } }' }),
  });
  const ids: string[] = ((await res.json()) as { data: { images: { edges: { node: { imageId: string } }[] } } }).data.images.edges.map((e) => e.node.imageId);
  return (i) => JSON.stringify({ query: 'query ImageById($id: ID!) { image(id: $id) { name status } }', variables: { id: ids[i % ids.length] } });
}
