import { GraphQLError } from 'graphql';

/** The request-level errors an upload answers with (400, 408, 413), each with a stable code. */

export function badMultipart(message: string): GraphQLError {
  return new GraphQLError(`Invalid multipart request: ${message}`, {
    extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
  });
}

export function tooLarge(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } },
  });
}

function uploadIdle(ms: number): GraphQLError {
  return new GraphQLError(`The upload stalled: no data from the client for ${ms} ms (UPLOAD_IDLE_TIMEOUT_MS); the upload was ended`, {
    extensions: { code: 'UPLOAD_IDLE_TIMEOUT', http: { status: 408 } },
  });
}

/** `read` rejects with UPLOAD_IDLE_TIMEOUT when the client sends nothing for `ms`. */
export function readWithin<T>(read: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const idle = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(uploadIdle(ms)), ms);
  });
  return Promise.race([read, idle]).finally(() => clearTimeout(timer));
}

/** The body could not be read any further (client gone, socket error): nothing to answer, but never a crash. */
export function bodyInterrupted(cause: unknown): GraphQLError {
  const why = cause instanceof Error ? cause.message : String(cause);
  return new GraphQLError(`Invalid multipart request: the request body was interrupted (${why})`, {
    extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
  });
}
