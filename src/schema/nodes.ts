/**
 * node(id) and nodes(ids), written here instead of the relay plugin's own fields: the plugin parses every id
 * as an argument, so one malformed id failed the whole `nodes` list with an unexpected error. Here each id is
 * read on its own: a malformed id, or one of a type that is not a Node, is null plus a BAD_USER_INPUT error
 * at that entry's path, and the other entries resolve as usual (batched by the relay plugin's resolveNodes).
 */
import { resolveNodes } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { builder } from './builder';
import { decodeNodeId } from './ids';

const NodeRef = builder.nodeInterfaceRef();

/** The id checked as everywhere else (decodeNodeId: a node type and its upstream id format), refused per entry. */
function parseGlobalId(id: string, path: string[]): { typename: string; id: string } | GraphQLError {
  try {
    return decodeNodeId(id);
  } catch {
    return new GraphQLError(`"${id.length > 80 ? `${id.slice(0, 80)}…` : id}" is not a global id of an Image or a Job (use the \`id\` field of one).`, {
      extensions: { code: 'BAD_USER_INPUT', issues: [{ path, message: 'is not a global Image or Job id' }] },
    });
  }
}

builder.queryFields((t) => ({
  node: t.field({
    type: NodeRef,
    nullable: true,
    description: 'Fetch any object that implements Node (Image, Job) by its global id. A malformed id gives null and a BAD_USER_INPUT error.',
    args: { id: t.arg.id({ required: true, description: 'A global id, as returned in an `id` field.' }) },
    resolve: async (_root, { id }, ctx, info) => {
      const parsed = parseGlobalId(String(id), ['id']);
      if (parsed instanceof GraphQLError) throw parsed;
      const [node] = await resolveNodes(builder as never, ctx, info, [parsed]);
      return node as never;
    },
  }),
  nodes: t.field({
    type: [NodeRef],
    nullable: { list: false, items: true },
    description:
      'Fetch several Node objects by global id, in order. An id of an object that does not exist gives a null entry; a malformed id gives a null entry and a BAD_USER_INPUT error for that entry alone.',
    args: { ids: t.arg.idList({ required: true, description: 'Global ids, as returned in `id` fields.' }) },
    resolve: async (_root, { ids }, ctx, info) => {
      const parsed = ids.map((id, i) => parseGlobalId(String(id), ['ids', String(i)]));
      const nodes = await resolveNodes(builder as never, ctx, info, parsed.map((p) => (p instanceof GraphQLError ? null : p)));
      // graphql-js turns an Error in a list into null plus an error at that item's path.
      return parsed.map((p, i) => (p instanceof GraphQLError ? p : nodes[i])) as never;
    },
  }),
}));
