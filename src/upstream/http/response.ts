import type { Dispatcher } from 'undici';
import type { z } from 'zod';
import { malformedBodyError, transportError, type ErrorContext } from './failure';
import type { HttpResponse } from './request';

/** Reading an answer: its body as text, discarded, or parsed against the endpoint's schema. */

type Body = Dispatcher.ResponseData['body'];

export async function readText(body: Body, ctx: ErrorContext, signal?: AbortSignal): Promise<string> {
  try {
    return await body.text();
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    throw transportError(err, ctx);
  }
}

export async function discard(body: Body): Promise<void> {
  try {
    await body.dump();
  } catch {
    // The socket is being torn down anyway.
  }
}

/** A JSON success body checked against the endpoint's schema; anything else is a `malformed` error. */
export function parseSuccess(
  text: string,
  schema: z.ZodType,
  ctx: ErrorContext,
  status: number,
  requestId: string | undefined,
): unknown {
  const malformed = (why: string) => malformedBodyError(ctx, status, requestId, why);
  let json: unknown;
  if (text.trim() === '') throw malformed('empty response body where JSON was expected');
  try {
    json = JSON.parse(text);
  } catch {
    throw malformed('response is not valid JSON');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? formatPath(issue.path) : '(root)';
    throw malformed(`response does not match the documented shape: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out;
}

export function flattenHeaders(h: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

export function withRequestId<T>(res: HttpResponse<T>, requestId: string | undefined): HttpResponse<T> {
  if (requestId !== undefined) res.requestId = requestId;
  return res;
}
