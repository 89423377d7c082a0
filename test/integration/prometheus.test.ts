/**
 * A real Prometheus (Debian's package, started by scripts/prometheus/start.sh on loopback) scrapes a gateway
 * that this test adds to its file-based discovery. After some operations, the series Prometheus stored for
 * upstream calls and GraphQL operations must equal what the simulator's request log and the test saw.
 *
 * Needs PROMETHEUS_URL and PROMETHEUS_TARGETS_DIR (`. .prometheus/env`, or .ci/run); skipped loudly without them.
 */
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

const PROMETHEUS_URL = process.env.PROMETHEUS_URL;
const TARGETS_DIR = process.env.PROMETHEUS_TARGETS_DIR;
const available = !!PROMETHEUS_URL && !!TARGETS_DIR;
if (!available) console.warn('!! PROMETHEUS_URL / PROMETHEUS_TARGETS_DIR not set: the Prometheus integration test is SKIPPED (run scripts/prometheus/install.sh && scripts/prometheus/start.sh, then . .prometheus/env)');

/** A label only this run's target carries, so series of earlier runs never count. */
const run = `it-${randomUUID().slice(0, 8)}`;
let t: TestGateway;
let targetFile: string;

async function promQuery(expr: string): Promise<number | undefined> {
  const res = await fetch(`${PROMETHEUS_URL}/api/v1/query?${new URLSearchParams({ query: expr })}`);
  const body = (await res.json()) as { status: string; data: { result: { value: [number, string] }[] } };
  if (body.status !== 'success') throw new Error(`PromQL ${expr}: ${JSON.stringify(body)}`);
  const first = body.data.result[0];
  return first ? Number(first.value[1]) : undefined;
}

async function eventually(expr: string, expected: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: number | undefined;
  while (Date.now() < deadline) {
    last = await promQuery(expr);
    if (last === expected) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${expr}: Prometheus has ${last}, expected ${expected}`);
}

describe.skipIf(!available)('a real Prometheus scrapes the gateway', () => {
  beforeAll(async () => {
    t = await startTestGateway({});
    const { port } = new URL(t.gateway.url);
    targetFile = join(TARGETS_DIR!, `${run}.json`);
    writeFileSync(targetFile, JSON.stringify([{ targets: [`127.0.0.1:${port}`], labels: { run } }]));
  });
  afterAll(async () => {
    if (targetFile) rmSync(targetFile, { force: true });
    await t?.close();
  });

  it('stores upstream-call and operation series equal to the simulator log', async () => {
    await eventually(`up{run="${run}"}`, 1);
    const images = await t.gql(`{ images(first: 3) { edges { node { imageId } } } }`);
    const ids: string[] = images.data.images.edges.map((e: any) => e.node.imageId);
    for (const id of ids) expect((await t.gql(`query PromImage($id: ID!) { image(id: $id) { name } }`, { id })).errors).toBeUndefined();
    const missing = await t.gql(`query PromImage($id: ID!) { image(id: $id) { name } }`, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // The simulator has logged every upstream call since it started, as the gateway's counters count since start.
    const log = await t.requests();
    const count = (pred: (r: (typeof log)[number]) => boolean) => log.filter(pred).length;
    const getImage200 = count((r) => r.method === 'GET' && /^\/v2\/images\/[^/]+$/.test(r.path) && r.status === 200);
    const getImage404 = count((r) => r.method === 'GET' && /^\/v2\/images\/[^/]+$/.test(r.path) && r.status === 404);
    const listImages = count((r) => r.method === 'GET' && r.path === '/v2/images');
    expect(getImage200).toBe(ids.length);
    expect(getImage404).toBe(1);

    await eventually(`gateway_upstream_requests_total{run="${run}",endpoint="glance-get-image",status_class="2xx"}`, getImage200);
    await eventually(`gateway_upstream_requests_total{run="${run}",endpoint="glance-get-image",status_class="4xx"}`, getImage404);
    await eventually(`sum(gateway_upstream_requests_total{run="${run}",endpoint="glance-list-images"})`, listImages);
    await eventually(`gateway_upstream_request_duration_seconds_count{run="${run}",endpoint="glance-get-image"}`, getImage200 + getImage404);
    await eventually(`graphql_envelop_request{run="${run}",operationName="PromImage",operationType="query"}`, ids.length + 1);
    await eventually(`gateway_graphql_errors_total{run="${run}",code="NOT_FOUND"}`, 1);
    // The README's queries parse and answer on real data (a rate needs two scrapes of the series).
    const p99 = `histogram_quantile(0.99, sum by (le, operationName) (rate(graphql_envelop_request_duration_bucket{run="${run}",operationName="PromImage"}[5m])))`;
    const deadline = Date.now() + 30_000;
    let latency: number | undefined;
    while ((latency = await promQuery(p99)) === undefined && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    expect(typeof latency).toBe("number"); // NaN when nothing increased between two scrapes; present all the same
    expect(await promQuery(`sum by (endpoint) (rate(gateway_upstream_requests_total{run="${run}",status_class=~"5xx|timeout|network"}[5m])) / sum by (endpoint) (rate(gateway_upstream_requests_total{run="${run}"}[5m]))`)).toBeUndefined();
    expect(await promQuery(`sum(gateway_job_pollers{run="${run}"})`)).toBe(0);
  }, 120_000);
});
