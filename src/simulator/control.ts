import { SimError, json, noContent, type SimResponse } from './http';
import { parseQuery, first } from './list';
import { isPlainObject } from './util';

/** One recorded upstream call (`GET /_sim/requests`). */
export interface LoggedRequest {
  seq: number;
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  rawQuery: string;
  status: number;
  time: string;
  durationMs: number;
  projectId: string | null;
  contentType: string | null;
  /** The caller's correlation headers: X-Request-Id and W3C traceparent. */
  trace: { requestId: string | null; traceparent: string | null };
  body: unknown;
  fault: { id: string; kind: FaultKind } | null;
}

export type FaultKind = 'latency' | 'status' | 'reset' | 'slow_body' | 'malformed_json' | 'after_commit';
const FAULT_KINDS: FaultKind[] = ['latency', 'status', 'reset', 'slow_body', 'malformed_json', 'after_commit'];
/** How an `after_commit` fault loses the answer the handler produced. */
export type LostAnswer = 'reset' | 'garbage';
const LOST_ANSWERS: LostAnswer[] = ['reset', 'garbage'];

export interface Fault {
  id: string;
  kind: FaultKind;
  method?: string;
  path?: string;
  /** Remaining matches; undefined = until cleared. */
  times?: number;
  delayMs: number;
  status?: number;
  retryAfter?: number;
  body?: unknown;
  /** `after_commit`: drop the connection (`reset`, default) or answer 200 with a body that is not JSON (`garbage`). */
  answer?: LostAnswer;
  hits: number;
}

export class RequestLog {
  private seq = 0;
  private readonly entries: LoggedRequest[] = [];

  nextSeq(): number {
    return ++this.seq;
  }

  record(entry: LoggedRequest): void {
    this.entries.push(entry);
  }

  list(since: number): LoggedRequest[] {
    return this.entries.filter((e) => e.seq > since).sort((a, b) => a.seq - b.seq);
  }

  clear(): void {
    this.entries.length = 0;
  }
}

export class FaultTable {
  private nextId = 1;
  private faults: Fault[] = [];

  add(spec: Omit<Fault, 'id' | 'hits'>): Fault {
    const fault: Fault = { ...spec, id: `fault-${this.nextId++}`, hits: 0 };
    this.faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return [...this.faults];
  }

  remove(id: string): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((f) => f.id !== id);
    return this.faults.length !== before;
  }

  clear(): void {
    this.faults = [];
  }

  /** The first fault matching this request, consuming one of its `times`. */
  take(method: string, path: string): Fault | undefined {
    const fault = this.faults.find((f) => {
      if (f.method && f.method.toUpperCase() !== method) return false;
      if (f.path) {
        if (f.path.startsWith('^')) {
          try {
            if (!new RegExp(f.path).test(path)) return false;
          } catch {
            return false;
          }
        } else if (!path.startsWith(f.path)) return false;
      }
      return true;
    });
    if (!fault) return undefined;
    fault.hits++;
    if (fault.times !== undefined) {
      fault.times--;
      if (fault.times <= 0) this.remove(fault.id);
    }
    return fault;
  }
}

function controlError(status: number, message: string): SimError {
  return new SimError(status, 'SIM.0001', message);
}

/** `/_sim/...`: the test-equipment surface. Never logged, never faulted, no auth. */
export function handleControl(
  method: string,
  path: string,
  rawQuery: string,
  body: unknown,
  log: RequestLog,
  faults: FaultTable,
): SimResponse {
  if (path === '/_sim/health' && method === 'GET') return json(200, { status: 'ok' });
  if (path === '/_sim/requests') {
    if (method === 'GET') {
      const sinceRaw = first(parseQuery(rawQuery), 'since');
      const since = sinceRaw === undefined ? 0 : Number(sinceRaw);
      if (!Number.isFinite(since)) throw controlError(400, 'since must be a number');
      return json(200, { requests: log.list(since) });
    }
    if (method === 'DELETE') {
      log.clear();
      return noContent();
    }
  }
  if (path === '/_sim/faults') {
    if (method === 'GET') return json(200, { faults: faults.list() });
    if (method === 'DELETE') {
      faults.clear();
      return noContent();
    }
    if (method === 'POST') {
      if (!isPlainObject(body)) throw controlError(400, 'body must be a JSON object');
      const kind = body.kind as FaultKind;
      if (!FAULT_KINDS.includes(kind)) throw controlError(400, `kind must be one of ${FAULT_KINDS.join(', ')}`);
      const optNumber = (k: string): number | undefined => {
        const v = body[k];
        if (v === undefined || v === null) return undefined;
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw controlError(400, `${k} must be a non-negative number`);
        return v;
      };
      const optString = (k: string): string | undefined => {
        const v = body[k];
        if (v === undefined || v === null) return undefined;
        if (typeof v !== 'string') throw controlError(400, `${k} must be a string`);
        return v;
      };
      const answer = optString('answer') as LostAnswer | undefined;
      if (answer !== undefined && (kind !== 'after_commit' || !LOST_ANSWERS.includes(answer)))
        throw controlError(400, `answer applies to kind after_commit and must be one of ${LOST_ANSWERS.join(', ')}`);
      const status = optNumber('status');
      if (kind === 'status' && (status === undefined || status < 100 || status > 599)) throw controlError(400, 'status kind needs status (100-599)');
      const times = optNumber('times');
      const path = optString('path');
      if (path?.startsWith('^')) {
        try {
          new RegExp(path);
        } catch {
          throw controlError(400, 'path is not a valid regular expression');
        }
      }
      const fault = faults.add({
        kind,
        method: optString('method')?.toUpperCase(),
        path,
        times: times === undefined ? undefined : Math.max(1, Math.floor(times)),
        delayMs: optNumber('delayMs') ?? (kind === 'latency' ? 1000 : kind === 'slow_body' ? 200 : 0),
        status,
        retryAfter: optNumber('retryAfter'),
        body: body.body,
        ...(kind === 'after_commit' ? { answer: answer ?? 'reset' } : {}),
      });
      return json(201, { id: fault.id, fault });
    }
  }
  const one = /^\/_sim\/faults\/([^/]+)$/.exec(path);
  if (one && method === 'DELETE') {
    if (!faults.remove(decodeURIComponent(one[1]!))) throw controlError(404, `no fault ${one[1]}`);
    return noContent();
  }
  throw controlError(404, `no control endpoint ${method} ${path}`);
}
