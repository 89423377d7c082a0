/**
 * The gateway's own HTTP routes beside /graphql (GraphiQL's assets, the dashboard, the demo token, image files) are
 * yoga `onRequest` hooks, which run for every request. A route's hook answers synchronously for every other path
 * and only its own requests go into its (async) handler: an async hook would cost each GraphQL request a promise
 * and a microtask per route.
 */
import type { Plugin } from 'graphql-yoga';

/** What yoga hands an onRequest hook. */
export type OnRequestPayload = Parameters<NonNullable<Plugin['onRequest']>>[0];

/**
 * `match` reads the path (falsy: not this route's, and the hook returns at once); `serve` handles the route's own
 * requests, answering through `endResponse` (or leaving the request to yoga, e.g. a method the route does not serve).
 */
export function route<M>(match: (pathname: string) => M | undefined | null | false, serve: (payload: OnRequestPayload, matched: M) => Promise<unknown>): Plugin {
  return {
    onRequest(payload) {
      const matched = match(payload.url.pathname);
      if (matched) return serve(payload, matched).then(() => undefined);
    },
  };
}
