/**
 * The gateway's own cost of answering a long list, in one process, with no network: the same upstream page
 * (500 images, the body `GET /v2/images?limit=501` returns) answered by
 *
 *   pothos   the gateway's schema and resolvers, executed by graphql-js `execute` (the page parsed and mapped by
 *            the Glance client's own wire schema, images read lazily);
 *   yoga     the same, executed by @graphql-tools/executor, which graphql-yoga runs;
 *   plain    a hand-written graphql-js schema of the same shape whose resolvers read the wire JSON directly
 *            (what a gateway with no domain layer and no Pothos would do), giving the same result.
 *
 * Every iteration starts from the body's text (JSON.parse is paid by all three) and ends with JSON.stringify of
 * the result (what goes on the wire). The three run interleaved; the script first checks the three results are
 * equal, so the comparison is "the same answer, produced three ways".
 *
 *   npm run bench:execution          (BENCH_RUNS=200 by default; BENCH_PAGE=500)
 */
import { deepStrictEqual } from 'node:assert';
import { performance } from 'node:perf_hooks';
import {
  execute,
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  isEnumType,
  parse,
  type DocumentNode,
} from 'graphql';
import { normalizedExecutor } from '@graphql-tools/executor';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { loadConfig } from '../../src/config';
import { startSimulator } from '../../src/simulator';
import { buildGatewaySchema } from '../../src/schema';
import { glanceImagePageSchema } from '../../src/upstream/glance/wire';
import type { GatewayContext } from '../../src/context';
import { LIST_QUERY } from './list-query';
import { issueDemoToken } from '../../test/helpers/tokens';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const PAGE = Number(process.env.BENCH_PAGE ?? 500);
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

/** The caller's context as the images resolver sees it, with the Glance list answered from `text`. */
const services = { config: loadConfig({}) } as GatewayContext['services'];

function contextFor(text: string): GatewayContext {
  const clients = { glance: { listImages: async () => glanceImagePageSchema.parse(JSON.parse(text)) } };
  return {
    services,
    credentials: { token: 'bench' } as GatewayContext['credentials'],
    session: async () => ({ projectId: 'bench' }) as never,
    clients: async () => clients as never,
    once: (_key, read) => read(clients as never),
  };
}

/** A gateway written by hand on graphql-js: the same types and field names, resolvers over the wire JSON. */
function plainSchema(gateway: GraphQLSchema): GraphQLSchema {
  // Enum names and the wire values they stand for, taken from the gateway's schema so both answer alike.
  const enumOf = (name: string) => {
    const t = gateway.getType(name);
    if (!isEnumType(t)) throw new Error(`${name} is not an enum`);
    return new GraphQLEnumType({ name, values: Object.fromEntries(t.getValues().map((v) => [v.name, { value: v.value }])) });
  };
  const [status, visibility, imageType, osType, platform, diskFormat, containerFormat] = [
    'ImageStatus', 'ImageVisibility', 'ImageType', 'OsType', 'Platform', 'DiskFormat', 'ContainerFormat',
  ].map(enumOf) as GraphQLEnumType[];
  // Wire values are matched without regard to case; one the schema does not know reads as null.
  const byLower = (t: GraphQLEnumType) => new Map(t.getValues().map((x) => [String(x.value).toLowerCase(), x.value]));
  const lookups = new Map([status, visibility, imageType, osType, platform, diskFormat, containerFormat].map((t) => [t, byLower(t)]));
  const known = (t: GraphQLEnumType, v: unknown) => (typeof v === 'string' ? (lookups.get(t)!.get(v.toLowerCase()) ?? null) : null);
  const lower = known;
  const int = (v: unknown) => (v == null || v === '' ? null : Number(v));
  const iso = (v: unknown) => (typeof v === 'string' ? new Date(v).toISOString() : null);
  type Wire = Record<string, unknown>;
  const Tag = new GraphQLObjectType({ name: 'ImageTag', fields: { key: { type: new GraphQLNonNull(GraphQLString) }, value: { type: new GraphQLNonNull(GraphQLString) } } });
  const DateTime = new GraphQLScalarType({ name: 'DateTime' });
  const SafeInt = new GraphQLScalarType({ name: 'SafeInt' });
  const Image = new GraphQLObjectType<Wire>({
    name: 'Image',
    fields: {
      id: { type: new GraphQLNonNull(GraphQLID), resolve: (w) => Buffer.from(`Image:${w.id}`).toString('base64') },
      imageId: { type: new GraphQLNonNull(GraphQLID), resolve: (w) => w.id },
      name: { type: GraphQLString },
      status: { type: new GraphQLNonNull(status), resolve: (w) => lower(status, w.status) ?? 'unknown' },
      visibility: { type: visibility, resolve: (w) => lower(visibility, w.visibility) },
      imageType: { type: imageType, resolve: (w) => lower(imageType, w.__imagetype) },
      osType: { type: osType, resolve: (w) => known(osType, w.__os_type) },
      osVersion: { type: GraphQLString, resolve: (w) => w.__os_version ?? null },
      platform: { type: platform, resolve: (w) => known(platform, w.__platform) },
      osBits: { type: GraphQLInt, resolve: (w) => int(w.__os_bit) },
      diskFormat: { type: diskFormat, resolve: (w) => lower(diskFormat, w.disk_format) },
      containerFormat: { type: containerFormat, resolve: (w) => lower(containerFormat, w.container_format) },
      sizeBytes: { type: SafeInt, resolve: (w) => int(w.__image_size) ?? int(w.size) },
      minDiskGb: { type: GraphQLInt, resolve: (w) => int(w.min_disk) },
      minRamMb: { type: GraphQLInt, resolve: (w) => int(w.min_ram) },
      createdAt: { type: DateTime, resolve: (w) => iso(w.created_at) },
      updatedAt: { type: DateTime, resolve: (w) => iso(w.updated_at) },
      protected: { type: GraphQLBoolean },
      checksum: { type: GraphQLString },
      tags: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Tag))),
        resolve: (w) =>
          ((w.tags as string[] | undefined) ?? []).map((t) => {
            const i = t.indexOf('=');
            return i < 0 ? { key: t, value: '' } : { key: t.slice(0, i), value: t.slice(i + 1) };
          }),
      },
    },
  });
  const Edge = new GraphQLObjectType({ name: 'ImageEdge', fields: { node: { type: new GraphQLNonNull(Image) } } });
  const Connection = new GraphQLObjectType({ name: 'ImageConnection', fields: { edges: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Edge))) } } });
  return new GraphQLSchema({
    query: new GraphQLObjectType<unknown, string>({
      name: 'Query',
      fields: {
        images: {
          type: new GraphQLNonNull(Connection),
          args: { first: { type: GraphQLInt } },
          resolve: (_root, args: { first: number }, text) => ({
            edges: (JSON.parse(text) as { images: Wire[] }).images.slice(0, args.first).map((node) => ({ node })),
          }),
        },
      },
    }),
  });
}

function firstDifference(a: unknown, b: unknown, path = '$'): string {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = (a as Record<string, unknown>)[k];
    const y = (b as Record<string, unknown>)[k];
    if (JSON.stringify(x) !== JSON.stringify(y)) return firstDifference(x, y, `${path}.${k}`);
  }
  return path;
}

async function main() {
  const sim = await startSimulator({ port: 0, extraImages: PAGE });
  const token = (await issueDemoToken(sim.url)).token;
  const text = await (await fetch(`${sim.url}/v2/images?limit=${PAGE + 1}&sort_key=created_at&sort_dir=desc`, { headers: { 'x-auth-token': token } })).text();
  await sim.close();

  const gateway = buildGatewaySchema();
  const plain = plainSchema(gateway);
  const document: DocumentNode = parse(LIST_QUERY);
  const variableValues = { n: PAGE };
  const compiled = compileQuery(gateway, document);
  if (!isCompiledQuery(compiled)) throw new Error('jit');
  const runs = {
    jit: async () => compiled.stringify(await compiled.query(undefined, contextFor(text), variableValues)),
    pothos: async () => JSON.stringify(await execute({ schema: gateway, document, variableValues, contextValue: contextFor(text) })),
    yoga: async () => JSON.stringify(await normalizedExecutor({ schema: gateway, document, variableValues, contextValue: contextFor(text) })),
    plain: async () => JSON.stringify(await execute({ schema: plain, document, variableValues, contextValue: text })),
  };
  const first = Object.fromEntries(await Promise.all(Object.entries(runs).map(async ([k, run]) => [k, JSON.parse(await run())])));
  if (first.pothos.errors) throw new Error(JSON.stringify(first.pothos.errors));
  for (const k of ['jit', 'pothos', 'yoga'] as const) {
    try {
      deepStrictEqual(first[k], first.plain);
    } catch {
      throw new Error(`${k} and plain answer differently, first at ${firstDifference(first[k], first.plain)}`);
    }
  }
  if (first.plain.data.images.edges.length !== PAGE) throw new Error('short page');

  const times: Record<keyof typeof runs, number[]> = { jit: [], pothos: [], yoga: [], plain: [] };
  const order = Object.keys(runs) as (keyof typeof runs)[];
  for (let i = 0; i < 20; i++) for (const k of order) await runs[k]();
  for (let i = 0; i < RUNS; i++) {
    // Rotate which goes first, so none always runs right after another's garbage.
    for (let j = 0; j < order.length; j++) {
      const k = order[(i + j) % order.length]!;
      const t = performance.now();
      await runs[k]();
      times[k].push(performance.now() - t);
    }
  }
  console.log(`images(first: ${PAGE}), 20 fields, from the body's text to the answer's text, ${RUNS} interleaved runs`);
  console.log('| path | p50 (ms) | p90 (ms) |');
  console.log('|---|---|---|');
  for (const k of order) console.log(`| ${k} | ${q(times[k], 0.5).toFixed(2)} | ${q(times[k], 0.9).toFixed(2)} |`);
  console.log(`| **pothos / plain (p50)** | **${(q(times.pothos, 0.5) / q(times.plain, 0.5)).toFixed(2)}×** | |`);
  console.log(`| yoga / plain (p50) | ${(q(times.yoga, 0.5) / q(times.plain, 0.5)).toFixed(2)}× | |`);
}

await main();
