/**
 * What readiness and the banner need to know about cluster mode, without the Redis client itself.
 *
 * For `/ready` (owned by the ops work): `services.cluster.readiness()` answers `{ ok, mode, redis }`. Redis trouble
 * is a degradation, not an outage: the replica keeps serving (polling locally), so `ok` stays true and `redis`
 * says what is wrong; a readiness probe that wants to drain traffic from a degraded replica can read `redis.status`.
 */
import type { RedisConnection, RedisHealth } from './connection';

export interface ClusterReadiness {
  /** Whether this replica can serve: always true (Redis trouble degrades to local polling). */
  ok: boolean;
  mode: 'memory' | 'redis';
  /** Absent in memory mode. */
  redis?: RedisHealth;
}

export interface ClusterState {
  mode: 'memory' | 'redis';
  /** True when shared state is usable now (always true in memory mode). */
  shared(): boolean;
  readiness(): ClusterReadiness;
}

export function clusterState(redis: RedisConnection | null): ClusterState {
  if (!redis) return { mode: 'memory', shared: () => true, readiness: () => ({ ok: true, mode: 'memory' }) };
  return {
    mode: 'redis',
    shared: () => redis.isReady(),
    readiness: () => ({ ok: true, mode: 'redis', redis: redis.health() }),
  };
}
