/**
 * The executable schema: importing each domain module registers its types and fields on the builder.
 */
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
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
  return (built ??= builder.toSchema({ sortSchema: false }));
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export function printGatewaySchema(): string {
  return `${printSchema(lexicographicSortSchema(buildGatewaySchema()))}\n`;
}
