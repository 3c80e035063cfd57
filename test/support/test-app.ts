import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { AppConfig, createDatabase, dropDatabase, loadConfig } from '@waardenet/core';
import { createApp } from '../../apps/api/src/create-app';
import { queryCounter } from './query-counter';

export const TEST_ADMIN_EMAIL = 'platform-admin@test.waardenet.nl';
export const TEST_PASSWORD = 'correct horse battery';

/**
 * Every test registers, logs in and posts from 127.0.0.1 far faster than a person would: the test
 * app lifts the rate limits unless a test sets its own (test/rate-limits.e2e-spec.ts does, with small
 * numbers). These are plain configuration values, passed like any other variable: no test-only code path.
 */
export const GENEROUS_RATE_LIMITS: Record<string, string> = {
  RATE_LIMIT_LOGIN_PER_ACCOUNT: '100000/1m',
  RATE_LIMIT_LOGIN_PER_IP: '100000/1m',
  RATE_LIMIT_REGISTER_PER_IP: '100000/1m',
  RATE_LIMIT_THREADS: '100000/1m',
  RATE_LIMIT_THREADS_NEW_USER: '100000/1m',
  RATE_LIMIT_POSTS: '100000/1m',
  RATE_LIMIT_POSTS_NEW_USER: '100000/1m',
  RATE_LIMIT_GRAPHQL_PER_IP: 'off',
  RATE_LIMIT_SEARCH: '100000/1m',
  RATE_LIMIT_PREVIEW: '100000/1m',
  RATE_LIMIT_REACTIONS: '100000/1m',
  RATE_LIMIT_PASSWORD_RESET_PER_IP: '100000/1m',
  RATE_LIMIT_PASSWORD_RESET_PER_ACCOUNT: '100000/1m',
  RATE_LIMIT_VERIFICATION_RESEND: '100000/1m',
  RATE_LIMIT_EMAIL_CHANGE: '100000/1m',
};

/**
 * Most tests register users and have them join and write at once: the test app counts new accounts as
 * verified unless a test turns verification on (WAARDENET_EMAIL_VERIFICATION=on with an SMTP_URL, as
 * test/accounts-email-verification.e2e-spec.ts does). A plain setting, as in production with it off.
 */
export const TEST_EMAIL_VERIFICATION = 'off';

/**
 * The suite registers and logs in thousands of accounts: the test app hashes their passwords with argon2id at its
 * least cost (a setting loadConfig refuses unless NODE_ENV=test). test/accounts.e2e-spec.ts turns it off ('0') and
 * checks the real cost.
 */
export const TEST_CHEAP_PASSWORD_HASHES = '1';

export interface TestApp {
  app: INestApplication;
  url: string;
  config: AppConfig;
  databaseUrl: string;
  /** Runs SQL directly against this test's database (to check what was, or was not, written). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

async function sqlAs(url: string, text: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Boots the real api on a fresh clone of the migrated template database, listening on a free port. */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { sameDatabaseAs?: TestApp; port?: number } = {},
): Promise<TestApp> {
  const adminUrl = process.env.WN_TEST_ADMIN_URL;
  const template = process.env.WN_TEST_TEMPLATE;
  if (!adminUrl || !template) throw new Error('e2e tests need the global setup: run them with `npm run test:e2e`');
  const name = `wn_test_${randomBytes(6).toString('hex')}`;
  // A second instance on the same database (the scale-out tests) leaves dropping it to the first.
  const shared = options.sameDatabaseAs;
  const databaseUrl = shared ? shared.databaseUrl : await createDatabase(adminUrl, name, template);
  // A commit need not wait for the WAL to reach the disk in a throw-away database (also on a TEST_DATABASE_URL server).
  if (!shared) await sqlAs(adminUrl, `ALTER DATABASE "${name}" SET synchronous_commit = off`);
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    WAARDENET_ADMIN_EMAILS: TEST_ADMIN_EMAIL,
    WAARDENET_EMAIL_VERIFICATION: TEST_EMAIL_VERIFICATION,
    // Only where loadConfig accepts it: a test app started as production or development hashes at the real cost.
    ...((env.NODE_ENV ?? 'test') === 'test' ? { WAARDENET_TEST_CHEAP_PASSWORD_HASHES: TEST_CHEAP_PASSWORD_HASHES } : {}),
    WAARDENET_DATA_DIR: mkdtempSync(join(tmpdir(), 'wn-test-')),
    ...GENEROUS_RATE_LIMITS,
    ...env,
  });
  // Every test app logs its SQL into the counter (query-count tests read it); the production app has none.
  const app = await createApp(config, databaseUrl, { sqlLogger: queryCounter });
  // A fixed port when the app must know its own address up front (PUBLIC_URL: the federation tests).
  await app.listen(options.port ?? 0, '127.0.0.1');
  const url = await app.getUrl();
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  return {
    app,
    url: url.replace('[::1]', '127.0.0.1'),
    config,
    databaseUrl,
    sql: async (text, params) => (await client.query(text, params)).rows,
    close: async () => {
      await client.end();
      await app.close();
      if (!shared) await dropDatabase(adminUrl, name);
    },
  };
}
