import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Server-side check of Huawei "SDK-HMAC-SHA256" AK/SK signatures (ENDPOINTS.md §C.7), as the API gateway
 * in front of IMS does it. Written apart from the gateway's signer on purpose: the simulator stands in for
 * the cloud and imports nothing from the gateway, and two implementations that agree (and agree with
 * Huawei's own SDK, see test/auth) are evidence that both follow the reference rules.
 */

export const AKSK_AUTHORIZATION_PREFIX = 'SDK-HMAC-SHA256';
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
/** How far X-Sdk-Date may be from the simulator's clock, either way. */
export const MAX_SIGNATURE_CLOCK_SKEW_MS = 15 * 60 * 1000;

export interface AkSkSignedRequest {
  method: string;
  /** The request path exactly as received, still percent-encoded, without the query. */
  path: string;
  /** The raw query string as received, with or without the leading '?'. */
  rawQuery: string;
  /** Header names in lower case (as node:http gives them). */
  headers: Record<string, string | string[] | undefined>;
  /**
   * Hex SHA-256 of the body as received (of the empty string when there is none), or UNSIGNED_PAYLOAD
   * when the body was not hashed; use `bodyHashRequired` to know whether it must be.
   */
  bodySha256Hex: string;
}

export interface AkSkAccount {
  secretKey: string;
  projectId: string;
}

export type AkSkVerdict =
  | { ok: true; accessKey: string; projectId: string }
  | { ok: false; reason: string };

/** True when the request claims AK/SK authentication (rather than X-Auth-Token). */
export function isAkSkSigned(headers: AkSkSignedRequest['headers']): boolean {
  return (headerValue(headers, 'authorization') ?? '').startsWith(`${AKSK_AUTHORIZATION_PREFIX} `);
}

/**
 * False when the client declared `x-sdk-content-sha256: UNSIGNED-PAYLOAD` (streamed uploads): then the
 * body need not be buffered or hashed before verifying.
 */
export function bodyHashRequired(headers: AkSkSignedRequest['headers']): boolean {
  return headerValue(headers, 'x-sdk-content-sha256') !== UNSIGNED_PAYLOAD;
}

/**
 * Recompute the signature of `req` with the secret key of the access key it names. Reasons are meant for
 * the 401 body and never contain key material.
 */
export function verifyAkSkRequest(
  req: AkSkSignedRequest,
  lookup: (accessKey: string) => AkSkAccount | undefined,
  now: Date,
): AkSkVerdict {
  const authorization = parseAuthorization(headerValue(req.headers, 'authorization'));
  if (!authorization) return fail('malformed SDK-HMAC-SHA256 Authorization header');
  const { accessKey, signedHeaders, signature } = authorization;

  if (!signedHeaders.includes('host') || !signedHeaders.includes('x-sdk-date')) {
    return fail('SignedHeaders must include host and x-sdk-date');
  }
  const sdkDate = headerValue(req.headers, 'x-sdk-date');
  const signedAt = sdkDate === undefined ? undefined : parseSdkDate(sdkDate);
  if (signedAt === undefined) return fail('X-Sdk-Date is missing or not in YYYYMMDDTHHMMSSZ form');
  if (Math.abs(now.getTime() - signedAt.getTime()) > MAX_SIGNATURE_CLOCK_SKEW_MS) {
    return fail('X-Sdk-Date is more than 15 minutes away from the server time');
  }

  const canonicalHeaderLines: string[] = [];
  for (const name of signedHeaders) {
    const value = headerValue(req.headers, name);
    if (value === undefined) return fail(`signed header ${name} is not in the request`);
    canonicalHeaderLines.push(`${name}:${value.trim()}\n`);
  }

  const declaredPayloadHash = headerValue(req.headers, 'x-sdk-content-sha256');
  let payloadHash: string;
  if (declaredPayloadHash === undefined) {
    if (req.bodySha256Hex === UNSIGNED_PAYLOAD) return fail('the body was not hashed but the request signs it');
    payloadHash = req.bodySha256Hex;
  } else {
    // A declared hash is what was signed; it must also be the hash of the body that arrived.
    if (declaredPayloadHash !== UNSIGNED_PAYLOAD && declaredPayloadHash !== req.bodySha256Hex) {
      return fail('the body does not match X-Sdk-Content-Sha256');
    }
    payloadHash = declaredPayloadHash;
  }

  const account = lookup(accessKey);
  if (!account) return fail('unknown access key');
  const projectHeader = headerValue(req.headers, 'x-project-id');
  if (projectHeader !== undefined && projectHeader !== account.projectId) {
    return fail('X-Project-Id is not the project of this access key');
  }

  const canonicalRequest = [
    req.method.toUpperCase(),
    canonicalPath(req.path),
    canonicalQuery(req.rawQuery),
    canonicalHeaderLines.join(''),
    signedHeaders.join(';'),
    payloadHash,
  ].join('\n');
  const stringToSign = `${AKSK_AUTHORIZATION_PREFIX}\n${sdkDate}\n${hex(createHash('sha256').update(canonicalRequest))}`;
  const expected = Buffer.from(hex(createHmac('sha256', account.secretKey).update(stringToSign)), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return fail('signature mismatch');
  }
  return { ok: true, accessKey, projectId: account.projectId };
}

function fail(reason: string): AkSkVerdict {
  return { ok: false, reason };
}

function hex(hash: { digest(encoding: 'hex'): string }): string {
  return hash.digest('hex');
}

function headerValue(headers: AkSkSignedRequest['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function parseAuthorization(
  value: string | undefined,
): { accessKey: string; signedHeaders: string[]; signature: string } | undefined {
  if (value === undefined || !value.startsWith(`${AKSK_AUTHORIZATION_PREFIX} `)) return undefined;
  const fields = new Map<string, string>();
  for (const part of value.slice(AKSK_AUTHORIZATION_PREFIX.length).split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const accessKey = fields.get('Access');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!accessKey || !signedHeaders || !signature || !/^[0-9a-f]{64}$/.test(signature)) return undefined;
  return { accessKey, signedHeaders: signedHeaders.split(';').map((h) => h.toLowerCase()), signature };
}

function parseSdkDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const at = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC rolls 20240230 over into March; a real timestamp round-trips.
  if (at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day || at.getUTCHours() !== hour) return undefined;
  return at;
}

/** RFC 3986 unreserved characters stay; every other byte of the UTF-8 form becomes %XX (upper-case). */
function encodeComponent(raw: Buffer): string {
  return raw.toString('latin1').replace(/[^A-Za-z0-9\-._~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Percent-decoding to bytes; a '%' that does not start a valid escape is kept as it is. */
function decodeToBytes(text: string): Buffer {
  const latin1 = Buffer.from(text, 'utf8')
    .toString('latin1')
    .replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(latin1, 'latin1');
}

function canonicalPath(path: string): string {
  const joined = decodeToBytes(path)
    .toString('latin1')
    .split('/')
    .map((segment) => encodeComponent(Buffer.from(segment, 'latin1')))
    .join('/');
  return joined.endsWith('/') ? joined : `${joined}/`;
}

function canonicalQuery(rawQuery: string): string {
  const query = rawQuery.startsWith('?') ? rawQuery.slice(1) : rawQuery;
  const params: Array<[string, string]> = [];
  for (const piece of query.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const name = eq < 0 ? piece : piece.slice(0, eq);
    const value = eq < 0 ? '' : piece.slice(eq + 1);
    params.push([formDecode(name), formDecode(value)]);
  }
  // Names sorted, then the values of a repeated name: the order the SDK signers produce.
  params.sort(([n1, v1], [n2, v2]) => (n1 < n2 ? -1 : n1 > n2 ? 1 : v1 < v2 ? -1 : v1 > v2 ? 1 : 0));
  return params
    .map(([name, value]) => `${encodeComponent(Buffer.from(name, 'utf8'))}=${encodeComponent(Buffer.from(value, 'utf8'))}`)
    .join('&');
}

function formDecode(text: string): string {
  return decodeToBytes(text.replace(/\+/g, ' ')).toString('utf8');
}
