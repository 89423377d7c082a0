import { createHash, createHmac } from 'node:crypto';
import type { AuthProvider, OutgoingRequest } from './types';

/**
 * Huawei Cloud AK/SK request signing, "SDK-HMAC-SHA256" (ENDPOINTS.md, "Authentication": AK/SK signing).
 *
 * The canonical request follows Huawei's SDK signers (`AKSKSigner` in huaweicloud-sdk-core for Node,
 * `signer.py` in the Python core): method, canonical URI, canonical query, canonical headers, signed
 * header names, payload hash; the string to sign is algorithm, X-Sdk-Date and the hash of that request.
 */

export interface AkSkCredential {
  accessKey: string;
  secretKey: string;
  /** Present for temporary credentials; sent (and signed) as X-Security-Token. */
  securityToken?: string;
}

export const AKSK_SIGNING_ALGORITHM = 'SDK-HMAC-SHA256';
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/**
 * Headers that a hop may add, drop or rewrite (or that undici recomputes): signing them would make a
 * correct request fail verification. The body hash already covers what content-length would.
 */
const UNSIGNABLE_HEADERS = new Set([
  'authorization',
  'connection',
  'content-length',
  'expect',
  'keep-alive',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/**
 * The headers to add so that `req` carries a valid AK/SK signature made at `now`: `x-sdk-date`,
 * `authorization`, `x-security-token` (temporary credentials), `x-sdk-content-sha256` (streaming bodies)
 * and `host` when the request has none. Header names are lower-case, like the rest of OutgoingRequest.
 * Every header already on the request (except hop-by-hop ones) is signed, so none of them may change
 * after this call.
 */
export function signRequest(req: OutgoingRequest, cred: AkSkCredential, now: Date): Record<string, string> {
  const added: Record<string, string> = {};
  const signed = new Map<string, string>();
  for (const [name, value] of Object.entries(req.headers)) {
    const lower = name.toLowerCase();
    if (!UNSIGNABLE_HEADERS.has(lower)) signed.set(lower, value);
  }

  const sdkDate = formatSdkDate(now);
  added['x-sdk-date'] = sdkDate;
  if (!signed.has('host')) added.host = req.url.host;
  if (cred.securityToken) added['x-security-token'] = cred.securityToken;

  // As in the reference signers, a caller-supplied x-sdk-content-sha256 is the payload hash.
  let payloadHash = signed.get('x-sdk-content-sha256');
  if (payloadHash === undefined) {
    if (req.streamingBody) {
      payloadHash = UNSIGNED_PAYLOAD;
      added['x-sdk-content-sha256'] = UNSIGNED_PAYLOAD;
    } else {
      payloadHash = req.body === undefined ? EMPTY_BODY_SHA256 : sha256Hex(req.body);
    }
  }
  for (const [name, value] of Object.entries(added)) signed.set(name, value);

  const names = [...signed.keys()].sort();
  const signedHeaders = names.join(';');
  const canonicalHeaders = names.map((name) => `${name}:${signed.get(name)!.trim()}\n`).join('');
  const canonicalRequest = [
    req.method.toUpperCase(),
    canonicalUri(req.url.pathname),
    canonicalQueryString(req.url.search),
    canonicalHeaders,
    signedHeaders,
    payloadHash,
  ].join('\n');
  const stringToSign = [AKSK_SIGNING_ALGORITHM, sdkDate, sha256Hex(canonicalRequest)].join('\n');
  const signature = createHmac('sha256', cred.secretKey).update(stringToSign).digest('hex');

  added.authorization =
    `${AKSK_SIGNING_ALGORITHM} Access=${cred.accessKey}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return added;
}

/** An AuthProvider that signs every request with AK/SK, and names the project when one is configured. */
export function akskAuth(
  cred: AkSkCredential,
  opts: { projectId?: string; clock?: () => Date } = {},
): AuthProvider {
  if (!cred.accessKey || !cred.secretKey) {
    throw new Error('AK/SK credentials need both an access key and a secret key');
  }
  const credential: AkSkCredential = { ...cred };
  const clock = opts.clock ?? (() => new Date());
  const projectId = opts.projectId;
  return {
    kind: 'aksk',
    async authorize(req) {
      if (projectId === undefined) return signRequest(req, credential, clock());
      // X-Project-Id is signed like the SDK signs it, so it has to be on the request before signing.
      const withProject: OutgoingRequest = { ...req, headers: { ...req.headers, 'x-project-id': projectId } };
      return { 'x-project-id': projectId, ...signRequest(withProject, credential, clock()) };
    },
    async onUnauthorized() {
      // A rejected signature will not become valid by signing again.
      return false;
    },
  };
}

/** `YYYYMMDDTHHMMSSZ` in UTC. */
export function formatSdkDate(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * The path as the reference signers see it: percent-decoded, split on '/', each segment encoded again
 * with only RFC 3986 unreserved characters left bare, and a trailing '/' added. Decoding first means a
 * path that is already encoded on the wire (`/tags/a%20b`) is not encoded twice. Works on bytes, so
 * stray '%' and non-UTF-8 escapes survive unchanged.
 */
export function canonicalUri(pathname: string): string {
  const decoded = percentDecode(Buffer.from(pathname, 'utf8'));
  const segments: string[] = [];
  let start = 0;
  for (let i = 0; i <= decoded.length; i++) {
    if (i === decoded.length || decoded[i] === 0x2f) {
      segments.push(encodeBytes(decoded.subarray(start, i)));
      start = i + 1;
    }
  }
  const path = segments.join('/');
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * Query parameters as the reference signers see them: decoded (form rules, so '+' is a space), names
 * sorted, the values of a repeated name sorted, each name and value encoded, `name=` for empty values.
 */
export function canonicalQueryString(search: string): string {
  const byName = new Map<string, string[]>();
  for (const [name, value] of new URLSearchParams(search)) {
    const values = byName.get(name);
    if (values) values.push(value);
    else byName.set(name, [value]);
  }
  const pairs: string[] = [];
  for (const name of [...byName.keys()].sort()) {
    const encodedName = encodeBytes(Buffer.from(name, 'utf8'));
    for (const value of byName.get(name)!.sort()) {
      pairs.push(`${encodedName}=${encodeBytes(Buffer.from(value, 'utf8'))}`);
    }
  }
  return pairs.join('&');
}

function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function isUnreserved(byte: number): boolean {
  return (
    (byte >= 0x30 && byte <= 0x39) || // 0-9
    (byte >= 0x41 && byte <= 0x5a) || // A-Z
    (byte >= 0x61 && byte <= 0x7a) || // a-z
    byte === 0x2d || // -
    byte === 0x2e || // .
    byte === 0x5f || // _
    byte === 0x7e // ~
  );
}

function encodeBytes(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) {
    out += isUnreserved(byte) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function hexValue(byte: number | undefined): number {
  if (byte === undefined) return -1;
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

function percentDecode(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let length = 0;
  for (let i = 0; i < bytes.length; i++) {
    const high = bytes[i] === 0x25 ? hexValue(bytes[i + 1]) : -1;
    const low = high >= 0 ? hexValue(bytes[i + 2]) : -1;
    if (low >= 0) {
      out[length++] = high * 16 + low;
      i += 2;
    } else {
      out[length++] = bytes[i]!;
    }
  }
  return out.subarray(0, length);
}
