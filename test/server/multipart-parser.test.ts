/**
 * The multipart framing alone (src/server/multipart/parser.ts), over an in-memory reader: the edge cases an
 * HTTP test cannot place exactly (a delimiter split across chunks, transport padding, folded headers, RFC 5987
 * file names) and the property uploads rely on, that the body is read only as far as the consumer asks.
 */
import { describe, expect, it } from 'vitest';
import { MultipartBody, checkBoundary, type BodyReader, type PartHeaders } from '../../src/server/multipart/parser';

const BOUNDARY = 'XyZ-boundary';

/** A reader over fixed chunks that counts how many the parser asked for. */
function readerOf(chunks: Buffer[]): BodyReader & { reads: number; cancelled: boolean } {
  let i = 0;
  const r = {
    reads: 0,
    cancelled: false,
    async read() {
      r.reads++;
      return i < chunks.length ? { done: false, value: new Uint8Array(chunks[i++]!) } : { done: true };
    },
    async cancel() {
      r.cancelled = true;
    },
  };
  return r;
}

const bytesOf = (...pieces: Array<string | Buffer>) => Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));

function body(parts: Array<{ headers: string; data: string | Buffer }>, opts: { preamble?: string; padding?: string } = {}): Buffer {
  const pieces: Array<string | Buffer> = [];
  if (opts.preamble !== undefined) pieces.push(`${opts.preamble}\r\n`);
  for (const p of parts) pieces.push(`--${BOUNDARY}${opts.padding ?? ''}\r\n${p.headers}\r\n\r\n`, p.data, '\r\n');
  pieces.push(`--${BOUNDARY}--\r\n`);
  return bytesOf(...pieces);
}

/** Every chunk size from 1 byte up: the same parts must come out whatever the cuts. */
function cut(b: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < b.length; i += size) out.push(b.subarray(i, i + size));
  return out;
}

async function readAll(mb: MultipartBody): Promise<Array<{ head: PartHeaders; data: Buffer }>> {
  const parts: Array<{ head: PartHeaders; data: Buffer }> = [];
  while ((await mb.bodyChunk()) !== null); // preamble
  while ((await mb.afterDelimiter()) === 'part') {
    const head = await mb.partHeaders();
    const data: Buffer[] = [];
    for (let c = await mb.bodyChunk(); c !== null; c = await mb.bodyChunk()) data.push(c);
    parts.push({ head, data: Buffer.concat(data) });
  }
  return parts;
}

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: { extensions?: { code?: string }; message: string }) => `${e.extensions?.code}: ${e.message}`,
  );

describe('MultipartBody', () => {
  // File data holding the start of the delimiter, and the delimiter with one byte wrong: both are data.
  const tricky = bytesOf('a\r\n-', '\r\n--XyZ-boundarZ', Buffer.from([0, 0x0d, 0x0a, 0xff]), '\r\n--XyZ-');
  const parts = [
    { headers: 'Content-Disposition: form-data; name="operations"', data: '{"query":"mutation($f: Upload!) { u(file: $f) }"}' },
    { headers: 'content-disposition: form-data; name="0"; filename="disk.qcow2"\r\nContent-Type: application/octet-stream', data: tricky },
  ];

  it('gives the same parts whatever the chunk boundaries, a delimiter split across chunks included', async () => {
    const whole = body(parts);
    for (let size = 1; size <= whole.length; size += size < 40 ? 1 : 17) {
      const got = await readAll(new MultipartBody(readerOf(cut(whole, size)), BOUNDARY));
      expect(got.map((p) => p.head.name), `chunks of ${size}`).toEqual(['operations', '0']);
      expect(got[1]!.data.equals(tricky), `chunks of ${size}`).toBe(true);
      expect(got[1]!.head).toMatchObject({ filename: 'disk.qcow2', headers: { 'content-type': 'application/octet-stream' } });
    }
  });

  it('skips a preamble and accepts transport padding after a boundary', async () => {
    const got = await readAll(new MultipartBody(readerOf([body(parts, { preamble: 'ignored text', padding: ' \t ' })]), BOUNDARY));
    expect(got.map((p) => p.head.name)).toEqual(['operations', '0']);
  });

  it('reads headers as RFC 7578 allows: folded lines, quoted values with escapes, filename* before filename', async () => {
    const headers = 'Content-Disposition: form-data; name="a \\"b\\""; filename="plain.img";\r\n filename*=UTF-8\'\'r%C3%A9sum%C3%A9.img\r\nX-Extra:  kept  ';
    const [p] = await readAll(new MultipartBody(readerOf([body([{ headers, data: 'x' }])]), BOUNDARY));
    expect(p!.head.name).toBe('a "b"');
    expect(p!.head.filename).toBe('résumé.img');
    expect(p!.head.headers['x-extra']).toBe('kept');
  });

  it('reads the source only as far as it is asked: a part streams before the body has arrived', async () => {
    const file = Buffer.alloc(64 * 1024, 7);
    const chunks = cut(body([parts[0]!, { headers: 'Content-Disposition: form-data; name="0"; filename="f"', data: file }]), 4096);
    const reader = readerOf(chunks);
    const mb = new MultipartBody(reader, BOUNDARY);
    while ((await mb.bodyChunk()) !== null);
    await mb.afterDelimiter();
    await mb.partHeaders();
    while ((await mb.bodyChunk()) !== null);
    await mb.afterDelimiter();
    await mb.partHeaders();
    const first = await mb.bodyChunk();
    expect(first!.length).toBeGreaterThan(0);
    expect(reader.reads).toBeLessThan(chunks.length / 2);
  });

  it('refuses broken framing with BAD_REQUEST and says where', async () => {
    const cases: Array<[string, Buffer]> = [
      ['ended before the closing boundary', bytesOf(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="a"\r\n\r\nno end`)],
      ['must end with CRLF', bytesOf(`--${BOUNDARY}xx\r\n`)],
      ['no Content-Disposition', bytesOf(`--${BOUNDARY}\r\nContent-Type: text/plain\r\n\r\nx\r\n--${BOUNDARY}--`)],
      ['expected form-data', bytesOf(`--${BOUNDARY}\r\nContent-Disposition: attachment; name="a"\r\n\r\nx\r\n--${BOUNDARY}--`)],
      ['no name', bytesOf(`--${BOUNDARY}\r\nContent-Disposition: form-data; filename="a"\r\n\r\nx\r\n--${BOUNDARY}--`)],
      ['malformed part header line', bytesOf(`--${BOUNDARY}\r\nno colon here\r\n\r\nx\r\n--${BOUNDARY}--`)],
      ['exceed 16384 bytes', bytesOf(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="a"\r\nX-Big: ${'h'.repeat(17_000)}\r\n\r\nx`)],
    ];
    for (const [why, b] of cases) expect(await codeOf(readAll(new MultipartBody(readerOf(cut(b, 1000)), BOUNDARY))), why).toMatch(new RegExp(`^BAD_REQUEST: .*${why}`));
  });

  it('turns a failing source into BAD_REQUEST, never a crash', async () => {
    const mb = new MultipartBody({ read: () => Promise.reject(new Error('socket hang up')), cancel: async () => {} }, BOUNDARY);
    expect(await codeOf(mb.bodyChunk())).toMatch(/^BAD_REQUEST: .*interrupted \(socket hang up\)/);
  });

  it('discards the rest within a budget, and tells when the body did not end within it', async () => {
    const rest = cut(Buffer.alloc(10_000), 1000);
    expect(await new MultipartBody(readerOf(rest), BOUNDARY).discardRest(20_000)).toBe(true);
    const reader = readerOf(rest);
    expect(await new MultipartBody(reader, BOUNDARY).discardRest(2_500)).toBe(false);
    expect(reader.reads).toBe(3);
  });
});

describe('checkBoundary (RFC 2046)', () => {
  it('accepts 1–70 characters of the allowed set, inner spaces included, and nothing else', () => {
    for (const ok of ['a', 'x'.repeat(70), "----WebKitFormBoundary7MA4YWxk'()+_,-./:=?", 'inner space ok']) expect(() => checkBoundary(ok), ok).not.toThrow();
    for (const bad of [undefined, '', 'x'.repeat(71), 'trailing ', 'semi;colon', 'quote"'])
      expect(() => checkBoundary(bad), String(bad)).toThrow(/Invalid multipart request/);
  });
});
