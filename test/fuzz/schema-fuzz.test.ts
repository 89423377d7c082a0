/**
 * Seeded fuzzing over the whole schema: thousands of generated operations (random query, mutation and subscription
 * (SSE) root fields, aliases, nested
 * selections, fragments on union members) with arguments from edge cases (bad ids, surrogates, control characters,
 * huge numbers, wrong types, missing non-nulls, unknown input fields), sent through yoga.fetch to a gateway on the
 * embedded simulator. Every answer must be a coded error or data: never INTERNAL_SERVER_ERROR, an error without
 * `extensions.code`, a 5xx, or a stack trace.
 *
 * The seed is fixed (FUZZ_SEED overrides it) and printed, so a failure replays exactly; FUZZ_RUNS sets the count.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { buildGatewaySchema } from '../../src/schema';

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const CONCURRENCY = 6;

/** mulberry32: small, seedable, good enough to pick cases. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
  };
}
type Rng = ReturnType<typeof prng>;

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

let t: TestGateway;
let token: string;
/** Ids that exist, so that some operations get past validation and reach the upstream. */
const real = { images: [] as string[], jobs: [] as string[], projects: [] as string[] };

function edgeStrings(): string[] {
  return [
    '',
    '.',
    '..',
    ' ',
    '\u0000',
    'a\u0001b',
    '\n',
    '\ud800',
    '\udfff',
    'x\ud83d',
    '😀',
    '中文名字',
    '%2e%2e',
    '../../v3/auth/tokens',
    '/',
    '?',
    '#',
    'a=b',
    '<script>',
    'a'.repeat(300),
    'b'.repeat(5000),
    'ims-image:a.qcow2',
    'bucket-1:file.zvhd2',
    'ap-southeast-1',
    'CentOS 7.0 64bit',
    '0',
    'all_granted_eps',
    'in:a,b',
    'null',
    '2024-01-01T00:00:00Z',
  ];
}

function realIds(): string[] {
  return [...real.images, ...real.jobs, ...real.images.slice(0, 3).map((i) => b64(`Image:${i}`)), ...real.jobs.map((j) => b64(`Job:${j}`))];
}

function idCandidates(): string[] {
  const uuid = real.images[0] ?? '11111111-2222-4333-8444-555555555555';
  return [
    ...real.images.slice(0, 4),
    ...real.jobs.slice(0, 2),
    '11111111-2222-4333-8444-555555555555',
    'ffffffffffffffffffffffffffffffff',
    b64(`Image:${uuid}`),
    b64('Image:..'),
    b64('Image:'),
    b64('Image:\ud800'),
    b64(`Job:${real.jobs[0] ?? 'ffffffffffffffffffffffffffffffff'}`),
    b64('Nope:1'),
    'SW1hZ2U6', // truncated base64
    ...edgeStrings(),
  ];
}

const NUMBERS = [0, 1, -1, 25, 500, 501, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 2 ** 53 + 2, 1e308, 1.5, -0.5];

function wrongValue(rng: Rng): unknown {
  return rng.pick<unknown>([{}, [], 'str', 12, true, [1, 2], { a: 1 }, null, 1.25]);
}

/** Int: 32-bit values, unless hostile (then anything numeric, including what Int cannot hold). */
const INTS = [0, 1, -1, 25, 100, 500, 501, 2 ** 31 - 1, -(2 ** 31)];

function scalarValue(name: string, rng: Rng, hostile: boolean): unknown {
  switch (name) {
    case 'ID':
      return rng.chance(0.5) ? rng.pick(realIds()) : rng.pick(idCandidates());
    case 'String':
      return rng.chance(0.5) ? rng.pick([...real.projects, 'fuzz-name', 'web', 'env', 'prod', 'ims-image:a.qcow2', 'Ubuntu 20.04 server 64bit']) : rng.pick(edgeStrings());
    case 'Int':
      return hostile ? rng.pick(NUMBERS) : rng.pick(INTS);
    case 'SafeInt':
    case 'Float':
      return hostile ? rng.pick(NUMBERS) : rng.pick([...INTS, 2 ** 53 - 1]);
    case 'Boolean':
      return !hostile || rng.chance(0.7) ? rng.chance(0.5) : 'true';
    case 'DateTime':
      if (!hostile) return rng.pick(['2024-01-31T12:00:00Z', '1970-01-01T00:00:00Z', '2099-12-31T23:59:59.999Z']);
      return rng.pick(['2024-01-31T12:00:00Z', '1970-01-01T00:00:00Z', '+275760-09-13T00:00:00.000Z', '9999-99-99', 'garbage', '', '\ud800', 0]);
    case 'JSON':
      return rng.pick<unknown>([{ a: [1, { b: '\ud800' }] }, 'x', 1, null, []]);
    case 'Upload':
      // Files only arrive as multipart parts: any JSON value is refused (the multipart path has its own tests).
      return rng.pick<unknown>([null, 'file', { name: 'x' }]);
    default:
      return rng.pick(edgeStrings());
  }
}

/** `hostile`: values that break the declared types (wrong kinds, nulls for non-nulls, unknown fields, bad enums). */
function inputValue(type: GraphQLInputType, rng: Rng, hostile: boolean, depth = 0, nonNull = false): unknown {
  if (hostile && rng.chance(0.05)) return wrongValue(rng);
  if (isNonNullType(type)) return hostile && rng.chance(0.05) ? null : inputValue(type.ofType, rng, hostile, depth, true);
  if (!nonNull && rng.chance(0.05)) return null;
  if (isListType(type)) {
    const n = rng.chance(0.05) ? 120 : rng.int(4);
    return Array.from({ length: n }, () => inputValue(type.ofType, rng, hostile, depth + 1));
  }
  if (isEnumType(type)) return !hostile || rng.chance(0.8) ? rng.pick(type.getValues()).name : rng.pick(['NOPE', 'active', '', '\ud800']);
  if (isScalarType(type)) return scalarValue(type.name, rng, hostile);
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    if (depth > 4) return out;
    for (const f of Object.values(type.getFields())) {
      const required = isNonNullType(f.type);
      if (required ? !hostile || rng.chance(0.95) : rng.chance(0.45)) out[f.name] = inputValue(f.type, rng, hostile, depth + 1);
    }
    if (hostile && rng.chance(0.05)) out.notAField = 1;
    return out;
  }
  return null;
}

/** Builds one operation: variables for every argument (so values go through coercion), selections to depth 3. */
class OperationBuilder {
  private readonly defs: string[] = [];
  readonly variables: Record<string, unknown> = {};
  private n = 0;
  constructor(
    private readonly rng: Rng,
    private readonly schema: GraphQLSchema,
    private readonly hostile: boolean,
  ) {}

  header(kind: string): string {
    return `${kind}${this.defs.length ? `(${this.defs.join(', ')})` : ''}`;
  }

  args(args: readonly GraphQLArgument[]): string {
    const parts: string[] = [];
    for (const a of args) {
      const required = isNonNullType(a.type);
      if (!(required ? !this.hostile || this.rng.chance(0.95) : this.rng.chance(0.5))) continue;
      const name = `v${this.n++}`;
      // Sometimes a literal, to exercise parseLiteral too.
      const value = inputValue(a.type, this.rng, this.hostile);
      const leaf = isLeafType(getNamedType(a.type)) && !isListType(isNonNullType(a.type) ? a.type.ofType : a.type);
      if (leaf && this.rng.chance(0.2) && (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string')) {
        const literal = isEnumType(getNamedType(a.type)) && typeof value === 'string' && /^[A-Za-z_]\w*$/.test(value) ? value : JSON.stringify(value);
        parts.push(`${a.name}: ${literal}`);
        continue;
      }
      this.defs.push(`$${name}: ${String(a.type)}`);
      this.variables[name] = value;
      parts.push(`${a.name}: $${name}`);
    }
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  selection(type: GraphQLOutputType, depth: number): string {
    const named = getNamedType(type);
    if (isLeafType(named)) return '';
    if (isUnionType(named) || isInterfaceType(named)) {
      const possible = this.schema.getPossibleTypes(named);
      const frags = possible
        .filter(() => this.rng.chance(0.6))
        .map((p) => `... on ${p.name} ${this.selection(p, depth)}`);
      const own = isInterfaceType(named) ? this.fields(named.getFields(), depth) : [];
      return `{ __typename ${[...own, ...frags].join(' ')} }`;
    }
    if (isObjectType(named)) return `{ __typename ${this.fields(named.getFields(), depth).join(' ')} }`;
    return '';
  }

  private fields(fields: Record<string, GraphQLField<unknown, unknown>>, depth: number): string[] {
    const out: string[] = [];
    for (const f of Object.values(fields)) {
      const leaf = isLeafType(getNamedType(f.type));
      if (!leaf && depth >= 3) continue;
      if (!this.rng.chance(leaf ? 0.5 : 0.3)) continue;
      out.push(`${f.name}${this.args(f.args)} ${this.selection(f.type, depth + 1)}`);
    }
    return out;
  }

  root(field: GraphQLField<unknown, unknown>, alias: string): string {
    return `${alias}: ${field.name}${this.args(field.args)} ${this.selection(field.type, 1)}`;
  }
}

/** Reads server-sent events until three `data:` payloads, the end of the stream, or one second; then hangs up. */
async function readEvents(res: Response): Promise<string[]> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const payloads: string[] = [];
  let buffer = '';
  let timer: NodeJS.Timeout | undefined;
  const stop = new Promise<'stop'>((resolve) => (timer = setTimeout(() => resolve('stop'), 1000)));
  try {
    while (payloads.length < 3) {
      const chunk = await Promise.race([reader.read(), stop]);
      if (chunk === 'stop' || chunk.done) break;
      buffer += decoder.decode(chunk.value, { stream: true });
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        for (const line of buffer.slice(0, end).split('\n')) if (line.startsWith('data:') && line.slice(5).trim()) payloads.push(line.slice(5).trim());
        buffer = buffer.slice(end + 2);
      }
    }
  } finally {
    clearTimeout(timer);
    await reader.cancel().catch(() => {});
  }
  return payloads;
}

interface Finding {
  reason: string;
  query: string;
  variables: unknown;
  answer: string;
}

beforeAll(async () => {
  t = await startTestGateway({ UPSTREAM_HEADERS_TIMEOUT_MS: '5000' });
  token = await t.token('alice');
  const r = await t.gql(`{ images(first: 20) { edges { node { imageId } } } }`);
  real.images = r.data.images.edges.map((e: any) => e.node.imageId);
  real.projects = [await t.projectId('alice'), await t.projectId('bob'), await t.projectId('carol')];
  const own = await t.gql(`{ images(first: 50, filter: { ownerProjectId: "${real.projects[0]}" }) { edges { node { imageId } } } }`);
  const copy = await t.gql(`mutation($id: ID!) { copyImage(input: { imageId: $id, name: "fuzz-seed" }) { ... on JobPayload { jobId } } }`, {
    id: own.data.images.edges[0].node.imageId,
  });
  if (copy.data?.copyImage?.jobId) real.jobs.push(copy.data.copyImage.jobId);
});
afterAll(async () => {
  await t?.close();
});

describe('schema fuzzing', () => {
  it(`${RUNS} generated operations: no internal errors, every error coded, no stacks (seed ${SEED})`, async () => {
    console.log(`schema fuzz: seed ${SEED} (FUZZ_SEED=${SEED} to replay), ${RUNS} operations`);
    const schema = buildGatewaySchema();
    const roots = [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
      ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
      ...Object.values(schema.getSubscriptionType()!.getFields()).map((f) => ['subscription', f] as const),
    ];
    const findings: Finding[] = [];
    const seen = new Set<string>();
    const statuses = new Map<number, number>();
    let errors = 0;
    let sseEvents = 0;
    const codes = new Map<string, number>();

    // One seed per operation, drawn from the master seed: the run replays exactly whatever the concurrency.
    const master = prng(SEED);
    const seeds = Array.from({ length: RUNS }, () => master.int(2 ** 32));
    const one = async (i: number) => {
      const rng = prng(seeds[i]!);
      const [kind, first] = rng.pick(roots);
      // A quarter of the operations break the declared types; the rest carry edge values of the right types.
      const b = new OperationBuilder(rng, schema, rng.chance(0.25));
      const selections = [b.root(first, 'a0')];
      // Aliases: the same field again, or a sibling of the same kind (a subscription has one root field).
      for (let k = 1, n = kind === 'subscription' ? 0 : rng.int(3); k <= n; k++) {
        const same = roots.filter(([k2]) => k2 === kind);
        selections.push(b.root(rng.chance(0.5) ? first : rng.pick(same)[1], `a${k}`));
      }
      const query = `${b.header(kind)} { ${selections.join(' ')} }`;
      const res = await t.gateway.yoga.fetch('http://127.0.0.1/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: kind === 'subscription' ? 'text/event-stream' : rng.chance(0.7) ? 'application/graphql-response+json' : 'application/json',
          'x-auth-token': token,
        },
        body: JSON.stringify({ query, variables: b.variables }),
      });
      // Subscriptions over SSE: the first few events (or what arrives within a second), each a JSON payload.
      const payloads = kind === 'subscription' && res.headers.get('content-type')?.includes('text/event-stream') ? await readEvents(res) : [await res.text()];
      if (kind === 'subscription') sseEvents += payloads.length;
      const text = payloads.join('\n');
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const report = (reason: string) => {
        const key = `${first.name}|${reason}`;
        if (seen.has(key)) return;
        seen.add(key);
        findings.push({ reason, query, variables: b.variables, answer: text.slice(0, 800) });
      };
      if (res.status >= 500) report(`HTTP ${res.status}`);
      if (/\bat [^\s]+ \(?[^\s]*:\d+:\d+\)?|node_modules|\.ts:\d+/.test(text)) report('stack trace in the answer');
      const bodies: { errors?: { message: string; extensions?: { code?: unknown } }[] }[] = [];
      for (const p of payloads) {
        try {
          bodies.push(JSON.parse(p));
        } catch {
          report('answer is not JSON');
          return;
        }
      }
      for (const e of bodies.flatMap((b) => b.errors ?? [])) {
        errors++;
        const code = e.extensions?.code;
        codes.set(String(code), (codes.get(String(code)) ?? 0) + 1);
        if (code === 'INTERNAL_SERVER_ERROR' || e.message === 'Unexpected error.') report(`internal error: ${e.message}`);
        else if (typeof code !== 'string') report(`error without extensions.code: ${e.message.slice(0, 120)}`);
      }
    };

    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < RUNS) await one(next++);
      }),
    );

    console.log(
      `schema fuzz: ${RUNS} operations, statuses ${JSON.stringify(Object.fromEntries(statuses))}, ${errors} errors ${JSON.stringify(Object.fromEntries(codes))}, ${sseEvents} subscription payloads, ${findings.length} findings`,
    );
    for (const f of findings.slice(0, 10)) console.log(JSON.stringify(f, null, 1));
    expect(findings.map((f) => `${f.reason} ← ${f.query.slice(0, 200)}`)).toEqual([]);
  }, 180_000);
});
