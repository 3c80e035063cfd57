import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

const load = (env: Record<string, string> = {}) => loadConfig({ WAARDENET_DATA_DIR: mkdtempSync(join(tmpdir(), 'wn-retention-')), ...env });

describe('RETENTION_* settings (docs/privacy.md)', () => {
  it('has the documented defaults', () => {
    expect(load().retention).toEqual({ notificationsDays: 180, sentMailDays: 30, sessionsDays: 30, auditLogDays: 730 });
  });

  it('takes days, and 0 to keep for good', () => {
    expect(
      load({
        RETENTION_NOTIFICATIONS_DAYS: '0',
        RETENTION_SENT_MAIL_DAYS: '7',
        RETENTION_SESSIONS_DAYS: '90',
        RETENTION_AUDIT_LOG_DAYS: '0',
      }).retention,
    ).toEqual({ notificationsDays: 0, sentMailDays: 7, sessionsDays: 90, auditLogDays: 0 });
    expect(load({ RETENTION_AUDIT_LOG_DAYS: '30' }).retention.auditLogDays).toBe(30);
  });

  it.each([
    [{ RETENTION_NOTIFICATIONS_DAYS: '-1' }, 'RETENTION_NOTIFICATIONS_DAYS'],
    [{ RETENTION_SENT_MAIL_DAYS: 'a month' }, 'RETENTION_SENT_MAIL_DAYS'],
    [{ RETENTION_SESSIONS_DAYS: '1.5' }, 'RETENTION_SESSIONS_DAYS'],
    // The database refuses to delete audit lines younger than 30 days: a shorter period would silently not hold.
    [{ RETENTION_AUDIT_LOG_DAYS: '29' }, 'RETENTION_AUDIT_LOG_DAYS'],
  ])('refuses %j', (env, variable) => {
    expect(() => load(env)).toThrow(ConfigError);
    expect(() => load(env)).toThrow(variable);
  });
});
