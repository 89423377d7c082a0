/**
 * Tokens never reach logs or error messages: with debug logging on, a token used for successful calls,
 * failing upstream calls, a rejected token and a subscription never appears in anything the gateway prints
 * or answers.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

let t: TestGateway;
const printed: string[] = [];
const sinks = ['log', 'info', 'warn', 'error', 'debug'] as const;

beforeAll(async () => {
  for (const s of sinks) vi.spyOn(console, s).mockImplementation((...args: unknown[]) => void printed.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' ')));
  vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: unknown) => (printed.push(String(chunk)), true)) as never);
  vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: unknown) => (printed.push(String(chunk)), true)) as never);
  // JSON lines go to stdout's file descriptor through pino's destination, not process.stdout: captured here too.
  t = await startTestGateway({ LOG_LEVEL: 'debug', LOG_FORMAT: 'json' }, { logDestination: { write: (line: string) => void printed.push(line) } });
});
afterAll(async () => {
  await t?.close();
  vi.restoreAllMocks();
});

describe('secrets', () => {
  it('never prints or returns the caller’s token', async () => {
    const token = await t.token('alice');
    const answers: string[] = [];
    answers.push(JSON.stringify(await t.gql(`{ images(first: 2) { edges { node { name } } } quota { images { used } } }`, undefined, { token })));
    await t.fault({ method: 'GET', path: '/v1/cloudimages/quota', kind: 'status', status: 500, body: { error_msg: `token ${token} rejected`, error_code: 'X.1' } });
    answers.push(JSON.stringify(await t.gql(`{ quota { images { used } } }`, undefined, { token })));
    await t.fault({ method: 'GET', path: '/v2/images', kind: 'malformed_json' });
    answers.push(JSON.stringify(await t.gql(`{ images(first: 1) { edges { node { name } } } }`, undefined, { token })));
    await t.clearFaults();
    answers.push(JSON.stringify(await t.gql(`{ image(id: "00000000-0000-4000-8000-000000000000") { name } }`, undefined, { token })));
    const forged = `${token}x`;
    answers.push(JSON.stringify(await t.gql(`{ quota { images { used } } }`, undefined, { token: forged })));

    expect(printed.length).toBeGreaterThan(0); // debug logging really ran
    for (const line of [...printed, ...answers]) {
      expect(line).not.toContain(token);
      expect(line).not.toContain(forged);
    }
    // The upstream echoed the token in its error body; the gateway redacts it.
    expect(answers[1]).toContain('[redacted]');
  });
});
