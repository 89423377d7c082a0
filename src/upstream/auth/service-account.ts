import type { AuthProvider } from './types';

/**
 * The gateway's own project-scoped IAM/Keystone token (IAM `POST /v3/auth/tokens`: tokens last 24 hours and are
 * meant to be cached). The IAM client that issues it is injected, so this module does no HTTP.
 */

export interface IssuedToken {
  token: string;
  expiresAt: Date;
  projectId: string;
}

export interface ServiceAccountOptions {
  issueToken: () => Promise<IssuedToken>;
  /** Renew this long before the token expires (default 5 minutes). */
  renewBeforeMs?: number;
  /**
   * After a token issued because of a 401 is itself rejected, wait this long before issuing another one
   * on a 401 (default 30 s). Stops a loop of IAM calls when the account itself is refused, without
   * leaving the gateway stuck on a dead token for the rest of its 24 hours.
   */
  reissueAfterRejectionMs?: number;
  clock?: () => Date;
}

export type ServiceAccountAuth = AuthProvider & {
  /** The project the service token is scoped to (issues the token if there is none yet). */
  projectId(): Promise<string>;
  /**
   * `rejected` is optional: the headers this provider gave the request that got the 401. With them, a
   * late 401 for a token that has already been replaced is told apart from a 401 for the current one.
   */
  onUnauthorized(rejected?: Record<string, string>): Promise<boolean>;
};

interface HeldToken extends IssuedToken {
  issuedAt: number;
  /** Issued because the previous token got a 401 (not because it was about to expire). */
  afterRejection: boolean;
}

const DEFAULT_RENEW_BEFORE_MS = 5 * 60 * 1000;
const DEFAULT_REISSUE_AFTER_REJECTION_MS = 30 * 1000;

export function serviceAccountAuth(opts: ServiceAccountOptions): ServiceAccountAuth {
  const clock = opts.clock ?? (() => new Date());
  const renewBeforeMs = opts.renewBeforeMs ?? DEFAULT_RENEW_BEFORE_MS;
  const reissueAfterRejectionMs = opts.reissueAfterRejectionMs ?? DEFAULT_REISSUE_AFTER_REJECTION_MS;

  let held: HeldToken | undefined;
  let issuing: Promise<HeldToken> | undefined;

  function isFresh(token: HeldToken, now: number): boolean {
    // A token shorter-lived than the margin would otherwise be renewed on every request.
    const lifetime = token.expiresAt.getTime() - token.issuedAt;
    return now < token.expiresAt.getTime() - Math.min(renewBeforeMs, lifetime / 2);
  }

  /** Single flight: whoever asks while an issue is under way waits for that one. */
  function issue(afterRejection: boolean): Promise<HeldToken> {
    if (issuing) return issuing;
    const issuedAt = clock().getTime();
    const pending = new Promise<IssuedToken>((resolve) => resolve(opts.issueToken())).then((issued) => {
      if (!issued.token) throw new Error('IAM issued an empty service token');
      const token: HeldToken = { ...issued, issuedAt, afterRejection };
      held = token;
      return token;
    });
    issuing = pending;
    const clear = () => {
      if (issuing === pending) issuing = undefined;
    };
    pending.then(clear, clear);
    return pending;
  }

  async function current(): Promise<HeldToken> {
    if (held && isFresh(held, clock().getTime())) return held;
    return issue(false);
  }

  return {
    kind: 'service-account',

    async authorize() {
      return { 'x-auth-token': (await current()).token };
    },

    async projectId() {
      return (await current()).projectId;
    },

    async onUnauthorized(rejected?: Record<string, string>) {
      if (issuing) return settlesToToken(issuing);
      const rejectedToken = rejected?.['x-auth-token'];
      if (!held || (rejectedToken !== undefined && rejectedToken !== held.token)) {
        // Already replaced since that request went out: its retry will carry the new token.
        return held !== undefined;
      }
      if (held.afterRejection && clock().getTime() - held.issuedAt < reissueAfterRejectionMs) {
        // The token just issued because of a 401 is refused too. When we know the 401 is for it, retrying
        // is pointless; when we do not, the 401 may be a late one for its predecessor, and one retry
        // (the HTTP core retries only once) is cheaper than another IAM call.
        return rejectedToken === undefined;
      }
      held = undefined;
      return settlesToToken(issue(true));
    },
  };
}

async function settlesToToken(pending: Promise<HeldToken>): Promise<boolean> {
  try {
    await pending;
    return true;
  } catch {
    // The 401 stands; the next authorize() issues again and surfaces the IAM error itself.
    return false;
  }
}
