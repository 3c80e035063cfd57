import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import request from 'supertest';
import { TestApp } from './test-app';

/**
 * What the helpers send: a document's text (checked against the schema by `npm run codegen:check`, see
 * scripts/check-test-operations.ts), or a document generated for the web client
 * (`import { THREAD } from '../apps/web/src/api/operations'`), whose answer and variables are then typed.
 */
export type Operation<T = any, V = any> = string | TypedOperation<T, V>; // eslint-disable-line @typescript-eslint/no-explicit-any
/** A generated document (TypedDocumentString): its text, and in its type the answer and the variables (a string would fit this
 * type too: the helpers' overloads take a string first). */
export type TypedOperation<T, V> = DocumentTypeDecoration<T, V> & { toString(): string };
type AnyData = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GqlResponse<T> {
  status: number;
  data: T | null;
  errors?: GqlError[];
}

/** Sends one GraphQL operation over HTTP, as a client would. A generated document types the variables and the answer. */
export async function gql<T = AnyData>(
  t: TestApp,
  operation: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<GqlResponse<T>>;
export async function gql<T, V>(t: TestApp, operation: TypedOperation<T, V>, variables?: V, token?: string): Promise<GqlResponse<T>>;
export async function gql(t: TestApp, operation: Operation, variables: object = {}, token?: string): Promise<GqlResponse<unknown>> {
  return send(t, operation, variables, token);
}

/** gql() for any document, text or generated, with any variables. */
async function send(t: TestApp, operation: Operation, variables: object = {}, token?: string): Promise<GqlResponse<AnyData>> {
  const query = typeof operation === 'string' ? operation : operation.toString();
  // English messages by default, so assertions read as the code's sentences; Dutch (the server's default) is tested explicitly.
  const req = request(t.url).post('/graphql').set('content-type', 'application/json').set('accept-language', 'en');
  if (token) req.set('authorization', `Bearer ${token}`);
  const res = await req.send({ query, variables });
  return { status: res.status, data: res.body.data ?? null, errors: res.body.errors };
}

/** The data of an operation that must succeed; fails the test with the errors otherwise. */
export async function ok<T = AnyData>(t: TestApp, operation: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
export async function ok<T, V>(t: TestApp, operation: TypedOperation<T, V>, variables?: V, token?: string): Promise<T>;
export async function ok(t: TestApp, operation: Operation, variables: object = {}, token?: string): Promise<unknown> {
  const res = await send(t, operation, variables, token);
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** The code of the first error; the operation must have failed. */
export async function errorCode(
  t: TestApp,
  operation: Operation,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<string> {
  const res = await send(t, operation, variables, token);
  if (!res.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(res.data)}`);
  const [first] = res.errors;
  const text = JSON.stringify(res.errors);
  if (/\bat .*\.(ts|js):\d+/.test(text) || text.includes('stacktrace')) throw new Error(`a stack trace leaked: ${text}`);
  return first.extensions?.code ?? 'NO_CODE';
}
