/**
 * The dashboard's one connection to the gateway: graphql-ws, for queries, mutations and subscriptions alike.
 * It reconnects by itself (retryAttempts without end, backoff capped at 5 s) and graphql-ws re-subscribes every
 * live subscription on the new socket; the gateway answers each with the job's current state first, so the page
 * shows where things are now, not where they were when the network dropped.
 */
import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from './generated/graphql';

export type ConnectionState = { kind: 'connecting' } | { kind: 'live' } | { kind: 'reconnecting'; attempt: number };

/** A GraphQL error as the page shows it: words, and the stable code. */
export interface ShownError {
  message: string;
  code?: string;
}

export class OperationError extends Error {
  constructor(readonly errors: ShownError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
  get code(): string | undefined {
    return this.errors[0]?.code;
  }
}

interface RawError {
  message: string;
  extensions?: { code?: string; upstream?: { code?: string } };
}

const shown = (e: RawError): ShownError => ({ message: e.message, code: e.extensions?.upstream?.code ?? e.extensions?.code });

export interface Gateway {
  request<R, V>(doc: TypedDocumentString<R, V>, variables: V): Promise<R>;
  /** Returns the function that ends the subscription. */
  subscribe<R, V>(
    doc: TypedDocumentString<R, V>,
    variables: V,
    sink: { next(data: R): void; error?(e: OperationError): void; complete?(): void },
  ): () => void;
  /** Calls `listener` with the current state at once, then with every change. */
  onState(listener: (s: ConnectionState) => void): () => void;
  /** Called after every reconnection (not the first connection): time to re-read what may have been missed. */
  onReconnected(listener: () => void): () => void;
  dispose(): void;
}

export function connect(token: string): Gateway {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const stateListeners = new Set<(s: ConnectionState) => void>();
  const reconnectListeners = new Set<() => void>();
  let connectedOnce = false;
  let attempt = 0;
  // The socket opens as soon as the client exists (lazy: false), possibly before the page has subscribed to its
  // state: a listener is told the current state when it subscribes, or "live" could be missed for good.
  let current: ConnectionState = { kind: 'connecting' };
  const setState = (s: ConnectionState) => {
    current = s;
    stateListeners.forEach((l) => l(s));
  };
  const client: Client = createClient({
    url,
    connectionParams: { 'X-Auth-Token': token },
    lazy: false,
    keepAlive: 10_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    // Every close is worth a retry: a gateway restart, a proxy timeout, a laptop waking up.
    shouldRetry: () => true,
    retryWait: async (retries) => {
      attempt = retries + 1;
      setState({ kind: 'reconnecting', attempt });
      await new Promise((r) => setTimeout(r, Math.min(5_000, 300 * 2 ** retries) + Math.random() * 300));
    },
    onNonLazyError: () => {},
    on: {
      connected: () => {
        setState({ kind: 'live' });
        if (connectedOnce) reconnectListeners.forEach((l) => l());
        connectedOnce = true;
      },
      closed: () => {
        if (connectedOnce) setState({ kind: 'reconnecting', attempt: attempt + 1 });
      },
    },
  });

  function toError(e: unknown): OperationError {
    if (Array.isArray(e)) return new OperationError((e as RawError[]).map(shown));
    if (e instanceof OperationError) return e;
    if (e && typeof e === 'object' && 'code' in e && 'reason' in e)
      return new OperationError([{ message: `The connection closed (${(e as CloseEvent).reason || 'no reason given'})`, code: `WS_${(e as CloseEvent).code}` }]);
    return new OperationError([{ message: e instanceof Error ? e.message : String(e) }]);
  }

  return {
    request<R, V>(doc: TypedDocumentString<R, V>, variables: V): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        let data: R | undefined;
        client.subscribe<R>(
          { query: doc.toString(), variables: variables as Record<string, unknown> },
          {
            next: (r) => {
              if (r.errors?.length) reject(new OperationError((r.errors as RawError[]).map(shown)));
              else data = r.data as R;
            },
            error: (e) => reject(toError(e)),
            complete: () => (data === undefined ? reject(new OperationError([{ message: 'No data' }])) : resolve(data)),
          },
        );
      });
    },
    subscribe(doc, variables, sink) {
      return client.subscribe(
        { query: doc.toString(), variables: variables as Record<string, unknown> },
        {
          next: (r) => {
            if (r.errors?.length) sink.error?.(new OperationError((r.errors as RawError[]).map(shown)));
            else if (r.data) sink.next(r.data as never);
          },
          error: (e) => sink.error?.(toError(e)),
          complete: () => sink.complete?.(),
        },
      );
    },
    onState(l) {
      stateListeners.add(l);
      l(current);
      return () => stateListeners.delete(l);
    },
    onReconnected(l) {
      reconnectListeners.add(l);
      return () => reconnectListeners.delete(l);
    },
    dispose: () => void client.dispose(),
  };
}
