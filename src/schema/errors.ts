/** GraphQL types of the typed errors (classes in ./error-classes). */
import { builder } from './builder';
import { GATEWAY_ERROR_CODES, type GatewayErrorCode } from '../context/errors';
import {
  ConflictError,
  ForbiddenError,
  type GatewayError,
  type IssueShape,
  NotFoundError,
  OutcomeUnknownError,
  QuotaExceededError,
  UnsupportedByUpstreamError,
  UpstreamServiceError,
  ValidationError,
} from '../context/error-classes';

export const ErrorCodeEnum = builder.enumType('ErrorCode', {
  description: 'Stable error codes: the same values as `extensions.code` on GraphQL errors. Program against these, not messages.',
  values: Object.fromEntries(
    Object.entries(GATEWAY_ERROR_CODES).map(([code, description]) => [code, { value: code as GatewayErrorCode, description }]),
  ) as Record<GatewayErrorCode, { value: GatewayErrorCode; description: string }>,
});

export const ErrorInterface = builder.interfaceRef<Error & { code?: string }>('Error').implement({
  description: 'Something a mutation could not do. Switch on `code`; query a concrete type for details.',
  fields: (t) => ({
    code: t.field({
      type: ErrorCodeEnum,
      description: 'Stable code, as in GraphQL error extensions (e.g. NOT_FOUND, QUOTA_EXCEEDED).',
      resolve: (e) => (e.code ?? 'INTERNAL_SERVER_ERROR') as GatewayErrorCode,
    }),
    message: t.exposeString('message', { description: 'What went wrong, written for a person (no endpoint internals).' }),
  }),
});

const ValidationIssueRef = builder.objectRef<IssueShape>('ValidationIssue').implement({
  description: 'One rule an input broke.',
  fields: (t) => ({
    path: t.exposeStringList('path', {
      description: 'Where in the arguments, e.g. ["input", "tags", "0", "key"].',
    }),
    message: t.exposeString('message', { description: 'The rule that was broken, e.g. "at most 36 characters".' }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input broke a documented limit. Nothing was sent upstream.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    issues: t.field({
      type: [ValidationIssueRef],
      description: 'Every rule the input broke (at least one), each with the path of the offending argument.',
      resolve: (e) => e.issues,
    }),
  }),
});

const UpstreamDetailsRef = builder
  .objectRef<NonNullable<GatewayError['upstream']>>('UpstreamErrorDetails')
  .implement({
    description: 'What the upstream service answered.',
    fields: (t) => ({
      status: t.exposeInt('status', { nullable: true, description: 'HTTP status.' }),
      code: t.exposeString('code', { nullable: true, description: 'IMS error code (IMG.xxxx) or API gateway code.' }),
      requestId: t.exposeString('requestId', { nullable: true, description: 'Upstream request id, for support.' }),
      endpoint: t.exposeString('endpoint', { nullable: true, description: 'Upstream endpoint id (docs/api/endpoints.json), e.g. glance-get-image.' }),
      method: t.exposeString('method', { description: 'HTTP method of the upstream call.' }),
      path: t.exposeString('path', { description: 'Path of the upstream call (no query string).' }),
      message: t.exposeString('message', { nullable: true, description: 'The upstream’s own message, when its error body had one.' }),
    }),
  });

const gatewayErrorFields = (t: any) => ({
  upstream: t.field({
    type: UpstreamDetailsRef,
    nullable: true,
    resolve: (e: GatewayError) => e.upstream,
    description: 'The upstream answer this error comes from, when there was one.',
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'The image, member, tag or job does not exist or is not visible to your project.',
  interfaces: [ErrorInterface],
  fields: gatewayErrorFields,
});
builder.objectType(ConflictError, {
  name: 'ConflictError',
  description: 'The resource is not in a state that allows this (e.g. uploading to an image that is not queued).',
  interfaces: [ErrorInterface],
  fields: gatewayErrorFields,
});
builder.objectType(QuotaExceededError, {
  name: 'QuotaExceededError',
  description: 'A quota was reached: private images (IMG.0015) or 10 tags per image (IMG.0116).',
  interfaces: [ErrorInterface],
  fields: gatewayErrorFields,
});
builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  description: 'Your project may not do this (e.g. change an image it does not own).',
  interfaces: [ErrorInterface],
  fields: gatewayErrorFields,
});
builder.objectType(UnsupportedByUpstreamError, {
  name: 'UnsupportedByUpstreamError',
  description: 'The configured upstream cannot do this (e.g. an IMS-only operation against plain OpenStack Glance).',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    capability: t.exposeString('capability', { description: 'The operation that is not available, e.g. "Image quota" or "Cross-region replication".' }),
    upstreamKind: t.exposeString('upstreamKind', { description: 'embedded, huawei or openstack.' }),
  }),
});
builder.objectType(UpstreamServiceError, {
  name: 'UpstreamServiceError',
  description: 'The upstream refused or failed the request for another reason; see code and upstream.',
  interfaces: [ErrorInterface],
  fields: gatewayErrorFields,
});
builder.objectType(OutcomeUnknownError, {
  name: 'OutcomeUnknownError',
  description:
    'The job-starting request reached IMS but its answer was lost (timeout, reset or unreadable answer): the job may or may not exist. Retrying with the same idempotencyKey never starts a second job; without a key, check for the new image (or the job) before starting it again.',
  interfaces: [ErrorInterface],
  fields: gatewayErrorFields,
});
