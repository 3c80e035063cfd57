import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { GqlError } from '../support/gql';
import { TestApp } from '../support/test-app';

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: { data?: Record<string, any> | null; errors?: GqlError[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
  text: string;
}

/**
 * The environment of an api behind a proxy on the same machine (README, "Behind a reverse proxy"):
 * only then does X-Forwarded-For from 127.0.0.1 name the client. Nobody is trusted by default.
 */
export const BEHIND_LOOPBACK_PROXY = { TRUST_PROXY: 'loopback' };

/**
 * One GraphQL request over HTTP with the headers a test needs: a bearer token, and the client address
 * as the proxy in front would pass it (X-Forwarded-For; counted only by an app started with BEHIND_LOOPBACK_PROXY).
 */
export async function ask(
  t: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; ip?: string } = {},
): Promise<RawAnswer> {
  // English messages, as gql() asks for (test/support/gql.ts); the server's default is Dutch.
  const req = request(t.url).post('/graphql').set('content-type', 'application/json').set('accept-language', 'en');
  if (options.token) req.set('authorization', `Bearer ${options.token}`);
  if (options.ip) req.set('x-forwarded-for', options.ip);
  const res = await req.send({ query, variables });
  return { status: res.status, headers: res.headers, body: res.body ?? {}, text: res.text };
}

/** A client address of its own, from the IPv6 documentation range: per-IP counters of one test never meet another's (nor a previous run's in a shared Redis). */
export const freshIp = () => `2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}::7`;

/** The first error code of an answer. */
export const codeOf = (res: RawAnswer) => res.body.errors?.[0]?.extensions?.code;

/** The server still answers a plain query after whatever the test threw at it. */
export async function stillAnswers(t: TestApp): Promise<void> {
  const res = await ask(t, '{ __typename }');
  if (res.status !== 200 || res.body.data?.__typename !== 'Query')
    throw new Error(`the server stopped answering: ${res.status} ${res.text.slice(0, 300)}`);
  const health = await request(t.url).get('/health');
  if (health.status !== 200) throw new Error(`/health answered ${health.status}`);
}

/** No stack trace, file path or SQL in what a client sees. */
export function leaksNothing(text: string): void {
  if (/\bat .*\.(ts|js):\d+|stacktrace|node_modules|QueryFailedError|SELECT |INSERT INTO/i.test(text)) {
    throw new Error(`internals leaked: ${text.slice(0, 500)}`);
  }
}
