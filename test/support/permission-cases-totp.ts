import { generate } from '@otplib/totp';
import { OTP_PLUGINS, newTotpSecret } from '@waardenet/accounts';
import { SECRET_LABELS, SecretBox } from '@waardenet/core/security';
import { TEST_PASSWORD } from './factories';
import { Case, sqlValue } from './permission-cases-kit';
import type { PermissionWorld } from './permission-cases';

const actorIds = (w: PermissionWorld) => Object.values(w.actors).flatMap((u) => (u ? [u.id] : []));
/** Puts every actor back without two-step verification, for the next cells. */
const turnOff = (w: PermissionWorld) => async () => {
  await w.t.sql(`DELETE FROM user_totp WHERE user_id = ANY($1)`, [actorIds(w)]);
  await w.t.sql(`DELETE FROM totp_recovery_codes WHERE user_id = ANY($1)`, [actorIds(w)]);
};

/** Gives every actor the same authenticator secret, pending or enabled; returns the secret. */
async function giveSecret(w: PermissionWorld, enabled: boolean): Promise<string> {
  const secret = newTotpSecret();
  const sealed = new SecretBox(w.t.config.jwtSecret, SECRET_LABELS.totp).seal(secret);
  await w.t.sql(
    `INSERT INTO user_totp (user_id, secret_encrypted, enabled_at) SELECT unnest($1::uuid[]), $2, CASE WHEN $3 THEN now() END`,
    [actorIds(w), sealed, enabled],
  );
  return secret;
}

/** How the two-step verification operations of docs/permissions.md are tried (see FOUNDATION_CASES). */
export const TOTP_CASES: Record<string, Case> = {
  myTwoFactor: async (w) => ({
    query: `{ myTwoFactor { enabled recoveryCodesLeft required } }`,
    variables: {},
    verify: async ({ data, viewer }) => {
      expect(data.myTwoFactor).toEqual({ enabled: false, recoveryCodesLeft: 0, required: false });
      expect(await sqlValue(w, `SELECT count(*)::int FROM user_totp WHERE user_id = $1`, [viewer!.id])).toBe(0);
    },
  }),
  setupTotp: async (w) => ({
    query: `mutation { setupTotp { uri } }`,
    variables: {},
    verify: async ({ data, viewer }) => {
      expect(data.setupTotp.uri).toMatch(/^otpauth:\/\/totp\/Waardenet:/);
      expect(await sqlValue(w, `SELECT enabled_at IS NULL FROM user_totp WHERE user_id = $1`, [viewer!.id])).toBe(true);
    },
    after: turnOff(w),
  }),
  // Every actor holds a pending secret for the cell; the code is the one an app shows now.
  enableTotp: async (w) => {
    const variables = { code: '' };
    return {
      query: `mutation($code: String!) { enableTotp(code: $code) }`,
      variables,
      before: async () => (variables.code = await generate({ ...OTP_PLUGINS, secret: await giveSecret(w, false) })),
      verify: async ({ data, viewer }) => {
        expect(data.enableTotp).toHaveLength(10);
        expect(await sqlValue(w, `SELECT enabled_at IS NOT NULL FROM user_totp WHERE user_id = $1`, [viewer!.id])).toBe(true);
        expect(await sqlValue(w, `SELECT count(*)::int FROM totp_recovery_codes WHERE user_id = $1`, [viewer!.id])).toBe(10);
      },
      after: turnOff(w),
    };
  },
  disableTotp: async (w) => {
    return {
      query: `mutation($password: String!) { disableTotp(password: $password) }`,
      before: () => giveSecret(w, true),
      variables: { password: TEST_PASSWORD },
      verify: async ({ viewer }) =>
        expect(await sqlValue(w, `SELECT count(*)::int FROM user_totp WHERE user_id = $1`, [viewer!.id])).toBe(0),
      after: turnOff(w),
    };
  },
};
