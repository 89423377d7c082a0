/** A token for one of the simulator's demo users (domain Default), as a client gets one from IAM. */
export async function demoToken(simUrl: string, user: 'alice' | 'bob' | 'carol' = 'alice'): Promise<string> {
  const project = { alice: 'alpha', bob: 'beta', carol: 'gamma' }[user];
  const res = await fetch(`${simUrl}/v3/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: { methods: ['password'], password: { user: { name: user, password: user, domain: { name: 'Default' } } } },
        scope: { project: { name: project, domain: { name: 'Default' } } },
      },
    }),
  });
  const token = res.headers.get('x-subject-token');
  if (res.status !== 201 || !token) throw new Error(`token for ${user}: HTTP ${res.status}`);
  return token;
}
