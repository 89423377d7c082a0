/**
 * Real OpenStack clients against the simulator, and against real Keystone + Glance when `. .openstack/env`
 * (or CI) provides them: the `openstack` CLI (python3-openstackclient), the `glance` CLI (python3-glanceclient)
 * and openstacksdk (python3-openstacksdk) run one realistic session (create with a file, list with filters,
 * sort and paging, show, set name/property/tag, members add/accept/list/remove, download and compare checksums,
 * deactivate/reactivate, delete, and error cases).
 *
 * On the simulator every step must end as a real Glance would (the expectations below). With real Glance the
 * two transcripts are compared step by step by exit status, fields shown and error text; a difference is
 * acceptable only when `src/simulator/README.md`, section "Differences seen by real clients", lists it.
 * Skipped, loudly, when the Debian packages are absent (scripts/openstack/install.sh installs them).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/simulator';
import { haveOpenStack, keystoneUrl } from './openstack-env';

const PYTHON = '/usr/bin/python3';
const haveClis = existsSync('/usr/bin/openstack') && existsSync('/usr/bin/glance') && existsSync(PYTHON) && pythonHasSdk();
if (!haveClis) {
  console.warn('\n!!! clients.test.ts SKIPPED: the openstack/glance CLIs or openstacksdk are not installed (run scripts/openstack/install.sh as root) !!!\n');
}

function pythonHasSdk(): boolean {
  try {
    return existsSync('/usr/lib/python3/dist-packages/openstack/connection.py');
  } catch {
    return false;
  }
}

interface Account {
  user: string;
  password: string;
  project: string;
  projectId: string;
}

interface Target {
  name: 'simulator' | 'glance';
  authUrl: string;
  region: string;
  alice: Account;
  bob: Account;
}

/** What one client step showed, reduced to what must agree between targets. */
interface Outcome {
  exit: number;
  /** Field names shown (JSON keys, table properties), sorted; undefined for commands that print none. */
  fields?: string[];
  /** The error line a person reads (last line of stderr), with ids and names replaced by labels. */
  error?: string;
  /** Values that must hold on every target (e.g. the downloaded checksum matched). */
  facts?: Record<string, unknown>;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ exit: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { env, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const exit = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 1) : 0;
      resolve({ exit, stdout, stderr: exit !== 0 && !stderr.trim() && err ? String(err.message) : stderr });
    });
  });
}

function clientEnv(t: Target, who: Account, home: string): NodeJS.ProcessEnv {
  const keep = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('OS_')));
  return {
    ...keep,
    HOME: home,
    OS_AUTH_URL: t.authUrl,
    OS_USERNAME: who.user,
    OS_PASSWORD: who.password,
    OS_PROJECT_NAME: who.project,
    OS_USER_DOMAIN_NAME: 'Default',
    OS_PROJECT_DOMAIN_NAME: 'Default',
    OS_IDENTITY_API_VERSION: '3',
    OS_IMAGE_API_VERSION: '2',
    OS_INTERFACE: 'public',
    OS_REGION_NAME: t.region,
    PYTHONWARNINGS: 'ignore',
    // A fixed hash seed keeps openstacksdk's set()-ordered error text stable between runs (see sdkError).
    PYTHONHASHSEED: '0',
  };
}

/** The glance CLI prints `| Property | Value |` tables: their first column. */
function tableFields(stdout: string): string[] {
  const rows = stdout.split('\n').filter((l) => l.startsWith('| '));
  return rows
    .slice(1)
    .map((l) => l.split('|')[1]!.trim())
    .filter(Boolean)
    .sort();
}

function md5(path: string): string {
  return createHash('md5').update(readFileSync(path)).digest('hex');
}

interface Session {
  outcomes: Map<string, Outcome>;
}

/** The session, the same on every target. Step names are stable; names starting with "error:" expect failure. */
async function runSession(t: Target, run_: string): Promise<Session> {
  const home = mkdtempSync(join(tmpdir(), `clients-${t.name}-`));
  const outcomes = new Map<string, Outcome>();
  const name = `cli-${run_}`;
  const file = join(home, 'image.raw');
  writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7 + run_.length) % 256)));
  const fileMd5 = md5(file);
  const labels = new Map<string, string>([
    [t.alice.projectId, '<alice-project>'],
    [t.bob.projectId, '<bob-project>'],
  ]);
  const normalise = (s: string): string => {
    let out = s;
    for (const [k, v] of labels) out = out.split(k).join(v);
    return out.replace(UUID, '<uuid>').split(name).join('<name>').replace(/\s+/g, ' ').trim();
  };
  const aliceEnv = clientEnv(t, t.alice, home);
  const bobEnv = clientEnv(t, t.bob, home);

  const record = (step: string, r: { exit: number; stdout: string; stderr: string }, o: Partial<Outcome> = {}): void => {
    const lines = r.stderr.split('\n').map((l) => l.trim()).filter((l) => l && !/warning|deprecat/i.test(l));
    outcomes.set(step, { exit: r.exit, ...(r.exit !== 0 ? { error: normalise(lines.at(-1) ?? '') } : {}), ...o });
  };
  const jsonFields = (stdout: string): string[] | undefined => {
    try {
      const v = JSON.parse(stdout) as unknown;
      const obj = Array.isArray(v) ? v[0] : v;
      return obj && typeof obj === 'object' ? Object.keys(obj).sort() : [];
    } catch {
      return undefined;
    }
  };
  const os = async (step: string, args: string[], env = aliceEnv): Promise<any> => {
    const r = await run('/usr/bin/openstack', args, env);
    record(step, r, args.includes('json') && r.exit === 0 ? { fields: jsonFields(r.stdout) } : {});
    try {
      return r.exit === 0 && args.includes('json') ? JSON.parse(r.stdout) : undefined;
    } catch {
      return undefined;
    }
  };
  const gl = async (step: string, args: string[], env = aliceEnv, table = false): Promise<string> => {
    const r = await run('/usr/bin/glance', args, env);
    record(step, r, table && r.exit === 0 ? { fields: tableFields(r.stdout) } : {});
    return r.stdout;
  };

  try {
    // --- openstack CLI ---
    const created = await os('os: create with a file', ['image', 'create', '--file', file, '--disk-format', 'raw', '--container-format', 'bare', '--property', 'purpose=cli', '--tag', 'first', name, '-f', 'json']);
    const id = String(created?.id ?? 'missing');
    labels.set(id, '<image>');
    const listed = await os('os: list filtered by name', ['image', 'list', '--name', name, '-f', 'json']);
    outcomes.get('os: list filtered by name')!.facts = { ids: (listed ?? []).map((i: any) => labels.get(i.ID) ?? i.ID) };
    await os('os: list by status and tag, sorted, long', ['image', 'list', '--status', 'active', '--tag', 'first', '--sort', 'name:asc', '--long', '-f', 'json']);
    // A second image of alice's, so a page of two exists whatever else the target holds (a fresh Glance has
    // nothing but the image above).
    const second = await run('/usr/bin/openstack', ['image', 'create', '--file', file, '--disk-format', 'raw', '--container-format', 'bare', '-f', 'value', '-c', 'id', `${name}-page`], aliceEnv);
    record('os: create a second image', second);
    const secondId = second.stdout.trim();
    const page1 = await os('os: list first page', ['image', 'list', '--sort', 'created_at:desc', '--limit', '2', '-f', 'json']);
    outcomes.get('os: list first page')!.facts = { count: (page1 ?? []).length };
    if (page1?.[1]) await os('os: list next page (marker)', ['image', 'list', '--sort', 'created_at:desc', '--limit', '2', '--marker', page1[1].ID, '-f', 'json']);
    const shown = await os('os: show', ['image', 'show', name, '-f', 'json']);
    outcomes.get('os: show')!.facts = { status: shown?.status, checksum: shown?.checksum === fileMd5, visibility: shown?.visibility, hashAlgo: shown?.os_hash_algo ?? shown?.properties?.os_hash_algo };
    await os('os: set name, property, tag', ['image', 'set', '--name', `${name}-2`, '--property', 'stage=two', '--tag', 'second', id]);
    const after = await os('os: show after set', ['image', 'show', id, '-f', 'json']);
    outcomes.get('os: show after set')!.facts = {
      name: after?.name === `${name}-2`,
      tags: [...(after?.tags ?? [])].sort(),
      stage: after?.properties?.stage,
    };
    const out1 = join(home, 'download-os.raw');
    await os('os: save (download)', ['image', 'save', '--file', out1, id]);
    outcomes.get('os: save (download)')!.facts = { sameBytes: existsSync(out1) && md5(out1) === fileMd5 };
    await os('os: add project (member)', ['image', 'add', 'project', id, t.bob.projectId, '-f', 'json']);
    await os('os: member accepts', ['image', 'set', '--accept', id], bobEnv);
    const members = await os('os: member list', ['image', 'member', 'list', id, '-f', 'json']);
    outcomes.get('os: member list')!.facts = { members: (members ?? []).map((m: any) => `${labels.get(m['Member ID']) ?? m['Member ID']}:${m.Status}`) };
    await os('os: remove project', ['image', 'remove', 'project', id, t.bob.projectId]);
    await os('os: deactivate', ['image', 'set', '--deactivate', id]);
    const deact = await os('os: show deactivated', ['image', 'show', id, '-f', 'json', '-c', 'status']);
    outcomes.get('os: show deactivated')!.facts = { status: deact?.status };
    await os('error: os: save a deactivated image', ['image', 'save', '--file', join(home, 'no.raw'), id]);
    await os('os: reactivate', ['image', 'set', '--activate', id]);
    await os('error: os: show unknown image', ['image', 'show', 'no-such-image-anywhere']);
    await os('error: os: delete unknown image', ['image', 'delete', '00000000-0000-4000-8000-000000000000']);
    await os('error: os: bob sets alice’s image', ['image', 'set', '--name', 'stolen', id], bobEnv);

    // --- glance CLI ---
    const gOut = await gl('glance: image-create with a file', ['image-create', '--name', `${name}-g`, '--disk-format', 'raw', '--container-format', 'bare', '--file', file], aliceEnv, true);
    const gid = /\|\s*id\s*\|\s*([0-9a-f-]{36})/.exec(gOut)?.[1] ?? 'missing';
    labels.set(gid, '<glance-image>');
    await gl('glance: image-list sorted and paged', ['image-list', '--limit', '3', '--page-size', '3', '--sort-key', 'name', '--sort-dir', 'asc']);
    await gl('glance: image-list filtered', ['image-list', '--property-filter', `name=${name}-g`]);
    await gl('glance: image-update name and property', ['image-update', '--name', `${name}-g2`, '--property', 'stage=g', gid], aliceEnv, true);
    await gl('glance: image-tag-update', ['image-tag-update', gid, 'gtag']);
    await gl('glance: member-create', ['member-create', gid, t.bob.projectId], aliceEnv);
    await gl('glance: member-update (accept, as member)', ['member-update', gid, t.bob.projectId, 'accepted'], bobEnv);
    await gl('glance: member-list', ['member-list', '--image-id', gid], aliceEnv);
    await gl('glance: member-delete', ['member-delete', gid, t.bob.projectId]);
    const out2 = join(home, 'download-glance.raw');
    await gl('glance: image-download', ['image-download', '--file', out2, gid]);
    outcomes.get('glance: image-download')!.facts = { sameBytes: existsSync(out2) && md5(out2) === fileMd5 };
    await gl('glance: image-deactivate', ['image-deactivate', gid]);
    await gl('error: glance: image-download of a deactivated image', ['image-download', '--file', join(home, 'no2.raw'), gid]);
    await gl('glance: image-reactivate', ['image-reactivate', gid]);
    await gl('error: glance: image-show unknown', ['image-show', '00000000-0000-4000-8000-000000000000']);
    await gl('error: glance: member-create on an unknown image', ['member-create', '00000000-0000-4000-8000-000000000000', t.bob.projectId]);
    await gl('glance: image-delete', ['image-delete', gid]);

    // --- openstacksdk: one process, one line per call ---
    const sdk = await run(PYTHON, ['-c', SDK_SCRIPT, file, name, t.bob.projectId, fileMd5], aliceEnv);
    for (const line of sdk.stdout.split('\n').filter(Boolean)) {
      const o = JSON.parse(line) as { step: string; ok: boolean; error?: string; fields?: string[]; facts?: Record<string, unknown> };
      outcomes.set(`sdk: ${o.step}`, {
        exit: o.ok ? 0 : 1,
        ...(o.error !== undefined ? { error: sdkError(normalise(o.error)) } : {}),
        ...(o.fields ? { fields: o.fields } : {}),
        ...(o.facts ? { facts: o.facts } : {}),
      });
    }
    if (sdk.exit !== 0) outcomes.set('sdk: script', { exit: sdk.exit, error: normalise(sdk.stderr.split('\n').filter(Boolean).at(-1) ?? '') });

    if (secondId) await os('os: delete the second image', ['image', 'delete', secondId]);
    await os('os: delete', ['image', 'delete', id]);
    await os('error: os: show after delete', ['image', 'show', id]);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  return { outcomes };
}

/**
 * openstacksdk joins the lines of an HTML error body in set() order, which follows string hashes and so the
 * image ids in them: the parts after the exception name are compared as a set.
 */
function sdkError(text: string): string {
  const [name, ...parts] = text.split(': ');
  return [name, ...parts.sort()].join(': ');
}

/** openstacksdk's image proxy through a session: each call prints {step, ok, error?, fields?, facts?}. */
const SDK_SCRIPT = String.raw`
import hashlib, json, sys, openstack
from openstack import exceptions
path, name, peer, md5 = sys.argv[1:5]
conn = openstack.connect()
def out(step, ok, **kw): print(json.dumps(dict(step=step, ok=ok, **kw)), flush=True)
def call(step, fn, fields=None, facts=None):
    try:
        v = fn()
        kw = {}
        if fields: kw['fields'] = sorted(fields(v))
        if facts: kw['facts'] = facts(v)
        out(step, True, **kw); return v
    except exceptions.SDKException as e:
        msg = getattr(e, 'details', None) or str(e)
        out(step, False, error='%s: %s' % (type(e).__name__, str(msg).splitlines()[0] if msg else '')); return None
img = call('create_image with a file', lambda: conn.image.create_image(name=name + '-sdk', filename=path, disk_format='raw', container_format='bare', wait=True, tags=['sdk']),
           facts=lambda i: {'visibility': i.visibility})
iid = img.id if img else '00000000-0000-4000-8000-000000000000'
call('images filtered and sorted', lambda: list(conn.image.images(name=name + '-sdk', sort_key='name', sort_dir='asc', limit=1)), facts=lambda l: {'count': len(l)})
call('images paged (limit 2, three items)', lambda: [i.id for _, i in zip(range(3), conn.image.images(limit=2))], facts=lambda l: {'count': len(l)})
call('get_image', lambda: conn.image.get_image(iid), fields=lambda i: [k for k, v in i.to_dict(computed=False).items() if v is not None and k != 'properties'],
     facts=lambda i: {'status': i.status, 'checksum': i.checksum == md5, 'hash_algo': i.hash_algo})
call('update_image', lambda: conn.image.update_image(iid, name=name + '-sdk2', stage='sdk'), facts=lambda i: {'name': i.name == name + '-sdk2'})
call('add_tag', lambda: conn.image.add_tag(iid, 'sdk2'))
call('add_member', lambda: conn.image.add_member(iid, member_id=peer), facts=lambda m: {'status': m.status})
call('members', lambda: list(conn.image.members(iid)), facts=lambda l: {'count': len(l)})
call('remove_member', lambda: conn.image.remove_member(peer, iid))
call('download_image', lambda: conn.image.download_image(iid), facts=lambda r: {'sameBytes': hashlib.md5(r.content).hexdigest() == md5})
call('deactivate_image', lambda: conn.image.deactivate_image(iid))
call('status after deactivate', lambda: conn.image.get_image(iid).status, facts=lambda s: {'status': s})
call('reactivate_image', lambda: conn.image.reactivate_image(iid))
call('stores', lambda: [s.id for s in conn.image.stores()], facts=lambda l: {'count': len(l)})
call('import info', lambda: conn.image.get('/info/import').json()['import-methods']['value'], facts=lambda v: {'glanceDirect': 'glance-direct' in v})
call('error: get unknown image', lambda: conn.image.get_image('00000000-0000-4000-8000-000000000000'))
call('error: remove_tag that is absent', lambda: conn.image.remove_tag(iid, 'never-set'))
call('delete_image', lambda: conn.image.delete_image(iid))
call('error: delete_image again', lambda: conn.image.delete_image(iid, ignore_missing=False))
`;

/** What every target must show, whatever it is (the simulator is checked against these alone). */
function expectSessionLikeGlance(s: Session): void {
  const o = (step: string): Outcome => {
    const v = s.outcomes.get(step);
    if (!v) throw new Error(`step not run: ${step}`);
    return v;
  };
  const failed = [...s.outcomes].filter(([step, v]) => (step.startsWith('error: ') || step.includes(': error: ') ? v.exit === 0 : v.exit !== 0));
  expect(failed.map(([step, v]) => `${step}: exit ${v.exit} ${v.error ?? ''}`)).toEqual([]);
  expect(o('os: list filtered by name').facts).toEqual({ ids: ['<image>'] });
  expect(o('os: list first page').facts).toEqual({ count: 2 });
  expect(o('os: show').facts).toEqual({ status: 'active', checksum: true, visibility: 'shared', hashAlgo: 'sha512' });
  expect(o('os: show after set').facts).toEqual({ name: true, tags: ['first', 'second'], stage: 'two' });
  expect(o('os: save (download)').facts).toEqual({ sameBytes: true });
  expect(o('os: member list').facts).toEqual({ members: ['<bob-project>:accepted'] });
  expect(o('os: show deactivated').facts).toEqual({ status: 'deactivated' });
  expect(o('glance: image-download').facts).toEqual({ sameBytes: true });
  // create_image returns the image as created (queued); get_image reads it after the upload.
  expect(o('sdk: create_image with a file').facts).toEqual({ visibility: 'shared' });
  expect(o('sdk: get_image').facts).toEqual({ status: 'active', checksum: true, hash_algo: 'sha512' });
  expect(o('sdk: download_image').facts).toEqual({ sameBytes: true });
  expect(o('sdk: status after deactivate').facts).toEqual({ status: 'deactivated' });
  expect(o('sdk: images paged (limit 2, three items)').facts).toEqual({ count: 3 });
  expect(o('sdk: add_member').facts).toEqual({ status: 'pending' });
  expect(s.outcomes.has('sdk: script')).toBe(false);
}

interface ListedDifference {
  step: RegExp;
  aspect: string;
  text: string;
}

/** Rows of the README's "Differences seen by real clients" table: `| step | aspect | why |` (`*` = any text). */
function listedDifferences(): ListedDifference[] {
  const readme = readFileSync(new URL('../../src/simulator/README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('## Differences seen by real clients');
  if (start < 0) return [];
  const section = readme.slice(start).split(/\n## /)[0]!;
  return section
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((l) => l.split('|').slice(1, -1).map((c) => c.trim().replace(/^`|`$/g, '')))
    .map(([step, aspect]) => ({
      step: new RegExp(`^${step!.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`),
      aspect: aspect!,
      text: `${step} | ${aspect}`,
    }));
}

function differences(sim: Session, real: Session): { step: string; aspect: string; detail: string }[] {
  const out: { step: string; aspect: string; detail: string }[] = [];
  for (const [step, r] of real.outcomes) {
    const s = sim.outcomes.get(step);
    if (!s) {
      out.push({ step, aspect: 'missing', detail: 'not run on the simulator' });
      continue;
    }
    if (s.exit !== r.exit) out.push({ step, aspect: 'exit', detail: `simulator ${s.exit} vs glance ${r.exit}` });
    if ((s.error ?? '') !== (r.error ?? '')) out.push({ step, aspect: 'error', detail: `simulator "${s.error}" vs glance "${r.error}"` });
    if (s.fields && r.fields) {
      // IMS extension attributes (`__*` and the other §C.1.2 ones) are Huawei's: only missing fields count.
      const missing = r.fields.filter((f) => !s.fields!.includes(f));
      if (missing.length) out.push({ step, aspect: 'fields', detail: `missing on the simulator: ${missing.join(', ')}` });
    }
    if (JSON.stringify(s.facts ?? null) !== JSON.stringify(r.facts ?? null)) {
      out.push({ step, aspect: 'facts', detail: `simulator ${JSON.stringify(s.facts)} vs glance ${JSON.stringify(r.facts)}` });
    }
  }
  return out;
}

describe.skipIf(!haveClis)('real OpenStack clients (openstack, glance, openstacksdk)', () => {
  let sim: RunningSimulator;
  let simSession: Session;
  let realSession: Session | undefined;

  beforeAll(async () => {
    sim = await startSimulator({ port: 0 });
    const user = (n: string): Account => {
      const u = sim.users.find((x) => x.name === n)!;
      return { user: n, password: u.password, project: u.project.name, projectId: u.project.id };
    };
    const simTarget: Target = { name: 'simulator', authUrl: `${sim.url}/v3`, region: 'cn-north-4', alice: user('alice'), bob: user('bob') };
    const runId = Date.now().toString(36);
    const real = haveOpenStack ? realTarget() : undefined;
    // The two targets run side by side: each CLI start costs about a second of Python import.
    [simSession, realSession] = await Promise.all([runSession(simTarget, runId), real ? runSession(real, runId) : Promise.resolve(undefined)]);
  }, 600_000);
  afterAll(() => sim?.close());

  it('the simulator answers every step as Glance does', () => {
    expectSessionLikeGlance(simSession);
  });

  it.skipIf(!haveOpenStack)('real Glance passes the same expectations (the expectations are Glance’s)', () => {
    expectSessionLikeGlance(realSession!);
  });

  it.skipIf(!haveOpenStack)('differs from real Glance only where the README lists and explains it', () => {
    const listed = listedDifferences();
    const found = differences(simSession, realSession!);
    const unlisted = found.filter((d) => !listed.some((l) => l.step.test(d.step) && l.aspect === d.aspect));
    expect(unlisted.map((d) => `| ${d.step} | ${d.aspect} | ${d.detail}`), 'unlisted differences').toEqual([]);
    const stale = listed.filter((l) => !found.some((d) => l.step.test(d.step) && l.aspect === d.aspect));
    expect(stale.map((l) => l.text), 'README rows that match no difference').toEqual([]);
  });
});

function realTarget(): Target {
  const env = process.env;
  const acct = (who: 'ALICE' | 'BOB'): Account => ({
    user: env[`OS_IT_${who}_USERNAME`]!,
    password: env[`OS_IT_${who}_PASSWORD`]!,
    project: env[`OS_IT_${who}_PROJECT`]!,
    projectId: env[`OS_IT_${who}_PROJECT_ID`]!,
  });
  return { name: 'glance', authUrl: `${keystoneUrl}/v3`, region: env.OS_IT_REGION ?? 'RegionOne', alice: acct('ALICE'), bob: acct('BOB') };
}
