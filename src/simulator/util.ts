import { createHash, randomBytes, randomUUID } from 'node:crypto';

export function md5Hex(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

/** A v4-shaped UUID derived from a name, so the seed has the same ids on every start. */
export function uuidFrom(name: string): string {
  const h = md5Hex(name).split('');
  h[12] = '4';
  h[16] = '89ab'[parseInt(h[16]!, 16) % 4]!;
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

export function newUuid(): string {
  return randomUUID();
}

/** Job ids, request ids and tokens ids: 32 lower-case hex characters. */
export function hex32(): string {
  return randomBytes(16).toString('hex');
}

/** Glance/IMS image timestamps: second precision, `Z`. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Job and token timestamps: milliseconds, `Z`. */
export function isoMillis(ms: number): string {
  return new Date(ms).toISOString();
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A stable 128-hex stand-in for the sha512 `os_hash_value` of data the simulator does not hold. */
export function fakeSha512Hex(seed: string): string {
  return createHash('sha512').update(`data:${seed}`).digest('hex');
}
