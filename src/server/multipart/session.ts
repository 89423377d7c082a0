import { GraphQLError } from 'graphql';
import { StreamedUpload } from '../../context/upload';
import { badMultipart, bodyInterrupted, readWithin, tooLarge } from './errors';
import type { StreamingMultipartOptions } from './options';
import { MultipartBody, boundaryParam, checkBoundary } from './parser';

/**
 * One upload request: `operations`, `map` and the file part in the spec's order, the file handed to the
 * resolver as a StreamedUpload (the Upload scalar's value, context/upload.ts) whose stream reads the client
 * socket, and what is left of the body once the answer is ready.
 */

/** A refused body is read a little further (not forwarded) so the client sees the answer rather than a reset. */
const REFUSED_LINGER_BYTES = 1024 * 1024;
const MAX_PREAMBLE_BYTES = 16 * 1024;

/** Room for the multipart framing around the file when a declared Content-Length is judged up front. */
const FRAMING_ALLOWANCE_BYTES = 64 * 1024;
const SPEC = 'https://github.com/jaydenseric/graphql-multipart-request-spec';

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
export interface Connection {
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
