/**
 * Logs: pino JSON lines (one object per line, for a log pipeline), or pino-pretty's readable lines when a
 * person watches a terminal. Nothing here logs a header, a token or a request body: lines carry ids, names,
 * codes, counts and durations.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import { GraphQLError } from 'graphql';
import { translateError } from '../../context/errors';

export type { Logger };

export interface LoggingOptions {
  level: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  format: 'json' | 'pretty';
  /** Where lines go; default process.stdout (written through `write`, so tests can capture it). */
  destination?: DestinationStream;
}

/** A log destination whose buffered lines can be written now (before the banner, at shutdown). */
export interface LogSink extends DestinationStream {
  flushSync(): void;
  /** Writes what waits and stops the timer (the gateway's shutdown). */
  close(): void;
}

/**
 * Standard output for JSON lines: a busy gateway writes them in blocks of at least 4 KiB, not one write(2) per
 * access line (a syscall per request was about 2 % of its CPU), and a timer writes whatever waits every `flushMs`,
 * so a quiet gateway's lines are at most that late; what waits is also written at exit and at shutdown. The
 * blocks go through pino's own destination (sonic-boom: partial writes, EAGAIN, a closed pipe), synchronously as
 * process.stdout's writes to a pipe are. The batching is here rather than sonic-boom's `minLength`, whose flush
 * also fsyncs: five times a second on a file that stdout was redirected to. `flushMs` 0 writes each line as it
 * comes.
 */
export function stdoutDestination(flushMs: number, fd = 1): LogSink {
  const out = pino.destination({ dest: fd, sync: true });
  if (flushMs === 0) return { write: (line: string) => void out.write(line), flushSync: () => {}, close: () => {} };
  let pending = '';
  const flushSync = () => {
    if (pending.length === 0) return;
    const block = pending;
    pending = '';
    out.write(block);
  };
  const timer = setInterval(flushSync, flushMs).unref();
  atExit.add(flushSync);
  if (atExit.size === 1) process.once('exit', () => atExit.forEach((flush) => flush()));
  let closed = false;
  return {
    write(line: string) {
      if (closed) return void out.write(line); // a line after shutdown is written as it comes
      pending += line;
      if (pending.length >= BLOCK) flushSync();
    },
    flushSync,
    close() {
      closed = true;
      clearInterval(timer);
      atExit.delete(flushSync);
      flushSync();
    },
  };
}
const BLOCK = 4096;

/** What each open sink writes at exit, under one `exit` listener (tests start many gateways in one process). */
const atExit = new Set<() => void>();

export async function createLogger(opts: LoggingOptions): Promise<Logger> {
  const destination = opts.destination ?? (process.stdout as DestinationStream);
  const base = {
    ...unredacted(opts),
    // Belt and braces: the gateway never logs these paths, but a future line that did would print [redacted].
    redact: { paths: ['token', '*.token', 'headers.authorization', 'headers["x-auth-token"]', '*.headers.authorization', '*.headers["x-auth-token"]'], censor: '[redacted]' },
  };
  if (opts.format === 'pretty') {
    try {
      // pino-pretty is a development dependency: production images log JSON and never need it.
      const { default: pretty } = await import('pino-pretty');
      return pino(base, pretty({ colorize: process.stdout.isTTY === true, destination, sync: true, singleLine: true, ignore: 'pid,hostname,service' }));
    } catch {
      // Not installed: JSON lines are still logs.
    }
  }
  return pino(base, destination);
}

function unredacted(opts: LoggingOptions) {
  return { level: opts.level, base: { service: 'ims-glance-gateway' }, timestamp: isoTime };
}

/** pino's isoTime, formatted once per millisecond instead of once per line (a busy gateway writes several a ms). */
let isoMs = -1;
let isoField = '';
function isoTime(): string {
  const now = Date.now();
  if (now !== isoMs) {
    isoMs = now;
    isoField = `,"time":"${new Date(now).toISOString()}"`;
  }
  return isoField;
}

/**
 * The logger of the access lines (one per operation): the same destination and format, without the redaction
 * walk, which cost every line a scan of its keys. An access line is built in one place (ops/index.ts
 * `accessLine`) from ids, names, codes, counts and durations only, so there is nothing in it to redact.
 */
export function createAccessLogger(opts: LoggingOptions, log: Logger): Logger {
  if (opts.format === 'pretty') return log;
  return pino(unredacted(opts), opts.destination ?? (process.stdout as DestinationStream));
}

/**
 * yoga's logger interface. yoga calls `error(err)` for every error its masking replaced, which includes the
 * client errors the gateway translates on purpose (NOT_FOUND, BAD_USER_INPUT…): those are already one short
 * line (the access line carries their codes), so they go to debug without a stack. Only errors the gateway
 * did not expect are logged at error with their stack.
 */
export function yogaLogger(log: Logger, requestIds: WeakMap<object, string> = new WeakMap()) {
  const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? a.message : JSON.stringify(a))).join(' ');
  return {
    debug: (...args: unknown[]) => log.debug(text(args)),
    info: (...args: unknown[]) => log.info(text(args)),
    warn: (...args: unknown[]) => log.warn(text(args)),
    error: (...args: unknown[]) => {
      for (const a of args) {
        const requestId = typeof a === 'object' && a !== null ? requestIds.get(a) : undefined;
        if (a instanceof Error && isClientError(a)) {
          const code = translateError(a)?.extensions.code ?? (a instanceof GraphQLError ? a.extensions.code : undefined);
          log.debug({ requestId, code }, a.message.slice(0, 200));
        } else if (a instanceof Error) {
          const err = a instanceof GraphQLError && a.originalError ? a.originalError : a;
          log.error({ requestId, err }, `internal error: ${err.message}`);
        } else {
          log.error({ requestId }, text([a]));
        }
      }
    },
  };
}

export function isClientError(e: Error): boolean {
  if (translateError(e)) return true;
  return e instanceof GraphQLError && !e.originalError && typeof e.extensions.code === 'string' && e.extensions.code !== 'INTERNAL_SERVER_ERROR';
}
