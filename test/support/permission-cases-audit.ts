import { randomBytes } from 'node:crypto';
import { TestUser, addStaff, createPost, createThread, join, registerUser } from './factories';
import { ok } from './gql';
import { Case, sqlValue } from './permission-cases-kit';
import { type PermissionWorld, authoredPost } from './permission-cases';

const unique = () => randomBytes(4).toString('hex');
type Connection<T> = { edges: { node: T }[] };
const nodes = <T>(connection: Connection<T>): T[] => connection.edges.map((e) => e.node);

/** A fresh MODERATOR of the world's public community: the table's moderator is not them, so acting on them is acting on a fellow moderator. */
async function fellowModerator(w: PermissionWorld): Promise<TestUser> {
  const fellow = await registerUser(w.t, { displayName: `Medemoderator ${unique()}` });
  await join(w.t, fellow, w.communities.pub.id);
  await w.t.sql(`UPDATE memberships SET role = 'MODERATOR' WHERE community_id = $1 AND user_id = $2`, [w.communities.pub.id, fellow.id]);
  return fellow;
}

async function fellowModeratorPost(w: PermissionWorld): Promise<string> {
  const fellow = await fellowModerator(w);
  const thread = await createThread(w.t, w.author, w.communities.pub.id);
  return (await createPost(w.t, fellow, thread.id, 'Van een moderator')).id;
}

/** A post its author edited once: version 1 is the old text. */
export async function editedPost(w: PermissionWorld): Promise<{ postId: string; firstRevisionId: string }> {
  const post = await authoredPost(w);
  await ok(
    w.t,
    `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`,
    { input: { postId: post.id, body: 'Bewerkt' } },
    w.actors.author!.token,
  );
  const firstRevisionId = (await sqlValue(w, `SELECT id FROM post_revisions WHERE post_id = $1 AND version = 1`, [post.id])) as string;
  return { postId: post.id, firstRevisionId };
}

/** Redaction, the library's audit log, and the rule that moderators do not act on fellow moderators (docs/moderation.md). */
export const AUDIT_CASES: Record<string, Case> = {
  redactRevision: async (w) => {
    const { firstRevisionId } = await editedPost(w);
    return {
      query: `mutation($input: RedactRevisionInput!) { redactRevision(input: $input) { id redactedAt } }`,
      variables: { input: { revisionId: firstRevisionId, reason: 'Privacy' } },
      verify: async () =>
        expect(
          await w.t.sql(`SELECT body, redacted_at IS NOT NULL AS redacted FROM post_revisions WHERE id = $1`, [firstRevisionId]),
        ).toEqual([{ body: '', redacted: true }]),
    };
  },
  libraryAuditLog: async (w) => {
    const hire = await registerUser(w.t);
    await addStaff(w.t, w.admin, w.library.id, hire, 'COMMUNITY_MANAGER');
    return {
      query: `query($id: ID!) { libraryAuditLog(libraryId: $id, first: 10) { edges { node { action targetId } } } }`,
      variables: { id: w.library.id },
      verify: ({ data }) => expect(nodes(data.libraryAuditLog)).toContainEqual({ action: 'ADD_LIBRARY_STAFF', targetId: hire.id }),
    };
  },
  hideModeratorPost: async (w) => {
    const postId = await fellowModeratorPost(w);
    return {
      query: `mutation($id: ID!) { hidePost(postId: $id, reason: "Te fel") { id } }`,
      variables: { id: postId },
      verify: async () => expect(await sqlValue(w, `SELECT state FROM posts WHERE id = $1`, [postId])).toBe('HIDDEN'),
    };
  },
  editModeratorPost: async (w) => {
    const postId = await fellowModeratorPost(w);
    return {
      query: `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`,
      variables: { input: { postId, body: 'Bijgewerkt door de bibliotheek', reason: 'Huisregels' } },
      verify: async ({ viewer }) =>
        expect(await w.t.sql(`SELECT action, actor_id, reason FROM moderation_actions WHERE target_id = $1`, [postId])).toEqual([
          { action: 'EDIT_POST', actor_id: viewer?.id, reason: 'Huisregels' },
        ]),
    };
  },
  removeModeratorMember: async (w) => {
    const fellow = await fellowModerator(w);
    return {
      query: `mutation($input: MembershipDecisionInput!) { removeMember(input: $input) }`,
      variables: { input: { communityId: w.communities.pub.id, userId: fellow.id, reason: 'Niet meer actief' } },
      verify: async ({ viewer }) => {
        expect(
          await sqlValue(w, `SELECT state FROM memberships WHERE community_id = $1 AND user_id = $2`, [w.communities.pub.id, fellow.id]),
        ).toBeUndefined();
        expect(
          await sqlValue(w, `SELECT actor_id FROM moderation_actions WHERE action = 'REMOVE_MEMBER' AND target_id = $1`, [fellow.id]),
        ).toBe(viewer?.id);
      },
    };
  },
};
