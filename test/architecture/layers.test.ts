/**
 * One-way layers (issue #9): main → server → schema → loaders → context → jobs → {cluster, upstream} → config.
 * A module may import its own room or any room below it, never one above. The simulator is apart (only the
 * transport layer starts it, for the embedded default, and it imports nothing of the gateway), and so is the
 * dashboard's browser app. Every relative import in src/ is checked: static, `export … from` and dynamic.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;

/** Rank of each room: lower ranks may import higher ones. */
const RANK: Record<string, number> = {
  main: 0,
  cli: 0,
  server: 1,
  dashboard: 1, // the dashboard's server side (bundler), beside the transport that serves it
  schema: 2,
  loaders: 3,
  context: 4,
  jobs: 5,
  cluster: 6,
  upstream: 6,
  config: 7,
  paths: 7,
};
const APART = ['simulator', 'dashboard/app'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

function room(path: string): string {
  const parts = relative(SRC, path).split('/');
  if (parts[0] === 'dashboard' && parts[1] === 'app') return 'dashboard/app';
  return parts[0]!.replace(/\.tsx?$/, '');
}

const IMPORT = /(?:^|[^\w.])(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]*)['"]/g;

function edges(): { from: string; to: string; fromRoom: string; toRoom: string }[] {
  return files(SRC).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => {
      const to = normalize(join(dirname(file), m[1]!));
      return { from: relative(SRC, file), to: relative(SRC, to), fromRoom: room(file), toRoom: room(to) };
    }),
  );
}

describe('layers', () => {
  const all = edges();

  it('sees the imports it checks (a guard against a regex that matches nothing)', () => {
    expect(all.length).toBeGreaterThan(300);
    const rooms = new Set(all.map((e) => e.fromRoom));
    for (const r of ['main', 'server', 'schema', 'loaders', 'context', 'jobs', 'upstream', 'simulator', 'dashboard/app']) expect(rooms).toContain(r);
  });

  it('every room of src/ has a place in the order', () => {
    for (const e of all) expect(Object.keys(RANK).concat(APART), e.from).toContain(e.fromRoom);
  });

  it('no import runs up the stack', () => {
    const upward = all.filter((e) => e.fromRoom !== e.toRoom && RANK[e.fromRoom] !== undefined && RANK[e.toRoom] !== undefined && RANK[e.toRoom]! < RANK[e.fromRoom]!);
    expect(upward.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it('the simulator and the dashboard app import nothing of the gateway; only the transport starts the simulator', () => {
    for (const apart of APART) {
      const out = all.filter((e) => e.fromRoom === apart && e.toRoom !== apart);
      expect(out.map((e) => `${e.from} → ${e.to}`), apart).toEqual([]);
    }
    const intoSimulator = all.filter((e) => e.toRoom === 'simulator' && e.fromRoom !== 'simulator');
    expect(new Set(intoSimulator.map((e) => e.fromRoom))).toEqual(new Set(['server']));
    expect(all.filter((e) => e.toRoom === 'dashboard/app' && e.fromRoom !== 'dashboard/app')).toEqual([]);
  });
});
