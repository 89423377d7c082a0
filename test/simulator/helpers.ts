import { startSimulator, type RunningSimulator } from '../../src/simulator/index';

export interface Clock {
  t: number;
  advance(ms: number): void;
}

export function manualClock(start = Date.UTC(2026, 0, 15, 12, 0, 0)): Clock {
  const c: Clock = {
    t: start,
    advance(ms) {
      c.t += ms;
    },
  };
  return c;
}

export interface Reply {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

export class SimClient {
  constructor(readonly sim: RunningSimulator) {}

  async call(method: string, path: string, opts: { token?: string; body?: unknown; contentType?: string; headers?: Record<string, string>; raw?: BodyInit } = {}): Promise<Reply> {
    // API clients (and the gateway) ask for JSON; Glance paths answer errors in webob HTML otherwise.
    const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
    if (opts.token) headers['X-Auth-Token'] = opts.token;
    let body: BodyInit | undefined = opts.raw;
    if (opts.body !== undefined) {
      body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
      headers['Content-Type'] = opts.contentType ?? 'application/json';
    } else if (opts.contentType) headers['Content-Type'] = opts.contentType;
    const res = await fetch(`${this.sim.url}${path}`, { method, headers, body });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: res.status, headers: res.headers, body: parsed, text };
  }

  async login(user: string, password = user, project?: string): Promise<string> {
    const res = await this.call('POST', '/v3/auth/tokens', {
      body: {
        auth: {
          identity: { methods: ['password'], password: { user: { name: user, password, domain: { name: 'Default' } } } },
          scope: { project: { name: project ?? this.sim.users.find((u) => u.name === user)!.project.name } },
        },
      },
    });
    if (res.status !== 201) throw new Error(`login ${user}: ${res.status} ${res.text}`);
    return res.headers.get('x-subject-token')!;
  }

  projectId(user: string): string {
    return this.sim.users.find((u) => u.name === user)!.project.id;
  }
}

export async function start(opts: Parameters<typeof startSimulator>[0] = {}): Promise<{ sim: RunningSimulator; c: SimClient }> {
  const sim = await startSimulator({ port: 0, ...opts });
  return { sim, c: new SimClient(sim) };
}
