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

  it('normalises admin emails', () => {
    const cfg = loadConfig({ WAARDENET_DATA_DIR: dataDir(), WAARDENET_ADMIN_EMAILS: ' Admin@Bieb.NL ,x@y.nl' });
    expect(cfg.adminEmails).toEqual(['admin@bieb.nl', 'x@y.nl']);
  });
});
