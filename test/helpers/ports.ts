/**
 * Ports that tests pick by hand for processes they start later (redis-server, the cluster's replicas): picked
 * between 20000 and the kernel's ephemeral range. Above it, a port found free a moment ago can be taken by any
 * outgoing connection's source port or any `listen(0)` of a parallel suite before the process that was meant to
 * have it starts (this happened in CI: "Port 33318 … is already in use").
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.once('error', () => resolvePort(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolvePort(true)));
  });
}

/** The first port of the kernel's ephemeral range (32768 unless the machine says otherwise). */
function ephemeralLow(): number {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > 21_000 ? low : 32_768;
  } catch {
    return 32_768;
  }
}

/** `count` consecutive free ports (replicas take BASE, BASE+1, …), between 20000 and the ephemeral range. */
export async function freePorts(count: number): Promise<number> {
  const low = 20_000;
  const high = ephemeralLow() - count;
  for (let attempt = 0; attempt < 200; attempt++) {
    const base = low + Math.floor(Math.random() * (high - low));
    let ok = true;
    for (let i = 0; i < count && ok; i++) ok = await portFree(base + i);
    if (ok) return base;
  }
  throw new Error('no free ports');
}

/** One free port, as freePorts. */
export const freePort = (): Promise<number> => freePorts(1);
