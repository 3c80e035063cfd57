import { randomBytes } from 'node:crypto';
import { TestUser, createPost, createThread, join, registerUser } from './factories';
import { ok } from './gql';
import { Case, sqlValue } from './permission-cases-kit';
import { type PermissionWorld, populatedCommunity } from './permission-cases';

const unique = () => randomBytes(4).toString('hex');

const CLAIM = `mutation($input: ClaimExpertiseInput!) { claimExpertise(input: $input) { id } }`;
const VERIFY = `mutation($input: VerifyExpertiseInput!) { verifyExpertise(input: $input) { id state } }`;

/** An open claim by a new user, made at the world's library unless another is named. */
async function openClaim(w: PermissionWorld, libraryId = w.library.id): Promise<string> {
  const claimant = await registerUser(w.t);
  return (
    await ok(w.t, CLAIM, { input: { topic: `Onderwerp ${unique()}`, evidence: 'Twintig jaar archivaris', libraryId } }, claimant.token)
  ).claimExpertise.id;
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

const expertiseState = (w: PermissionWorld, id: string) => sqlValue(w, `SELECT state FROM expertise WHERE id = $1`, [id]);

// A MEMBER becomes an EXPERT; the moderator and the staff (the community's owner) keep their higher role.
const joinAsExpert =
  (visibility: 'PUBLIC' | 'PRIVATE'): Case =>
  async (w) => {
    await everyoneAnExpert(w);
    const c = await populatedCommunity(w, visibility);
    return {
      query: `mutation($id: ID!) { joinAsExpert(communityId: $id) { role state } }`,
      variables: { id: c.id },
      verify: async ({ viewer }) =>
        expect(
          await w.t.sql(
            `SELECT state, role IN ('EXPERT', 'MODERATOR', 'OWNER') AS expert FROM memberships WHERE community_id = $1 AND user_id = $2`,
            [c.id, viewer?.id],
          ),
        ).toEqual([{ state: 'ACTIVE', expert: true }]),
    };
  };

const acceptedPost = (w: PermissionWorld, threadId: string) =>
  sqlValue(w, `SELECT accepted_post_id FROM questions WHERE thread_id = $1`, [threadId]);
const nodes = <T>(connection: { edges: { node: T }[] }): T[] => connection.edges.map((e) => e.node);

/** A question by the world's author with a reply by someone else: the reply's id. */
async function answeredQuestion(w: PermissionWorld): Promise<{ threadId: string; postId: string }> {
  const thread = await createThread(w.t, w.author, w.communities.pub.id, { kind: 'QUESTION' });
  const answerer: TestUser = await registerUser(w.t);
  await join(w.t, answerer, w.communities.pub.id);
  return { threadId: thread.id, postId: (await createPost(w.t, answerer, thread.id, 'Dit is het antwoord')).id };
}

/** How each experts operation of docs/permissions.md is tried (see FOUNDATION_CASES). */
export const EXPERTS_CASES: Record<string, Case> = {
  claimExpertise: async (w) => {
    const topic = `Streekgeschiedenis ${unique()}`;
    return {
      query: CLAIM,
      variables: { input: { topic, evidence: 'Schreef er drie boeken over', libraryId: w.library.id } },
      verify: async ({ viewer }) =>
        expect(await sqlValue(w, `SELECT state FROM expertise WHERE topic = $1 AND user_id = $2`, [topic, viewer?.id])).toBe('CLAIMED'),
    };
  },
  verifyExpertise: async (w) => {
    const expertiseId = await openClaim(w);
    return {
      query: VERIFY,
      variables: { input: { expertiseId, libraryId: w.library.id } },
      verify: async ({ viewer }) =>
        expect(await w.t.sql(`SELECT state, verified_by_id FROM expertise WHERE id = $1`, [expertiseId])).toEqual([
          { state: 'VERIFIED', verified_by_id: viewer?.id },
        ]),
    };
  },
  // A claim made at the other staff's library: only they (and platform admins) decide it (IDOR).
  verifyClaimAtOtherLibrary: async (w) => {
    const expertiseId = await openClaim(w, w.otherLibrary.id);
    return {
      query: VERIFY,
      variables: { input: { expertiseId } },
      verify: async ({ viewer }) =>
        expect(await w.t.sql(`SELECT state, library_id, verified_by_id FROM expertise WHERE id = $1`, [expertiseId])).toEqual([
          { state: 'VERIFIED', library_id: w.otherLibrary.id, verified_by_id: viewer?.id },
        ]),
    };
  },
  revokeExpertise: async (w) => {
    const expertiseId = await openClaim(w);
    await ok(w.t, VERIFY, { input: { expertiseId, libraryId: w.library.id } }, w.staff.token);
    return {
      query: `mutation($input: RevokeExpertiseInput!) { revokeExpertise(input: $input) { id state } }`,
      variables: { input: { expertiseId, reason: 'Bewijs bleek niet te kloppen' } },
      verify: async () => expect(await expertiseState(w, expertiseId)).toBe('REVOKED'),
    };
  },
  rejectExpertise: async (w) => {
    const expertiseId = await openClaim(w);
    return {
      query: `mutation($input: RejectExpertiseInput!) { rejectExpertise(input: $input) { id state } }`,
      variables: { input: { expertiseId, libraryId: w.library.id, reason: 'Geen bewijs gevonden' } },
      verify: async () => expect(await expertiseState(w, expertiseId)).toBe('REJECTED'),
    };
  },
  // The world's author claims; only they may withdraw it.
  withdrawExpertise: async (w) => {
    const claim = await ok(
      w.t,
      CLAIM,
      { input: { topic: `Onderwerp ${unique()}`, evidence: 'Eigen onderzoek', libraryId: w.library.id } },
      w.author.token,
    );
    const id = claim.claimExpertise.id;
    return {
      query: `mutation($id: ID!) { withdrawExpertise(expertiseId: $id) { id state } }`,
      variables: { id },
      verify: async () => expect(await expertiseState(w, id)).toBe('WITHDRAWN'),
    };
  },
  joinAsExpert: joinAsExpert('PUBLIC'),
  joinPrivateAsExpert: joinAsExpert('PRIVATE'),
  acceptAnswer: async (w) => {
    const { threadId, postId } = await answeredQuestion(w);
    return {
      query: `mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`,
      variables: { id: postId },
      verify: async () => expect(await acceptedPost(w, threadId)).toBe(postId),
    };
  },
  unacceptAnswer: async (w) => {
    const { threadId, postId } = await answeredQuestion(w);
    await ok(w.t, `mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`, { id: postId }, w.author.token);
    return {
      query: `mutation($id: ID!) { unacceptAnswer(threadId: $id) { id } }`,
      variables: { id: threadId },
      verify: async () => expect(await acceptedPost(w, threadId)).toBeNull(),
    };
  },
  // Oldest first, and other rows leave open claims behind: the answer must list open claims, the fixture's among them or before it.
  readExpertiseClaims: async (w) => {
    await openClaim(w);
    return {
      query: `query($id: ID) { expertiseClaims(libraryId: $id, first: 100) { edges { node { state } } } }`,
      variables: { id: w.library.id },
      verify: ({ data }) => {
        expect(nodes(data.expertiseClaims).length).toBeGreaterThan(0);
        expect(new Set(nodes<{ state: string }>(data.expertiseClaims).map((n) => n.state))).toEqual(new Set(['CLAIMED']));
      },
    };
  },
  readExpertiseLog: async (w) => {
    const expertiseId = await openClaim(w);
    await ok(w.t, VERIFY, { input: { expertiseId, libraryId: w.library.id } }, w.staff.token);
    return {
      query: `query($id: ID!) { expertiseLog(libraryId: $id, first: 5) { edges { node { expertiseId action } } } }`,
      variables: { id: w.library.id },
      verify: ({ data }) => expect(nodes(data.expertiseLog)).toContainEqual({ expertiseId, action: 'VERIFIED' }),
    };
  },
  readUnansweredQuestions: async (w) => {
    await createThread(w.t, w.author, w.communities.pub.id, { kind: 'QUESTION' });
    return {
      query: `query($id: ID!) { unansweredQuestions(libraryId: $id, first: 100) { edges { node { kind replyCount } } } }`,
      variables: { id: w.library.id },
      verify: ({ data }) => {
        expect(nodes(data.unansweredQuestions).length).toBeGreaterThan(0);
        expect(nodes<{ kind: string }>(data.unansweredQuestions).every((n) => n.kind === 'QUESTION')).toBe(true);
      },
    };
  },
};
