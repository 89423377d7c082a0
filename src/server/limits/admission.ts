/**
 * Admission control in front of the app: past MAX_INFLIGHT_REQUESTS requests being served, a new one is
 * answered 503 with Retry-After at once, instead of joining a backlog that grows without bound (and makes
 * every request late). Long-lived event streams (SSE subscriptions) are not counted: they hold no upstream
 * call while idle, and their cost is bounded by the subscription limits. /health is never refused.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export const RETRY_AFTER_SECONDS = 1;

/** `context`: whatever the server hands each request (ops' trace), passed on to `handler` as it came. */
export function withAdmission<C extends unknown[]>(
  handler: (req: IncomingMessage, res: ServerResponse, ...context: C) => unknown,
  maxInflight: number,
): (req: IncomingMessage, res: ServerResponse, ...context: C) => unknown {
  let inflight = 0;
  const admit = (req: IncomingMessage, res: ServerResponse, ...context: C) => {
    if (isExempt(req)) return handler(req, res, ...context);
    if (inflight >= maxInflight) {
      const body = JSON.stringify({
        errors: [
          {
            message: `The gateway is serving as many requests as it may (MAX_INFLIGHT_REQUESTS=${maxInflight}); retry in ${RETRY_AFTER_SECONDS} s`,
            extensions: { code: 'OVERLOADED', retryAfterMs: RETRY_AFTER_SECONDS * 1000 },
          },
        ],
      });
      // The body is not read: closing the connection after the answer keeps its bytes from being parsed as a next request.
      res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(RETRY_AFTER_SECONDS), connection: 'close', 'content-length': Buffer.byteLength(body) });
      res.end(body);
      return;
    }
    inflight++;
    // 'close' comes once per response, whether it finished or the client went away.
    res.once('close', () => inflight--);
    return handler(req, res, ...context);
  };
  return admit;
}

function isExempt(req: IncomingMessage): boolean {
  if (req.url === '/health' || req.url?.startsWith('/health?')) return true;
  return /text\/event-stream/i.test(req.headers.accept ?? '');
}
