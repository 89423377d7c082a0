/**
 * The simulator's Glance half against real Glance: one request sequence (plain REST, no gateway) runs on
 * both, and every step's status and response shape (field names and JSON types, with known ids mapped to
 * labels; no other values) must agree. A difference is acceptable only when
 * `src/simulator/README.md`, section "Differences from real Glance", lists it with its reason; any other
 * difference fails here. Skipped unless `. .openstack/env` (or CI) provided the real servers.
 */
import { readFileSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/simulator';
import { glanceUrl, haveOpenStack, inBatches, keystoneToken, passwordToken, rest, type RestResult, type ScopedToken } from './openstack-env';

const PATCH_V21 = 'application/openstack-images-v2.1-json-patch';
const PATCH_V20 = 'application/openstack-images-v2.0-json-patch';

interface Target {
  name: 'simulator' | 'glance';
  url: string;
  owner: ScopedToken;
  member: ScopedToken;
}

/** What one step answered, reduced to what must agree. */
interface Observation {
  status: number;
  /** Media type without parameters, or null without a body. */
  mediaType: string | null;
  /** Field names and JSON types; `text` for a non-JSON body, `empty` for none. */
  shape: Shape;
  /** Facts that must agree beyond shape: which of this run's images a list returned, in order. */
  facts?: unknown;
}

type Shape = string | { [key: string]: Shape } | { '[]': Shape[] };

function shapeOf(value: unknown): Shape {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    // Element shapes, deduplicated: lists of images compare by the shapes they contain.
    const seen = new Map<string, Shape>();
    for (const v of value) {
      const s = shapeOf(v);
      seen.set(JSON.stringify(s), s);
    }
    return { '[]': [...seen.values()] };
  }
  if (typeof value === 'object') {
    const out: Record<string, Shape> = {};
    for (const k of Object.keys(value as object).sort()) out[k] = shapeOf((value as Record<string, unknown>)[k]);
    return out;
  }
  return typeof value;
}

function observe(r: RestResult, facts?: (json: any) => unknown): Observation {
  const mediaType = r.text === '' ? null : (r.contentType?.split(';')[0]?.trim().toLowerCase() ?? null);
  const shape: Shape = r.text === '' ? 'empty' : r.json === undefined ? 'text' : shapeOf(r.json);
  return { status: r.status, mediaType, shape, ...(facts && r.json !== undefined ? { facts: facts(r.json) } : {}) };
}

interface Difference {
  step: string;
  path: string;
  kind: 'status' | 'media-type' | 'only-simulator' | 'only-glance' | 'type' | 'facts';
  detail: string;
}

function compareShapes(step: string, path: string, sim: Shape, real: Shape, out: Difference[]): void {
  const isObj = (s: Shape): s is Record<string, Shape> => typeof s === 'object' && !('[]' in s);
  const isArr = (s: Shape): s is { '[]': Shape[] } => typeof s === 'object' && '[]' in s;
  if (isObj(sim) && isObj(real)) {
    for (const k of new Set([...Object.keys(sim), ...Object.keys(real)])) {
      const p = path ? `${path}.${k}` : k;
      if (!(k in real)) out.push({ step, path: p, kind: 'only-simulator', detail: JSON.stringify(sim[k]) });
      else if (!(k in sim)) out.push({ step, path: p, kind: 'only-glance', detail: JSON.stringify(real[k]) });
      else compareShapes(step, p, sim[k]!, real[k]!, out);
    }
    return;
  }
  if (isArr(sim) && isArr(real)) {
    // An empty list on one side says nothing about element shapes.
    if (sim['[]'].length === 0 || real['[]'].length === 0) {
      if (sim['[]'].length !== real['[]'].length) out.push({ step, path: `${path}[]`, kind: 'type', detail: `simulator ${JSON.stringify(sim)} vs glance ${JSON.stringify(real)}` });
      return;
    }
    // Elements are merged per side so that one list of images compares field by field.
    compareShapes(step, `${path}[]`, mergeShapes(sim['[]']), mergeShapes(real['[]']), out);
    return;
  }
  if (JSON.stringify(sim) !== JSON.stringify(real)) {
    const brief = (s: Shape) => (typeof s === 'string' ? s : isArr(s) ? 'array' : 'object');
    out.push({ step, path: path || 'body', kind: 'type', detail: `simulator ${brief(sim)} vs glance ${brief(real)}` });
  }
}

/** Several element shapes as one: objects take the union of their keys; differing leaves become "a|b". */
function mergeShapes(shapes: Shape[]): Shape {
  if (shapes.length === 1) return shapes[0]!;
  if (shapes.every((s) => typeof s === 'object' && !('[]' in s))) {
    const out: Record<string, Shape[]> = {};
    for (const s of shapes as Record<string, Shape>[]) for (const [k, v] of Object.entries(s)) (out[k] ??= []).push(v);
    return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, mergeShapes(v)]));
  }
  return [...new Set(shapes.map((s) => (typeof s === 'string' ? s : JSON.stringify(s))))].sort().join('|');
}

function compareObservations(step: string, sim: Observation, real: Observation): Difference[] {
  const out: Difference[] = [];
  if (sim.status !== real.status) out.push({ step, path: 'status', kind: 'status', detail: `simulator ${sim.status} vs glance ${real.status}` });
  if (sim.mediaType !== real.mediaType) out.push({ step, path: 'content-type', kind: 'media-type', detail: `simulator ${sim.mediaType} vs glance ${real.mediaType}` });
  compareShapes(step, '', sim.shape, real.shape, out);
  if (JSON.stringify(sim.facts) !== JSON.stringify(real.facts)) {
    out.push({ step, path: 'facts', kind: 'facts', detail: `simulator ${JSON.stringify(sim.facts)} vs glance ${JSON.stringify(real.facts)}` });
  }
  return out;
}

/** The rows of the README's table: `| step | path | kind | reason |`, `*` matching any run of characters. */
interface ListedDifference {
  step: RegExp;
  path: RegExp;
  kind: string;
  reason: string;
  raw: string;
}

function listedDifferences(): ListedDifference[] {
  const readme = readFileSync(new URL('../../src/simulator/README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('## Differences from real Glance');
  if (start < 0) return [];
  const section = readme.slice(start).split(/\n## /)[0]!;
  const glob = (s: string) => new RegExp(`^${s.replace(/`/g, '').trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return section
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|\s*-/.test(l))
    .map((l) => l.split('|').slice(1, -1).map((c) => c.trim()))
    .filter((cells) => cells.length >= 4 && cells[0] !== 'Step')
    .map(([step, path, kind, reason]) => ({ step: glob(step!), path: glob(path!), kind: kind!.replace(/`/g, ''), reason: reason!, raw: `${step} | ${path} | ${kind}` }));
}

/** Which of this run's images (by label) a list answered, in order. */
function labelsOf(labels: Map<string, string>) {
  return (json: any) => (Array.isArray(json?.images) ? json.images.map((i: { id: string }) => labels.get(i.id) ?? 'other') : undefined);
}

/**
 * The sequence. Each step is recorded under a stable name; names starting with "error:" are the
 * error cases. Ids are per target; `labels` maps them to names so list order can be compared.
 */
async function runSequence(t: Target, run: string): Promise<{ observations: Map<string, Observation>; cleanup: string[] }> {
  const observations = new Map<string, Observation>();
  const labels = new Map<string, string>();
  const created: string[] = [];
  const call = (who: 'owner' | 'member', method: string, path: string, init?: Parameters<typeof rest>[4]) =>
    rest(t.url, t[who].token, method, path, init);
  const record = (step: string, r: RestResult, facts?: (json: any) => unknown) => {
    observations.set(step, observe(r, facts));
    return r;
  };
  const tag = `diff-${run}`;

  // --- create, get ---
  const createdMain = record(
    'create image',
    await call('owner', 'POST', '/v2/images', {
      json: { name: `diff-main-${run}`, disk_format: 'raw', container_format: 'bare', visibility: 'private', tags: [tag], diff_prop: 'one' },
    }),
  );
  const main: string = createdMain.json.id;
  created.push(main);
  labels.set(main, 'main');
  record('get image', await call('owner', 'GET', `/v2/images/${main}`));

  // Two more tagged images, one second apart in creation order on both sides (list order is by created_at).
  for (const label of ['second', 'third']) {
    const r = await call('owner', 'POST', '/v2/images', { json: { name: `diff-${label}-${run}`, disk_format: 'qcow2', container_format: 'bare', visibility: 'private', tags: [tag] } });
    created.push(r.json.id);
    labels.set(r.json.id, label);
  }

  // --- lists: filters, limit, marker, next ---
  const byLabels = labelsOf(labels);
  record('list by tag', await call('owner', 'GET', `/v2/images?tag=${tag}`), byLabels);
  record('list by name', await call('owner', 'GET', `/v2/images?name=diff-second-${run}`), byLabels);
  record('list by tag sorted by name asc', await call('owner', 'GET', `/v2/images?tag=${tag}&sort_key=name&sort_dir=asc`), byLabels);
  record('list by tag and disk_format', await call('owner', 'GET', `/v2/images?tag=${tag}&disk_format=qcow2&sort_key=name&sort_dir=asc`), byLabels);
  record('list by tag oldest first', await call('owner', 'GET', `/v2/images?tag=${tag}&sort_key=created_at&sort_dir=asc`), byLabels);
  record('list by id in', await call('owner', 'GET', `/v2/images?id=in:${[...labels.keys()].slice(0, 2).join(',')}`), byLabels);
  const page1 = record('list page 1 (limit 2)', await call('owner', 'GET', `/v2/images?tag=${tag}&limit=2&sort_key=name&sort_dir=asc`), byLabels);
  const next: string | undefined = page1.json?.next;
  if (next) record('list page 2 (next link)', await call('owner', 'GET', next), byLabels);
  record('list with marker', await call('owner', 'GET', `/v2/images?tag=${tag}&limit=2&sort_key=name&sort_dir=asc&marker=${main}`), byLabels);

  // --- JSON patch, both media types ---
  record('patch v2.1 add custom property', await call('owner', 'PATCH', `/v2/images/${main}`, { json: [{ op: 'add', path: '/diff_extra', value: 'a' }], contentType: PATCH_V21 }));
  record('patch v2.0 replace custom property', await call('owner', 'PATCH', `/v2/images/${main}`, { json: [{ replace: '/diff_extra', value: 'b' }], contentType: PATCH_V20 }));
  record('patch v2.1 add existing property (acts as replace)', await call('owner', 'PATCH', `/v2/images/${main}`, { json: [{ op: 'add', path: '/diff_extra', value: 'c' }], contentType: PATCH_V21 }));
  record('patch v2.1 remove custom property', await call('owner', 'PATCH', `/v2/images/${main}`, { json: [{ op: 'remove', path: '/diff_extra' }], contentType: PATCH_V21 }));
  record('patch v2.0 remove custom property', await call('owner', 'PATCH', `/v2/images/${main}`, { json: [{ remove: '/diff_prop' }], contentType: PATCH_V20 }));
  record('patch v2.1 rename', await call('owner', 'PATCH', `/v2/images/${main}`, { json: [{ op: 'replace', path: '/name', value: `diff-main-${run}-renamed` }], contentType: PATCH_V21 }));
  record('patch v2.0 rename', await call('owner', 'PATCH', `/v2/images/${main}`, { json: [{ replace: '/name', value: `diff-main-${run}-again` }], contentType: PATCH_V20 }));

  // --- tags ---
  record('add tag', await call('owner', 'PUT', `/v2/images/${main}/tags/extra`));
  record('add tag again (idempotent)', await call('owner', 'PUT', `/v2/images/${main}/tags/extra`));
  record('get image with tags', await call('owner', 'GET', `/v2/images/${main}`), (j) => [...(j.tags ?? [])].sort());
  record('delete tag', await call('owner', 'DELETE', `/v2/images/${main}/tags/extra`));
  record('error: delete missing tag', await call('owner', 'DELETE', `/v2/images/${main}/tags/extra`));

  // --- members ---
  // Real Glance only shares images whose visibility is `shared`; clients set it first.
  record('patch visibility shared', await call('owner', 'PATCH', `/v2/images/${main}`, { json: [{ op: 'replace', path: '/visibility', value: 'shared' }], contentType: PATCH_V21 }));
  record('add member', await call('owner', 'POST', `/v2/images/${main}/members`, { json: { member: t.member.projectId } }));
  record('error: add duplicate member', await call('owner', 'POST', `/v2/images/${main}/members`, { json: { member: t.member.projectId } }));
  const memberFacts = (j: any) => (Array.isArray(j.members) ? j.members.map((m: { status: string }) => m.status) : j.status);
  record('list members (owner)', await call('owner', 'GET', `/v2/images/${main}/members`), memberFacts);
  record('get member (member)', await call('member', 'GET', `/v2/images/${main}/members/${t.member.projectId}`), memberFacts);
  record('list shared pending (member)', await call('member', 'GET', `/v2/images?visibility=shared&member_status=pending&tag=${tag}`), byLabels);
  record('error: owner sets member status', await call('owner', 'PUT', `/v2/images/${main}/members/${t.member.projectId}`, { json: { status: 'accepted' } }));
  record('error: member sets an unknown status', await call('member', 'PUT', `/v2/images/${main}/members/${t.member.projectId}`, { json: { status: 'maybe' } }));
  record('update member status (member)', await call('member', 'PUT', `/v2/images/${main}/members/${t.member.projectId}`, { json: { status: 'accepted' } }), memberFacts);
  record('list shared accepted (member)', await call('member', 'GET', `/v2/images?visibility=shared&member_status=accepted&tag=${tag}`), byLabels);
  record('list members (member)', await call('member', 'GET', `/v2/images/${main}/members`), memberFacts);
  record('error: member deletes itself', await call('member', 'DELETE', `/v2/images/${main}/members/${t.member.projectId}`));
  record('delete member', await call('owner', 'DELETE', `/v2/images/${main}/members/${t.member.projectId}`));
  record('error: get deleted member', await call('owner', 'GET', `/v2/images/${main}/members/${t.member.projectId}`));
  record('error: get image after unshare (member)', await call('member', 'GET', `/v2/images/${main}`));

  const second = [...labels].find(([, l]) => l === 'second')![0];
  record('error: add member to a private image', await call('owner', 'POST', `/v2/images/${second}/members`, { json: { member: t.member.projectId } }));

  // --- upload ---
  const file = randomBytes(64 * 1024 + 7);
  record('upload file', await call('owner', 'PUT', `/v2/images/${main}/file`, { body: file }));
  record('get after upload', await call('owner', 'GET', `/v2/images/${main}`), (j) => ({ status: j.status, size: j.size }));
  record('error: upload twice', await call('owner', 'PUT', `/v2/images/${main}/file`, { body: file }));
  record('error: upload with wrong content type', await call('owner', 'PUT', `/v2/images/${second}/file`, { body: file, contentType: 'application/json' }));
  record('error: patch disk_format of an active image', await call('owner', 'PATCH', `/v2/images/${main}`, { json: [{ op: 'replace', path: '/disk_format', value: 'qcow2' }], contentType: PATCH_V21 }));

  // --- error cases ---
  const unknown = randomUUID();
  record('error: get unknown image', await call('owner', 'GET', `/v2/images/${unknown}`));
  record('error: patch unknown image', await call('owner', 'PATCH', `/v2/images/${unknown}`, { json: [{ op: 'replace', path: '/name', value: 'x' }], contentType: PATCH_V21 }));
  record('error: delete unknown image', await call('owner', 'DELETE', `/v2/images/${unknown}`));
  record('error: patch with unknown op', await call('owner', 'PATCH', `/v2/images/${second}`, { json: [{ op: 'move', path: '/name', value: 'x' }], contentType: PATCH_V21 }));
  record('error: patch that is not a list', await call('owner', 'PATCH', `/v2/images/${second}`, { json: { op: 'replace', path: '/name', value: 'x' }, contentType: PATCH_V21 }));
  record('error: patch with a bad JSON pointer', await call('owner', 'PATCH', `/v2/images/${second}`, { json: [{ op: 'replace', path: 'name', value: 'x' }], contentType: PATCH_V21 }));
  record('error: patch remove of a missing property', await call('owner', 'PATCH', `/v2/images/${second}`, { json: [{ op: 'remove', path: '/no_such_prop' }], contentType: PATCH_V21 }));
  record('error: patch a read-only attribute', await call('owner', 'PATCH', `/v2/images/${second}`, { json: [{ op: 'replace', path: '/status', value: 'active' }], contentType: PATCH_V21 }));
  record('error: patch with application/json', await call('owner', 'PATCH', `/v2/images/${second}`, { json: [{ op: 'replace', path: '/name', value: 'x' }], contentType: 'application/json' }));
  record('error: patch with malformed JSON', await call('owner', 'PATCH', `/v2/images/${second}`, { raw: '[{"op":', contentType: PATCH_V21 }));
  record('error: create with an unknown disk_format', await call('owner', 'POST', '/v2/images', { json: { name: `diff-bad-${run}`, disk_format: 'floppy' } }));
  record('error: list with a bad limit', await call('owner', 'GET', '/v2/images?limit=abc'));
  record('error: list with an unknown marker', await call('owner', 'GET', `/v2/images?marker=${unknown}`));
  // `third` was never offered to the member (on the simulator `second` was: see the step above).
  const third = [...labels].find(([, l]) => l === 'third')![0];
  record('error: other project patches the image', await call('member', 'PATCH', `/v2/images/${third}`, { json: [{ op: 'replace', path: '/name', value: 'x' }], contentType: PATCH_V21 }));
  record('error: create a public image', await call('owner', 'POST', '/v2/images', { json: { name: `diff-public-${run}`, visibility: 'public' } }));
  record('patch protected', await call('owner', 'PATCH', `/v2/images/${third}`, { json: [{ op: 'replace', path: '/protected', value: true }], contentType: PATCH_V21 }));
  record('error: delete a protected image', await call('owner', 'DELETE', `/v2/images/${third}`));
  record('patch unprotected', await call('owner', 'PATCH', `/v2/images/${third}`, { json: [{ op: 'replace', path: '/protected', value: false }], contentType: PATCH_V21 }));
  record('versions', await rest(t.url, '', 'GET', '/'));
  record('error: no token', await rest(t.url, '', 'GET', '/v2/images'));

  // --- delete ---
  record('delete image', await call('owner', 'DELETE', `/v2/images/${main}`));
  record('error: get after delete', await call('owner', 'GET', `/v2/images/${main}`));
  record('error: delete twice', await call('owner', 'DELETE', `/v2/images/${main}`));

  return { observations, cleanup: created.filter((id) => id !== main) };
}

describe.skipIf(!haveOpenStack)('simulator vs real Glance: same requests, same statuses and shapes', () => {
  let sim: RunningSimulator;
  let simTarget: Target;
  let glanceTarget: Target;
  let results: Record<Target['name'], Map<string, Observation>>;
  const leftovers: { target: Target; ids: string[] }[] = [];

  beforeAll(async () => {
    sim = await startSimulator({ port: 0 });
    const [simAlice, simBob, alice, bob] = await Promise.all([
      passwordToken(sim.url, 'alice', 'alice', 'alpha'),
      passwordToken(sim.url, 'bob', 'bob', 'beta'),
      keystoneToken('ALICE'),
      keystoneToken('BOB'),
    ]);
    simTarget = { name: 'simulator', url: sim.url, owner: simAlice, member: simBob };
    glanceTarget = { name: 'glance', url: glanceUrl, owner: alice, member: bob };
    const run = randomUUID().slice(0, 8);
    const [s, g] = await Promise.all([runSequence(simTarget, run), runSequence(glanceTarget, run)]);
    leftovers.push({ target: simTarget, ids: s.cleanup }, { target: glanceTarget, ids: g.cleanup });
    results = { simulator: s.observations, glance: g.observations };
  });

  afterAll(async () => {
    for (const { target, ids } of leftovers) await inBatches(ids, 4, (id) => rest(target.url, target.owner.token, 'DELETE', `/v2/images/${id}`));
    await sim?.close();
  });

  it('runs every step on both', () => {
    expect([...results.simulator.keys()]).toEqual([...results.glance.keys()]);
    expect(results.glance.size).toBeGreaterThan(50);
  });

  it('differs from real Glance only where the README lists and explains it', () => {
    const listed = listedDifferences();
    const all: Difference[] = [];
    for (const [step, real] of results.glance) {
      const simulated = results.simulator.get(step);
      if (simulated) all.push(...compareObservations(step, simulated, real));
    }
    const isListed = (d: Difference) => listed.some((l) => l.kind === d.kind && l.step.test(d.step) && l.path.test(d.path));
    const unlisted = all.filter((d) => !isListed(d)).map((d) => `| ${d.step} | ${d.path} | ${d.kind} | ${d.detail}`);
    expect(unlisted, `unlisted differences:\n${unlisted.join('\n')}`).toEqual([]);

    // A row that no longer matches anything is stale: the simulator or Glance changed.
    const stale = listed.filter((l) => !all.some((d) => l.kind === d.kind && l.step.test(d.step) && l.path.test(d.path))).map((l) => l.raw);
    expect(stale, `README rows that match no difference:\n${stale.join('\n')}`).toEqual([]);
  });
});
