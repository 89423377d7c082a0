import type { AuthProvider } from './types';

/** Forward the caller's own token. The token is held in a closure and never logged. */
export function passthroughAuth(token: string): AuthProvider {
  return {
    kind: 'passthrough',
    async authorize() {
      return { 'x-auth-token': token };
    },
  };
}
