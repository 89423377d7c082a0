/**
 * The executable schema: importing each domain module registers its types and fields on the builder.
 */
import { defaultFieldResolver, isObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder';
import './errors';
import './images';
import './jobs';
import './members';
import './quota';
import './service';
import './tags';
import './nodes';

let built: GraphQLSchema | undefined;

export function buildGatewaySchema(): GraphQLSchema {
  return (built ??= withPropertyResolvers(builder.toSchema({ sortSchema: false })));
}

/**
 * Every field gets a resolver of its own, even a plain exposed property: images are read lazily, and a getter
 * throws (a coded UPSTREAM_BAD_RESPONSE) when the upstream sent a malformed attribute. graphql-js calls its
 * default resolver inside its error handling; graphql-jit inlines a field that has no resolver as a bare property
 * read, where such a throw would escape the operation.
 */
function withPropertyResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      field.resolve ??= defaultFieldResolver;
    }
  }
  return schema;
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export function printGatewaySchema(): string {
  return `${printSchema(lexicographicSortSchema(buildGatewaySchema()))}\n`;
}
