import { createHash, randomBytes } from 'node:crypto';
import { ok } from './gql';
import { Case, sqlValue } from './permission-cases-kit';
import { type PermissionWorld, populatedCommunity } from './permission-cases';

const CREATE = `mutation($input: CreateInviteLinkInput!) { createInviteLink(input: $input) { token link { id } } }`;

/** A fresh invitation link of `communityId`, made by the library's staff: its id and token. */
async function inviteLink(w: PermissionWorld, communityId: string): Promise<{ id: string; token: string }> {
  const data = await ok(w.t, CREATE, { input: { communityId, days: 7 } }, w.staff.token);
  return { id: data.createInviteLink.link.id, token: data.createInviteLink.token };
}

/** A fresh email invitation to `communityId` (or, with `libraryId`, to that library's staff): its token. */
async function emailInvitation(w: PermissionWorld, target: { communityId?: string; libraryId?: string }): Promise<string> {
  const token = randomBytes(16).toString('base64url');
  await w.t.sql(
    `INSERT INTO email_invitations (token_hash, email, community_id, library_id, staff_role, invited_by_id, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + interval '14 days')`,
    [
      createHash('sha256').update(token).digest('hex'),
      `uitgenodigd-${token.slice(0, 8)}@voorbeeld.nl`,
      target.communityId ?? null,
      target.libraryId ?? null,
      target.libraryId ? 'COMMUNITY_MANAGER' : null,
      w.staff.id,
    ],
  );
  return token;
}

/** Invitation links (issue 18): made, listed and revoked by a community's moderators; previewed by whoever holds one; followed to join. */
export const INVITE_LINK_CASES: Record<string, Case> = {
  createInviteLink: async (w) => {
    const c = await populatedCommunity(w, 'PRIVATE');
    return {
      query: CREATE,
      variables: { input: { communityId: c.id, days: 3, maxUses: 5 } },
      verify: async ({ viewer }) =>
        expect(await w.t.sql(`SELECT created_by_id, max_uses FROM community_invite_links WHERE community_id = $1`, [c.id])).toEqual([
          { created_by_id: viewer?.id, max_uses: 5 },
        ]),
    };
  },
  inviteLinks: async (w) => {
    const c = await populatedCommunity(w, 'RESTRICTED');
    const link = await inviteLink(w, c.id);
    return {
      query: `query($id: ID!) { inviteLinks(communityId: $id) { id uses } }`,
      variables: { id: c.id },
      verify: ({ data }) => expect(data.inviteLinks).toEqual([{ id: link.id, uses: 0 }]),
    };
  },
  revokeInviteLink: async (w) => {
    const link = await inviteLink(w, w.communities.pub.id);
    return {
      query: `mutation($id: ID!) { revokeInviteLink(id: $id) }`,
      variables: { id: link.id },
      verify: async () =>
        expect(await sqlValue(w, `SELECT revoked_at IS NOT NULL FROM community_invite_links WHERE id = $1`, [link.id])).toBe(true),
    };
  },
  inviteLinkPreview: async (w) => {
    const c = await populatedCommunity(w, 'PRIVATE');
    const link = await inviteLink(w, c.id);
    return {
      query: `query($token: String!) { inviteLinkPreview(token: $token) { communityName usable } }`,
      variables: { token: link.token },
      verify: ({ data }) => expect(data.inviteLinkPreview).toEqual({ communityName: c.name, usable: true }),
    };
  },
  acceptInviteLink: async (w) => {
    const c = await populatedCommunity(w, 'PRIVATE');
    const link = await inviteLink(w, c.id);
    return {
      query: `mutation($token: String!) { acceptInviteLink(token: $token) { state } }`,
      variables: { token: link.token },
      verify: async ({ viewer }) =>
        expect(await sqlValue(w, `SELECT state FROM memberships WHERE community_id = $1 AND user_id = $2`, [c.id, viewer?.id])).toBe(
          'ACTIVE',
        ),
    };
  },
  inviteByEmail: async (w) => {
    const c = await populatedCommunity(w, 'PUBLIC');
    const email = `lezer-${randomBytes(4).toString('hex')}@voorbeeld.nl`;
    return {
      query: `mutation($input: InviteByEmailInput!) { inviteByEmail(input: $input) }`,
      variables: { input: { communityId: c.id, email } },
      verify: async ({ viewer }) =>
        expect(await sqlValue(w, `SELECT invited_by_id FROM email_invitations WHERE email = $1 AND community_id = $2`, [email, c.id])).toBe(
          viewer?.id,
        ),
    };
  },
  inviteStaffByEmail: async (w) => {
    const email = `collega-${randomBytes(4).toString('hex')}@voorbeeld.nl`;
    return {
      query: `mutation($input: InviteStaffByEmailInput!) { inviteStaffByEmail(input: $input) }`,
      variables: { input: { libraryId: w.library.id, email, role: 'COMMUNITY_MANAGER' } },
      verify: async () =>
        expect(
          await sqlValue(w, `SELECT staff_role FROM email_invitations WHERE email = $1 AND library_id = $2`, [email, w.library.id]),
        ).toBe('COMMUNITY_MANAGER'),
    };
  },
  emailInvitation: async (w) => {
    const c = await populatedCommunity(w, 'PRIVATE');
    const token = await emailInvitation(w, { communityId: c.id });
    return {
      query: `query($token: String!) { emailInvitation(token: $token) { communityName staffRole } }`,
      variables: { token },
      verify: ({ data }) => expect(data.emailInvitation).toEqual({ communityName: c.name, staffRole: null }),
    };
  },
  acceptEmailInvitation: async (w) => {
    const c = await populatedCommunity(w, 'PRIVATE');
    const token = await emailInvitation(w, { communityId: c.id });
    return {
      query: `mutation($token: String!) { acceptEmailInvitation(token: $token) { communitySlug } }`,
      variables: { token },
      verify: async ({ viewer }) =>
        expect(await sqlValue(w, `SELECT state FROM memberships WHERE community_id = $1 AND user_id = $2`, [c.id, viewer?.id])).toBe(
          'ACTIVE',
        ),
    };
  },
};
