/**
 * Static files served under a content-hashed name (GraphiQL's bundle and workers, the dashboard's JS and CSS):
 * immutable for a year, revalidated by ETag, compressed once per file and process (brotli and gzip, in zlib's
 * thread pool, on first request) and chosen by Accept-Encoding. One policy for every such file the gateway serves.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export interface HashedAsset {
  /** The name to serve it under: `<name>.<hash>.<ext>`. */
  readonly file: string;
  readonly type: string;
  readonly body: Buffer;
  readonly etag: string;
  /** Brotli quality: 11 (smallest) for small files, lower for large ones (GraphiQL's 9 MB bundle: 6, ~4x faster). */
  readonly brotliQuality: number;
  encoded?: Promise<{ br: Buffer; gzip: Buffer }>;
}

export function hashedAsset(name: string, ext: string, type: string, body: Buffer, opts: { brotliQuality?: number } = {}): HashedAsset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  return { file: `${name}.${hash}.${ext}`, type, body, etag: `"${hash}"`, brotliQuality: opts.brotliQuality ?? 11 };
}

/** Its brotli and gzip copies, made once. */
export function encodingsOf(a: HashedAsset): Promise<{ br: Buffer; gzip: Buffer }> {
  a.encoded ??= Promise.all([
    brotli(a.body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: a.brotliQuality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: a.body.length } }),
    gzip(a.body, { level: 9 }),
  ]).then(([br, gz]) => ({ br, gzip: gz }));
  return a.encoded;
}

/** The encoding a request accepts, brotli first. */
export function preferredEncoding(request: Request): 'br' | 'gzip' | null {
  const accept = request.headers.get('accept-encoding') ?? '';
  if (/\bbr\b/.test(accept)) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return null;
}

/** The answer to a GET or HEAD of the asset: 304 when the client has it, else its body in the best encoding. */
export async function serveHashedAsset(a: HashedAsset, request: Request): Promise<Response> {
  const headers: Record<string, string> = {
    'content-type': a.type,
    'cache-control': 'public, max-age=31536000, immutable',
    etag: a.etag,
    vary: 'Accept-Encoding',
    'x-content-type-options': 'nosniff',
  };
  if (request.headers.get('if-none-match') === a.etag) return new Response(null, { status: 304, headers });
  const enc = preferredEncoding(request);
  const body = enc ? (await encodingsOf(a))[enc] : a.body;
  if (enc) headers['content-encoding'] = enc;
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
