import { createHash, randomBytes } from 'node:crypto';
import { createThread, registerUser } from './factories';
import { Case, sqlValue } from './permission-cases-kit';
import type { PermissionWorld } from './permission-cases';
import * as all from './permission-cases';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const actorIds = (w: PermissionWorld) => Object.values(w.actors).flatMap((u) => (u ? [u.id] : []));

/** A mailed link's token for `userId`, stored as the api stores it (only the hash). */
async function emailToken(w: PermissionWorld, userId: string, purpose: 'VERIFY' | 'CHANGE', email: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await w.t.sql(
    `INSERT INTO email_tokens (user_id, purpose, email, token_hash, expires_at) VALUES ($1, $2, $3, $4, now() + interval '1 hour')`,
    [userId, purpose, email, sha256(token)],
  );
  return token;
}

/**
 * An operation refused until the account confirmed its address: the operation's own case (its targets,
 * made while everyone is verified), tried with every actor's address unconfirmed; confirmed again after.
 */
function unverified(operation: string): Case {
  return async (w) => {
    const attempt = await all.PERMISSION_CASES[operation](w);
    return {
      ...attempt,
      before: () => w.t.sql(`UPDATE users SET email_verified_at = NULL WHERE id = ANY($1)`, [actorIds(w)]),
      verify: async () => {
        throw new Error(`${operation}: an account whose address is not confirmed must be refused`);
      },
      after: () => w.t.sql(`UPDATE users SET email_verified_at = now() WHERE id = ANY($1) AND email_verified_at IS NULL`, [actorIds(w)]),
    };
  };
}

/** How the email verification and change operations of docs/permissions.md are tried. */
export const EMAIL_CASES: Record<string, Case> = {
  // Public: the token from the mail is the proof, whoever sends it.
  verifyEmail: async (w) => {
    const target = await registerUser(w.t);
    await w.t.sql(`UPDATE users SET email_verified_at = NULL WHERE id = $1`, [target.id]);
    const token = await emailToken(w, target.id, 'VERIFY', target.email);
    return {
      query: `mutation($token: String!) { verifyEmail(token: $token) }`,
      variables: { token },
      verify: async () =>
        expect(await sqlValue(w, `SELECT email_verified_at IS NOT NULL FROM users WHERE id = $1`, [target.id])).toBe(true),
    };
  },
  // The table's app counts new accounts as verified (verification off), so every account is told so;
  // the mail it sends otherwise: test/accounts-email-verification.e2e-spec.ts.
  resendVerification: async () => ({
    query: `mutation { resendVerification }`,
    variables: {},
    verify: async () => {
      throw new Error('every actor is verified: resendVerification must answer EMAIL_ALREADY_VERIFIED');
    },
  }),
  // Every account may ask to move its own address; nothing changes until the new address confirms.
  requestEmailChange: async (w) => {
    const newEmail = `verhuisd-${randomBytes(4).toString('hex')}@test.waardenet.nl`;
    return {
      query: `mutation($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) }`,
      variables: { input: { newEmail, password: 'correct horse battery' } },
      verify: async ({ viewer }) => {
        expect(
          await sqlValue(w, `SELECT count(*)::int FROM email_tokens WHERE user_id = $1 AND purpose = 'CHANGE' AND email = $2`, [
            viewer!.id,
            newEmail,
          ]),
        ).toBe(1);
        expect(await sqlValue(w, `SELECT email FROM users WHERE id = $1`, [viewer!.id])).toBe(viewer!.email);
      },
    };
  },
  // Public, like verifyEmail: the token mailed to the new address is the proof.
  confirmEmailChange: async (w) => {
    const target = await registerUser(w.t);
    const newEmail = `bevestigd-${randomBytes(4).toString('hex')}@test.waardenet.nl`;
    const token = await emailToken(w, target.id, 'CHANGE', newEmail);
    return {
      query: `mutation($token: String!) { confirmEmailChange(token: $token) }`,
      variables: { token },
      verify: async () =>
        expect(await sqlValue(w, `SELECT email FROM users WHERE id = $1 AND email_verified_at IS NOT NULL`, [target.id])).toBe(newEmail),
    };
  },
  // The author's own: `true` to them and platform admins, `null` to everyone else.
  'User.emailVerified': async (w) => {
    const thread = await createThread(w.t, w.author, w.communities.pub.id);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const value = (data: Record<string, any>) => data.thread.author.emailVerified;
    return {
      query: `query($id: ID!) { thread(id: $id) { author { emailVerified } } }`,
      variables: { id: thread.id },
      value,
      verify: ({ data }) => expect(value(data)).toBe(true),
    };
  },
  joinCommunityUnverified: unverified('joinCommunity'),
  createThreadUnverified: unverified('createThread'),
  createPostUnverified: unverified('createPost'),
  reactUnverified: unverified('react'),
  claimExpertiseUnverified: unverified('claimExpertise'),
};
