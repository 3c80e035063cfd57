import request from 'supertest';
import { TestApp } from './test-app';

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

/** Sends one GraphQL operation over HTTP, as a client would. */
export async function gql<T = Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
  t: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResponse<T>> {
  // English messages by default, so assertions read as the code's sentences; Dutch (the server's default) is tested explicitly.
  const req = request(t.url).post('/graphql').set('content-type', 'application/json').set('accept-language', 'en');
  if (token) req.set('authorization', `Bearer ${token}`);
  const res = await req.send({ query, variables });
  return { status: res.status, data: res.body.data ?? null, errors: res.body.errors };
}

/** The data of an operation that must succeed; fails the test with the errors otherwise. */
export async function ok<T = Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
  t: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await gql<T>(t, query, variables, token);
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

/** The code of the first error; the operation must have failed. */
export async function errorCode(t: TestApp, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<string> {
  const res = await gql(t, query, variables, token);
  if (!res.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(res.data)}`);
  const [first] = res.errors;
  const text = JSON.stringify(res.errors);
  if (/\bat .*\.(ts|js):\d+/.test(text) || text.includes('stacktrace')) throw new Error(`a stack trace leaked: ${text}`);
  return first.extensions?.code ?? 'NO_CODE';
}
