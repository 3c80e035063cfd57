import { GraphQLError, ValidationRule } from 'graphql';
import { AppError } from '../errors/app-error';

/**
 * U+0000 in a GraphQL string (an argument literal or a variable) is refused before anything runs:
 * PostgreSQL cannot store it in text ("invalid byte sequence for encoding UTF8: 0x00"), so it would
 * otherwise reach the database as an internal error with a stack trace, for anyone who asks.
 */
export function nulCharacterError(): AppError {
  return new AppError('BAD_USER_INPUT', 'The request contains a NUL character (U+0000); remove it and try again.', {
    reason: 'NUL_CHARACTER',
  });
}

/** Whether a JSON value (variables) holds U+0000 in any string, key or value, at any depth. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => containsNul(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v, depth + 1));
}

/** A GraphQLError carrying the AppError (formatError reads its reason), answered with HTTP 400 by Apollo. */
function nulGraphQLError(): GraphQLError {
  const error = nulCharacterError();
  return new GraphQLError(error.message, {
    extensions: { ...error.extensions, code: error.code, http: { status: 400 } },
    originalError: error,
  });
}

/** A string literal (`"a\u0000b"`) in the document: over HTTP and over graphql-ws alike (graphqlLimitRules). */
export const NulCharacterRule: ValidationRule = (context) => ({
  StringValue(node) {
    if (node.value.includes('\u0000')) context.reportError(nulGraphQLError());
  },
});

/** Variables over HTTP: refused once Apollo has read the operation, before it executes (graphql-ws checks them in onSubscribe). */
export function nulCharacterPlugin() {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ request }: { request: { variables?: Record<string, unknown> } }) => {
        if (containsNul(request.variables)) throw nulGraphQLError();
      },
    }),
  };
}
