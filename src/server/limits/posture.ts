/**
 * Production posture: introspection off unless asked for (a schema map helps whoever probes the gateway more
 * than the clients, which have the SDL), and CORS from an allow-list: yoga's default reflects any Origin with
 * credentials, which would let any web page call the gateway with a browser's cookies or cached credentials.
 */
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

type CorsOptions = { origin: string[]; credentials: boolean; methods: string[]; allowedHeaders: string[]; maxAge: number } | false;

/**
 * `origins` exact (scheme://host[:port]); `*` allows any origin but never with credentials. An origin not on the
 * list gets no CORS headers at all (the browser then refuses the cross-origin answer).
 */
export function corsFor(origins: readonly string[]): (request: Request) => CorsOptions {
  const any = origins.includes('*');
  const allowed = new Set(origins.filter((o) => o !== '*').map((o) => o.replace(/\/+$/, '')));
  const common = {
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'accept', 'x-auth-token', 'authorization', 'x-api-key', 'x-request-id', 'traceparent'],
    maxAge: 600,
  };
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin) return false;
    if (allowed.has(origin)) return { origin: [origin], credentials: true, ...common };
    if (any) return { origin: [origin], credentials: false, ...common };
    return false;
  };
}
