import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Unfinished single sign-on attempts per client address (libs/sso): a keyed hash of the address (never the
 * address itself), so one address cannot fill the table with attempts it never finishes.
 */
export class SsoAttemptsPerClient1795900000301 implements MigrationInterface {
  name = 'SsoAttemptsPerClient1795900000301';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sso_login_attempts ADD COLUMN client_hash text NOT NULL DEFAULT ''`);
    await q.query(`CREATE INDEX sso_login_attempts_client_idx ON sso_login_attempts (client_hash, expires_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX sso_login_attempts_client_idx`);
    await q.query(`ALTER TABLE sso_login_attempts DROP COLUMN client_hash`);
  }
}
