import { HttpException, HttpStatus } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { AppError } from './app-error';

const HTTP_CODES: Partial<Record<number, string>> = {
  [HttpStatus.BAD_REQUEST]: 'BAD_USER_INPUT',
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHENTICATED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'NOT_FOUND',
  [HttpStatus.CONFLICT]: 'CONFLICT',
  [HttpStatus.TOO_MANY_REQUESTS]: 'RATE_LIMITED',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'BAD_USER_INPUT',
};

/** Codes GraphQL itself produces for a malformed request: safe to pass through as they are. */
const CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);

/** Postgres constraint violations that a racing client can cause: a conflict, not a crash. */
function pgConflict(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return code === '23505' || code === '40001' || code === '40P01';
}

/**
 * One place maps every error to what a client sees: domain errors keep their code and message,
 * anything unexpected becomes INTERNAL_SERVER_ERROR with no stack trace or internals.
 */
/** PostgreSQL's "this value is not of its type" errors (a malformed id or time from a request, a forged cursor): bad input, not a fault. */
const BAD_VALUE_SQLSTATES = new Set(['22P02', '22007', '22008']);

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  onUnexpected: (error: unknown) => void,
): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    return { ...base, message: original.message, extensions: { ...original.extensions, code: original.code } };
  }
  if (original instanceof HttpException) {
    const code = HTTP_CODES[original.getStatus()] ?? 'INTERNAL_SERVER_ERROR';
    return { ...base, message: original.message, extensions: { code } };
  }
  if (BAD_VALUE_SQLSTATES.has(String((original as { code?: unknown } | undefined)?.code))) {
    return { ...base, message: 'An id or value in the request is not valid.', extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (pgConflict(original)) {
    return { ...base, message: 'That conflicts with a change made at the same time; try again.', extensions: { code: 'CONFLICT' } };
  }
  const code = String(formatted.extensions?.code ?? '');
  if (CLIENT_CODES.has(code)) return { ...base, extensions: { code } };
  onUnexpected(original);
  return { ...base, message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
