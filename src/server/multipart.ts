/**
 * GraphQL multipart requests (https://github.com/jaydenseric/graphql-multipart-request-spec) parsed as they
 * arrive, so an image file goes from the client's socket to Glance's without ever being held whole.
 *
 * yoga's own multipart parser calls `request.formData()`, which collects the entire file before any resolver
 * runs. The spec orders the parts `operations`, `map`, then the files, so this parser reads `operations` and
 * `map` (each capped), reads the headers of the file part, and hands the operation to yoga with a
 * `StreamedUpload` in place of the file. Its `stream()` is the live body of the file part: every chunk the
 * upstream request pulls is read from the client socket at that moment, so backpressure runs from the
 * upstream socket back to the client.
 *
 * One file per request (the gateway's only file argument is `uploadImageFile(file:)`). A request whose body is
 * refused (malformed, too large, cut short) answers with a request-level error (400/413) whatever the resolver
 * made of its broken stream. A remainder left unread when the answer is ready (the resolver failed before
 * consuming the file) is read and thrown away up to `maxDiscardBytes`, so the client can finish sending and
 * read the answer on a connection that stays usable; beyond that the connection is closed.
 */
import { once, type EventEmitter } from 'node:events';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { StreamedUpload } from '../context/upload';

export interface StreamingMultipartOptions {
  /** Largest file accepted; bytes beyond it are never forwarded and the request is answered 413. */
  maxUploadBytes: number;
  /** Cap of the `operations` and `map` parts, each. */
  maxFieldBytes?: number;
  /**
   * Body limit of every other request. yoga's own limit (`maxRequestBodySize`) counts multipart bodies too,
   * so it has to be off for uploads; this plugin applies the same checks, with the same errors, elsewhere.
   */
  maxRequestBodySize?: number;
  /** How much of an unread remainder is read and discarded after the answer before the connection is closed. */
  maxDiscardBytes?: number;
  /**
   * A read of the body that waits longer than this for the client ends the upload (408, UPLOAD_IDLE_TIMEOUT):
   * its upstream request is aborted, freeing the connection, and Glance leaves the image as it leaves a cut
   * upload. There is no whole-request timeout: a large file on a slow but steady link may take as long as it takes.
   */
  idleTimeoutMs?: number;
}

export const DEFAULT_MAX_FIELD_BYTES = 1024 * 1024;
/** yoga's default `maxRequestBodySize`. */
export const DEFAULT_MAX_REQUEST_BODY_SIZE = 25_000_000;
export const DEFAULT_MAX_DISCARD_BYTES = 16 * 1024 * 1024;
/** A refused body is read a little further (not forwarded) so the client sees the answer rather than a reset. */
const REFUSED_LINGER_BYTES = 1024 * 1024;
const MAX_PART_HEADER_BYTES = 16 * 1024;
const MAX_PREAMBLE_BYTES = 16 * 1024;
/** Room for the multipart framing around the file when a declared Content-Length is judged up front. */
const FRAMING_ALLOWANCE_BYTES = 64 * 1024;

const SPEC = 'https://github.com/jaydenseric/graphql-multipart-request-spec';

// ---------------------------------------------------------------------------------------------------------
// Errors

export function badMultipart(message: string): GraphQLError {
  return new GraphQLError(`Invalid multipart request: ${message}`, {
    extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
  });
}

function tooLarge(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } },
  });
}

function uploadIdle(ms: number): GraphQLError {
  return new GraphQLError(`The upload stalled: no data from the client for ${ms} ms (UPLOAD_IDLE_TIMEOUT_MS); the upload was ended`, {
    extensions: { code: 'UPLOAD_IDLE_TIMEOUT', http: { status: 408 } },
  });
}

/** `read` rejects with UPLOAD_IDLE_TIMEOUT when the client sends nothing for `ms`. */
function readWithin<T>(read: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const idle = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(uploadIdle(ms)), ms);
  });
  return Promise.race([read, idle]).finally(() => clearTimeout(timer));
}

/** The body could not be read any further (client gone, socket error): nothing to answer, but never a crash. */
function bodyInterrupted(cause: unknown): GraphQLError {
  const why = cause instanceof Error ? cause.message : String(cause);
  return new GraphQLError(`Invalid multipart request: the request body was interrupted (${why})`, {
    extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
  });
}

// ---------------------------------------------------------------------------------------------------------
// The multipart body, read on demand

export interface BodyReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
}

export interface PartHeaders {
  /** Header names lower-cased. */
  headers: Record<string, string>;
  name: string;
  filename: string | undefined;
}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');
const EMPTY = Buffer.alloc(0);

/**
 * A multipart/form-data body over a chunk reader. It reads from the source only when asked for more, and
 * holds at most one source chunk plus a possible partial delimiter, whatever the size of a part. Operations
 * are serialized, so the drain after an answer never interleaves with a read still in flight.
 */
export class MultipartBody {
  private readonly delimiter: Buffer;
  // The body is read as if it began with CRLF, so that a first delimiter with no preamble matches like the others.
  private buf: Buffer = CRLF;
  private sourceDone = false;
  private tail: Promise<unknown> = Promise.resolve();
  /** Bytes read from the source so far. */
  bytesRead = 0;

  constructor(
    private readonly reader: BodyReader,
    boundary: string,
  ) {
    this.delimiter = Buffer.from(`\r\n--${boundary}`, 'latin1');
  }

  /** The next piece of the current part's body; null once the delimiter that ends it has been consumed. */
  bodyChunk(): Promise<Buffer | null> {
    return this.serial(() => this.nextBodyChunk());
  }

  /** After a delimiter: `part` if another part follows, `end` for the close delimiter. */
  afterDelimiter(): Promise<'part' | 'end'> {
    return this.serial(() => this.readDelimiterEnd());
  }

  /** The headers of the part that starts here. */
  partHeaders(): Promise<PartHeaders> {
    return this.serial(() => this.readPartHeaders());
  }

  /**
   * Reads and discards what is left of the body, up to `budget` bytes. True when the body ended within it.
   * Whatever the multipart framing of the rest, it is not parsed: nothing of it is used.
   */
  discardRest(budget: number): Promise<boolean> {
    return this.serial(async () => {
      this.buf = EMPTY;
      let discarded = 0;
      for (let before = this.bytesRead; await this.more(); before = this.bytesRead) {
        discarded += this.bytesRead - before;
        this.buf = EMPTY;
        if (discarded > budget) return false;
      }
      return true;
    });
  }

  /** Stops reading: on node:http this destroys the request, hence the connection. */
  async abandon(reason?: unknown): Promise<void> {
    this.sourceDone = true;
    await this.reader.cancel(reason).catch(() => undefined);
  }

  get ended(): boolean {
    return this.sourceDone;
  }

  private serial<T>(op: () => Promise<T>): Promise<T> {
    const run = this.tail.then(op, op);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Appends the next source chunk to the buffer; false when the source has ended. */
  private async more(): Promise<boolean> {
    if (this.sourceDone) return false;
    let r: { done: boolean; value?: Uint8Array };
    try {
      r = await this.reader.read();
    } catch (e) {
      this.sourceDone = true;
      throw e instanceof GraphQLError ? e : bodyInterrupted(e);
    }
    if (r.done || !r.value) {
      this.sourceDone = true;
      return false;
    }
    const chunk = Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
    this.bytesRead += chunk.length;
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    return true;
  }

  private async nextBodyChunk(): Promise<Buffer | null> {
    for (;;) {
      const at = this.buf.indexOf(this.delimiter);
      if (at === 0) {
        this.buf = this.buf.subarray(this.delimiter.length);
        return null;
      }
      // Everything before the delimiter, or before what may be the start of one split across chunks.
      const safe = at > 0 ? at : partialDelimiterStart(this.buf, this.delimiter);
      if (safe > 0) {
        const out = this.buf.subarray(0, safe);
        this.buf = this.buf.subarray(safe);
        return out;
      }
      if (!(await this.more())) throw badMultipart('the body ended before the closing boundary');
    }
  }

  private async readDelimiterEnd(): Promise<'part' | 'end'> {
    while (this.buf.length < 2) {
      if (!(await this.more())) throw badMultipart('the body ended right after a boundary');
    }
    if (this.buf[0] === 0x2d && this.buf[1] === 0x2d) {
      this.buf = this.buf.subarray(2);
      return 'end';
    }
    // RFC 2046: optional linear whitespace ("transport padding"), then CRLF.
    for (;;) {
      let i = 0;
      while (i < this.buf.length && (this.buf[i] === 0x20 || this.buf[i] === 0x09)) i++;
      if (i > 1024) throw badMultipart('a boundary line must end with CRLF');
      if (i + 2 <= this.buf.length) {
        if (this.buf[i] !== 0x0d || this.buf[i + 1] !== 0x0a) throw badMultipart('a boundary line must end with CRLF (or "--" for the last one)');
        this.buf = this.buf.subarray(i + 2);
        return 'part';
      }
      if (!(await this.more())) throw badMultipart('the body ended inside a boundary line');
    }
  }

  private async readPartHeaders(): Promise<PartHeaders> {
    for (;;) {
      let block: string | undefined;
      if (this.buf.length >= 2 && this.buf[0] === 0x0d && this.buf[1] === 0x0a) {
        block = '';
        this.buf = this.buf.subarray(2);
      } else {
        const end = this.buf.indexOf(HEADER_END);
        if (end !== -1 && end <= MAX_PART_HEADER_BYTES) {
          block = this.buf.subarray(0, end).toString('utf8');
          this.buf = this.buf.subarray(end + HEADER_END.length);
        } else if (end !== -1 || this.buf.length > MAX_PART_HEADER_BYTES) {
          throw badMultipart(`the headers of a part exceed ${MAX_PART_HEADER_BYTES} bytes`);
        }
      }
      if (block !== undefined) return parsePartHeaders(block);
      if (!(await this.more())) throw badMultipart('the body ended inside the headers of a part');
    }
  }
}

/** Where a suffix of `buf` that is a proper prefix of `delimiter` starts (the delimiter may be split across chunks); buf.length if none. */
function partialDelimiterStart(buf: Buffer, delimiter: Buffer): number {
  // The delimiter starts with CR and has no other CR (boundaries cannot contain one), so only CRs need checking.
  for (let i = buf.indexOf(0x0d, Math.max(0, buf.length - delimiter.length + 1)); i !== -1; i = buf.indexOf(0x0d, i + 1)) {
    if (buf.subarray(i).equals(delimiter.subarray(0, buf.length - i))) return i;
  }
  return buf.length;
}

function parsePartHeaders(block: string): PartHeaders {
  const headers: Record<string, string> = {};
  let last: string | undefined;
  for (const line of block.split('\r\n')) {
    if (line === '') continue;
    if ((line[0] === ' ' || line[0] === '\t') && last) {
      headers[last] += ` ${line.trim()}`; // obsolete line folding
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw badMultipart(`malformed part header line "${line.slice(0, 80)}"`);
    last = line.slice(0, colon).trim().toLowerCase();
    headers[last] = line.slice(colon + 1).trim();
  }
  const disposition = headers['content-disposition'];
  if (!disposition) throw badMultipart('a part has no Content-Disposition header');
  const { type, params } = parseHeaderParams(disposition);
  if (type !== 'form-data') throw badMultipart(`a part has Content-Disposition "${type}" (expected form-data)`);
  const name = params.get('name');
  if (name === undefined) throw badMultipart('a part has no name in its Content-Disposition');
  return { headers, name, filename: decodeExtValue(params.get('filename*')) ?? params.get('filename') };
}

/** `type; a=b; c="d \"e\""` → type and parameters (names lower-cased). */
function parseHeaderParams(value: string): { type: string; params: Map<string, string> } {
  const semi = value.indexOf(';');
  const type = (semi === -1 ? value : value.slice(0, semi)).trim().toLowerCase();
  const params = new Map<string, string>();
  const re = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    const key = m[1]!.toLowerCase();
    const v = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]!.trim();
    if (!params.has(key)) params.set(key, v);
  }
  return { type, params };
}

/** RFC 5987 `UTF-8''name%20with%20spaces`. */
function decodeExtValue(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const m = /^([\w-]+)'[^']*'(.*)$/.exec(v);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[2]!);
  } catch {
    return undefined;
  }
}

/** The boundary parameter of a multipart/form-data Content-Type, unchecked. */
function boundaryParam(contentType: string | null): string | undefined {
  return parseHeaderParams(contentType ?? '').params.get('boundary');
}

/** RFC 2046: 1–70 characters from a restricted set, not ending with a space. */
function checkBoundary(boundary: string | undefined): void {
  if (!boundary) throw badMultipart('the Content-Type has no boundary parameter');
  if (boundary.length > 70 || !/^[0-9A-Za-z'()+_,\-./:=? ]*[0-9A-Za-z'()+_,\-./:=?]$/.test(boundary))
    throw badMultipart('the boundary parameter is not a valid multipart boundary (RFC 2046: 1–70 characters, no trailing space)');
}

// ---------------------------------------------------------------------------------------------------------
// One multipart request

/** What happened to one multipart request's body; settled once the answer is ready. */
export class UploadSession {
  /** A problem of the body itself (malformed, too large, cut short): it answers the request instead of the result. */
  failure: GraphQLError | undefined;
  fileBytes = 0;
  /** The close delimiter has been read: nothing but the epilogue is left. */
  complete = false;
  body: MultipartBody | undefined;

  constructor(private readonly opts: Required<Omit<StreamingMultipartOptions, 'idleTimeoutMs'>> & { idleTimeoutMs?: number }) {}

  fail(e: unknown): GraphQLError {
    const err = e instanceof GraphQLError ? e : bodyInterrupted(e);
    this.failure ??= err;
    return err;
  }

  /** Reads `operations` and `map`, and the headers of the file part; the file itself is left to its reader. */
  async parse(request: Request): Promise<unknown> {
    const { maxUploadBytes, maxFieldBytes } = this.opts;
    const stream = request.body;
    if (!stream) throw badMultipart('the request has no body');
    const reader = stream.getReader();
    // Wrapped before anything is judged, so that settle() deals with the rest of a refused body too: it reads
    // a little of it only, then closes the connection.
    const boundary = boundaryParam(request.headers.get('content-type'));
    const idleMs = this.opts.idleTimeoutMs ?? 0;
    const read = idleMs > 0 ? () => readWithin(reader.read(), idleMs) : () => reader.read();
    const body = (this.body = new MultipartBody({ read, cancel: (r) => reader.cancel(r) }, boundary ?? ''));
    checkBoundary(boundary);
    const declared = request.headers.get('content-length');
    if (declared !== null) {
      if (!/^\d+$/.test(declared)) throw badMultipart('the Content-Length header is invalid');
      if (Number(declared) > maxUploadBytes + 2 * maxFieldBytes + FRAMING_ALLOWANCE_BYTES)
        throw tooLarge(`The request body (${declared} bytes) is larger than an upload may be (files up to ${maxUploadBytes} bytes)`);
    }

    // Preamble: ignored, but bounded.
    let preamble = 0;
    for (let c = await body.bodyChunk(); c !== null; c = await body.bodyChunk()) {
      preamble += c.length;
      if (preamble > MAX_PREAMBLE_BYTES) throw badMultipart(`no boundary within the first ${MAX_PREAMBLE_BYTES} bytes of the body`);
    }
    if ((await body.afterDelimiter()) === 'end') throw badMultipart(`the body has no parts (expected "operations", "map", then the file; see ${SPEC})`);

    const first = await body.partHeaders();
    if (first.name !== 'operations') throw badMultipart(`the first part must be "operations", not "${first.name}" (see ${SPEC})`);
    const operations = parseJsonField('operations', await this.readField('operations', maxFieldBytes));
    if (typeof operations !== 'object' || operations === null) throw badMultipart('"operations" must be a JSON object (or an array of them)');
    if ((await body.afterDelimiter()) === 'end') {
      this.complete = true;
      return operations;
    }

    const second = await body.partHeaders();
    if (second.name !== 'map') throw badMultipart(`the part after "operations" must be "map", not "${second.name}" (see ${SPEC})`);
    const map = parseJsonField('map', await this.readField('map', maxFieldBytes));
    if (typeof map !== 'object' || map === null || Array.isArray(map)) throw badMultipart('"map" must be a JSON object of file part names to lists of paths');
    const entries = Object.entries(map as Record<string, unknown>);
    if (entries.length > 1)
      throw badMultipart(`this gateway accepts one file per request, and "map" lists ${entries.length} (${entries.map(([k]) => `"${k}"`).join(', ')})`);
    const end = (await body.afterDelimiter()) === 'end';
    if (entries.length === 0) {
      if (!end) throw badMultipart('a file part follows an empty "map"');
      this.complete = true;
      return operations;
    }
    const [fileKey, paths] = entries[0]!;
    if (!Array.isArray(paths) || paths.length === 0 || !paths.every((p) => typeof p === 'string'))
      throw badMultipart(`"map" entry "${fileKey}" must be a non-empty list of paths such as "variables.file"`);
    if (end) throw badMultipart(`the file part "${fileKey}" listed in "map" is missing`);

    const filePart = await body.partHeaders();
    if (filePart.name !== fileKey) throw badMultipart(`expected the file part "${fileKey}" listed in "map", got "${filePart.name}"`);
    const upload = new StreamedUpload(filePart.filename ?? fileKey, filePart.headers['content-type'] ?? 'application/octet-stream', () =>
      this.fileStream(body, maxUploadBytes),
    );
    for (const path of paths as string[]) setAtPath(operations, path, upload);
    return operations;
  }

  private async readField(name: string, max: number): Promise<string> {
    const pieces: Buffer[] = [];
    let size = 0;
    for (let c = await this.body!.bodyChunk(); c !== null; c = await this.body!.bodyChunk()) {
      size += c.length;
      if (size > max) throw tooLarge(`The multipart "${name}" part is larger than ${max} bytes`);
      pieces.push(c);
    }
    return Buffer.concat(pieces).toString('utf8');
  }

  /** The file part's body as a pull stream: each read of it reads the client socket once. */
  private fileStream(body: MultipartBody, max: number): ReadableStream<Uint8Array> {
    return new ReadableStream<Uint8Array>(
      {
        pull: async (controller) => {
          try {
            for (;;) {
              const chunk = await body.bodyChunk();
              if (chunk === null) {
                if ((await body.afterDelimiter()) !== 'end') throw badMultipart('a part follows the file: this gateway accepts one file per request');
                this.complete = true;
                controller.close();
                return;
              }
              this.fileBytes += chunk.length;
              // The chunk that crosses the limit is not forwarded either.
              if (this.fileBytes > max) throw tooLarge(`The file is larger than the ${max} bytes an upload may be`);
              if (chunk.length) {
                controller.enqueue(chunk);
                return;
              }
            }
          } catch (e) {
            controller.error(this.fail(e));
          }
        },
      },
      // Nothing is read ahead of the consumer: backpressure reaches the client socket.
      { highWaterMark: 0 },
    );
  }

  /**
   * The answer is ready: whatever is left of the body is read and discarded (a little only if the body was
   * refused), so the client can finish sending and read the answer; past that, the connection is closed once
   * the answer has been written.
   */
  async settle(connection: Connection): Promise<void> {
    const body = this.body;
    if (body && this.failure?.extensions.code === 'UPLOAD_IDLE_TIMEOUT') {
      // A stalled client may never send the rest: answer, then close.
      await connection.answered;
      connection.close();
      await body.abandon(this.failure);
      return;
    }
    if (!body || body.ended) return;
    const budget = this.failure ? REFUSED_LINGER_BYTES : this.opts.maxDiscardBytes;
    const endedWithin = await body.discardRest(budget).catch(() => false);
    if (endedWithin) return;
    await connection.answered;
    connection.close();
    await body.abandon(this.failure ?? new Error('unread request body beyond the discard allowance'));
  }
}

/** The client connection of a request, as far as settling its body needs it. */
interface Connection {
  /** Resolves once the answer has been written. */
  answered: Promise<void>;
  close(): void;
}

function parseJsonField(name: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw badMultipart(`the "${name}" part is not valid JSON`);
  }
}

/** Puts the upload where `map` says, e.g. `variables.file` or `0.variables.file` for a batch. */
function setAtPath(operations: object, path: string, value: unknown): void {
  const keys = path.split('.');
  let current = operations as Record<string, unknown>;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key === '' || key === '__proto__' || key === 'constructor' || key === 'prototype')
      throw badMultipart(`"map" path "${path}" is not a valid path into "operations"`);
    if (i === keys.length - 1) {
      current[key] = value;
      return;
    }
    const next = Object.hasOwn(current, key) ? current[key] : undefined;
    if (typeof next !== 'object' || next === null) current[key] = {};
    current = current[key] as Record<string, unknown>;
  }
}

// ---------------------------------------------------------------------------------------------------------
// The yoga plugin

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
  }
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
