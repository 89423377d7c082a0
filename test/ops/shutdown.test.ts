/**
 * SIGTERM on a real gateway process (src/main.ts): a graphql-ws subscriber and an SSE subscriber watch a job
 * that is far from done, and a query is in flight (its upstream call held by a latency fault). After SIGTERM:
 * the websocket closes with 1001, the SSE stream ends without `complete`, the in-flight query answers, new
 * connections are refused, and the process exits 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { sse, until } from './helpers';
import { issueDemoToken } from '../helpers/tokens';

let child: ChildProcess | undefined;
afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

async function startProcess() {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      SIM_PORT: '0',
      // A job lasts 5 steps: 50 s, far longer than this test.
      SIM_JOB_STEP_MS: '10000',
      JOB_POLL_MIN_MS: '100',
      JOB_POLL_MAX_MS: '200',
      SHUTDOWN_GRACE_MS: '20000',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
      GRAPHIQL: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  const output: string[] = [];
  proc.stderr!.on('data', (d) => output.push(String(d)));
  const urls = await new Promise<{ url: string; simUrl: string }>((resolve, reject) => {
    let url: string | undefined;
    const lines = createInterface({ input: proc.stdout! });
    lines.on('line', (line) => {
      output.push(line);
      url ??= /GraphQL \+ GraphiQL\s+(http:\/\/\S+)\/graphql/.exec(line)?.[1];
      const sim = /embedded simulator\s+(http:\/\/\S+)/.exec(line)?.[1];
      if (url && sim) resolve({ url, simUrl: sim });
    });
    proc.once('exit', (code) => reject(new Error(`gateway exited early (${code}):\n${output.join('\n')}`)));
  });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return { proc, ...urls, output, exited };
}

describe('SIGTERM', () => {
  it('drains: ws closes 1001, SSE ends without complete, the in-flight query finishes, exit 0', async () => {
    const g = await startProcess();
    const { token } = await issueDemoToken(g.simUrl, 'alice');
    const gql = async (query: string, variables?: unknown) =>
      (await (await fetch(`${g.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-auth-token': token }, body: JSON.stringify({ query, variables }) })).json()) as any;

    const images = await gql(`{ images(first: 100, filter: { imageType: PRIVATE }) { edges { node { imageId status ownedByMe wholeImage encryptionKeyId rootOrigin virtualEnvType } } } }`);
    const source = images.data.images.edges
      .map((e: any) => e.node)
      .find((i: any) => i.ownedByMe && i.status === 'ACTIVE' && !i.wholeImage && !i.encryptionKeyId && !i.rootOrigin && i.virtualEnvType === 'FUSION_COMPUTE');
    const started = await gql(`mutation($input: ExportImageInput!) { exportImage(input: $input) { ... on JobPayload { job { jobId } } } }`, {
      input: { imageId: source.imageId, bucketUrl: 'ims-image:shutdown.qcow2', fileFormat: 'QCOW2' },
    });
    const jobId = started.data.exportImage.job.jobId as string;
    const query = `subscription($id: ID!) { jobProgress(id: $id) { status progressPercent } }`;

    // graphql-ws subscriber
    let closeCode: number | undefined;
    const wsEvents: unknown[] = [];
    let wsCompleted = false;
    const ws = createClient({
      url: `${g.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { token },
      retryAttempts: 0,
      on: { closed: (e) => void (closeCode = (e as { code: number }).code) },
    });
    ws.subscribe({ query, variables: { id: jobId } }, { next: (v) => void wsEvents.push(v), error: () => {}, complete: () => void (wsCompleted = true) });
    // SSE subscriber
    const stream = sse(`${g.url}/graphql`, query, { id: jobId }, { 'x-auth-token': token });
    await until(() => wsEvents.length > 0 && stream.events.length > 0, 'both subscribers saw the job running');

    // A query in flight: its upstream call is held by the simulator for 5 s.
    await fetch(`${g.simUrl}/_sim/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'latency', method: 'GET', path: '/v1/cloudimages/quota', delayMs: 5000 }) });
    const inFlight = gql(`{ quota { images { used quota } } }`);
    await until(async () => {
      const faults = (await (await fetch(`${g.simUrl}/_sim/faults`)).json()) as { faults: { hits: number }[] };
      return faults.faults.some((f) => f.hits > 0);
    }, 'the query reached the upstream');

    g.proc.kill('SIGTERM');
    // The listener closes at once while the process still serves what it accepted.
    await until(() => fetch(`${g.url}/health`).then(() => false, () => true), 'new connections are refused');
    expect(g.proc.exitCode).toBeNull();

    const answer = await inFlight;
    expect(answer.errors).toBeUndefined();
    expect(answer.data.quota.images.quota).toBeGreaterThan(0);
    expect(await stream.ended).toBe('closed');
    await until(() => closeCode !== undefined, 'the websocket closed');
    expect(closeCode).toBe(1001);
    expect(wsCompleted).toBe(false);
    expect(await g.exited).toBe(0);
    const logs = g.output.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { msg: string });
    expect(logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['SIGTERM received: draining', 'stopped']));
    for (const e of stream.events as { data?: { jobProgress: { status: string } } }[]) expect(e.data?.jobProgress.status).not.toBe('SUCCESS');
  }, 60_000);
});
