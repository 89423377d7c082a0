/**
 * The README runs as written: every example block (bash, graphql, ts) is run against a started gateway on the
 * embedded simulator, in order, as a reader pasting them into one shell would. A block is skipped only when the
 * line above it says, visibly, "(not run by the documentation test: <why>)"; "(expected errors: CODE, …)" says
 * which GraphQL errors a block is meant to show.
 *
 * The bash blocks read GW (the gateway's URL; the README defaults it to http://127.0.0.1:4000, the test sets it
 * to its own gateway on a free port) and run in one bash process so variables carry from block to block.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

interface Block {
  index: number;
  lang: string;
  code: string;
  line: number;
  skip: string | null;
  expectedErrors: string[];
}

function blocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i]!.match(/^```(\w+)\s*$/);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    while (++i < lines.length && !lines[i]!.startsWith('```')) body.push(lines[i]!);
    let prev = start - 1;
    while (prev >= 0 && lines[prev]!.trim() === '') prev--;
    const above = prev >= 0 ? lines[prev]! : '';
    out.push({
      index: out.length,
      lang: open[1]!,
      code: body.join('\n'),
      line: start + 1,
      skip: above.match(/\(not run by the documentation test: ([^)]+)\)/)?.[1] ?? null,
      expectedErrors: above.match(/\(expected errors: ([A-Z_, ]+)\)/)?.[1]?.split(/,\s*/) ?? [],
    });
  }
  return out;
}

const all = blocks(README);
const label = (b: Block) => `README line ${b.line} (${b.lang})`;
/** A typed mutation error or a GraphQL error in a response printed by a block. */
const FAILURE = /"errors"\s*:\s*\[|"__typename"\s*:\s*"\w+Error"/;

let t: TestGateway;
let workdir: string;
const bashResults = new Map<number, { ok: boolean; output: string }>();

beforeAll(async () => {
  t = await startTestGateway();
  workdir = mkdtempSync(join(tmpdir(), 'readme-'));
  // All runnable bash blocks in one shell, in order; each prints its output between markers.
  const bash = all.filter((b) => b.lang === 'bash' && !b.skip);
  const script = ['set -eo pipefail', ...bash.flatMap((b) => [`echo "@@begin ${b.index}@@"`, b.code, '', `echo "@@end ${b.index}@@"`])].join('\n');
  writeFileSync(join(workdir, 'readme.sh'), script);
  let stdout = '';
  try {
    ({ stdout } = await run('bash', [join(workdir, 'readme.sh')], { cwd: workdir, env: { ...process.env, GW: t.gateway.url }, timeout: 120_000, maxBuffer: 64 << 20 }));
  } catch (e) {
    stdout = (e as { stdout?: string }).stdout ?? '';
  }
  for (const b of bash) {
    const m = stdout.match(new RegExp(`@@begin ${b.index}@@\\n([\\s\\S]*?)(@@end ${b.index}@@|$)`));
    bashResults.set(b.index, { ok: !!m?.[2], output: m?.[1] ?? '' });
    if (process.env.README_TEST_DEBUG) console.log(b.line, !!m?.[2], (m?.[1] ?? "").slice(0, 400));
  }
}, 180_000);

afterAll(async () => {
  await t?.close();
  if (workdir) rmSync(workdir, { recursive: true, force: true });
});

describe('README', () => {
  it('has example blocks of every kind, and few that are not run', () => {
    const kinds = new Set(all.map((b) => b.lang));
    for (const k of ['bash', 'graphql', 'ts']) expect(kinds).toContain(k);
    // Configuration for other tools (Prometheus' scrape config and PromQL): test/integration/prometheus.test.ts
    // runs the same queries against a real Prometheus; this test runs everything else.
    for (const k of kinds) expect(['bash', 'graphql', 'ts', 'yaml', 'promql']).toContain(k);
    expect(all.filter((b) => b.skip).length).toBeLessThanOrEqual(6);
  });

  for (const b of all) {
    if (b.skip) {
      it.skip(`${label(b)}: not run (${b.skip})`, () => {});
      continue;
    }
    if (b.lang === 'bash') {
      it(`${label(b)} runs in a shell as written`, () => {
        const r = bashResults.get(b.index)!;
        expect(r.ok, `the block stopped with an error; output:\n${r.output}`).toBe(true);
        expect(r.output, 'no GraphQL error and no typed error in what it printed').not.toMatch(FAILURE);
      });
    } else if (b.lang === 'graphql') {
      it(`${label(b)}: every operation runs as written`, async () => {
        const doc = parse(b.code);
        for (const op of doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
          const name = op.name?.value ?? '(anonymous)';
          if (op.operation === 'mutation') expect(print(op), `${name} selects its error branch`).toMatch(/\.\.\. on Error \{[^}]*code/);
          const r = await t.gql({ kind: Kind.DOCUMENT, definitions: [op] } as never);
          const codes = (r.errors ?? []).map((e) => e.extensions?.code);
          expect(codes, `${name}: ${JSON.stringify(r.errors)}`).toEqual(b.expectedErrors);
          if (op.operation === 'mutation')
            for (const v of Object.values(r.data ?? {})) expect((v as { __typename?: string }).__typename, `${name}: ${JSON.stringify(v)}`).not.toMatch(/Error$/);
        }
      });
    } else if (b.lang === 'ts') {
      it(`${label(b)} runs on Node as written`, async () => {
        // Inside the repository so that its imports resolve from node_modules.
        const file = join(ROOT, `test/docs/readme-block-${b.index}.tmp.ts`);
        writeFileSync(file, b.code);
        try {
          const { stdout } = await run(join(ROOT, 'node_modules/.bin/tsx'), [file], { cwd: ROOT, env: { ...process.env, GW: t.gateway.url }, timeout: 60_000 });
          expect(stdout).toMatch(/SUCCESS/);
          expect(stdout).not.toMatch(FAILURE);
        } finally {
          rmSync(file, { force: true });
        }
      }, 90_000);
    }
  }
});
