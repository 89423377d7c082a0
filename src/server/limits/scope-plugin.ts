/**
 * Ties each operation's scope (limits/scope.ts) to its execution: queries and mutations run under the overall
 * deadline, whose error is the answer if it passes first (whatever is still pending upstream is aborted);
 * uploads are exempt (a large file on a slow link may take long; the upload idle timeout bounds a stall).
 * Each subscription event is delivered with a fresh upstream-call budget.
 */
import type { Plugin } from 'graphql-yoga';
import type { ExecutionResult } from 'graphql';
import type { GatewayContext } from '../../context';

export function useOperationScope(): Plugin<GatewayContext> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const scope = (args.contextValue as GatewayContext).scope;
      if (!scope || scope.isUpload) return;
      setExecuteFn(async (a) => {
        const deadline = scope.startDeadline();
        try {
          return await Promise.race([
            executeFn(a) as Promise<ExecutionResult>,
            deadline.then((error): ExecutionResult => ({ data: null, errors: [error] })),
          ]);
        } finally {
          scope.dispose();
        }
      });
    },
    onSubscribe({ args }) {
      const scope = (args.contextValue as GatewayContext).scope;
      if (!scope) return;
      return {
        onSubscribeResult() {
          return {
            onNext: () => scope.resetBudget(),
            onEnd: () => scope.dispose(),
          };
        },
      };
    },
  };
}
