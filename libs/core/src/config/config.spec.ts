import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'wn-config-'));

describe('loadConfig', () => {
  it('uses defaults and keeps a generated secret under the data folder', () => {
    const dir = dataDir();
    const first = loadConfig({ WAARDENET_DATA_DIR: dir });
    expect(first.port).toBe(3000);
    expect(first.databaseUrl).toBeUndefined();
    expect(first.refreshReuseGraceMs).toBe(10_000);
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(first.jwtSecret);
    expect(loadConfig({ WAARDENET_DATA_DIR: dir }).jwtSecret).toBe(first.jwtSecret);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ WAARDENET_ADMIN_EMAILS: 'a@b.nl, nonsense' }, 'WAARDENET_ADMIN_EMAILS'],
    [{ NODE_ENV: 'production', JWT_SECRET: 'production-secret-that-is-long-enough', WAARDENET_DEMO: '1' }, 'WAARDENET_DEMO'],
    [{ REFRESH_REUSE_GRACE_MS: '60001' }, 'REFRESH_REUSE_GRACE_MS'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '11' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY'],
    [{ RATE_LIMIT_LOGIN_PER_IP: '10' }, 'RATE_LIMIT_LOGIN_PER_IP'],
    [{ RATE_LIMIT_POSTS: '0/1m' }, 'RATE_LIMIT_POSTS'],
    [{ RATE_LIMIT_THREADS: '3/1w' }, 'RATE_LIMIT_THREADS'],
    [{ RATE_LIMIT_REGISTER_PER_IP: '5/2d' }, 'RATE_LIMIT_REGISTER_PER_IP'],
    [{ RATE_LIMIT_NEW_USER_AGE: 'forever' }, 'RATE_LIMIT_NEW_USER_AGE'],
    [{ NODE_ENV: 'production', JWT_SECRET: 'production-secret-that-is-long-enough' }, 'SMTP_URL'],
    [{ WAARDENET_EMAIL_VERIFICATION: 'on' }, 'WAARDENET_EMAIL_VERIFICATION'],
    [{ WAARDENET_EMAIL_VERIFICATION: 'maybe', SMTP_URL: 'smtp://127.0.0.1:25' }, 'WAARDENET_EMAIL_VERIFICATION'],
    [{ WAARDENET_TEST_CHEAP_PASSWORD_HASHES: '1' }, 'WAARDENET_TEST_CHEAP_PASSWORD_HASHES'],
    [{ NODE_ENV: 'development', WAARDENET_TEST_CHEAP_PASSWORD_HASHES: 'true' }, 'WAARDENET_TEST_CHEAP_PASSWORD_HASHES'],
    [
      {
        NODE_ENV: 'production',
        JWT_SECRET: 'production-secret-that-is-long-enough',
        WAARDENET_EMAIL_VERIFICATION: 'off',
        WAARDENET_TEST_CHEAP_PASSWORD_HASHES: '1',
      },
      'WAARDENET_TEST_CHEAP_PASSWORD_HASHES',
    ],
    [{ NODE_ENV: 'test', WAARDENET_TEST_CHEAP_PASSWORD_HASHES: 'yes' }, 'WAARDENET_TEST_CHEAP_PASSWORD_HASHES'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig({ WAARDENET_DATA_DIR: dataDir(), ...env })).toThrow(ConfigError);
    try {
      loadConfig({ WAARDENET_DATA_DIR: dataDir(), ...env });
    } catch (e) {
      expect((e as ConfigError).variable).toBe(variable);
      expect((e as Error).message).toMatch(new RegExp(`^Configuration error: ${variable} `));
      expect((e as Error).message).not.toContain('\n');
    }
  });

  it('hashes passwords cheaply only when a test app asks for it (NODE_ENV=test)', () => {
    expect(loadConfig({ WAARDENET_DATA_DIR: dataDir() }).cheapPasswordHashes).toBe(false);
    expect(loadConfig({ WAARDENET_DATA_DIR: dataDir(), NODE_ENV: 'test' }).cheapPasswordHashes).toBe(false);
    expect(
      loadConfig({ WAARDENET_DATA_DIR: dataDir(), NODE_ENV: 'test', WAARDENET_TEST_CHEAP_PASSWORD_HASHES: '1' }).cheapPasswordHashes,
    ).toBe(true);
  });

  it('seeds the demo by default in development only: never in production, in test only when asked', () => {
    const secret = { JWT_SECRET: 'production-secret-that-is-long-enough' };
    expect(loadConfig({ WAARDENET_DATA_DIR: dataDir() }).demo).toBe(true);
    expect(loadConfig({ WAARDENET_DATA_DIR: dataDir(), NODE_ENV: 'development', WAARDENET_DEMO: '0' }).demo).toBe(false);
    expect(loadConfig({ WAARDENET_DATA_DIR: dataDir(), NODE_ENV: 'production', WAARDENET_EMAIL_VERIFICATION: 'off', ...secret }).demo).toBe(
      false,
    );
    expect(loadConfig({ WAARDENET_DATA_DIR: dataDir(), NODE_ENV: 'test' }).demo).toBe(false);
    expect(loadConfig({ WAARDENET_DATA_DIR: dataDir(), NODE_ENV: 'test', WAARDENET_DEMO: '1' }).demo).toBe(true);
  });

  it('asks new accounts to verify their address when mail can be sent: by SMTP_URL, or as WAARDENET_EMAIL_VERIFICATION says', () => {
    const smtp = { SMTP_URL: 'smtp://127.0.0.1:25' };
    const production = { NODE_ENV: 'production', JWT_SECRET: 'production-secret-that-is-long-enough' };
    expect(loadConfig({ WAARDENET_DATA_DIR: dataDir() }).emailVerification).toBe(false);
    expect(loadConfig({ WAARDENET_DATA_DIR: dataDir(), ...smtp }).emailVerification).toBe(true);
    expect(loadConfig({ WAARDENET_DATA_DIR: dataDir(), ...smtp, WAARDENET_EMAIL_VERIFICATION: 'off' }).emailVerification).toBe(false);
    expect(loadConfig({ WAARDENET_DATA_DIR: dataDir(), ...production, ...smtp }).emailVerification).toBe(true);
    expect(loadConfig({ WAARDENET_DATA_DIR: dataDir(), ...production, WAARDENET_EMAIL_VERIFICATION: 'off' }).emailVerification).toBe(false);
    expect(
      loadConfig({ WAARDENET_DATA_DIR: dataDir(), NODE_ENV: 'test', ...smtp, WAARDENET_EMAIL_VERIFICATION: 'ON' }).emailVerification,
    ).toBe(true);
  });

  it('normalises admin emails', () => {
    const cfg = loadConfig({ WAARDENET_DATA_DIR: dataDir(), WAARDENET_ADMIN_EMAILS: ' Admin@Bieb.NL ,x@y.nl' });
    expect(cfg.adminEmails).toEqual(['admin@bieb.nl', 'x@y.nl']);
  });

  it('reads TRUST_PROXY as hops or proxy addresses, trusting no proxy by default', () => {
    expect(loadConfig({ WAARDENET_DATA_DIR: dataDir() }).trustProxy).toBe(0);
    expect(loadConfig({ WAARDENET_DATA_DIR: dataDir(), TRUST_PROXY: ' ' }).trustProxy).toBe(0);
    expect(loadConfig({ WAARDENET_DATA_DIR: dataDir(), TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
    expect(loadConfig({ WAARDENET_DATA_DIR: dataDir(), TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ WAARDENET_DATA_DIR: dataDir(), TRUST_PROXY: 'loopback, 172.16.0.0/12,::1' }).trustProxy).toBe(
      'loopback,172.16.0.0/12,::1',
    );
  });

  it('has the documented rate limits by default, and reads count/window or off from the environment', () => {
    const defaults = loadConfig({ WAARDENET_DATA_DIR: dataDir() }).rateLimits;
    expect(defaults).toEqual({
      loginPerAccount: { limit: 10, windowMs: 15 * 60_000 },
      loginPerIp: { limit: 10, windowMs: 15 * 60_000 },
      registerPerIp: { limit: 5, windowMs: 3_600_000 },
      threadsPerUser: { limit: 3, windowMs: 60_000 },
      threadsPerNewUser: { limit: 1, windowMs: 60_000 },
      postsPerUser: { limit: 10, windowMs: 60_000 },
      postsPerNewUser: { limit: 3, windowMs: 60_000 },
      graphqlPerIp: { limit: 0, windowMs: 60_000 },
      searchPerIp: { limit: 60, windowMs: 60_000 },
      previews: { limit: 60, windowMs: 60_000 },
      reactionsPerUser: { limit: 30, windowMs: 60_000 },
      passwordResetPerIp: { limit: 10, windowMs: 15 * 60_000 },
      passwordResetPerAccount: { limit: 3, windowMs: 3_600_000 },
      verificationResendPerAccount: { limit: 3, windowMs: 3_600_000 },
      emailChangePerAccount: { limit: 3, windowMs: 3_600_000 },
      newUserAgeMs: 86_400_000,
    });
    const set = loadConfig({
      WAARDENET_DATA_DIR: dataDir(),
      RATE_LIMIT_POSTS: ' 20 / 30s ',
      RATE_LIMIT_LOGIN_PER_IP: 'OFF',
      RATE_LIMIT_GRAPHQL_PER_IP: '600/1m',
      RATE_LIMIT_NEW_USER_AGE: '12h',
    }).rateLimits;
    expect(set.postsPerUser).toEqual({ limit: 20, windowMs: 30_000 });
    expect(set.loginPerIp.limit).toBe(0);
    expect(set.graphqlPerIp).toEqual({ limit: 600, windowMs: 60_000 });
    expect(set.newUserAgeMs).toBe(12 * 3_600_000);
  });

  it('has the documented live caps and resume window by default, reads them from LIVE_*, and refuses a bad window', () => {
    expect(loadConfig({ WAARDENET_DATA_DIR: dataDir() }).live).toEqual({
      socketsPerIp: 200,
      anonymousSocketsPerIp: 50,
      socketsPerUser: 20,
      subscriptionsPerIp: 600,
      anonymousSubscriptionsPerIp: 150,
      documentsPerChannelPerIp: 5,
      replaysPerSocket: 4,
      replaysPerIp: 32,
      replayMaxEvents: 1000,
      eventsRetentionMs: 86_400_000,
    });
    const set = loadConfig({ WAARDENET_DATA_DIR: dataDir(), LIVE_ANONYMOUS_SOCKETS_PER_IP: '5', LIVE_EVENTS_RETENTION: '7d' }).live;
    expect(set.anonymousSocketsPerIp).toBe(5);
    expect(set.eventsRetentionMs).toBe(7 * 86_400_000);
    for (const bad of ['0m', '31d', '10s', 'soon']) {
      expect(() => loadConfig({ WAARDENET_DATA_DIR: dataDir(), LIVE_EVENTS_RETENTION: bad })).toThrow(
        /LIVE_EVENTS_RETENTION must be a duration from 1m to 30d/,
      );
    }
    expect(() => loadConfig({ WAARDENET_DATA_DIR: dataDir(), LIVE_SOCKETS_PER_IP: '0' })).toThrow(ConfigError);
  });
});
