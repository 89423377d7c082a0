import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { SimError, headerOf } from '../http';
import type { Caller } from '../router';
import type { SimState } from '../state';
import { isAkSkSigned, UNSIGNED_PAYLOAD, verifyAkSkRequest, type AkSkAccount, type AkSkSignedRequest, type AkSkVerdict } from './aksk';

/**
 * ──────────────────────────── AK/SK HOOK ────────────────────────────
 * A request carrying `Authorization: SDK-HMAC-SHA256 …` is checked by the registered verifier (the pure
 * verifier of ./aksk.ts by default). With no verifier registered (`startSimulator({ akskVerifier: null })`)
 * such requests are refused with 401, like a token the simulator does not know.
 */
export type AkSkVerifierHook = (
  req: AkSkSignedRequest,
  lookup: (accessKey: string) => AkSkAccount | undefined,
  now: Date,
) => AkSkVerdict;

export const defaultAkSkVerifier: AkSkVerifierHook = verifyAkSkRequest;

export function unauthorized(detail: string): SimError {
  return new SimError(401, 'APIGW.0301', `Incorrect IAM authentication information: ${detail}`);
}

/** Resolves the caller of an IMS/Glance request from its token or signature; throws 401 otherwise. */
export function authenticate(
  state: SimState,
  req: IncomingMessage,
  path: string,
  rawQuery: string,
  body: Buffer | undefined,
  streaming: boolean,
  verifier: AkSkVerifierHook | null,
): Caller {
  const token = headerOf(req, 'x-auth-token');
  if (token) {
    const t = state.tokens.get(token);
    if (!t) throw unauthorized('token is invalid');
    if (t.expiresAt <= state.now()) throw unauthorized('token expired');
    return { projectId: t.projectId, userId: t.userId, via: 'token' };
  }
  if (isAkSkSigned(req.headers)) {
    if (!verifier) throw unauthorized('AK/SK authentication is not enabled on this endpoint');
    const rawPath = (req.url ?? '/').split('?')[0]!;
    const verdict = verifier(
      {
        method: req.method ?? 'GET',
        path: rawPath,
        rawQuery,
        headers: req.headers,
        bodySha256Hex: streaming ? UNSIGNED_PAYLOAD : createHash('sha256').update(body ?? Buffer.alloc(0)).digest('hex'),
      },
      (accessKey) => {
        const user = state.users.find((u) => u.accessKey === accessKey);
        return user ? { secretKey: user.secretKey, projectId: user.project.id } : undefined;
      },
      new Date(state.now()),
    );
    if (!verdict.ok) throw unauthorized(verdict.reason);
    const user = state.users.find((u) => u.accessKey === verdict.accessKey);
    return { projectId: verdict.projectId, userId: user?.id ?? null, via: 'aksk' };
  }
  void path;
  throw unauthorized('no X-Auth-Token header or AK/SK signature');
}
