/**
 * The websocket connection cap per client (`WS_MAX_CONNECTIONS_PER_CLIENT`): in memory on one process, and in Redis
 * (the toolkit's `RedisSemaphore`) in cluster mode, so a client cannot multiply its sockets by the replica count.
 *
 * In Redis each open socket holds a slot with an expiry, renewed while the socket lives: the slots of a replica that
 * died (kill -9, no close handler ran) free themselves after `slotTtlMs`. While Redis is unreachable, or a command
 * fails, sockets are counted per replica, as on one process.
 */
import { randomUUID } from 'node:crypto';
import type { RedisConnection } from './connection';
import { RedisSemaphore } from './rate-limit';

export interface ConnectionCap {
  /** A slot for one more socket of `client`; its release, or undefined when the client is at the cap. */
  acquire(client: string): Promise<(() => void) | undefined>;
}

export function memoryConnectionCap(limit: number): ConnectionCap {
  const open = new Map<string, number>();
  return {
    async acquire(client) {
      const n = open.get(client) ?? 0;
      if (n >= limit) return undefined;
      open.set(client, n + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (open.get(client) ?? 1) - 1;
        if (left <= 0) open.delete(client);
        else open.set(client, left);
      };
    },
  };
}

export function redisConnectionCap(redis: RedisConnection, limit: number, opts: { slotTtlMs?: number } = {}): ConnectionCap {
  const slotTtlMs = opts.slotTtlMs ?? 60_000;
  const local = memoryConnectionCap(limit);
  const slots = new RedisSemaphore(redis, 'ws-connections');
  return {
    async acquire(client) {
      if (!redis.isReady()) return local.acquire(client);
      const holder = randomUUID();
      let acquired: boolean;
      try {
        ({ acquired } = await slots.acquire(client, holder, { limit, ttlMs: slotTtlMs }));
      } catch {
        return local.acquire(client);
      }
      if (!acquired) return undefined;
      // Renewed well within its expiry; a renewal that finds the slot gone (Redis restarted empty) takes it again.
      const timer = setInterval(() => {
        slots
          .renew(client, holder, slotTtlMs)
          .then((held) => (held ? undefined : slots.acquire(client, holder, { limit: Number.MAX_SAFE_INTEGER, ttlMs: slotTtlMs })))
          .catch(() => {});
      }, slotTtlMs / 3);
      timer.unref?.();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        clearInterval(timer);
        slots.release(client, holder).catch(() => {});
      };
    },
  };
}
