import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDatabase, dropDatabase } from '@waardenet/core';
import { DEMO_PASSWORD, DEMO_USERS } from '../../apps/api/src/demo/demo-content';
import { seedDemoIfEmpty } from '../../apps/api/src/demo/seed-demo';
import { freePort, post, runToExit, startServer } from '../support/server-process';

const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: 'production-secret-that-is-long-enough-for-hs256',
  LOG_LEVEL: 'warn',
  WAARDENET_EMAIL_VERIFICATION: 'off',
};
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const dataDir = () => mkdtempSync(join(tmpdir(), 'wn-prod-demo-'));

async function count(url: string, sql: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql)).rows[0].n);
  } finally {
    await client.end();
  }
}

/** Finding 3: the demo's platform admin has a password printed in the README; production must never serve it. */
describe('security: no demo accounts in production', () => {
  it('a production boot on the embedded database (no DATABASE_URL) seeds no demo', async () => {
    const server = await startServer({
      ...PRODUCTION,
      PORT: String(await freePort()),
      WAARDENET_DATA_DIR: dataDir(),
      WAARDENET_EMBEDDED_PG_PORT: String(await freePort()),
    });
    try {
      expect((await post(server.url, `{ libraries { edges { node { slug } } } }`)).data.libraries.edges).toHaveLength(0);
      const admin = DEMO_USERS.find((u) => u.key === 'admin')!;
      const res = await post(server.url, LOGIN, { input: { email: admin.email, password: DEMO_PASSWORD } });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      // Production without mail must have said so (WAARDENET_EMAIL_VERIFICATION=off), as a warning.
      expect(server.output()).toContain('email verification is off (WAARDENET_EMAIL_VERIFICATION=off)');
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it('a production boot that finds the demo accounts in its database refuses to start, with one line, and changes nothing', async () => {
    const adminUrl = process.env.WN_TEST_ADMIN_URL!;
    const name = `wn_prod_demo_${process.pid}`;
    const url = await createDatabase(adminUrl, name, process.env.WN_TEST_TEMPLATE);
    try {
      expect(await seedDemoIfEmpty(url)).toBe(true);
      const users = await count(url, 'SELECT count(*) AS n FROM users');
      const { code, output } = await runToExit({
        ...PRODUCTION,
        PORT: String(await freePort()),
        DATABASE_URL: url,
        WAARDENET_DATA_DIR: dataDir(),
      });
      expect(code).toBe(1);
      expect(output.trim()).toMatch(
        /^Waardenet refuses to start: NODE_ENV=production but the database holds the demo accounts \([^\n]*admin@waardenet\.demo[^\n]*\)[^\n]*$/,
      );
      expect(await count(url, 'SELECT count(*) AS n FROM users')).toBe(users);
    } finally {
      await dropDatabase(adminUrl, name);
    }
  });
});
