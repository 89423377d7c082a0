import type { AuthProvider } from '../auth/types';

/** For the few calls that carry no credential: IAM password token issuance and version discovery. */
export const anonymousAuth: AuthProvider = {
  kind: 'anonymous',
  async authorize() {
    return {};
  },
};
