import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultTable, RequestLog, handleControl, type LoggedRequest } from './control';
import { SimError, errorBody, errorStyleForPath, glanceErrorResponse, headerOf, isGlancePath, mediaType, readBody, type SimResponse } from './http';
import { parseQuery } from './list';
import type { Caller, Ctx, Router } from './router';
import type { SimState } from './state';
import { hex32, isoMillis, sleep } from './util';
import { faultResponse, writeGarbage, writeMalformed, writeResponse, writeSlow } from './respond';
import { authenticate } from './auth/hook';
import type { AkSkVerifierHook } from './auth/hook';

const MAX_JSON_BODY = 16 * 1024 * 1024;
const JSONISH = /(^$|json)/;

export interface SimServerDeps {
  state: SimState;
  router: Router;
  aksk: AkSkVerifierHook | null;
}

export class SimServer {
  readonly log = new RequestLog();
  readonly faults = new FaultTable();
  private readonly server: Server;

  constructor(private readonly deps: SimServerDeps) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        // Last resort: a bug must not take the simulator down.
        if (!res.headersSent && !res.destroyed) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error_code: 'IMG.0061', error_msg: `Unknown system error. ${(err as Error)?.message ?? ''}` }));
        } else res.destroy();
      });
    });
    // Keep-alive sockets must not hold `close()` up.
    this.server.keepAliveTimeout = 5000;
  }

  async listen(host: string, port: number): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { state, router } = this.deps;
    const started = performance.now();
    const arrivedAt = state.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = req.url ?? '/';
    const qIndex = url.indexOf('?');
    const rawPath = qIndex < 0 ? url : url.slice(0, qIndex);
    const rawQuery = qIndex < 0 ? '' : url.slice(qIndex + 1);
    const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, '') : rawPath;
    const requestId = hex32();
    const style = errorStyleForPath(path);

    if (path === '/_sim' || path.startsWith('/_sim/')) {
      let body: unknown;
      try {
        const bytes = await readBody(req, MAX_JSON_BODY);
        body = bytes.length ? JSON.parse(bytes.toString('utf8')) : undefined;
      } catch {
        return writeResponse(req, res, { status: 400, body: { error_code: 'SIM.0001', error_msg: 'body is not valid JSON' } }, requestId);
      }
      try {
        return writeResponse(req, res, handleControl(method, path, rawQuery, body, this.log, this.faults), requestId);
      } catch (e) {
        if (e instanceof SimError) return writeResponse(req, res, { status: e.status, body: errorBody('flat', e.code, e.message) }, requestId);
        throw e;
      }
    }

    const seq = this.log.nextSeq();
    const entry: LoggedRequest = {
      seq,
      method,
      path,
      query: queryObject(rawQuery),
      rawQuery,
      status: 0,
      time: isoMillis(arrivedAt),
      durationMs: 0,
      projectId: null,
      contentType: headerOf(req, 'content-type') ?? null,
      // Correlation headers only (never credentials): tests check what the gateway propagates.
      trace: { requestId: headerOf(req, 'x-request-id') ?? null, traceparent: headerOf(req, 'traceparent') ?? null },
      body: null,
      fault: null,
    };
    const finish = (status: number): void => {
      entry.status = status;
      entry.durationMs = Math.round((performance.now() - started) * 100) / 100;
      this.log.record(entry);
    };

    const match = router.match(method, path);
    const streaming = 'route' in match && !!match.route.stream;
    let bodyBytes: Buffer | undefined;
    let parsed: unknown;
    let parseError: SimError | undefined;
    if (!streaming) {
      try {
        bodyBytes = await readBody(req, MAX_JSON_BODY);
      } catch (e) {
        parseError = e instanceof SimError ? e : new SimError(400, 'IMG.0001', 'The request message format is invalid.');
      }
      if (bodyBytes && bodyBytes.length > 0) {
        const text = bodyBytes.toString('utf8');
        try {
          parsed = JSON.parse(text);
          entry.body = path.startsWith('/v3/') ? redactSecrets(parsed) : parsed;
        } catch {
          entry.body = { bytes: bodyBytes.length, sha256: createHash('sha256').update(bodyBytes).digest('hex') };
          if (JSONISH.test(mediaType(req))) parseError = new SimError(400, 'IMG.0001', 'The request message format is invalid. The body is not valid JSON.');
        }
      }
    }

    const fault = this.faults.take(method, path);
    if (fault) entry.fault = { id: fault.id, kind: fault.kind };
    if (fault?.kind === 'reset') {
      finish(0);
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'latency') await sleep(fault.delayMs);
    if (fault?.kind === 'status') {
      if (streaming) req.resume();
      const response = faultResponse(fault, style, requestId);
      finish(response.status);
      return writeResponse(req, res, response, requestId);
    }

    let response: SimResponse;
    let caller: Caller | undefined;
    try {
      if (!('route' in match)) {
        if (streaming) req.resume();
        if (match.allowed.length > 0) {
          throw new SimError(405, 'IMG.0001', `The method ${method} is not allowed for this resource.`, { Allow: match.allowed.join(', ') });
        }
        throw new SimError(404, style === 'nested' ? 'IMG.0121' : 'IMG.0086', `The resource could not be found: ${method} ${path}`);
      }
      if (parseError) throw parseError;
      state.settleJobs();
      const { route, params } = match;
      if (route.auth) {
        caller = authenticate(state, req, path, rawQuery, bodyBytes, streaming, this.deps.aksk);
        entry.projectId = caller.projectId;
      }
      const ctx: Ctx = {
        state,
        req,
        method,
        path,
        rawQuery,
        query: parseQuery(rawQuery),
        params,
        body: parsed,
        hasBody: !!bodyBytes && bodyBytes.length > 0,
        caller: caller ?? { projectId: '', userId: null, via: 'token' },
        style,
      };
      // `{project_id}` in the path must be the token's project.
      if (route.auth && params.project_id !== undefined && params.project_id !== ctx.caller.projectId) {
        throw new SimError(403, 'IMG.0030', 'The project ID and token in the request are invalid. The project in the path is not the project of the token.');
      }
      response = await route.handler(ctx);
      if (ctx.logBody !== undefined) entry.body = ctx.logBody;
    } catch (e) {
      if (streaming && !req.readableEnded) req.resume();
      // A 401 comes from Huawei's API gateway in front of Glance, so it keeps the gateway's JSON.
      if (e instanceof SimError && e.status !== 401 && isGlancePath(path)) {
        response = glanceErrorResponse(headerOf(req, 'accept'), e.status, e.code, e.message, e.headers);
      } else if (e instanceof SimError) {
        const body =
          e.status === 401
            ? { error_code: e.code, error_msg: e.message, request_id: requestId }
            : errorBody(style, e.code, e.message);
        response = { status: e.status, body, headers: e.headers };
      } else {
        response = { status: 500, body: errorBody(style, 'IMG.0061', `Unknown system error. ${(e as Error)?.message ?? ''}`) };
      }
    }
    if (method === 'HEAD') response = { ...response, body: undefined };
    finish(response.status);
    // The handler ran (a job may now exist); only its answer is lost on the way back.
    if (fault?.kind === 'after_commit') {
      if (fault.answer === 'garbage') return writeGarbage(res, requestId);
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'slow_body') return writeSlow(req, res, response, requestId, fault.delayMs);
    if (fault?.kind === 'malformed_json') return writeMalformed(res, response, requestId);
    return writeResponse(req, res, response, requestId);
  }

}

/** The request log is readable by anyone on loopback: IAM passwords are masked in it. */
function redactSecrets(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(redactSecrets);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'password' && typeof x === 'string' ? '******' : redactSecrets(x)]));
  }
  return v;
}

function queryObject(rawQuery: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(rawQuery)) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}
