/**
 * graphql-ws: at most WS_MAX_CONNECTIONS_PER_CLIENT sockets per client (token hash), refused with close code
 * 4429; other clients are unaffected; a closed socket frees its slot. The per-socket subscription cap stays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ WS_MAX_CONNECTIONS_PER_CLIENT: '2', WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '1' });
});
afterAll(async () => {
  await t?.close();
});

/** Opens a graphql-ws socket and sends connection_init: resolves on ack, or with the close code and reason. */
function connect(token: string): Promise<{ ws: WebSocket; acked: boolean; code?: number; reason?: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(t.gateway.wsUrl, 'graphql-transport-ws');
    ws.once('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { 'X-Auth-Token': token } })));
    ws.on('message', (m) => {
      if (JSON.parse(String(m)).type === 'connection_ack') resolve({ ws, acked: true });
    });
    ws.once('close', (code, reason) => resolve({ ws, acked: false, code, reason: String(reason) }));
    ws.once('error', reject);
  });
}

function closed(ws: WebSocket): Promise<void> {
  return ws.readyState === WebSocket.CLOSED ? Promise.resolve() : new Promise((r) => ws.once('close', () => r()));
}

describe('websocket connections per client', () => {
  it('the third socket of one token is closed with 4429; another token connects; closing one frees a slot', async () => {
    const alice = await t.token('alice');
    const bob = await t.token('bob');
    const a1 = await connect(alice);
    const a2 = await connect(alice);
    expect([a1.acked, a2.acked]).toEqual([true, true]);
    const a3 = await connect(alice);
    expect(a3.acked).toBe(false);
    expect(a3.code).toBe(4429);
    expect(a3.reason).toMatch(/WS_MAX_CONNECTIONS_PER_CLIENT=2/);
    const b1 = await connect(bob);
    expect(b1.acked).toBe(true);
    a1.ws.close();
    await closed(a1.ws);
    // The server sees the close a moment after the client: retry for a short while instead of timing it.
    let a4 = await connect(alice);
    for (let i = 0; i < 20 && !a4.acked; i++) {
      await new Promise((r) => setTimeout(r, 50));
      a4 = await connect(alice);
    }
    expect(a4.acked).toBe(true);
    for (const c of [a2, b1, a4]) c.ws.close();
  });

  it('the per-socket subscription cap still refuses the second subscription on one socket', async () => {
    const carol = await t.token('carol');
    const c = await connect(carol);
    expect(c.acked).toBe(true);
    const messages: any[] = [];
    c.ws.on('message', (m) => messages.push(JSON.parse(String(m))));
    const sub = (id: string) =>
      c.ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query: 'subscription { jobProgress(id: "0123456789abcdef0123456789abcdef") { status } }' } }));
    sub('1');
    sub('2');
    for (let i = 0; i < 100 && !messages.some((m) => m.id === '2'); i++) await new Promise((r) => setTimeout(r, 20));
    const second = messages.find((m) => m.id === '2');
    expect(second?.type).toBe('error');
    expect(second?.payload?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    c.ws.close();
  });
});
