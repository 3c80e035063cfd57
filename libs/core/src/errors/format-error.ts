import { HttpException, HttpStatus } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode } from './app-error';
import { DEFAULT_LANGUAGE, Language, localize } from './localize';
import { GENERIC_REASONS } from './reasons';

const HTTP_CODES: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: 'BAD_USER_INPUT',
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHENTICATED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'NOT_FOUND',
  [HttpStatus.CONFLICT]: 'CONFLICT',
  [HttpStatus.TOO_MANY_REQUESTS]: 'RATE_LIMITED',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'BAD_USER_INPUT',
};

/** Codes GraphQL itself produces for a malformed request: safe to pass through as they are. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Postgres constraint violations that a racing client can cause: a conflict, not a crash. */
function pgConflict(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return code === '23505' || code === '40001' || code === '40P01';
}

/** PostgreSQL's "this value is not of its type" errors (a malformed id or time from a request, a forged cursor): bad input, not a fault. */
const BAD_VALUE_SQLSTATES = new Set(['22P02', '22007', '22008']);

/** A refusal's message in `lang`; a reason missing from the catalogue is a fault of ours, reported, and answered with its code's reason. */
function refusal(
  code: ErrorCode,
  reason: string,
  extensions: Record<string, unknown>,
  detail: string,
  lang: Language,
  onUnexpected: (error: unknown) => void,
): { message: string; extensions: Record<string, unknown> } {
  try {
    return { message: localize(reason, lang, extensions, detail), extensions: { ...extensions, code, reason } };
  } catch (e) {
    onUnexpected(e);
    const generic = GENERIC_REASONS[code];
    return { message: localize(generic, lang, extensions, detail), extensions: { ...extensions, code, reason: generic } };
  }
}

/**
 * One place maps every error to what a client sees, over HTTP and over the live socket: domain errors
 * keep their code and get their reason (one per code when thrown without) and its message in `lang`
 * (reasons.ts); anything unexpected becomes INTERNAL_SERVER_ERROR with no stack trace or internals.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  onUnexpected: (error: unknown) => void,
  lang: Language = DEFAULT_LANGUAGE,
): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    const reason = original.reason ?? (original.extensions.fields ? 'INVALID_INPUT' : GENERIC_REASONS[original.code]);
    return { ...base, ...refusal(original.code, reason, original.extensions, original.message, lang, onUnexpected) };
  }
  if (original instanceof HttpException) {
    const code = HTTP_CODES[original.getStatus()];
    if (code) return { ...base, ...refusal(code, GENERIC_REASONS[code], {}, original.message, lang, onUnexpected) };
  }
  if (BAD_VALUE_SQLSTATES.has(String((original as { code?: unknown } | undefined)?.code))) {
    return { ...base, ...refusal('BAD_USER_INPUT', 'INVALID_VALUE', {}, '', lang, onUnexpected) };
  }
  // 22021: text PostgreSQL cannot store (U+0000 above all). The request's strings are checked before they run
  // (NUL_CHARACTER in libs/core/src/security); this keeps any other way in from becoming a logged fault.
  if (String((original as { code?: unknown } | undefined)?.code) === '22021') {
    return { ...base, ...refusal('BAD_USER_INPUT', 'NUL_CHARACTER', {}, '', lang, onUnexpected) };
  }
  if (pgConflict(original)) {
    return { ...base, ...refusal('CONFLICT', 'CONCURRENT_CHANGE', {}, '', lang, onUnexpected) };
  }
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : '';
  if (CLIENT_CODES.has(code)) {
    const { message } = refusal('BAD_USER_INPUT', 'INVALID_QUERY', {}, formatted.message, lang, onUnexpected);
    return { ...base, message, extensions: { code, reason: 'INVALID_QUERY' } };
  }
  onUnexpected(original);
  return {
    ...base,
    message: lang === 'nl' ? 'Er ging aan onze kant iets mis.' : 'Something went wrong on our side.',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
