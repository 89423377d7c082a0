import { GraphQLError } from 'graphql';
import { badMultipart, bodyInterrupted } from './errors';

/**
 * The multipart/form-data framing (RFC 7578 over RFC 2046): delimiters, part headers, Content-Disposition
 * parameters, boundaries. It knows nothing of GraphQL's use of the parts: that is session.ts.
 */

export const MAX_PART_HEADER_BYTES = 16 * 1024;

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
export function partialDelimiterStart(buf: Buffer, delimiter: Buffer): number {
  // The delimiter starts with CR and has no other CR (boundaries cannot contain one), so only CRs need checking.
  for (let i = buf.indexOf(0x0d, Math.max(0, buf.length - delimiter.length + 1)); i !== -1; i = buf.indexOf(0x0d, i + 1)) {
    if (buf.subarray(i).equals(delimiter.subarray(0, buf.length - i))) return i;
  }
  return buf.length;
}

export function parsePartHeaders(block: string): PartHeaders {
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
export function parseHeaderParams(value: string): { type: string; params: Map<string, string> } {
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
export function decodeExtValue(v: string | undefined): string | undefined {
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
export function boundaryParam(contentType: string | null): string | undefined {
  return parseHeaderParams(contentType ?? '').params.get('boundary');
}

/** RFC 2046: 1–70 characters from a restricted set, not ending with a space. */
export function checkBoundary(boundary: string | undefined): void {
  if (!boundary) throw badMultipart('the Content-Type has no boundary parameter');
  if (boundary.length > 70 || !/^[0-9A-Za-z'()+_,\-./:=? ]*[0-9A-Za-z'()+_,\-./:=?]$/.test(boundary))
    throw badMultipart('the boundary parameter is not a valid multipart boundary (RFC 2046: 1–70 characters, no trailing space)');
}
