/**
 * Typed errors for mutation payloads, and the one place where upstream failures become them. Queries raise
 * GraphQL errors instead (server/errors.ts); both carry the same facts. No builder import here: the builder
 * itself needs ValidationError.
 */
import { GraphQLError } from 'graphql';
import { UpstreamError } from '../upstream/http/errors';
import { InvalidPathParameterError } from '../upstream/mapping/common';
import { IdempotencyKeyReusedError, JobOutcomeUnknownError } from '../jobs/idempotency';
import { classifyUpstreamError, humanMessage, upstreamDetails, type GatewayErrorCode } from './errors';

export interface IssueShape {
  path: string[];
  message: string;
}

/**
 * Bad input, found before any upstream call. It is a GraphQLError (code BAD_USER_INPUT) so that on a
 * query it reaches the client unmasked; on a mutation the errors plugin returns it as `ValidationError`.
 */
export class ValidationError extends GraphQLError {
  readonly code: GatewayErrorCode = 'BAD_USER_INPUT';
  constructor(readonly issues: IssueShape[]) {
    super(
      `Invalid input: ${issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ')}`,
      { extensions: { code: 'BAD_USER_INPUT', issues } },
    );
    this.name = 'ValidationError';
  }
}

/** Base of the errors an upstream (or the gateway on its behalf) reports for a mutation. */
export class GatewayError extends Error {
  constructor(
    message: string,
    readonly code: GatewayErrorCode,
    readonly upstream: ReturnType<typeof upstreamDetails> | null = null,
  ) {
    super(message);
  }
}
export class NotFoundError extends GatewayError {}
export class ConflictError extends GatewayError {}
export class QuotaExceededError extends GatewayError {}
export class ForbiddenError extends GatewayError {}
export class UnsupportedByUpstreamError extends GatewayError {
  constructor(
    readonly capability: string,
    readonly upstreamKind: string,
  ) {
    super(`${capability} is not supported by the ${upstreamKind} upstream`, 'UNSUPPORTED_BY_UPSTREAM');
  }
}
export class UpstreamServiceError extends GatewayError {}
/** A job-starting request was sent, its answer was lost: the job may exist. Code OUTCOME_UNKNOWN. */
export class OutcomeUnknownError extends GatewayError {}

/** Every typed error a mutation can return. */
export const MUTATION_ERRORS = [
  ValidationError,
  NotFoundError,
  ConflictError,
  QuotaExceededError,
  ForbiddenError,
  UnsupportedByUpstreamError,
  UpstreamServiceError,
];

/** Every typed error a job-starting mutation can return: the above, and OUTCOME_UNKNOWN. */
export const JOB_MUTATION_ERRORS = [...MUTATION_ERRORS, OutcomeUnknownError];

/**
 * The `errors` option of a mutation field. The errors plugin generates the field's `XxxResult` union; this
 * gives that union a description naming what success returns.
 */
export function mutationErrors(success: string, types: readonly (new (...a: any[]) => Error)[] = MUTATION_ERRORS) {
  return {
    types: [...types],
    union: {
      description: `${success}; otherwise one of the Error types saying why not (a ValidationError means nothing was sent upstream).`,
    },
  };
}

/** Convert an upstream failure into the typed error a mutation payload carries. */
export function toMutationError(err: unknown): unknown {
  if (err instanceof InvalidPathParameterError) return new ValidationError([{ path: [], message: err.message.replace(/^Invalid input: /, '') }]);
  if (err instanceof JobOutcomeUnknownError) return new OutcomeUnknownError(err.message, 'OUTCOME_UNKNOWN', err.cause instanceof UpstreamError ? upstreamDetails(err.cause) : null);
  if (err instanceof IdempotencyKeyReusedError) return new ConflictError(err.message, 'CONFLICT');
  if (!(err instanceof UpstreamError)) return err;
  const code = classifyUpstreamError(err);
  const details = upstreamDetails(err);
  const message = humanMessage(err, code);
  switch (code) {
    case 'NOT_FOUND':
      return new NotFoundError(message, code, details);
    case 'CONFLICT':
      return new ConflictError(message, code, details);
    case 'QUOTA_EXCEEDED':
      return new QuotaExceededError(message, code, details);
    case 'FORBIDDEN':
      return new ForbiddenError(message, code, details);
    case 'UNAUTHENTICATED':
      // Not a business outcome: the whole operation is unauthenticated.
      return new GraphQLError(message, { extensions: { code, upstream: details } });
    default:
      return new UpstreamServiceError(message, code, details);
  }
}

/** Run a mutation body, turning upstream failures into typed payload errors. */
export async function mutate<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toMutationError(e);
  }
}

