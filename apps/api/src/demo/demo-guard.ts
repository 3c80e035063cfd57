import { Client } from 'pg';

/** Every demo account's email ends in this domain (demo-content.ts); no real person's does. */
export const DEMO_EMAIL_DOMAIN = '@waardenet.demo';

/**
 * The demo accounts found in a database, before any migration touches it (a new database has no
 * users table yet). A production boot refuses to serve them: their password is in the README.
 */
export async function demoAccountsIn(databaseUrl: string): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [{ users }] = (await client.query<{ users: string | null }>(`SELECT to_regclass('users')::text AS users`)).rows;
    if (!users) return [];
    const rows = await client.query<{ email: string }>(`SELECT email FROM users WHERE lower(email) LIKE $1 ORDER BY email LIMIT 5`, [
      `%${DEMO_EMAIL_DOMAIN}`,
    ]);
    return rows.rows.map((r) => r.email);
  } finally {
    await client.end();
  }
}

/** The one line a production boot that finds the demo accounts stops with. */
export const demoInProductionMessage = (emails: string[]) =>
  `Waardenet refuses to start: NODE_ENV=production but the database holds the demo accounts (${emails.join(', ')}), ` +
  `whose password is published; remove every user with an ${DEMO_EMAIL_DOMAIN} email, or use a database without the demo.`;
