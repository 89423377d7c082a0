/**
 * What the gateway knows about the operation being served: the request id, the operation's name and type once
 * parsed, the caller's project once resolved, the upstream calls made and the error codes answered. The access
 * log line, the upstream calls' headers and spans, and `extensions.requestId` all read it.
 *
 * It is passed explicitly (yoga's server context, the GraphQL context, the clients, each upstream call), not
 * through AsyncLocalStorage: that costs every promise the process creates an async hook, about 6 % of
 * `image(id:)` throughput (BENCHMARKS.md).
 */
import { randomUUID } from 'node:crypto';
import type { Span } from '@opentelemetry/api';

export interface RequestTrace {
  readonly requestId: string;
  readonly transport: 'http' | 'ws' | 'poll';
  readonly startedAt: number;
  operationName?: string;
  operationType?: string;
  /** Root field of a subscription (bounded by the schema). */
  rootField?: string;
  /** The caller's project id (never a token). */
  project?: string;
  upstreamCalls: number;
  readonly errorCodes: Set<string>;
  /** The caller's traceparent, forwarded as-is when the gateway does not trace itself. */
  traceparent?: string;
  /** The operation's span when tracing is on. */
  span?: Span;
  /** The traceparent naming `span`, sent upstream by the calls of an operation not sampled (ops/index.ts). */
  spanTraceparent?: string;
}

/** A caller's X-Request-Id is kept only if it is short and plain: it is echoed, logged and sent upstream. */
const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
export function requestIdFrom(value: string | null | undefined): string {
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

const TRACEPARENT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;
export function validTraceparent(value: string | null | undefined): string | undefined {
  return value && TRACEPARENT.test(value) && !/^00-0{32}-/.test(value) && !/-0{16}-/.test(value) ? value : undefined;
}

export function newTrace(init: { requestId: string; transport: RequestTrace['transport']; traceparent?: string }): RequestTrace {
  return { ...init, startedAt: performance.now(), upstreamCalls: 0, errorCodes: new Set() };
}
