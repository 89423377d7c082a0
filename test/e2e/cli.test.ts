/**
 * The command line as a person meets it: `--help` lists every environment variable the gateway reads (from
 * the config schema, each with its meaning), and a port already in use is one line naming the port and the
 * variable to change, with a non-zero exit and no stack trace.
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnvSchema } from '../../src/config';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const TSX = `${ROOT}node_modules/.bin/tsx`;

async function gateway(args: string[], env: Record<string, string>) {
  try {
    const r = await run(TSX, ['src/main.ts', ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'silent', ...env }, timeout: 60_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code?: number; stdout?: string; stderr?: string; killed?: boolean };
    return { code: x.killed ? -1 : (x.code ?? -1), stdout: x.stdout ?? '', stderr: x.stderr ?? '' };
  }
}

describe('--help', () => {
  it('lists every environment variable of the config schema, each with its meaning, and exits 0', async () => {
    const r = await gateway(['--help'], {});
    expect(r.code).toBe(0);
    for (const name of Object.keys(EnvSchema.shape)) {
      const line = r.stdout.split('\n').find((l) => l.trim().startsWith(`${name} `));
      expect(line, `${name} is listed`).toBeTruthy();
      // The meaning comes from README's Configuration table: a variable missing there has none.
      expect(line!.trim().slice(name.length).trim().length, `${name} has a meaning (a row in README's Configuration table)`).toBeGreaterThan(10);
    }
    expect(r.stdout).toMatch(/PORT\s+Port .*\[4000\]/);
  }, 90_000);
});

describe('a port already in use', () => {
  let blocker: Server;
  let port: number;
  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    port = (blocker.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it.each([
    ['PORT', { PORT: 'BUSY' }],
    ['SIM_PORT', { PORT: '0', SIM_PORT: 'BUSY' }],
  ])('%s: one line naming the port and the variable, non-zero exit', async (variable, env) => {
    const r = await gateway([], Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === 'BUSY' ? String(port) : v])));
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBe(-1); // it exited by itself
    const lines = r.stderr.trim().split('\n');
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    expect(lines[0]).toContain(`set ${variable} to another port`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 90_000);
});
