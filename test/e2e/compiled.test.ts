/**
 * `npm run build` → `node dist/main.js`: the compiled gateway starts on its embedded simulator and serves what the
 * tsx one serves, including the files it reads from the checkout (GraphiQL's examples, the dashboard's source).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('the compiled gateway (npm run build, node dist/main.js)', () => {
  let child: ChildProcess;
  let url = '';
  beforeAll(async () => {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'pipe' });
    child = spawn(process.execPath, ['dist/main.js'], { cwd: ROOT, env: { ...process.env, PORT: '0', LOG_FORMAT: 'json', LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (d) => {
        out += String(d);
        const m = /GraphQL \+ GraphiQL\s+(http:\/\/\S+)\/graphql/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
  }, 60_000);
  afterAll(() => {
    child?.kill('SIGTERM');
  });

  it('answers GraphQL with the demo token, and serves GraphiQL with its examples and the dashboard', async () => {
    const token = await (await fetch(`${url}/demo/token?user=bob`)).text();
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-auth-token': token.trim() },
      body: JSON.stringify({ query: '{ images(first: 3, filter: { imageType: PRIVATE }) { edges { node { name } } } }' }),
    });
    const body = (await res.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.images.edges.map((e: any) => e.node.name).every((n: string) => n.startsWith('beta-'))).toBe(true);
    const page = await (await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('CopyImage');
    expect((await fetch(`${url}/dashboard`)).status).toBe(200);
    expect((await fetch(`${url}/ready`)).status).toBe(200);
  });
});
