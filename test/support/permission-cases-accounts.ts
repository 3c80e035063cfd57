import { createHash, randomBytes } from 'node:crypto';
import { LOGIN, TEST_PASSWORD, TestUser, registerUser } from './factories';
import { ok } from './gql';
import { Case, sqlValue } from './permission-cases-kit';
import type { PermissionWorld } from './permission-cases';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const sessionOf = (u: TestUser) => (JSON.parse(Buffer.from(u.token.split('.')[1], 'base64url').toString()) as { sid: string }).sid;
const actorIds = (w: PermissionWorld) => Object.values(w.actors).flatMap((u) => (u ? [u.id] : []));

/** How the password and session operations of docs/permissions.md are tried (see FOUNDATION_CASES). */
export const ACCOUNTS_CASES: Record<string, Case> = {
  // Public, and the same answer for every address: the case asks for a fresh account's reset.
  requestPasswordReset: async (w) => {
    const target = await registerUser(w.t);
    return {
      query: `mutation($email: String!) { requestPasswordReset(email: $email) }`,
      variables: { email: target.email },
      verify: async () =>
        expect(
          await sqlValue(w, `SELECT count(*)::int FROM password_reset_tokens WHERE user_id = $1 AND used_at IS NULL`, [target.id]),
        ).toBe(1),
    };
  },
  // Whoever holds the link may use it (signed in as someone else or not): the token is the proof.
  resetPassword: async (w) => {
    const target = await registerUser(w.t);
    const token = randomBytes(32).toString('base64url');
    await w.t.sql(`INSERT INTO password_reset_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
      target.id,
      sha256(token),
    ]);
    return {
      query: `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`,
      variables: { input: { token, password: 'een nieuw lang wachtwoord' } },
      verify: async () => {
        expect(await sqlValue(w, `SELECT used_at IS NOT NULL FROM password_reset_tokens WHERE user_id = $1`, [target.id])).toBe(true);
        expect(await sqlValue(w, `SELECT count(*)::int FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`, [target.id])).toBe(0);
        await ok(w.t, LOGIN, { input: { email: target.email, password: 'een nieuw lang wachtwoord' } });
      },
    };
  },
  // Every account changes its own password; the check puts the actor's old one back for the next cells.
  changePassword: async (w) => {
    const hashes = new Map(
      (await w.t.sql<{ id: string; password_hash: string }>(`SELECT id, password_hash FROM users WHERE id = ANY($1)`, [actorIds(w)])).map(
        (r) => [r.id, r.password_hash],
      ),
    );
    return {
      query: `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`,
      variables: { input: { currentPassword: TEST_PASSWORD, newPassword: 'een nieuw lang wachtwoord' } },
      verify: async ({ viewer }) => {
        expect(await sqlValue(w, `SELECT password_hash FROM users WHERE id = $1`, [viewer!.id])).not.toBe(hashes.get(viewer!.id));
        await w.t.sql(`UPDATE users SET password_hash = $2 WHERE id = $1`, [viewer!.id, hashes.get(viewer!.id)]);
      },
    };
  },
  mySessions: async (w) => ({
    query: `{ mySessions { id current } }`,
    variables: {},
    verify: async ({ data, viewer }) => {
      const sessions = data.mySessions as { id: string; current: boolean }[];
      expect(sessions.filter((s) => s.current).map((s) => s.id)).toEqual([sessionOf(viewer!)]);
      expect(
        await sqlValue(w, `SELECT count(*)::int FROM sessions WHERE id = ANY($1) AND user_id <> $2`, [
          sessions.map((s) => s.id),
          viewer!.id,
        ]),
      ).toBe(0);
    },
  }),
  // Tried on a session of someone outside the table: nobody may end another account's session.
  revokeAnotherUsersSession: async (w) => {
    const stranger = await registerUser(w.t);
    return {
      query: `mutation($id: ID!) { revokeSession(id: $id) }`,
      variables: { id: sessionOf(stranger) },
      verify: async () => {
        throw new Error("no actor may end another account's session");
      },
    };
  },
  // Ends every session of the actor; the check opens them again for the next cells.
  logoutEverywhere: async (w) => {
    const open = await w.t.sql<{ id: string; user_id: string }>(
      `SELECT id, user_id FROM sessions WHERE user_id = ANY($1) AND revoked_at IS NULL`,
      [actorIds(w)],
    );
    return {
      query: `mutation { logoutEverywhere }`,
      variables: {},
      verify: async ({ viewer }) => {
        expect(await sqlValue(w, `SELECT count(*)::int FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`, [viewer!.id])).toBe(0);
        await w.t.sql(`UPDATE sessions SET revoked_at = NULL WHERE id = ANY($1)`, [
          open.filter((s) => s.user_id === viewer!.id).map((s) => s.id),
        ]);
      },
    };
  },
};
