/**
 * Hot queries run compiled. graphql-jit (through envelop's plugin) turns an operation into a JavaScript function
 * once, and runs it in about half the time of the interpreting executor on long lists (BENCHMARKS.md, "Long lists").
 *
 * Compiling costs more than interpreting one small operation (1–15 ms for the canonical operations), so a document
 * is compiled only once it has been executed GRAPHQL_JIT_AFTER times, as Mercurius does with its `jit` option: an
 * operation a client repeats pays the compile once, and a client sending a stream of distinct documents cannot make
 * the gateway compile each. The count is kept per parsed document (yoga caches documents by their text), so it
 * ends with the document. The compiler itself is loaded when the first query gets hot, not at start-up.
 *
 * Only queries are compiled: a mutation starts work upstream and a subscription runs once per stream, so neither
 * repeats often enough to repay a compile, and both keep the executor their limits were written against.
 */
import { getOperationAST, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

type OnExecute = NonNullable<Plugin['onExecute']>;

export function useHotQueryJit(after: number, onCompile?: () => void): Plugin | null {
  if (after <= 0) return null;
  const seen = new WeakMap<DocumentNode, number>();
  let compiled: OnExecute | undefined;
  let loading: Promise<void> | undefined;
  const load = () =>
    (loading ??= import('@envelop/graphql-jit').then(
      ({ useGraphQlJit }) => {
        // The plugin keeps compiled queries by document; this second cache (by text) is only its notice of a compile.
        compiled = (useGraphQlJit({}, { cache: { get: () => undefined, set: () => onCompile?.() } }) as Plugin).onExecute;
      },
      () => {
        // Not loadable: every query stays interpreted, which answers the same.
      },
    ));
  return {
    onExecute(payload) {
      const { document, operationName } = payload.args;
      if (getOperationAST(document, operationName)?.operation !== 'query') return;
      const n = (seen.get(document) ?? 0) + 1;
      seen.set(document, n);
      if (n < after) return;
      if (compiled) return compiled(payload);
      return load().then(() => compiled?.(payload));
    },
  };
}
