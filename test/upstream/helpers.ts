import { fileURLToPath } from 'node:url';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { AuthProvider } from '../../src/upstream/auth/types';

export interface TestServer {
  url: string;
  /** Requests seen, in order. */
  requests: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[];
  /** TCP connections accepted. */
  connections: () => number;
  close: () => Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1, port 0. The handler gets the buffered request body, unless `raw` is set
 * (then it reads the request itself).
 */
export async function startServer(
  handler: (req: IncomingMessage, res: ServerResponse, body: string, n: number) => void | Promise<void>,
  opts: { raw?: boolean } = {},
): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  const server: Server = createServer((req, res) => {
    const n = requests.length;
    if (opts.raw) {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: '' });
      void handler(req, res, '', n);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      void handler(req, res, body, n);
    });
  });
  server.on('connection', (s: Socket) => {
    connections++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function tokenAuth(token: string): AuthProvider {
  return {
    kind: 'passthrough',
    async authorize() {
      return { 'x-auth-token': token };
    },
  };
}

/** A sleep that records the requested delays and returns at once: tests never wait on the clock. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return {
    delays,
    sleep: async (ms: number) => {
      delays.push(ms);
    },
  };
}

/** The upstream endpoint list, kept in the repository (docs/api/endpoints.json). */
export const ENDPOINTS_JSON_PATH = fileURLToPath(new URL('../../docs/api/endpoints.json', import.meta.url));
