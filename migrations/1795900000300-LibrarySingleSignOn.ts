import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on with a library's OpenID Connect provider (issue #15 ask 7): the library's settings (client
 * secret sealed, see libs/sso/src/secret-box.ts), identities linked to accounts (issuer + subject), sign-in
 * attempts in flight (state, nonce, PKCE verifier; at most 10 minutes) and the single-use tickets the web
 * client exchanges for a session (at most 5 minutes). Plain SQL tables, read and written by libs/sso only.
 */
export class LibrarySingleSignOn1795900000300 implements MigrationInterface {
  name = 'LibrarySingleSignOn1795900000300';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE library_sso (
      library_id uuid PRIMARY KEY REFERENCES libraries(id) ON DELETE CASCADE,
      issuer text NOT NULL,
      client_id text NOT NULL,
      client_secret_sealed text NOT NULL,
      label text NOT NULL,
      enabled boolean NOT NULL DEFAULT false,
      updated_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE TABLE user_identities (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      library_id uuid NOT NULL REFERENCES libraries(id) ON DELETE CASCADE,
      issuer text NOT NULL,
      subject text NOT NULL,
      email_at_link text NOT NULL,
      last_login_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT user_identities_issuer_subject_key UNIQUE (issuer, subject))`);
    await q.query(`CREATE INDEX user_identities_user_id_idx ON user_identities (user_id)`);
    await q.query(`CREATE TABLE sso_login_attempts (
      state_hash text PRIMARY KEY,
      library_id uuid NOT NULL REFERENCES libraries(id) ON DELETE CASCADE,
      binding_hash text NOT NULL,
      nonce text NOT NULL,
      code_verifier text NOT NULL,
      next text,
      expires_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX sso_login_attempts_expires_at_idx ON sso_login_attempts (expires_at)`);
    await q.query(`CREATE TABLE sso_login_tickets (
      token_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      library_id uuid NOT NULL REFERENCES libraries(id) ON DELETE CASCADE,
      expires_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX sso_login_tickets_expires_at_idx ON sso_login_tickets (expires_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sso_login_tickets`);
    await q.query(`DROP TABLE sso_login_attempts`);
    await q.query(`DROP TABLE user_identities`);
    await q.query(`DROP TABLE library_sso`);
  }
}
