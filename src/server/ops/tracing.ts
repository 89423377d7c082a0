/**
 * OpenTelemetry traces, off unless the standard OTEL_* variables ask for them: a span per GraphQL operation
 * (child of the caller's W3C traceparent when it sends one), a child span per upstream call, and a root span
 * per job poll linked to the subscription that started the watch. Spans go to an OTLP/HTTP collector as JSON.
 *
 * The provider is the gateway's own (not registered globally) and parents are passed explicitly from the
 * operation scope, so several gateways in one process (tests) never mix their spans.
 */
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, defaultTextMapGetter, defaultTextMapSetter, trace, type Context, type Link, type Span, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { AlwaysOffSampler, AlwaysOnSampler, BatchSpanProcessor, ParentBasedSampler, TraceIdRatioBasedSampler, type Sampler } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';

export interface TracingConfig {
  url: string;
  headers: Record<string, string>;
  serviceName: string;
  scheduledDelayMs: number;
  sampler: { kind: 'always_on' | 'always_off' | 'traceidratio' | 'parentbased_always_on' | 'parentbased_always_off' | 'parentbased_traceidratio'; ratio: number };
}

export interface Tracing {
  /** A span for an operation; `traceparent` (already validated) makes it a child of the caller's span. */
  startOperation(name: string, traceparent: string | undefined, attributes?: Record<string, string>): Span;
  startUpstream(parent: Span | undefined, endpoint: string, method: string): Span;
  /** A root span for one poll, linked to the span of the subscription it serves. */
  startPoll(name: string, link: Span | undefined, attributes: Record<string, string>): Span;
  /** The traceparent header value naming `span`. */
  traceparent(span: Span): string | undefined;
  shutdown(): Promise<void>;
  forceFlush(): Promise<void>;
}

export function createTracing(config: TracingConfig): Tracing {
  const provider = new NodeTracerProvider({
    sampler: samplerOf(config.sampler),
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName, [ATTR_SERVICE_VERSION]: '0.1.0' }),
    spanProcessors: [
      new BatchSpanProcessor(new OTLPTraceExporter({ url: config.url, headers: config.headers }), { scheduledDelayMillis: config.scheduledDelayMs }),
    ],
  });
  const tracer: Tracer = provider.getTracer('ims-glance-gateway');
  const propagator = new W3CTraceContextPropagator();
  const parentOf = (span: Span | undefined): Context => (span ? trace.setSpan(ROOT_CONTEXT, span) : ROOT_CONTEXT);

  return {
    startOperation(name, traceparent, attributes) {
      const parent = traceparent ? propagator.extract(ROOT_CONTEXT, { traceparent }, defaultTextMapGetter) : ROOT_CONTEXT;
      return tracer.startSpan(name, { kind: SpanKind.SERVER, ...(attributes ? { attributes } : {}) }, parent);
    },
    startUpstream(parent, endpoint, method) {
      return tracer.startSpan(`upstream ${endpoint}`, { kind: SpanKind.CLIENT, attributes: { 'upstream.endpoint': endpoint, 'http.request.method': method } }, parentOf(parent));
    },
    startPoll(name, link, attributes) {
      const links: Link[] = link ? [{ context: link.spanContext() }] : [];
      return tracer.startSpan(name, { kind: SpanKind.INTERNAL, root: true, links, attributes }, ROOT_CONTEXT);
    },
    traceparent(span) {
      const carrier: Record<string, string> = {};
      propagator.inject(trace.setSpan(ROOT_CONTEXT, span), carrier, defaultTextMapSetter);
      return carrier.traceparent;
    },
    shutdown: () => provider.shutdown(),
    forceFlush: () => provider.forceFlush(),
  };
}

export function endSpan(span: Span, error?: unknown): void {
  if (error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
  span.end();
}

/**
 * The standard OTEL_TRACES_SAMPLER values. A span not sampled costs almost nothing and is not exported; its
 * traceparent still reaches the upstreams (with the sampled flag off), so their logs still correlate.
 */
function samplerOf(s: TracingConfig['sampler']): Sampler {
  const root = s.kind.endsWith('always_off') ? new AlwaysOffSampler() : s.kind.endsWith('traceidratio') ? new TraceIdRatioBasedSampler(s.ratio) : new AlwaysOnSampler();
  return s.kind.startsWith('parentbased_') ? new ParentBasedSampler({ root }) : root;
}
