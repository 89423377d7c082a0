/**
 * JSON lines on stdout (LOG_FLUSH_MS): a busy gateway writes them in blocks, not one write(2) per line, yet a quiet
 * gateway's line is not held longer than LOG_FLUSH_MS, and nothing waiting is lost at exit (the SIGTERM test checks
 * the last lines of a real process). Here the destination writes to a file, whose size shows each write.
 */
import { mkdtempSync, openSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { stdoutDestination } from '../../src/server/ops/logging';
import { until } from '../helpers/wait';

function fileLogger(flushMs: number) {
  const path = join(mkdtempSync(join(tmpdir(), 'log-flush-')), 'out.log');
  const destination = stdoutDestination(flushMs, openSync(path, 'w'));
  const log = pino({ base: null }, destination);
  return { log, destination, size: () => statSync(path).size, lines: () => readFileSync(path, 'utf8').split('\n').filter(Boolean) };
}

const line = (i: number) => ({ requestId: `req-${i}`, operation: 'ImageById', status: 200, ms: 3 });

describe('buffered JSON lines', () => {
  it('holds a few lines, then writes them all within LOG_FLUSH_MS', async () => {
    const f = fileLogger(100);
    for (let i = 0; i < 5; i++) f.log.info(line(i), 'query ImageById');
    expect(f.size(), 'five short lines are still buffered').toBe(0);
    await until(() => f.lines().length === 5, 'the five lines are written', 2000);
    expect(f.lines().map((l) => JSON.parse(l).requestId)).toEqual(['req-0', 'req-1', 'req-2', 'req-3', 'req-4']);
  });

  it('writes a block as soon as 4 KiB wait, in order, without waiting for the timer', () => {
    const f = fileLogger(60_000);
    let i = 0;
    while (f.size() === 0) f.log.info(line(i++), 'query ImageById');
    expect(f.size()).toBeGreaterThanOrEqual(4096);
    expect(i, 'one write carried many lines').toBeGreaterThan(20);
    f.destination.flushSync();
    expect(f.lines().map((l) => JSON.parse(l).requestId)).toEqual(Array.from({ length: i }, (_, k) => `req-${k}`));
  });

  it('LOG_FLUSH_MS=0 writes each line as it comes', () => {
    const f = fileLogger(0);
    f.log.info(line(0), 'query ImageById');
    expect(f.lines()).toHaveLength(1);
    f.log.info(line(1), 'query ImageById');
    expect(f.lines()).toHaveLength(2);
  });
});
