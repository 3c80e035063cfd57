import { loadConfig } from '@waardenet/core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSummary, withoutPassword } from './start-lines';

const config = (env: Record<string, string> = {}) =>
  loadConfig({ WAARDENET_DATA_DIR: mkdtempSync(join(tmpdir(), 'wn-lines-')), PORT: '3000', ...env });

describe('start lines', () => {
  it('name the address, the embedded database, the demo accounts and email', () => {
    const { lines } = startSummary({
      config: config(),
      embeddedDir: '/srv/wn/.data/pg',
      migrationsApplied: 3,
      demoSeeded: true,
      graphiql: true,
      logLevel: 'warn',
    });
    expect(lines[0]).toBe('Waardenet is running at http://localhost:3000');
    expect(lines.join('\n')).toContain('GraphQL        http://localhost:3000/graphql (GraphiQL when opened in a browser)');
    expect(lines.join('\n')).toContain('database       embedded PostgreSQL at /srv/wn/.data/pg (port 54329, 3 migrations applied)');
    expect(lines.join('\n')).toContain('demo accounts  on, seeded now: log in as lezer@waardenet.demo');
    expect(lines.join('\n')).toContain('email          off (SMTP_URL unset)');
    expect(lines.join('\n')).toContain(`node           ${process.version} (${process.execPath})`);
  });

  it('show a given database, SMTP server and Redis without their passwords', () => {
    const { lines, facts } = startSummary({
      config: config({
        DATABASE_URL: 'postgres://wn:geheim1@db.example:5432/wn',
        SMTP_URL: 'smtps://mail:geheim2@smtp.example:465',
        REDIS_URL: 'redis://:geheim3@cache:6379',
      }),
      migrationsApplied: 0,
      demoSeeded: false,
      graphiql: false,
      logLevel: 'info',
    });
    const text = lines.join('\n');
    expect(text).not.toMatch(/geheim/);
    expect(text).toContain('database       postgres://wn:***@db.example:5432/wn');
    expect(text).toContain('demo accounts  off (never seeded into a DATABASE_URL)');
    expect(text).toContain('email          on, through smtps://mail:***@smtp.example:465');
    expect(JSON.stringify(facts)).not.toMatch(/geheim/);
  });

  it('withoutPassword leaves a URL without one as it is', () => {
    expect(withoutPassword('postgres://postgres@127.0.0.1:5432/postgres')).toBe('postgres://postgres@127.0.0.1:5432/postgres');
  });
});
