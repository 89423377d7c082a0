/** Cluster-mode settings: REDIS_URL switches it on, nothing else needs Redis. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';
import { clusterState } from '../../src/cluster/state';
import { redactRedisUrl } from '../../src/cluster/connection';

describe('cluster configuration', () => {
  it('without REDIS_URL everything stays in memory', () => {
    const config = loadConfig({});
    expect(config.redis).toBeNull();
    expect(config.jobs.leaseTtlMs).toBe(5_000);
    expect(clusterState(null).readiness()).toEqual({ ok: true, mode: 'memory' });
  });

  it('REDIS_URL turns cluster mode on, with its prefix and lease TTL', () => {
    const config = loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379/2', REDIS_KEY_PREFIX: 'prod:', JOB_LEASE_TTL_MS: '2000' });
    expect(config.redis).toEqual({ url: 'redis://127.0.0.1:6379/2', keyPrefix: 'prod:' });
    expect(config.jobs.leaseTtlMs).toBe(2_000);
  });

  it('refuses a URL that is not redis:// or rediss://, and a lease too short to renew', () => {
    expect(() => loadConfig({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(ConfigError);
    expect(() => loadConfig({ REDIS_URL: 'redis://127.0.0.1', JOB_LEASE_TTL_MS: '10' })).toThrow(/JOB_LEASE_TTL_MS/);
  });

  it('log lines name Redis without its credentials', () => {
    const shown = redactRedisUrl('rediss://gateway:s3cret-pass@redis.internal:6380/0');
    expect(shown).not.toContain('s3cret-pass');
    expect(shown).toContain('redis.internal:6380');
  });
});
