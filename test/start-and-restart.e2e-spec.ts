import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, dropDatabase } from '@waardenet/core';
import { DEMO_PASSWORD, DEMO_USERS } from '../apps/api/src/demo/demo-content';
import { withoutPassword } from '../apps/api/src/start-lines';
import { freePort, post, runToExit, startServer } from './support/server-process';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { displayName } } }`;
const COMMUNITY = `query($slug: String!) { community(slug: $slug) { id threads(first: 50) { edges { node { id title replyCount } } } } }`;

async function embeddedEnv(dataDir: string, extra: Record<string, string> = {}) {
  return { PORT: String(await freePort()), WAARDENET_DATA_DIR: dataDir, WAARDENET_EMBEDDED_PG_PORT: String(await freePort()), ...extra };
}

describe('npm start on a new machine: embedded PostgreSQL, demo data, restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wn-start-'));

  it('starts on an empty data folder, seeds the demo, keeps a thread across a restart', async () => {
    const env = await embeddedEnv(dataDir);
    // The first start logs JSON (LOG_FORMAT=json, as a log collector wants it), the second as at a console.
    const first = await startServer({ ...env, LOG_FORMAT: 'json' });
    let refreshToken: string;
    try {
      for (const u of DEMO_USERS) {
        const res = await post(first.url, LOGIN, { input: { email: u.email, password: DEMO_PASSWORD } });
        expect(res.errors).toBeUndefined();
        expect(res.data.login.user.displayName).toBe(u.displayName);
      }
      const citizen = (await post(first.url, LOGIN, { input: { email: 'lezer@waardenet.demo', password: DEMO_PASSWORD } })).data.login;
      refreshToken = citizen.refreshToken;
      const libraries = await post(first.url, `{ libraries { edges { node { slug kind } } } }`);
      expect(libraries.data.libraries.edges.map((e: { node: { kind: string } }) => e.node.kind).sort()).toEqual([
        'LOCAL',
        'LOCAL',
        'NATIONAL',
      ]);
      const visibilities = await post(first.url, `{ communities(first: 100) { edges { node { visibility } } } }`, {}, citizen.accessToken);
      expect(new Set(visibilities.data.communities.edges.map((e: { node: { visibility: string } }) => e.node.visibility))).toEqual(
        new Set(['PUBLIC', 'RESTRICTED']),
      );

      const community = (await post(first.url, COMMUNITY, { slug: 'utrechtse-geschiedenis' })).data.community;
      expect(community.threads.edges.length).toBeGreaterThan(0);
      const created = await post(
        first.url,
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
        {
          input: { communityId: community.id, title: 'Blijft dit bewaard na een herstart?', body: 'Dat hoop ik wel.', kind: 'DISCUSSION' },
        },
        citizen.accessToken,
      );
      expect(created.errors).toBeUndefined();
      expect(first.output()).toMatch(/"req":\{"id":"[0-9a-f-]{36}","method":"POST","url":"\/graphql"\}/);
    } finally {
      expect(await first.stop()).toBe(0);
    }
    expect(first.output()).toContain('shutting down');
    // In JSON every line is an object, the start line included, with the facts as fields.
    // (Node's own warnings, such as a dependency's deprecation notice on a newer Node, are not ours to shape.)
    const lines = first
      .output()
      .trim()
      .split('\n')
      .filter((l) => !/^\((node:\d+|Use `node --trace)/.test(l));
    expect(lines.filter((l) => !l.startsWith('{'))).toEqual([]);
    const started = lines.map((l) => JSON.parse(l)).find((l) => /^Waardenet is running at http:\/\/localhost:\d+$/.test(l.msg));
    expect(started).toMatchObject({ demo: true, email: false, database: expect.stringContaining(join(dataDir, 'pg')) });
    const secret = readFileSync(join(dataDir, 'jwt-secret'), 'utf8');

    const second = await startServer({ ...env, LOG_LEVEL: 'warn' });
    try {
      const community = (await post(second.url, COMMUNITY, { slug: 'utrechtse-geschiedenis' })).data.community;
      expect(community.threads.edges.map((e: { node: { title: string } }) => e.node.title)).toContain(
        'Blijft dit bewaard na een herstart?',
      );
      const libraries = await post(second.url, `{ libraries { edges { node { slug } } } }`);
      expect(libraries.data.libraries.edges).toHaveLength(3);
      // The kept secret means sessions survive the restart.
      const refreshed = await post(second.url, `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, {
        t: refreshToken!,
      });
      expect(refreshed.errors).toBeUndefined();
      expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8')).toBe(secret);
      // At a console (the default outside production): a few readable start lines and no JSON.
      const output = second.output();
      expect(output).toMatch(/^Waardenet is running at http:\/\/localhost:\d+$/m);
      expect(output).toContain(`database       embedded PostgreSQL at ${join(dataDir, 'pg')}`);
      expect(output).toMatch(/^ {2}demo accounts {2}on: log in as lezer@waardenet\.demo/m);
      expect(output).toMatch(/^ {2}email {10}off \(SMTP_URL unset\)$/m);
      expect(output).not.toContain('{"level"');
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });

  it('WAARDENET_DEMO=0 starts empty', async () => {
    const server = await startServer(await embeddedEnv(mkdtempSync(join(tmpdir(), 'wn-nodemo-')), { WAARDENET_DEMO: '0' }));
    try {
      expect((await post(server.url, `{ libraries { edges { node { slug } } } }`)).data.libraries.edges).toHaveLength(0);
    } finally {
      await server.stop();
    }
  });

  it('never seeds demo data into a DATABASE_URL', async () => {
    const adminUrl = process.env.WN_TEST_ADMIN_URL!;
    const name = `wn_given_${process.pid}`;
    const url = await createDatabase(adminUrl, name);
    const server = await startServer({
      PORT: String(await freePort()),
      DATABASE_URL: url,
      WAARDENET_DATA_DIR: mkdtempSync(join(tmpdir(), 'wn-url-')),
    });
    try {
      expect((await post(server.url, `{ libraries { edges { node { slug } } } }`)).data.libraries.edges).toHaveLength(0);
      expect((await fetch(`${server.url}/ready`)).status).toBe(200);
      // The start lines name the database it was given, never with its password.
      expect(server.output()).toContain(`database       ${withoutPassword(url)}`);
      const password = new URL(url).password;
      // (as user:password@: the embedded test server's user and password are both 'waardenet')
      if (password) expect(server.output()).not.toContain(`:${password}@`);
      expect(server.output()).toContain('demo accounts  off (never seeded into a DATABASE_URL)');
    } finally {
      await server.stop();
      await dropDatabase(adminUrl, name);
    }
  });

  it.each([
    [{ PORT: 'drieduizend' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ NODE_ENV: 'production', JWT_SECRET: '' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'production', JWT_SECRET: 'production-secret-that-is-long-enough-for-hs256', SMTP_URL: '' }, 'SMTP_URL'],
    [{ LOG_FORMAT: 'xml' }, 'LOG_FORMAT'],
  ])('refuses to boot on %j with one line naming the variable', async (env, variable) => {
    const { code, output } = await runToExit({ WAARDENET_DATA_DIR: mkdtempSync(join(tmpdir(), 'wn-bad-')), ...env });
    expect(code).toBe(1);
    expect(output.trim()).toMatch(new RegExp(`^Configuration error: ${variable} [^\\n]+$`));
  });
});
