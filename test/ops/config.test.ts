/** The operating variables as src/config.ts reads them: OTEL_* per the OpenTelemetry spec subset, metrics, logs. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';

describe('operating configuration', () => {
  it('traces only when the OTEL_* variables ask for them', () => {
    expect(loadConfig({}).tracing).toBeNull();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318/' }).tracing).toMatchObject({ url: 'http://127.0.0.1:4318/v1/traces', serviceName: 'ims-glance-gateway' });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/custom' }).tracing?.url).toBe('http://c:4318/custom');
    expect(loadConfig({ OTEL_TRACES_EXPORTER: 'otlp' }).tracing?.url).toBe('http://localhost:4318/v1/traces');
    expect(loadConfig({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' }).tracing).toBeNull();
    expect(loadConfig({ OTEL_SDK_DISABLED: 'true', OTEL_TRACES_EXPORTER: 'otlp' }).tracing).toBeNull();
    expect(loadConfig({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_HEADERS: 'api-key=abc%3D,x=1' }).tracing?.headers).toEqual({ 'api-key': 'abc=', x: '1' });
  });

  it('refuses what the gateway cannot export, naming the variable', () => {
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toThrow(/OTEL_EXPORTER_OTLP_PROTOCOL: grpc is not supported/);
    expect(() => loadConfig({ OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(/OTEL_TRACES_EXPORTER/);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(ConfigError);
  });

  it('has working defaults for metrics, readiness, shutdown and logs', () => {
    const c = loadConfig({});
    expect(c.metrics).toEqual({ enabled: true });
    expect(c.readyCacheMs).toBe(2000);
    expect(c.shutdownGraceMs).toBe(10000);
    expect(c.logFormat).toBe(process.stdout.isTTY ? 'pretty' : 'json');
    expect(loadConfig({ METRICS: 'false', LOG_FORMAT: 'pretty' })).toMatchObject({ metrics: { enabled: false }, logFormat: 'pretty' });
  });
});
