/**
 * GraphQL multipart uploads streamed to Glance (src/server/multipart/): a 200 MB file reaches the simulator
 * byte-identical while the gateway's memory stays far below the file size; malformed, oversized and
 * misdirected uploads are answered cleanly and the gateway keeps serving, on the same connection when the
 * rest of the body could be read.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { Agent, request as httpRequest, type IncomingMessage } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_DISCARD_BYTES, UploadSession } from '../../src/server/multipart';
import { isStreamedUpload } from '../../src/context/upload';
import { startTestGateway, type GraphQLResponse, type SimRequest, type TestGateway } from '../helpers/gateway';

const MiB = 1024 * 1024;

const UPLOAD = `mutation Upload($id: ID!, $file: Upload!) {
  uploadImageFile(imageId: $id, file: $file) {
    __typename
    ... on ImagePayload { image { imageId status checksum sizeBytes } }
    ... on Error { message }
    ... on NotFoundError { code }
  }
}`;

const CREATE = `mutation Create($name: String!) {
  createImageMetadata(input: { name: $name, diskFormat: RAW }) { __typename ... on ImagePayload { image { imageId status } } ... on Error { message } }
}`;

// ---------------------------------------------------------------------------------------------------------
// Helpers: a seeded file generated as it is sent, multipart framing, a streaming node:http client

/** `size` bytes from a seeded xorshift32, a MiB at a time: never held whole. */
function* seededFile(seed: number, size: number, chunkBytes = MiB): Generator<Buffer> {
  let s = seed | 0 || 1;
  for (let made = 0; made < size; ) {
    const n = Math.min(chunkBytes, size - made);
    const words = new Uint32Array(Math.ceil(n / 4));
    for (let i = 0; i < words.length; i++) {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      words[i] = s;
    }
    made += n;
    yield Buffer.from(words.buffer, 0, n);
  }
}

/** Hashes what passes through, as it is sent. */
function hashing(chunks: Iterable<Buffer>) {
  const md5 = createHash('md5');
  const sha256 = createHash('sha256');
  let bytes = 0;
  const out = {
    bytes: () => bytes,
    md5: () => md5.digest('hex'),
    sha256: () => sha256.digest('hex'),
    *chunks() {
      for (const c of chunks) {
        md5.update(c);
        sha256.update(c);
        bytes += c.length;
        yield c;
      }
    },
  };
  return out;
}

let boundaries = 0;
function framing(operations: unknown, map: unknown = { 0: ['variables.file'] }, fileField = '0') {
  const boundary = `----upload-test-${process.pid}-${++boundaries}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify(operations)}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n${JSON.stringify(map)}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="${fileField}"; filename="disk.raw"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { boundary, head, tail, contentType: `multipart/form-data; boundary=${boundary}` };
}

interface Answer {
  status: number;
  json: GraphQLResponse;
  reusedSocket: boolean;
  /** An error the client met while still sending (the server may close once it has answered). */
  sendError?: unknown;
}

/**
 * POSTs `chunks` over node:http, waiting for 'drain' whenever the socket is full (so the client never
 * buffers ahead of the server either). `end: false` leaves the body unfinished and destroys the request
 * once answered.
 */
async function post(
  url: string,
  opts: { headers: Record<string, string>; chunks: Iterable<Buffer>; contentLength?: number; agent?: Agent; end?: boolean },
): Promise<Answer> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.contentLength !== undefined) headers['content-length'] = String(opts.contentLength);
  const req = httpRequest(url, { method: 'POST', headers, agent: opts.agent ?? false });
  const answered = new Promise<IncomingMessage>((resolve, reject) => {
    req.once('response', resolve);
    req.once('error', reject);
  });
  let sendError: unknown;
  let gotAnswer = false;
  answered.then(
    () => (gotAnswer = true),
    () => undefined,
  );
  const sending = (async () => {
    for (const chunk of opts.chunks) {
      if (gotAnswer && opts.end === false) return;
      if (!req.write(chunk)) await once(req, 'drain');
    }
    if (opts.end !== false) req.end();
  })().catch((e) => (sendError = e));
  const res = await answered;
  let text = '';
  for await (const c of res) text += c;
  if (opts.end === false) req.destroy();
  else await sending;
  return { status: res.statusCode!, json: JSON.parse(text) as GraphQLResponse, reusedSocket: req.reusedSocket, sendError };
}

function postJson(url: string, body: unknown, headers: Record<string, string>, agent?: Agent) {
  return post(url, { headers: { 'content-type': 'application/json', ...headers }, chunks: [Buffer.from(JSON.stringify(body))], agent });
}

function uploadOperations(id: string) {
  return { query: UPLOAD, variables: { id, file: null } };
}

// ---------------------------------------------------------------------------------------------------------
// The parser alone: boundaries split across chunks, CRLF rules, part headers

describe('multipart parsing', () => {
  const boundary = 'b0und4ry';
  // File content made of near-delimiters: CRLF, "--", the boundary without its CRLF, a delimiter cut short.
  const tricky = Buffer.concat([
    Buffer.from('\r\n--b0und4r\r\n--b0und4\r--b0und4ry\n\r\n-\r\r\n--'),
    Buffer.from([0, 13, 10, 45, 45, 98, 0, 255]),
    Buffer.from('\r\n--b0und4rx end\r'),
  ]);
  const ops = JSON.stringify({ query: 'mutation($f: Upload!) { x(f: $f) }', variables: { f: null } });
  const body = Buffer.concat([
    Buffer.from('preamble to ignore\r\n'),
    Buffer.from(`--${boundary}  \r\ncontent-disposition: form-data; name="operations"\r\n\r\n${ops}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data;\r\n name=map\r\n\r\n{"f1":["variables.f"]}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Type: image/x-raw\r\nContent-Disposition: form-data; name="f1"; filename="d\\"isk.raw"\r\n\r\n`),
    tricky,
    Buffer.from(`\r\n--${boundary}--\r\nepilogue`),
  ]);

  function requestOf(chunks: Buffer[], contentType = `multipart/form-data; boundary="${boundary}"`): Request {
    let i = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (i < chunks.length) c.enqueue(chunks[i++]!);
        else c.close();
      },
    });
    return { headers: new Headers({ 'content-type': contentType }), body: stream } as unknown as Request;
  }

  async function parse(chunks: Buffer[]) {
    const session = new UploadSession({ maxUploadBytes: 1024, maxFieldBytes: 4096, maxRequestBodySize: 1e6, maxDiscardBytes: 1e6 });
    const operations = (await session.parse(requestOf(chunks))) as { variables: { f: unknown } };
    const upload = operations.variables.f;
    if (!isStreamedUpload(upload)) throw new Error('no upload in operations');
    const received: Buffer[] = [];
    for await (const c of upload.stream() as unknown as AsyncIterable<Uint8Array>) received.push(Buffer.from(c));
    return { upload, file: Buffer.concat(received), session };
  }

  it('finds every part whatever the chunking: split at each offset, and one byte at a time', async () => {
    for (let cut = 1; cut < body.length; cut++) {
      const { file, upload } = await parse([body.subarray(0, cut), body.subarray(cut)]);
      expect(file.equals(tricky), `split at ${cut}`).toBe(true);
      expect(upload.name).toBe('d"isk.raw');
      expect(upload.type).toBe('image/x-raw');
      expect(upload.size).toBeUndefined();
    }
    for (const size of [1, 2, 3, 7, 64]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < body.length; i += size) chunks.push(body.subarray(i, i + size));
      const { file, session } = await parse(chunks);
      expect(file.equals(tricky), `chunks of ${size}`).toBe(true);
      expect(session.complete).toBe(true);
    }
  });

  it('refuses malformed bodies with a 400 BAD_REQUEST error that says what is wrong', async () => {
    const cases: [string, Buffer, string?][] = [
      ['no closing boundary', body.subarray(0, body.length - 30)],
      ['a boundary line not ended by CRLF', Buffer.from(`--${boundary}xx\r\n`)],
      ['no parts at all', Buffer.from(`--${boundary}--\r\n`)],
      ['map before operations', Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{}\r\n--${boundary}--`)],
      ['a part without Content-Disposition', Buffer.from(`--${boundary}\r\nContent-Type: text/plain\r\n\r\nx\r\n--${boundary}--`)],
      ['operations that are not JSON', Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{nope\r\n--${boundary}--`)],
      ['no boundary parameter', body, 'multipart/form-data'],
    ];
    const messages: string[] = [];
    for (const [what, bytes, contentType] of cases) {
      const session = new UploadSession({ maxUploadBytes: 1024, maxFieldBytes: 4096, maxRequestBodySize: 1e6, maxDiscardBytes: 1e6 });
      const run = async () => {
        const ops = (await session.parse(requestOf([bytes], contentType))) as { variables: { f: { stream(): ReadableStream } } };
        // The truncated body fails while the file is read, as it would under a resolver.
        for await (const _ of ops.variables.f.stream() as unknown as AsyncIterable<Uint8Array>);
      };
      const error = await run().then(
        () => undefined,
        (e: unknown) => e as { message: string; extensions: { code: string; http: { status: number } } },
      );
      expect(error, what).toBeDefined();
      expect(error!.extensions.code, what).toBe('BAD_REQUEST');
      expect(error!.extensions.http.status, what).toBe(400);
      messages.push(error!.message);
    }
    expect(messages).toEqual([
      expect.stringContaining('ended before the closing boundary'),
      expect.stringContaining('must end with CRLF'),
      expect.stringContaining('has no parts'),
      expect.stringContaining('first part must be "operations", not "map"'),
      expect.stringContaining('no Content-Disposition'),
      expect.stringContaining('"operations" part is not valid JSON'),
      expect.stringContaining('no boundary parameter'),
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// 200 MB through a gateway in its own process

const FILE_BYTES = 200 * MiB;
/**
 * Peak RSS growth allowed while 200 MB go through. Anything that holds the file (formData, a Blob, an
 * ArrayBuffer) grows by at least the file size, 200 MiB, more than three times this bound. A streaming
 * path holds a few socket-sized chunks per hop (client socket → parser → upstream socket, and the
 * simulator's hashing on the other side), plus garbage not yet collected; 64 MiB leaves room for that.
 */
const MAX_RSS_GROWTH = 64 * MiB;

describe('a 200 MB upload through a gateway in its own process', () => {
  let child: ChildProcessWithoutNullStreams;
  let nextLine: () => Promise<string>;
  let gw: { graphqlUrl: string; simUrl: string; token: string };

  beforeAll(async () => {
    const script = fileURLToPath(new URL('./upload-gateway.process.ts', import.meta.url));
    child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const lines: string[] = [];
    const waiting: ((l: string) => void)[] = [];
    createInterface({ input: child.stdout }).on('line', (l) => {
      const w = waiting.shift();
      if (w) w(l);
      else lines.push(l);
    });
    const exited = once(child, 'exit').then(([code]) => {
      throw new Error(`gateway process exited (${code}): ${stderr}`);
    });
    exited.catch(() => undefined);
    nextLine = () => {
      const l = lines.shift();
      return l !== undefined ? Promise.resolve(l) : Promise.race([new Promise<string>((r) => waiting.push(r)), exited]);
    };
    gw = JSON.parse(await nextLine());
  });

  afterAll(async () => {
    if (!child || child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.stdin.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  });

  const memory = async () => {
    child.stdin.write('mem\n');
    return JSON.parse(await nextLine()) as { rss: number; maxRss: number };
  };
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const r = await postJson(gw.graphqlUrl, { query, variables }, { 'x-auth-token': gw.token });
    return r.json;
  };
  const create = async (name: string): Promise<string> => {
    const r = await gql(CREATE, { name });
    expect(r.data.createImageMetadata.__typename).toBe('ImagePayload');
    return r.data.createImageMetadata.image.imageId;
  };
  const upload = (id: string, seed: number, size: number) => {
    const f = framing(uploadOperations(id));
    const file = hashing(seededFile(seed, size));
    const answer = post(gw.graphqlUrl, {
      headers: { 'content-type': f.contentType, 'x-auth-token': gw.token },
      chunks: (function* () {
        yield f.head;
        yield* file.chunks();
        yield f.tail;
      })(),
      contentLength: f.head.length + size + f.tail.length,
    });
    return { answer, file };
  };

  it('arrives byte-identical (size, sha256, md5 checksum), ACTIVE, with the gateway growing far less than the file', async () => {
    // Warm-up: the first upload loads code and opens upstream connections; only the big one is measured.
    const warm = upload(await create('upload-warm-up'), 7, 4 * MiB);
    expect((await warm.answer).json.data.uploadImageFile.image.checksum).toBe(warm.file.md5());

    const id = await create('upload-200mb');
    const before = await memory();
    const { answer, file } = upload(id, 20240531, FILE_BYTES);
    const res = await answer;
    const after = await memory();
    const md5 = file.md5();
    const sha256 = file.sha256();
    expect(file.bytes()).toBe(FILE_BYTES);

    expect(res.status).toBe(200);
    expect(res.json.errors).toBeUndefined();
    const payload = res.json.data.uploadImageFile;
    expect(payload.__typename).toBe('ImagePayload');
    expect(payload.image).toMatchObject({ imageId: id, status: 'ACTIVE', checksum: md5, sizeBytes: FILE_BYTES });

    const log = (await (await fetch(`${gw.simUrl}/_sim/requests`)).json()) as { requests: SimRequest[] };
    const puts = log.requests.filter((r) => r.method === 'PUT' && r.path === `/v2/images/${id}/file`);
    expect(puts).toHaveLength(1);
    expect(puts[0]).toMatchObject({ status: 204, contentType: 'application/octet-stream', body: { bytes: FILE_BYTES, sha256 } });

    const growth = after.maxRss - before.rss;
    console.info(
      `200 MiB upload: gateway RSS before ${(before.rss / MiB).toFixed(1)} MiB, peak after ${(after.maxRss / MiB).toFixed(1)} MiB, ` +
        `growth ${(growth / MiB).toFixed(1)} MiB (bound ${MAX_RSS_GROWTH / MiB} MiB)`,
    );
    expect(growth).toBeLessThan(MAX_RSS_GROWTH);
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------------------
// Refusals and failures through a real gateway (in this process)

const LIMIT = MiB;

describe('refused and failed uploads', () => {
  let t: TestGateway;
  let token: string;
  beforeAll(async () => {
    t = await startTestGateway({ MAX_UPLOAD_BYTES: String(LIMIT) });
    token = await t.token();
  });
  afterAll(async () => {
    await t?.close();
  });

  const create = async (name: string): Promise<string> => {
    const r = await t.gql(CREATE, { name });
    return r.data.createImageMetadata.image.imageId;
  };
  /**
   * The simulator's log entries for uploads to `id`, once there is one. An aborted upload is answered by the
   * gateway as soon as the upstream request fails, a moment before the simulator has noticed the abort; it
   * logs the PUT only after putting the image back to QUEUED, so the entry is the point to read the image at.
   */
  const uploadsLogged = async (id: string): Promise<SimRequest[]> => {
    for (let attempt = 0; attempt < 200; attempt++) {
      const puts = (await t.requests()).filter((r) => r.method === 'PUT' && r.path === `/v2/images/${id}/file`);
      if (puts.length) return puts;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`the simulator never logged an upload to ${id}`);
  };
  const image = async (id: string) => (await t.gql(`query($id: ID!) { image(id: $id) { status checksum } }`, { id })).data.image;
  const stillServes = async (agent?: Agent) => {
    const r = await postJson(t.gateway.graphqlUrl, { query: '{ quota { images { used } } }' }, { 'x-auth-token': token }, agent);
    expect(r.json.errors).toBeUndefined();
    expect(typeof r.json.data.quota.images.used).toBe('number');
    return r;
  };
  const multipart = (id: string, fileBytes: number, opts: { contentLength?: boolean; end?: boolean; agent?: Agent; token?: string | null } = {}) => {
    const f = framing(uploadOperations(id));
    const tok = opts.token === undefined ? token : opts.token;
    return post(t.gateway.graphqlUrl, {
      headers: { 'content-type': f.contentType, ...(tok ? { 'x-auth-token': tok } : {}) },
      chunks: (function* () {
        yield f.head;
        yield* seededFile(fileBytes, fileBytes, 64 * 1024);
        yield f.tail;
      })(),
      ...(opts.contentLength === false ? {} : { contentLength: f.head.length + fileBytes + f.tail.length }),
      ...(opts.end === false ? { end: false } : {}),
      ...(opts.agent ? { agent: opts.agent } : {}),
    });
  };

  it('a malformed multipart body is answered 400 with a clear message, and the gateway keeps serving', async () => {
    const id = await create('upload-malformed');
    const f = framing(uploadOperations(id));
    // The body stops in the middle of the file: the upload already streaming upstream is aborted.
    const truncated = await post(t.gateway.graphqlUrl, {
      headers: { 'content-type': f.contentType, 'x-auth-token': token },
      chunks: [f.head, Buffer.alloc(200 * 1024, 7)],
    });
    expect(truncated.status).toBe(400);
    expect(truncated.json.errors).toEqual([
      expect.objectContaining({
        message: 'Invalid multipart request: the body ended before the closing boundary',
        extensions: { code: 'BAD_REQUEST', requestId: expect.any(String) },
      }),
    ]);
    expect((await uploadsLogged(id)).map((r) => r.status)).toEqual([400]);
    expect(await image(id)).toEqual({ status: 'QUEUED', checksum: null });

    const twoFiles = framing(uploadOperations(id), { 0: ['variables.file'], 1: ['variables.other'] });
    const two = await post(t.gateway.graphqlUrl, {
      headers: { 'content-type': twoFiles.contentType, 'x-auth-token': token },
      chunks: [twoFiles.head, Buffer.from('abc'), twoFiles.tail],
    });
    expect(two.status).toBe(400);
    expect(two.json.errors![0]!.message).toBe('Invalid multipart request: this gateway accepts one file per request, and "map" lists 2 ("0", "1")');

    const wrongPart = framing(uploadOperations(id), { 0: ['variables.file'] }, 'file');
    const wrong = await post(t.gateway.graphqlUrl, {
      headers: { 'content-type': wrongPart.contentType, 'x-auth-token': token },
      chunks: [wrongPart.head, Buffer.from('abc'), wrongPart.tail],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json.errors![0]!.message).toBe('Invalid multipart request: expected the file part "0" listed in "map", got "file"');

    await stillServes();
  });

  it('a file beyond MAX_UPLOAD_BYTES is refused with 413, nothing past the limit is stored, and the gateway keeps serving', async () => {
    const id = await create('upload-too-large');
    // Sent chunked: the size shows only while the file streams.
    const streamed = await multipart(id, LIMIT + LIMIT / 2, { contentLength: false });
    expect(streamed.status).toBe(413);
    expect(streamed.json.errors).toEqual([
      expect.objectContaining({ message: `The file is larger than the ${LIMIT} bytes an upload may be`, extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', requestId: expect.any(String) } }),
    ]);
    // The upstream upload was aborted: Glance keeps nothing of it.
    expect((await uploadsLogged(id)).map((r) => r.status)).toEqual([400]);
    expect(await image(id)).toEqual({ status: 'QUEUED', checksum: null });

    // A declared length beyond the limit is refused before the body is read: only its start is ever sent.
    const big = framing(uploadOperations(id));
    const declared = await post(t.gateway.graphqlUrl, {
      headers: { 'content-type': big.contentType, 'x-auth-token': token },
      chunks: [big.head],
      contentLength: 10 * 1024 ** 3,
      end: false,
    });
    expect(declared.status).toBe(413);
    expect(declared.json.errors![0]).toMatchObject({
      message: expect.stringMatching(/^The request body \(10737418240 bytes\) is larger than an upload may be/),
      extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' },
    });
    await stillServes();
  });

  it('an upload to an unknown image gets the NOT_FOUND typed error, and the same connection serves the next request', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const res = await multipart('0b3c5a5e-1111-4222-8333-444455556666', 512 * 1024, { agent });
      expect(res.status).toBe(200);
      expect(res.json.data.uploadImageFile).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
      const next = await stillServes(agent);
      expect(next.reusedSocket).toBe(true);
    } finally {
      agent.destroy();
    }
  });

  it('a resolver that fails before reading the file still answers; the unread body is drained and the connection reused', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const id = await create('upload-unauthenticated');
      // No token: the mutation fails before it opens the file stream; 2 MiB are left for the gateway to discard.
      const res = await multipart(id, 2 * MiB, { agent, token: null });
      expect(res.json.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(res.sendError).toBeUndefined();
      const next = await stillServes(agent);
      expect(next.reusedSocket).toBe(true);
      expect(await image(id)).toEqual({ status: 'QUEUED', checksum: null });
    } finally {
      agent.destroy();
    }
  });

  it('a client that disconnects mid-file aborts the upstream upload, and the gateway keeps serving', async () => {
    const id = await create('upload-client-gone');
    const f = framing(uploadOperations(id));
    const req = httpRequest(t.gateway.graphqlUrl, { method: 'POST', headers: { 'content-type': f.contentType, 'x-auth-token': token }, agent: false });
    req.on('error', () => undefined);
    req.write(f.head);
    await new Promise<void>((resolve) => req.write(Buffer.alloc(256 * 1024, 3), () => resolve()));
    // Disconnect once the file is streaming upstream: the simulator marks the image SAVING when the PUT starts.
    for (let attempt = 0; attempt < 200 && (await image(id)).status !== 'SAVING'; attempt++) await new Promise((r) => setTimeout(r, 10));
    expect((await image(id)).status).toBe('SAVING');
    req.destroy();
    expect((await uploadsLogged(id)).map((r) => r.status)).toEqual([400]);
    expect(await image(id)).toEqual({ status: 'QUEUED', checksum: null });
    await stillServes();
  });

  it('a remainder beyond the discard allowance is not read: the answer arrives, then the connection is closed', async () => {
    // 32 MiB past the allowance: more than loopback socket buffers can absorb, so the client is still sending.
    const res = await multipart(await create('upload-abandoned'), DEFAULT_MAX_DISCARD_BYTES + 32 * MiB, { token: null, contentLength: false });
    expect(res.json.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(res.sendError).toMatchObject({ code: expect.stringMatching(/^(ECONNRESET|EPIPE)$/) });
    await stillServes();
  });

  it('non-upload requests keep yoga\'s 25 MB body limit', async () => {
    const res = await post(t.gateway.graphqlUrl, {
      headers: { 'content-type': 'application/json', 'x-auth-token': token },
      chunks: [Buffer.from('{"query":"')],
      contentLength: 25_000_001,
      end: false,
    });
    expect(res.status).toBe(413);
    expect(res.json.errors![0]).toMatchObject({ message: 'Request body too large', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } });
    await stillServes();
  });
});
