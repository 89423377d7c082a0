/**
 * The gateway's Redis connection (cluster mode, `REDIS_URL`): one client for commands, one for pub/sub
 * (a subscribed Redis connection can run nothing else), and the health state both share.
 *
 * Redis trouble is not an outage: commands fail fast while the connection is down (no offline queue, so no
 * caller waits on a dead socket), ioredis reconnects on its own with a capped backoff, and every user of this
 * module listens to `onHealthChange` to fall back to local behaviour and to come back. The change is logged
 * once per transition, not per failed command.
 */
import { Redis, type RedisOptions } from 'ioredis';

export type RedisHealthStatus = 'connecting' | 'ready' | 'down';

export interface RedisHealth {
  status: RedisHealthStatus;
  /** When the status last changed (ms since epoch). */
  since: number;
  /** The last connection error's message (never carries credentials: the URL is not part of it). */
  lastError?: string;
}

export interface RedisLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface RedisConnection {
  /** Commands. Fails fast (rejects) while not ready. */
  readonly client: Redis;
  /** Pub/sub only; its subscriptions are restored on reconnect. */
  readonly subscriber: Redis;
  /** Prefix of every key and channel this gateway uses (`REDIS_KEY_PREFIX`). */
  readonly prefix: string;
  /** Key or channel name under the prefix. */
  key(...parts: string[]): string;
  /** True when both connections are ready: shared state can be used. */
  isReady(): boolean;
  health(): RedisHealth;
  /** Called on every transition between ready and not ready. Returns an unsubscribe function. */
  onHealthChange(listener: (ready: boolean) => void): () => void;
  /** Defines a Lua script (EVALSHA with EVAL fallback, as ioredis's defineCommand does). */
  script<T = unknown>(lua: string, numberOfKeys: number): (keys: string[], args: (string | number)[]) => Promise<T>;
  close(): Promise<void>;
}

export interface RedisConnectionOptions {
  url: string;
  prefix: string;
  logger?: RedisLogger;
  /** Longest pause between reconnection attempts. Default 2000 ms. */
  maxReconnectDelayMs?: number;
  /** Timeout of one connection attempt. Default 2000 ms. */
  connectTimeoutMs?: number;
}

const consoleLogger: RedisLogger = { info: (m) => console.log(m), warn: (m) => console.warn(m) };

/** Without credentials: for log lines. */
export function redactRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return 'redis://(unparsable url)';
  }
}

export function connectRedis(options: RedisConnectionOptions): RedisConnection {
  const logger = options.logger ?? consoleLogger;
  const maxDelay = options.maxReconnectDelayMs ?? 2_000;
  const common: RedisOptions = {
    // Commands must fail at once while Redis is away, so callers fall back instead of hanging.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: options.connectTimeoutMs ?? 2_000,
    retryStrategy: (times) => Math.min(maxDelay, 50 * 2 ** Math.min(times, 10)),
    // A replica that starts while Redis is down must not crash: it starts in local mode and connects later.
    lazyConnect: false,
  };
  const client = new Redis(options.url, { ...common, connectionName: 'gateway-cmd' });
  const subscriber = new Redis(options.url, { ...common, connectionName: 'gateway-sub', autoResubscribe: true });

  let health: RedisHealth = { status: 'connecting', since: Date.now() };
  let ready = false;
  let everReady = false;
  let closed = false;
  const listeners = new Set<(ready: boolean) => void>();
  const where = redactRedisUrl(options.url);

  const update = () => {
    if (closed) return;
    const now = client.status === 'ready' && subscriber.status === 'ready';
    if (now === ready) return;
    ready = now;
    health = { status: now ? 'ready' : 'down', since: Date.now(), lastError: health.lastError };
    if (now) {
      logger.info(everReady ? `cluster: Redis is back at ${where}: shared job polling resumes` : `cluster: Redis connected at ${where}`);
      everReady = true;
    } else {
      logger.warn(`cluster: Redis unreachable at ${where}${health.lastError ? ` (${health.lastError})` : ''}: polling locally until it is back`);
    }
    for (const listener of [...listeners]) {
      try {
        listener(now);
      } catch {
        // A listener's failure must not stop the others from switching mode.
      }
    }
  };
  let startupWarned = false;
  for (const connection of [client, subscriber]) {
    connection.on('ready', update);
    connection.on('close', update);
    connection.on('end', update);
    connection.on('reconnecting', update);
    connection.on('error', (error: Error) => {
      health = { ...health, lastError: error.message };
      // Unreachable at start: say so once, then the 'down' transition logs nothing new until it is back.
      if (!everReady && !startupWarned) {
        startupWarned = true;
        health = { status: 'down', since: Date.now(), lastError: error.message };
        logger.warn(`cluster: Redis unreachable at ${where} (${error.message}): polling locally until it is reachable`);
      }
    });
  }

  let scripts = 0;
  const prefix = options.prefix;
  return {
    client,
    subscriber,
    prefix,
    key: (...parts) => prefix + parts.join(':'),
    isReady: () => ready,
    health: () => ({ ...health }),
    onHealthChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    script<T>(lua: string, numberOfKeys: number) {
      const name = `gatewayScript${++scripts}`;
      client.defineCommand(name, { lua, numberOfKeys });
      const run = (client as unknown as Record<string, (...args: (string | number)[]) => Promise<T>>)[name]!.bind(client);
      return (keys: string[], args: (string | number)[]) => run(...keys, ...args);
    },
    async close() {
      closed = true;
      listeners.clear();
      await Promise.allSettled([client.quit(), subscriber.quit()]);
      client.disconnect();
      subscriber.disconnect();
    },
  };
}
