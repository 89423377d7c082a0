/**
 * The Pothos builder: plugins and scalars, no domain types (each domain folder adds its own).
 */
import SchemaBuilder, { RootFieldBuilder } from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin, { encodeGlobalID } from '@pothos/plugin-relay';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError, Kind } from 'graphql';
import type { GatewayContext } from '../context';
import { isStreamedUpload, type StreamedUpload } from '../context/upload';
import { ValidationError } from '../context/error-classes';
import { decodeNodeId } from './ids';

export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  Scalars: {
    DateTime: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
    SafeInt: { Input: number; Output: number };
    Upload: { Input: StreamedUpload; Output: never };
  };
}>({
  plugins: [ErrorsPlugin, ValidationPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    decodeGlobalID: decodeNodeId,
    clientMutationId: 'omit',
    cursorType: 'String',
    // node and nodes are defined in nodes.ts (per-entry errors for malformed ids).
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    idFieldOptions: { description: 'Global, opaque Relay id; refetch with node(id). The upstream id is in imageId / jobId.' },
    nodeTypeOptions: { description: 'An object with a global id that can be refetched with node(id).' },
    pageInfoTypeOptions: { description: 'Where a page sits in its list.' },
    hasNextPageFieldOptions: { description: 'True when items follow this page (ask with after: endCursor).' },
    hasPreviousPageFieldOptions: { description: 'True when items precede this page (ask with before: startCursor).' },
    startCursorFieldOptions: { description: 'Cursor of the first item of the page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of the page.' },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.' },
    pageInfoFieldOptions: { description: 'Paging state of this page.' },
    cursorFieldOptions: { description: 'Opaque position of this item, for after / before.' },
    nodeFieldOptions: { description: 'The item.' },
    firstArgOptions: { description: 'Page size, going forwards (1–500; default 25).' },
    afterArgOptions: { description: 'Continue after this cursor (an endCursor).' },
    lastArgOptions: { description: 'Page size, going backwards (1–500).' },
    beforeArgOptions: { description: 'Continue before this cursor (a startCursor).' },
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
      description: 'What the mutation did (its payload), or a typed error saying why it could not (all implement Error).',
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

/**
 * The relay plugin's `t.globalID` (every Node's `id`) resolves through an async function, so each id in a list
 * costs a promise and a deferred completion: on a page of 500 images that alone made execution about twice as
 * slow (issue #9). Ours is the same field, synchronous when its resolver is: the encoding is the plugin's own
 * (`encodeGlobalID`; this builder sets no custom encoder).
 */
type GlobalIdValue = { type: unknown; id: unknown } | string | null | undefined;
const fieldBuilderProto = RootFieldBuilder.prototype as unknown as {
  globalID(options: { resolve: (...args: unknown[]) => GlobalIdValue | Promise<GlobalIdValue> }): unknown;
  field(options: unknown): unknown;
  builder: { configStore: { getTypeConfig(ref: unknown): { name: string } } };
};
fieldBuilderProto.globalID = function globalID({ resolve, ...options }) {
  const encode = (item: GlobalIdValue) =>
    !item || typeof item !== 'object' ? item : encodeGlobalID(this.builder.configStore.getTypeConfig(item.type).name, String(item.id));
  return this.field({
    ...options,
    type: 'ID',
    resolve: (...args: unknown[]) => {
      const result = resolve(...args);
      return result instanceof Promise ? result.then(encode) : encode(result);
    },
  });
};

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
    // Every multipart request goes through the streaming parser (server/multipart/), which supplies these.
    if (!isStreamedUpload(v)) throw new GraphQLError('Upload must be a file part of a multipart request');
    return v;
  },
});

function parseDateTime(v: unknown): string {
  if (typeof v !== 'string' || Number.isNaN(Date.parse(v)))
    throw new GraphQLError('DateTime must be an ISO-8601 string such as "2024-01-31T12:00:00Z"');
  return new Date(v).toISOString().replace('.000Z', 'Z');
}
