/**
 * `GET /images/{id}/file`: an image's data through the gateway, with the caller's own credentials.
 *
 * Why an HTTP route and not a GraphQL field: a file is bytes, and what a user expects is a URL that curl, a
 * browser or `<a download>` can fetch, with `Range` for resuming. GraphQL answers JSON, so the schema only
 * gives the path (`Image.downloadPath`). The body is piped from upstream as it arrives (undici stream →
 * web stream): the gateway never holds the file, whatever its size, and a client that goes away cancels the
 * upstream request.
 */
import { Readable } from 'node:stream';
import type { Plugin } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { imageIdFromArg } from '../schema/ids';
import type { GatewayServices } from '../context';
import { toGraphQLError } from '../context/errors';
import { credentialsFromHeaders } from '../context/session';
import type { RequestTrace } from '../context/request-trace';
import { route, type OnRequestPayload } from './route';

const ROUTE = /^\/images\/([^/]+)\/file$/;

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  RANGE_NOT_SATISFIABLE: 416,
  RATE_LIMITED: 429,
  UPSTREAM_TIMEOUT: 504,
  UPSTREAM_UNAVAILABLE: 502,
  UPSTREAM_BAD_RESPONSE: 502,
};

export function useImageDownload(services: GatewayServices): Plugin {
  return route(
    (path) => ROUTE.exec(path)?.[1],
    (payload, idArg) => download(services, payload, idArg),
  );
}

async function download(services: GatewayServices, { request, endResponse, fetchAPI, serverContext }: OnRequestPayload, idArg: string): Promise<void> {
  const jsonError = (status: number, message: string, extensions: Record<string, unknown>, headers: Record<string, string> = {}) =>
    new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions }] }), {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    });
  if (request.method !== 'GET') {
    endResponse(jsonError(405, 'Only GET downloads an image file', { code: 'METHOD_NOT_ALLOWED' }, { allow: 'GET' }));
    return;
  }
  try {
    const trace = (serverContext as { trace?: RequestTrace }).trace;
    const session = await services.sessions.resolve(credentialsFromHeaders(request.headers), trace);
    const { glance } = services.upstreams.clientsFor(session, { signal: request.signal, trace });
    const id = imageIdFromArg(decodeURIComponent(idArg));
    const range = request.headers.get('range') ?? undefined;
    const file = await glance.downloadImageFile(id, range ? { range } : {});
    if (file.status === 204 || !file.body) {
      endResponse(new fetchAPI.Response(null, { status: 204 }));
      return;
    }
    const headers: Record<string, string> = {
      'content-type': 'application/octet-stream',
      'content-disposition': `attachment; filename="${id}"`,
      'accept-ranges': 'bytes',
    };
    if (file.contentLength !== null) headers['content-length'] = String(file.contentLength);
    if (file.checksum) headers['content-md5'] = file.checksum;
    if (file.contentRange) headers['content-range'] = file.contentRange;
    const body = Readable.toWeb(file.body) as unknown as ReadableStream<Uint8Array>;
    endResponse(new fetchAPI.Response(body, { status: file.status, headers }));
  } catch (err) {
    let e: GraphQLError;
    try {
      e = toGraphQLError(err);
    } catch {
      endResponse(jsonError(500, 'Unexpected error', { code: 'INTERNAL_SERVER_ERROR' }));
      return;
    }
    const code = String(e.extensions.code ?? 'INTERNAL_SERVER_ERROR');
    const upstreamStatus = (e.extensions.upstream as { status?: number } | undefined)?.status;
    const status = upstreamStatus === 416 ? 416 : (HTTP_STATUS[code] ?? 500);
    endResponse(jsonError(status, e.message, e.extensions as Record<string, unknown>));
  }
}
