/**
 * A fresh token of one of the simulator's demo users (domain Default, password = name, its own project), as a
 * client gets one from IAM: `POST /v3/auth/tokens`, project-scoped. For tests and benchmarks.
 */
export type DemoUser = 'alice' | 'bob' | 'carol';
export const PROJECT_OF: Record<DemoUser, string> = { alice: 'alpha', bob: 'beta', carol: 'gamma' };

export async function issueDemoToken(simUrl: string, user: DemoUser = 'alice'): Promise<{ token: string; projectId: string }> {
  const res = await fetch(`${simUrl}/v3/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: { methods: ['password'], password: { user: { name: user, password: user, domain: { name: 'Default' } } } },
        scope: { project: { name: PROJECT_OF[user], domain: { name: 'Default' } } },
      },
    }),
  });
  const token = res.headers.get('x-subject-token');
  if (res.status !== 201 || !token) throw new Error(`token for ${user}: HTTP ${res.status}`);
  const body = (await res.json()) as { token: { project: { id: string } } };
  return { token, projectId: body.token.project.id };
}
