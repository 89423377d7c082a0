/**
 * The embedded simulator's demo sign-in, one route for every page that offers it (GraphiQL's user menu, the
 * dashboard's sign-in screen) and for shells:
 *
 *   GET /demo/token?user=bob   the bare token as text, or with `Accept: application/json`
 *                              `{ token, expiresAt, user, project }`
 *   GET /demo/simulator        the simulator's URL (its control surface, /_sim/…)
 *
 * Neither exists with a real upstream: a token for someone else's user is never the gateway's to hand out.
 * Tokens are never cached by browsers or proxies.
 */
import type { Plugin } from 'graphql-yoga';
import { route } from './route';

export const DEMO_TOKEN_PATH = '/demo/token';
const DEMO_SIMULATOR_PATH = '/demo/simulator';

export interface DemoSignIn {
  users: { name: string; project: string }[];
  /** The embedded simulator's URL, for GET /demo/simulator. */
  simulatorUrl: string;
  issue(user: string): Promise<{ token: string; expiresAt: string; project: string }>;
}

const NO_STORE = { 'cache-control': 'no-store' };

const jsonError = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  Response.json({ error: { code, message } }, { status, headers: { ...NO_STORE, ...headers } });

/** `demo` is undefined outside embedded mode: the token route then answers 404, the simulator route falls through. */
export function useDemoSignIn(demo: DemoSignIn | undefined): Plugin {
  return route(
    (path) => path === DEMO_TOKEN_PATH || (path === DEMO_SIMULATOR_PATH && !!demo),
    async ({ request, url, endResponse, fetchAPI }) => {
      if (url.pathname === DEMO_SIMULATOR_PATH && demo)
        return endResponse(new fetchAPI.Response(`${demo.simulatorUrl}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } }));
      if (!demo) return endResponse(jsonError(404, 'NOT_FOUND', 'Demo sign-in exists only on the embedded simulator'));
      // A read: a POST would suggest the call changes something, and GET is what a shell's curl sends.
      if (request.method !== 'GET' && request.method !== 'HEAD') return endResponse(jsonError(405, 'METHOD_NOT_ALLOWED', 'Use GET', { allow: 'GET, HEAD' }));
      const user = url.searchParams.get('user') ?? 'alice';
      if (!demo.users.some((u) => u.name === user))
        return endResponse(jsonError(400, 'BAD_USER_INPUT', `Unknown demo user "${user}"; use one of ${demo.users.map((u) => u.name).join(', ')}.`));
      const t = await demo.issue(user);
      if ((request.headers.get('accept') ?? '').includes('application/json'))
        return endResponse(Response.json({ token: t.token, expiresAt: t.expiresAt, user, project: t.project }, { headers: NO_STORE }));
      return endResponse(new fetchAPI.Response(`${t.token}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8', ...NO_STORE } }));
    },
  );
}
