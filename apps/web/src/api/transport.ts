/** One GraphQL operation over HTTP POST /graphql, and the error every failure becomes. */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { locale } from '../i18n';

/**
 * A document generated from the schema (npm run codegen) from a graphql(…) call in apps/web/src. Its
 * text is what is sent; its type carries the answer (TResult) and the variables (TVariables).
 */
export type Document<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };
/** The variables argument: optional when the operation has no required variable. */
export type VariablesOf<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

export interface FieldErrors {
  [field: string]: string[];
}

/** A failed operation: `code` is the server's extensions.code, or NETWORK when it could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields: FieldErrors = {},
    readonly retryAfterSeconds?: number,
    /** The server's extensions.reason: which rule refused, for a screen that explains it. */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Whatever was thrown, as an ApiError (anything else is an unexpected INTERNAL_SERVER_ERROR). */
export function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError('INTERNAL_SERVER_ERROR', String(e));
}

interface WireError {
  message?: string;
  extensions?: { code?: string; fields?: FieldErrors; retryAfter?: number; reason?: string };
}

export interface PostOptions {
  token?: string | null;
  /** Marks the session calls (login, register, refreshSession, logout): the server keeps the refresh token in a cookie. */
  sessionCall?: boolean;
}

export async function postGraphql<T, V>(document: Document<T, V>, variables?: V, options: PostOptions = {}): Promise<T> {
  const query = document.toString();
  // The server words its refusals in the UI's language (docs/errors.md).
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
    'accept-language': locale.get(),
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.sessionCall) headers['x-waardenet-client'] = 'web';
  let body: { data?: T | null; errors?: WireError[] };
  try {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
    body = (await res.json()) as typeof body;
  } catch {
    throw new ApiError('NETWORK', 'The server could not be reached.');
  }
  const [first] = body.errors ?? [];
  if (first) {
    const ext = first.extensions ?? {};
    throw new ApiError(ext.code ?? 'INTERNAL_SERVER_ERROR', first.message ?? '', ext.fields ?? {}, ext.retryAfter, ext.reason);
  }
  if (!body.data) throw new ApiError('INTERNAL_SERVER_ERROR', 'The answer held no data.');
  return body.data;
}
