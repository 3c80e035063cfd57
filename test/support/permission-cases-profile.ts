import { randomBytes } from 'node:crypto';
import { registerUser } from './factories';
import { Case, sqlValue } from './permission-cases-kit';

/** How the profile operations of docs/permissions.md are tried (issue #15 ask 5). */
export const PROFILE_CASES: Record<string, Case> = {
  // Each actor writes its own bio; the check reads it back from the actor's row.
  updateProfile: async (w) => {
    const bio = `Lezer sinds ${randomBytes(4).toString('hex')}`;
    return {
      query: `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id bio } }`,
      variables: { input: { bio } },
      verify: async ({ data, viewer }) => {
        expect(data.updateProfile.id).toBe(viewer!.id);
        expect(await sqlValue(w, `SELECT bio FROM users WHERE id = $1`, [viewer!.id])).toBe(bio);
      },
    };
  },
  // The public profile of an account outside the table, found by its handle.
  user: async (w) => {
    const target = await registerUser(w.t, { displayName: `Profiel ${randomBytes(3).toString('hex')}` });
    const handle = (await sqlValue(w, `SELECT handle FROM users WHERE id = $1`, [target.id])) as string;
    return {
      query: `query($handle: String!) { user(handle: $handle) { id handle } }`,
      variables: { handle },
      verify: ({ data }) => expect(data.user).toEqual({ id: target.id, handle }),
    };
  },
};
