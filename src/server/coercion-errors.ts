/**
 * Variables that do not fit their declared types (wrong type, missing non-null, out of range) are the caller's
 * error, found before execution: graphql-js returns them as a result without `data`. This envelop plugin gives
 * each such error the code BAD_USER_INPUT and HTTP status 400, which yoga answers for
 * `application/graphql-response+json` (GraphQL over HTTP: a request error), instead of a codeless 200.
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

function asRequestError(result: ExecutionResult): ExecutionResult | undefined {
  // A subscription whose subscribe resolver failed has no data either, but its errors carry the field's path.
  if (result.data !== undefined || !result.errors?.length || result.errors.some((e) => e.path !== undefined)) return undefined;
  return {
    ...result,
    errors: result.errors.map(
      (e) =>
        new GraphQLError(e.message, {
          nodes: e.nodes,
          source: e.source,
          positions: e.positions,
          path: e.path,
          extensions: { ...e.extensions, code: e.extensions?.code ?? 'BAD_USER_INPUT', http: { status: 400 } },
        }),
    ),
  };
}

export function useVariableCoercionErrors(): Plugin {
  return {
    onExecute: () => ({
      onExecuteDone: ({ result, setResult }) => {
        if (Symbol.asyncIterator in result) return;
        const fixed = asRequestError(result);
        if (fixed) setResult(fixed);
      },
    }),
    onSubscribe: () => ({
      onSubscribeResult: ({ result, setResult }) => {
        if (Symbol.asyncIterator in result) return;
        const fixed = asRequestError(result);
        if (fixed) setResult(fixed);
      },
    }),
  };
}
