import { describe, expect, it } from 'vitest';
import { serviceAccountAuth, type IssuedToken } from '../../src/upstream/auth/service-account';
import type { OutgoingRequest } from '../../src/upstream/auth/types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const PROJECT = '6a204bd89f3c8348afd5c77c717a097a';
const req: OutgoingRequest = { method: 'GET', url: new URL('http://127.0.0.1:1/v2/images'), headers: {} };

/** A fake IAM: counts issues, hands out token-1, token-2, ... valid for `lifetimeMs`; can be held or failed. */
function fakeIam(start = Date.UTC(2024, 5, 4, 12, 0, 0), lifetimeMs = 24 * HOUR) {
  let now = start;
  let issued = 0;
  let gate: { promise: Promise<void>; open: () => void } | undefined;
  let failNext = false;
  const iam = {
    clock: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
    get issued() {
      return issued;
    },
    /** Hold issues until `release()`, so concurrent callers overlap for certain. */
    hold() {
      let open!: () => void;
      gate = { promise: new Promise<void>((resolve) => (open = resolve)), open };
    },
    release() {
      gate?.open();
      gate = undefined;
    },
    failNext() {
      failNext = true;
    },
    async issueToken(): Promise<IssuedToken> {
      issued += 1;
      const n = issued;
      const expiresAt = new Date(now + lifetimeMs);
      if (gate) await gate.promise;
      if (failNext) {
        failNext = false;
        throw new Error('IAM answered 503');
      }
      return { token: `token-${n}`, expiresAt, projectId: PROJECT };
    },
  };
  return iam;
}

function provider(iam: ReturnType<typeof fakeIam>, renewBeforeMs?: number) {
  return serviceAccountAuth({ issueToken: () => iam.issueToken(), clock: iam.clock, renewBeforeMs });
}

const tokenOf = async (auth: ReturnType<typeof provider>) => (await auth.authorize(req))['x-auth-token'];

describe('serviceAccountAuth: issuing and caching', () => {
  it('issues lazily, on the first request, and sends the token as X-Auth-Token', async () => {
    const iam = fakeIam();
    const auth = provider(iam);
    expect(auth.kind).toBe('service-account');
    expect(iam.issued).toBe(0);
    expect(await auth.authorize(req)).toEqual({ 'x-auth-token': 'token-1' });
    expect(iam.issued).toBe(1);
  });

  it('concurrent requests share one issue (single flight)', async () => {
    const iam = fakeIam();
    const auth = provider(iam);
    iam.hold();
    const pending = Promise.all([...Array.from({ length: 20 }, () => tokenOf(auth)), auth.projectId()]);
    iam.release();
    const results = await pending;
    expect(iam.issued).toBe(1);
    expect(new Set(results.slice(0, 20))).toEqual(new Set(['token-1']));
    expect(results[20]).toBe(PROJECT);
  });

  it('reuses the token until 5 minutes before it expires, then renews it once', async () => {
    const iam = fakeIam();
    const auth = provider(iam);
    expect(await tokenOf(auth)).toBe('token-1');
    iam.advance(24 * HOUR - 5 * MINUTE - 1);
    expect(await tokenOf(auth)).toBe('token-1');
    expect(iam.issued).toBe(1);
    iam.advance(1);
    iam.hold();
    const renewing = Promise.all([tokenOf(auth), tokenOf(auth), auth.projectId()]);
    iam.release();
    expect(await renewing).toEqual(['token-2', 'token-2', PROJECT]);
    expect(iam.issued).toBe(2);
    expect(await tokenOf(auth)).toBe('token-2');
  });

  it('honours a custom renewal margin', async () => {
    const iam = fakeIam();
    const auth = provider(iam, HOUR);
    await tokenOf(auth);
    iam.advance(23 * HOUR - 1);
    expect(await tokenOf(auth)).toBe('token-1');
    iam.advance(1);
    expect(await tokenOf(auth)).toBe('token-2');
  });

  it('a token living less than twice the margin is still reused for half its life, not reissued per request', async () => {
    const iam = fakeIam(undefined, 4 * MINUTE);
    const auth = provider(iam);
    expect(await tokenOf(auth)).toBe('token-1');
    iam.advance(2 * MINUTE - 1);
    expect(await tokenOf(auth)).toBe('token-1');
    iam.advance(1);
    expect(await tokenOf(auth)).toBe('token-2');
    expect(iam.issued).toBe(2);
  });

  it('a failed issue fails every waiter, and the next request tries again', async () => {
    const iam = fakeIam();
    const auth = provider(iam);
    iam.hold();
    iam.failNext();
    const first = Promise.allSettled([tokenOf(auth), tokenOf(auth)]);
    iam.release();
    const outcomes = await first;
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(iam.issued).toBe(1);
    expect(await tokenOf(auth)).toBe('token-2');
    expect(iam.issued).toBe(2);
  });

  it('projectId() is the project of the cached token and issues nothing more', async () => {
    const iam = fakeIam();
    const auth = provider(iam);
    expect(await auth.projectId()).toBe(PROJECT);
    await tokenOf(auth);
    expect(iam.issued).toBe(1);
  });
});

describe('serviceAccountAuth: 401 from the upstream', () => {
  it('renews once and asks for a retry; the retry carries the new token', async () => {
    const iam = fakeIam();
    const auth = provider(iam);
    expect(await tokenOf(auth)).toBe('token-1');
    expect(await auth.onUnauthorized({ 'x-auth-token': 'token-1' })).toBe(true);
    expect(iam.issued).toBe(2);
    expect(await tokenOf(auth)).toBe('token-2');
  });

  it('many requests rejected together cause one renewal', async () => {
    const iam = fakeIam();
    const auth = provider(iam);
    await tokenOf(auth);
    iam.hold();
    const answers = Promise.all(Array.from({ length: 10 }, () => auth.onUnauthorized({ 'x-auth-token': 'token-1' })));
    iam.release();
    expect(await answers).toEqual(Array(10).fill(true));
    expect(iam.issued).toBe(2);
  });

  it('a late 401 for a token already replaced retries with the new one, without renewing', async () => {
    const iam = fakeIam();
    const auth = provider(iam);
    await tokenOf(auth);
    await auth.onUnauthorized({ 'x-auth-token': 'token-1' });
    expect(await auth.onUnauthorized({ 'x-auth-token': 'token-1' })).toBe(true);
    expect(iam.issued).toBe(2);
  });

  it('a 401 for the token just issued because of a 401 is not renewed again (no loop)', async () => {
    const iam = fakeIam();
    const auth = provider(iam);
    await tokenOf(auth);
    expect(await auth.onUnauthorized({ 'x-auth-token': 'token-1' })).toBe(true);
    for (let i = 0; i < 5; i++) {
      expect(await auth.onUnauthorized({ 'x-auth-token': 'token-2' })).toBe(false);
    }
    expect(iam.issued).toBe(2);
    expect(await tokenOf(auth)).toBe('token-2');
  });

  it('without the rejected headers, it still renews at most once while the renewed token is new', async () => {
    const iam = fakeIam();
    const auth = provider(iam);
    await tokenOf(auth);
    expect(await auth.onUnauthorized()).toBe(true);
    // Could be a late 401 for token-1: one retry (the HTTP core retries once) but no new IAM call.
    expect(await auth.onUnauthorized()).toBe(true);
    expect(await auth.onUnauthorized()).toBe(true);
    expect(iam.issued).toBe(2);
  });

  it('after a pause, a refused renewed token may be renewed again', async () => {
    const iam = fakeIam();
    const auth = provider(iam);
    await tokenOf(auth);
    await auth.onUnauthorized({ 'x-auth-token': 'token-1' });
    iam.advance(30_000 - 1);
    expect(await auth.onUnauthorized({ 'x-auth-token': 'token-2' })).toBe(false);
    iam.advance(1);
    expect(await auth.onUnauthorized({ 'x-auth-token': 'token-2' })).toBe(true);
    expect(iam.issued).toBe(3);
    expect(await tokenOf(auth)).toBe('token-3');
  });

  it('a 401 whose renewal fails is not retried, and the next request issues again', async () => {
    const iam = fakeIam();
    const auth = provider(iam);
    await tokenOf(auth);
    iam.failNext();
    expect(await auth.onUnauthorized({ 'x-auth-token': 'token-1' })).toBe(false);
    expect(await tokenOf(auth)).toBe('token-3');
    expect(iam.issued).toBe(3);
  });

  it('an IAM error reaches the caller unchanged, and an empty token is refused without echoing anything', async () => {
    const failing = serviceAccountAuth({ issueToken: () => Promise.reject(new Error('IAM answered 503')) });
    await expect(failing.authorize(req)).rejects.toThrow('IAM answered 503');
    const empty = serviceAccountAuth({
      issueToken: async () => ({ token: '', expiresAt: new Date(Date.now() + HOUR), projectId: PROJECT }),
    });
    await expect(empty.authorize(req)).rejects.toThrow('IAM issued an empty service token');
  });
});
