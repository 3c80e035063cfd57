import { randomBytes } from 'node:crypto';
import { TestUser, createCommunity, createPost, createThread, join, registerUser } from './factories';
import { ok } from './gql';
import type { Attempt, PermissionWorld } from './permission-cases';

const unique = () => randomBytes(4).toString('hex');

const CLAIM = `mutation($input: ClaimExpertiseInput!) { claimExpertise(input: $input) { id } }`;
const VERIFY = `mutation($input: VerifyExpertiseInput!) { verifyExpertise(input: $input) { id state } }`;

/** An open claim by a new user, made at the world's library unless another is named. */
async function openClaim(w: PermissionWorld, libraryId = w.library.id): Promise<string> {
  const claimant = await registerUser(w.t);
  return (await ok(w.t, CLAIM, { input: { topic: `Onderwerp ${unique()}`, evidence: 'Twintig jaar archivaris', libraryId } }, claimant.token)).claimExpertise.id;
}

/**
 * For the joinAsExpert rows: every actor holds expertise verified by the world's library, except other
 * staff, whose expertise their own library verified (it must not open this library's communities).
 */
async function everyoneAnExpert(w: PermissionWorld): Promise<void> {
  for (const [name, actor] of Object.entries(w.actors)) {
    if (!actor) continue;
    const libraryId = name === 'other staff' ? w.otherLibrary.id : w.library.id;
    await w.t.sql(
      `INSERT INTO expertise (user_id, topic, topic_key, evidence, state, library_id, verified_at)
         SELECT $1, 'Permissietabel', 'permissietabel', 'test', 'VERIFIED', $2, now()
         WHERE NOT EXISTS (SELECT 1 FROM expertise WHERE user_id = $1 AND topic_key = 'permissietabel' AND state IN ('CLAIMED', 'VERIFIED'))`,
      [actor.id, libraryId],
    );
  }
}

/** A fresh community of the library with the world's members, moderator and ban, as permissionWorld sets them up. */
async function freshCommunity(w: PermissionWorld, visibility: 'PUBLIC' | 'PRIVATE') {
  const c = await createCommunity(w.t, w.staff, w.library.id, visibility);
  const { member, author, moderator, suspended, banned } = w.actors;
  for (const [u, role] of [[member, 'MEMBER'], [author, 'MEMBER'], [moderator, 'MODERATOR'], [suspended, 'MEMBER']] as const) {
    await w.t.sql(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, $3, 'ACTIVE')`, [c.id, u!.id, role]);
  }
  await w.t.sql(`INSERT INTO memberships (community_id, user_id, role, state, ban_reason) VALUES ($1, $2, 'MEMBER', 'BANNED', 'test')`, [c.id, banned!.id]);
  return c;
}

const joinAsExpert = (visibility: 'PUBLIC' | 'PRIVATE') => async (w: PermissionWorld): Promise<Attempt> => {
  await everyoneAnExpert(w);
  return { query: `mutation($id: ID!) { joinAsExpert(communityId: $id) { role state } }`, variables: { id: (await freshCommunity(w, visibility)).id } };
};

/** A question by the world's author with a reply by someone else: the reply's id. */
async function answeredQuestion(w: PermissionWorld): Promise<{ threadId: string; postId: string }> {
  const thread = await createThread(w.t, w.author, w.communities.pub.id, { kind: 'QUESTION' });
  const answerer: TestUser = await registerUser(w.t);
  await join(w.t, answerer, w.communities.pub.id);
  return { threadId: thread.id, postId: (await createPost(w.t, answerer, thread.id, 'Dit is het antwoord')).id };
}

/** How each experts operation of docs/permissions.md is tried (see FOUNDATION_CASES). */
export const EXPERTS_CASES: Record<string, (w: PermissionWorld) => Promise<Attempt>> = {
  claimExpertise: async (w) => ({ query: CLAIM, variables: { input: { topic: `Streekgeschiedenis ${unique()}`, evidence: 'Schreef er drie boeken over', libraryId: w.library.id } } }),
  verifyExpertise: async (w) => ({ query: VERIFY, variables: { input: { expertiseId: await openClaim(w), libraryId: w.library.id } } }),
  // A claim made at the other staff's library: only they (and platform admins) decide it (IDOR).
  verifyClaimAtOtherLibrary: async (w) => ({ query: VERIFY, variables: { input: { expertiseId: await openClaim(w, w.otherLibrary.id) } } }),
  revokeExpertise: async (w) => {
    const expertiseId = await openClaim(w);
    await ok(w.t, VERIFY, { input: { expertiseId, libraryId: w.library.id } }, w.staff.token);
    return {
      query: `mutation($input: RevokeExpertiseInput!) { revokeExpertise(input: $input) { id state } }`,
      variables: { input: { expertiseId, reason: 'Bewijs bleek niet te kloppen' } },
    };
  },
  rejectExpertise: async (w) => ({
    query: `mutation($input: RejectExpertiseInput!) { rejectExpertise(input: $input) { id state } }`,
    variables: { input: { expertiseId: await openClaim(w), libraryId: w.library.id, reason: 'Geen bewijs gevonden' } },
  }),
  // The world's author claims; only they may withdraw it.
  withdrawExpertise: async (w) => {
    const claim = await ok(w.t, CLAIM, { input: { topic: `Onderwerp ${unique()}`, evidence: 'Eigen onderzoek', libraryId: w.library.id } }, w.author.token);
    return { query: `mutation($id: ID!) { withdrawExpertise(expertiseId: $id) { id state } }`, variables: { id: claim.claimExpertise.id } };
  },
  joinAsExpert: joinAsExpert('PUBLIC'),
  joinPrivateAsExpert: joinAsExpert('PRIVATE'),
  acceptAnswer: async (w) => ({ query: `mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`, variables: { id: (await answeredQuestion(w)).postId } }),
  unacceptAnswer: async (w) => {
    const { threadId, postId } = await answeredQuestion(w);
    await ok(w.t, `mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`, { id: postId }, w.author.token);
    return { query: `mutation($id: ID!) { unacceptAnswer(threadId: $id) { id } }`, variables: { id: threadId } };
  },
  readExpertiseClaims: async (w) => ({ query: `query($id: ID) { expertiseClaims(libraryId: $id) { edges { cursor } } }`, variables: { id: w.library.id } }),
  readExpertiseLog: async (w) => ({ query: `query($id: ID!) { expertiseLog(libraryId: $id) { edges { cursor } } }`, variables: { id: w.library.id } }),
  readUnansweredQuestions: async (w) => ({ query: `query($id: ID!) { unansweredQuestions(libraryId: $id) { edges { cursor } } }`, variables: { id: w.library.id } }),
};
