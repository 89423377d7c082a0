/**
 * Static operation limits, refused before any resolver runs (so before any upstream call): GraphQL Armor's
 * depth, alias, token, directive and cost protections, plus a cap on the length of list arguments (GraphQL
 * Armor has none; `nodes(ids:)` with 1000 ids is one small document that fans out upstream).
 *
 * Armor's own rejections are `Syntax Error: …` GraphQLErrors without a code; each is replaced here by one with
 * `extensions.code = OPERATION_TOO_COMPLEX` and `extensions.limit` naming the variable that sets the limit, so
 * a client can tell which one it hit and an operator which one to raise. The same plugins serve HTTP and
 * graphql-ws, which reaches them through `yoga.getEnveloped`.
 */
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { LimitsConfig } from '../../config';

export const OPERATION_TOO_COMPLEX = 'OPERATION_TOO_COMPLEX';

export type LimitName = 'MAX_DEPTH' | 'MAX_ALIASES' | 'MAX_TOKENS' | 'MAX_DIRECTIVES' | 'MAX_COST' | 'MAX_LIST_LENGTH';

const WHAT: Record<LimitName, string> = {
  MAX_DEPTH: 'nests fields deeper than',
  MAX_ALIASES: 'uses more aliases than',
  MAX_TOKENS: 'has more tokens than',
  MAX_DIRECTIVES: 'uses more directives than',
  MAX_COST: 'has an estimated cost above',
  MAX_LIST_LENGTH: 'passes a list argument longer than',
};

export function tooComplex(limit: LimitName, max: number, found?: number): GraphQLError {
  const tail = found === undefined ? '' : ` (found ${found})`;
  return new GraphQLError(`The operation ${WHAT[limit]} the gateway allows: ${limit}=${max}${tail}. Split it into smaller operations.`, {
    extensions: { code: OPERATION_TOO_COMPLEX, limit, max, ...(found !== undefined ? { found } : {}), http: { status: 400 } },
  });
}

/** Armor's messages say what they found ("…, found 1000."); keep that number. */
function foundIn(err: GraphQLError): number | undefined {
  const m = /found (\d+(?:\.\d+)?)/.exec(err.message);
  return m ? Math.round(Number(m[1])) : undefined;
}

type Limits = Pick<LimitsConfig, 'maxDepth' | 'maxAliases' | 'maxTokens' | 'maxDirectives' | 'maxCost' | 'maxListLength'>;

export interface OperationLimitsOptions {
  /** false hides "Did you mean …?" in validation errors (they map the schema for whoever probes it). */
  fieldSuggestions: boolean;
  /** Measured values of accepted operations, for tests and tuning. */
  onAccept?: (limit: LimitName, n: number) => void;
}

export function operationLimitPlugins(limits: Limits, opts: OperationLimitsOptions): Plugin[] {
  const report = (limit: LimitName, max: number) => (ctx: ValidationContext | null, err: GraphQLError) => {
    const coded = tooComplex(limit, max, foundIn(err));
    // Tokens are counted while parsing, where there is no validation context: throwing is the only way out,
    // and it happens before armor throws its own uncoded error.
    if (!ctx) throw coded;
    ctx.reportError(coded);
  };
  const accept = (limit: LimitName) => (opts.onAccept ? [(_: unknown, d: { n: number }) => opts.onAccept!(limit, d.n)] : []);
  const common = { exposeLimits: true, propagateOnRejection: false };
  const armor = new EnvelopArmor({
    maxDepth: { ...common, n: limits.maxDepth, onReject: [report('MAX_DEPTH', limits.maxDepth)], onAccept: accept('MAX_DEPTH') },
    maxAliases: { ...common, n: limits.maxAliases, onReject: [report('MAX_ALIASES', limits.maxAliases)], onAccept: accept('MAX_ALIASES') },
    maxTokens: { ...common, n: limits.maxTokens, onReject: [report('MAX_TOKENS', limits.maxTokens)], onAccept: accept('MAX_TOKENS') },
    maxDirectives: { ...common, n: limits.maxDirectives, onReject: [report('MAX_DIRECTIVES', limits.maxDirectives)], onAccept: accept('MAX_DIRECTIVES') },
    costLimit: { ...common, maxCost: limits.maxCost, onReject: [report('MAX_COST', limits.maxCost)], onAccept: accept('MAX_COST') },
    blockFieldSuggestion: { enabled: !opts.fieldSuggestions, mask: '' },
  });
  return [...(armor.protect().plugins as Plugin[]), listLengthPlugin(limits.maxListLength, opts.onAccept)];
}

/**
 * List arguments: literal lists are refused at validation; lists passed in variables (the usual way) when the
 * operation is about to run, before any resolver.
 */
function listLengthPlugin(max: number, onAccept?: (limit: LimitName, n: number) => void): Plugin {
  const rule = (ctx: ValidationContext): ASTVisitor => ({
    ListValue(node) {
      if (node.values.length > max) ctx.reportError(tooComplex('MAX_LIST_LENGTH', max, node.values.length));
    },
  });
  const check = (variables: unknown, stop: (r: { errors: GraphQLError[] }) => void) => {
    const longest = longestList(variables, 0);
    if (longest > max) stop({ errors: [tooComplex('MAX_LIST_LENGTH', max, longest)] });
    else onAccept?.('MAX_LIST_LENGTH', longest);
  };
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
    onExecute({ args, setResultAndStopExecution }) {
      check(args.variableValues, setResultAndStopExecution);
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      check(args.variableValues, setResultAndStopExecution);
    },
  };
}

function longestList(value: unknown, depth: number): number {
  if (depth > 32 || value === null || typeof value !== 'object') return 0;
  let longest = Array.isArray(value) ? value.length : 0;
  for (const v of Array.isArray(value) ? value : Object.values(value)) longest = Math.max(longest, longestList(v, depth + 1));
  return longest;
}
