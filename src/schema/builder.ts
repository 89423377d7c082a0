/**
 * The Pothos builder: plugins and scalars, no domain types (each domain folder adds its own).
 */
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError, Kind } from 'graphql';
import type { GatewayContext } from '../server/context';
import { isStreamedUpload, type StreamedUpload } from '../server/multipart';
import { ValidationError } from './error-classes';

export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  Scalars: {
    DateTime: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
    SafeInt: { Input: number; Output: number };
    Upload: { Input: File | StreamedUpload; Output: never };
  };
}>({
  plugins: [ErrorsPlugin, ValidationPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: {
      description: 'Fetch any object that implements Node (Image, Job) by its global id.',
    },
    nodesQueryOptions: {
      description: 'Fetch several Node objects by global id, in order; unknown ids give null entries.',
    },
  },
  // Validation failures of mutation input become a typed ValidationError in the payload (see errors.ts);
  // on queries they are raised as BAD_USER_INPUT GraphQL errors. Either way no upstream call is made.
  errors: {
    defaultTypes: [],
    unsafelyHandleInputErrors: true,
    // Payload types are real objects: the union is `XxxPayload | ValidationError | …`, no wrapper.
    directResult: true,
    defaultUnionOptions: {
      name: ({ fieldName }) => `${fieldName[0]!.toUpperCase()}${fieldName.slice(1)}Result`,
    },
  },
  validation: {
    validationError: (failure) =>
      new ValidationError(
        failure.issues.map((i) => ({
          path: (i.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p)),
          message: i.message,
        })),
      ),
  },
});

builder.queryType({ description: 'Read images, tags, members, jobs, quota, schemas and versions.' });
builder.mutationType({ description: 'Every write capability of IMS and Glance. Jobs are returned at once.' });
builder.subscriptionType({ description: 'Live progress of asynchronous IMS jobs and image status.' });

builder.scalarType('DateTime', {
  description: 'A point in time, as an ISO-8601 string in UTC (e.g. "2018-09-06T14:03:27Z").',
  serialize: (v) => String(v),
  parseValue: (v) => parseDateTime(v),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string');
    return parseDateTime(ast.value);
  },
});

builder.scalarType('JSON', {
  description: 'Arbitrary JSON value (used for attributes the upstream adds beyond the documented ones).',
  serialize: (v) => v,
  parseValue: (v) => v,
});

builder.scalarType('SafeInt', {
  description:
    'An integer up to 2^53-1 (9 007 199 254 740 991), serialized as a JSON number. Used for sizes in bytes, which overflow the 32-bit Int.',
  serialize: (v) => {
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw new GraphQLError(`SafeInt cannot represent ${String(v)}`);
    return v;
  },
  parseValue: (v) => {
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw new GraphQLError('SafeInt must be an integer ≤ 2^53-1');
    return v;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new GraphQLError('SafeInt must be an integer');
    const n = Number(ast.value);
    if (!Number.isSafeInteger(n)) throw new GraphQLError('SafeInt must be an integer ≤ 2^53-1');
    return n;
  },
});

builder.scalarType('Upload', {
  description: 'A file sent with the GraphQL multipart request specification (multipart/form-data).',
  serialize: () => {
    throw new GraphQLError('Upload is an input-only scalar');
  },
  parseValue: (v) => {
    if (!(v instanceof File) && !isStreamedUpload(v)) throw new GraphQLError('Upload must be a file part of a multipart request');
    return v;
  },
});

function parseDateTime(v: unknown): string {
  if (typeof v !== 'string' || Number.isNaN(Date.parse(v)))
    throw new GraphQLError('DateTime must be an ISO-8601 string such as "2024-01-31T12:00:00Z"');
  return new Date(v).toISOString().replace('.000Z', 'Z');
}
