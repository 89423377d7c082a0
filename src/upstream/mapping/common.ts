import { z } from 'zod';

/**
 * Zod building blocks for the wire: each accepts every representation the references show for a field (IMS
 * sends many booleans and numbers as strings, 004 sends `__isregistered` as a real boolean) and yields the
 * domain representation. Absent, `null` and `""` all become `null`. A value that is present but meaningless
 * (`"maybe"` for a boolean) is a schema issue, reported by the HTTP core as a `malformed` response.
 */

/**
 * The same rules as plain functions, for the hot path (an image's attributes are read lazily, one by one, when a
 * query asks for them). Each returns the domain value or throws `WireValueError` with what was expected.
 */
export class WireValueError extends Error {
  override readonly name = 'WireValueError';
}

export function readOptString(v: unknown): string | null {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  throw new WireValueError(`expected a string, received ${describeWire(v)}`);
}

export function readOptBool(v: unknown): boolean | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (s === '') return null;
    if (s === 'true') return true;
    if (s === 'false') return false;
  }
  throw new WireValueError(`expected "true" or "false", received ${describeWire(v)}`);
}

export function readOptNumber(v: unknown): number | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const s = v.trim();
    if (s === '') return null;
    const n = Number(s);
    if (Number.isFinite(n)) return n;
  }
  throw new WireValueError(`expected a number, received ${describeWire(v)}`);
}

export function readOptTimestamp(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') {
    if (v.trim() === '') return null;
    const iso = parseTimestamp(v);
    if (iso !== undefined) return iso;
  }
  throw new WireValueError(`expected a timestamp, received ${describeWire(v)}`);
}

function describeWire(v: unknown): string {
  const s = typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** A zod schema from one of the read functions above, for bodies still parsed whole. */
function fromReader<T>(read: (v: unknown) => T) {
  return z.unknown().optional().transform((v, ctx): T => {
    try {
      return read(v);
    } catch (e) {
      if (!(e instanceof WireValueError)) throw e;
      ctx.issues.push({ code: 'custom', message: e.message, input: v });
      return z.NEVER;
    }
  });
}

export const optString = fromReader(readOptString);
export const optNumber = fromReader(readOptNumber);

export const reqNumber = optNumber.transform((v, ctx): number => {
  if (v === null) {
    ctx.issues.push({ code: 'custom', message: 'expected a number', input: v });
    return z.NEVER;
  }
  return v;
});

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};

/**
 * Every timestamp form the references show, as ISO-8601 UTC: `2018-09-06T14:03:27Z`, `2022-05-17T14:42:20.859Z`,
 * Glance v1's zone-less `2016-05-22T06:04:20.425843`, `2018-10-28 10:00:00`, and the legacy job form
 * `04-Jun-2015 18:11:06:586` (IMS jobs). Zone-less values are UTC ("documented as UTC"). Returns undefined when
 * the value is not a timestamp.
 */
export function parseTimestamp(raw: string): string | undefined {
  const s = raw.trim();
  const legacy = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})[ T](\d{1,2}):(\d{2}):(\d{2})(?:[:.](\d{1,3}))?$/.exec(s);
  if (legacy) {
    const month = MONTHS[legacy[2]!.toLowerCase()];
    if (month === undefined) return undefined;
    const ms = legacy[7] ? Number(legacy[7].padEnd(3, '0')) : 0;
    const t = Date.UTC(Number(legacy[3]), month, Number(legacy[1]), Number(legacy[4]), Number(legacy[5]), Number(legacy[6]), ms);
    return Number.isNaN(t) ? undefined : new Date(t).toISOString();
  }
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(\.\d+)?)?\s*(Z|z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (!iso) return undefined;
  const time = iso[2] ?? '00:00:00';
  const frac = iso[3] ? iso[3].slice(0, 4) : '';
  const zone = iso[4] ? (iso[4].toUpperCase() === 'Z' ? 'Z' : iso[4].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : 'Z';
  const t = Date.parse(`${iso[1]}T${time.length === 5 ? `${time}:00` : time}${frac}${zone}`);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

export const optTimestamp = fromReader(readOptTimestamp);

/** A closed set of lower-case values, compared case-insensitively. */
export function lowerEnum<const T extends string>(values: readonly T[]) {
  return z.string().transform((v, ctx): T => {
    const s = v.trim().toLowerCase();
    if ((values as readonly string[]).includes(s)) return s as T;
    ctx.issues.push({ code: 'custom', message: `expected one of ${values.join('|')}, received "${v}"`, input: v });
    return z.NEVER;
  });
}


/** Keys of `obj` that `shape` does not declare: what a loose object kept beyond the mapped fields. */
export function unmappedKeys(obj: Record<string, unknown>, mapped: ReadonlySet<string>): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (!mapped.has(k)) extra[k] = v;
  return extra;
}

/** Drops `undefined` values so request bodies carry only what the caller set. */
export function compact<T extends Record<string, unknown>>(o: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as Partial<T>;
}

export const acceptedJobSchema = z.looseObject({ job_id: z.string().min(1) });

/**
 * A value that cannot be a path segment: refused before any request, as the caller's input error. It carries
 * `code`/`upstream` like the gateway's coded errors so it reaches a client as BAD_USER_INPUT, not as an internal error.
 */
export class InvalidPathParameterError extends Error {
  override readonly name = 'InvalidPathParameterError';
  readonly code = 'BAD_USER_INPUT';
  readonly upstream = null;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Encodes one path segment (tag names may hold spaces, `/`, `=`…). */
export function seg(value: string): string {
  // WHATWG URLs resolve `.`/`..` (even percent-encoded) as dot segments, which would change the route.
  if (value === '' || value === '.' || value === '..')
    throw new InvalidPathParameterError(`Invalid input: ${value === '' ? 'an empty value' : `"${value}"`} cannot name a resource.`);
  // Control characters never belong in an id or a key, and a lone surrogate cannot be encoded in a URL at all.
  if (/[\u0000-\u001f\u007f]/.test(value) || LONE_SURROGATE.test(value))
    throw new InvalidPathParameterError('Invalid input: a value naming a resource must not contain control characters or unpaired surrogates.');
  return encodeURIComponent(value);
}
