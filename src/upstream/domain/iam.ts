/** Nouns: IAM token scopes. */

// ---------------------------------------------------------------------------------------------------------------
// IAM

export interface TokenScope {
  projectId: string;
  projectName: string | null;
  userId: string;
  userName: string | null;
  domainId: string | null;
  domainName: string | null;
  /** ISO-8601. */
  expiresAt: string;
  issuedAt: string | null;
}

export interface IssuedToken extends TokenScope {
  /** The `X-Subject-Token`; a secret: never log it. */
  token: string;
}
