import { once, type EventEmitter } from 'node:events';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_MAX_DISCARD_BYTES, DEFAULT_MAX_FIELD_BYTES, DEFAULT_MAX_REQUEST_BODY_SIZE, type StreamingMultipartOptions } from './options';
import { UploadSession, type Connection } from './session';

/** The yoga plugin: multipart POSTs go through an UploadSession, every other request through yoga's body limit. */

function isMultipartPost(request: Request): boolean {
  const type = request.headers.get('content-type')?.split(',')[0]?.trim().toLowerCase();
  return request.method === 'POST' && (type === 'multipart/form-data' || !!type?.startsWith('multipart/form-data;'));
}

/** Requires `maxRequestBodySize: false` on the yoga app, and `multipart` on (for the Upload scalar's sake). */
export function useStreamingMultipart(options: StreamingMultipartOptions): Plugin<Record<string, any>> {
  const opts: Required<StreamingMultipartOptions> = {
    maxFieldBytes: DEFAULT_MAX_FIELD_BYTES,
    maxRequestBodySize: DEFAULT_MAX_REQUEST_BODY_SIZE,
    maxDiscardBytes: DEFAULT_MAX_DISCARD_BYTES,
    idleTimeoutMs: 0,
    ...options,
  };
  const sessions = new WeakMap<Request, UploadSession>();
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (isMultipartPost(request)) {
        const session = new UploadSession(opts);
        sessions.set(request, session);
        setRequestParser(async () => {
          try {
            return (await session.parse(request)) as never;
          } catch (e) {
            throw session.fail(e);
          }
        });
        return;
      }
      limitBodySize(request, requestParser, setRequestParser, fetchAPI, opts.maxRequestBodySize);
    },
    onExecutionResult({ request, setResult }) {
      const failure = sessions.get(request)?.failure;
      if (failure) setResult({ errors: [failure] });
    },
    onResponse({ request, serverContext }) {
      const session = sessions.get(request);
      if (!session) return;
      sessions.delete(request);
      // No `Connection: close` even for a refused body: node:http would then reset the socket right after the
      // answer, with the client's bytes still unread, and the client could lose the answer. settle() closes it
      // later, once the client has had the time to read it.
      void session.settle(connectionOf(serverContext)).catch(() => undefined);
    },
  };
}

/**
 * On node:http, the answer is written when `res` finishes, and closing means destroying the socket: node
 * detaches the socket from an IncomingMessage before destroying it, so cancelling the body alone would leave
 * the connection open. Under a bare fetch handler there is neither: cancelling the body is all there is.
 */
function connectionOf(serverContext: unknown): Connection {
  const { req, res } = (serverContext ?? {}) as { req?: { socket?: { destroy(): void } | null }; res?: EventEmitter & { writableFinished?: boolean; destroyed?: boolean } };
  const socket = req?.socket ?? undefined;
  const answered =
    !res || typeof res.once !== 'function' || res.writableFinished || res.destroyed
      ? Promise.resolve()
      : Promise.race([once(res, 'finish'), once(res, 'close')]).then(
          () => undefined,
          () => undefined,
        );
  return { answered, close: () => socket?.destroy() };
}

// yoga's useLimitRequestBodySize, for every request but multipart ones (same checks, same errors).
function limitBodySize(
  request: Request,
  requestParser: ((req: Request) => unknown) | undefined,
  setRequestParser: (parser: any) => void,
  fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream },
  limit: number,
): void {
  const tooLargeBody = () =>
    new GraphQLError('Request body too large', { extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' } });
  const contentLength = request.headers.get('content-length');
  if (contentLength != null) {
    if (!/^\d+$/.test(contentLength))
      throw new GraphQLError('Content-Length header is invalid.', { extensions: { http: { status: 400 }, code: 'BAD_REQUEST' } });
    if (Number(contentLength) > limit) throw tooLargeBody();
    // Node's HTTP parser delivers exactly Content-Length bytes as the body, so there is nothing left to count; the
    // body is left untouched (reading `request.body` would turn it into a web stream piped through a counter, which
    // cost every ordinary POST a stream pipeline).
    return;
  }
  // No Content-Length: a chunked body is counted as it arrives.
  if (requestParser == null || request.body == null) return;
  const parse = requestParser;
  setRequestParser((req: Request) => {
    const body = req.body;
    if (!body) return parse(req);
    const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
    let bytesRead = 0;
    const limited = body.pipeThrough(
      new Transform<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          bytesRead += chunk.byteLength;
          if (bytesRead > limit) {
            controller.error(tooLargeBody());
            return;
          }
          controller.enqueue(chunk);
        },
      }),
    );
    return parse(
      new fetchAPI.Request(req.url, { method: req.method, headers: req.headers, signal: req.signal, body: limited, duplex: 'half' } as RequestInit),
    );
  });
}
