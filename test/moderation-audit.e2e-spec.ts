import { gql, ok } from './support/gql';
import { TestUser, addStaff, createPost, createThread, join, registerUser } from './support/factories';
import { ModWorld, makeModerator, modWorld, snapshot } from './support/moderation';
import { TestApp, createTestApp } from './support/test-app';

const BAN = `mutation($input: BanMemberInput!) { banMember(input: $input) { state } }`;
const REMOVE = `mutation($input: MembershipDecisionInput!) { removeMember(input: $input) }`;
const SET_ROLE = `mutation($input: SetMemberRoleInput!) { setMemberRole(input: $input) { role } }`;
const HIDE = `mutation($id: ID!) { hidePost(postId: $id, reason: "Weg ermee") { id } }`;
const REMOVE_POST = `mutation($id: ID!) { removePost(postId: $id, reason: "Weg ermee") { id } }`;
const EDIT = `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`;
const DELETE = `mutation($id: ID!, $reason: String) { deletePost(postId: $id, reason: $reason) { id } }`;
const POST_FLAGS = `query($id: ID!) { thread(id: $id) { posts(first: 10) { edges { node { id editedByModerator revisionCount } } } } }`;
const REVISIONS = `query($id: ID!) { postRevisions(postId: $id) { version editorId editedByModerator } }`;

type Line = {
  action: string;
  actor_id: string | null;
  target_type: string;
  target_id: string;
  community_id: string | null;
  library_id: string | null;
  reason: string | null;
  details: string | null;
};

/** The first error's code and reason (null when it has none). */
async function refusal(t: TestApp, query: string, variables: Record<string, unknown>, token?: string): Promise<[unknown, unknown]> {
  const res = await gql(t, query, variables, token);
  return [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.reason ?? null];
}

describe('moderators do not act on each other; every staff and moderator action is logged', () => {
  let t: TestApp;
  let w: ModWorld;
  let fellow: TestUser;
  let owner: TestUser;

  const lines = (targetId: string) =>
    t.sql<Line>(
      `SELECT action, actor_id, target_type, target_id, community_id, library_id, reason, details FROM moderation_actions WHERE target_id = $1 ORDER BY id`,
      [targetId],
    );
  const fellowPost = async (author = fellow) =>
    createPost(t, author, (await createThread(t, w.member, w.pub.id)).id, 'Tekst van een moderator');

  beforeAll(async () => {
    t = await createTestApp();
    w = await modWorld(t);
    fellow = await registerUser(t, { displayName: 'Medemoderator' });
    await makeModerator(t, fellow, w.pub.id);
    owner = await registerUser(t, { displayName: 'Eigenaar' });
    await join(t, owner, w.pub.id);
    await t.sql(`UPDATE memberships SET role = 'OWNER' WHERE community_id = $1 AND user_id = $2`, [w.pub.id, owner.id]);
  });
  afterAll(() => t.close());

  it('a moderator (or owner) cannot ban, remove, re-role, take down, edit or delete a fellow moderator or owner: FORBIDDEN, TARGET_IS_MODERATOR, nothing written', async () => {
    const post = await fellowPost();
    const ownerPost = await fellowPost(owner);
    // [operation, variables, whose membership or post it touches]
    const attempts: [string, Record<string, unknown>, TestUser][] = [
      [BAN, { input: { communityId: w.pub.id, userId: fellow.id, reason: 'Ruzie' } }, fellow],
      [BAN, { input: { communityId: w.pub.id, userId: owner.id, reason: 'Ruzie' } }, owner],
      [REMOVE, { input: { communityId: w.pub.id, userId: fellow.id } }, fellow],
      [SET_ROLE, { input: { communityId: w.pub.id, userId: fellow.id, role: 'MEMBER' } }, fellow],
      [HIDE, { id: post.id }, fellow],
      [REMOVE_POST, { id: ownerPost.id }, owner],
      [EDIT, { input: { postId: post.id, body: 'Overschreven' } }, fellow],
      [DELETE, { id: post.id }, fellow],
    ];
    for (const actor of [w.moderator, owner]) {
      for (const [query, variables, subject] of attempts.filter(([, , subject]) => subject !== actor)) {
        const before = await snapshot(t);
        const what = `${query.slice(9, 40)} on ${subject.id}`;
        expect([what, await refusal(t, query, variables, actor.token)]).toEqual([what, ['FORBIDDEN', 'TARGET_IS_MODERATOR']]);
        expect(await snapshot(t)).toEqual(before);
      }
    }
    expect(await t.sql(`SELECT body, deleted_at FROM posts WHERE id = $1`, [post.id])).toEqual([
      { body: 'Tekst van een moderator', deleted_at: null },
    ]);
  });

  it("acting on a report takes a fellow moderator's post down only for the library's staff", async () => {
    const post = await fellowPost();
    const report = await ok(
      t,
      `mutation($input: ReportContentInput!) { reportContent(input: $input) { id } }`,
      { input: { postId: post.id, reason: 'SPAM' } },
      w.member.token,
    );
    const RESOLVE = `mutation($input: ResolveReportInput!) { resolveReport(input: $input) { status } }`;
    const before = await snapshot(t);
    expect(
      await refusal(t, RESOLVE, { input: { reportId: report.reportContent.id, outcome: 'ACTED', action: 'REMOVE' } }, w.moderator.token),
    ).toEqual(['FORBIDDEN', 'TARGET_IS_MODERATOR']);
    expect(await snapshot(t)).toEqual(before);
    expect(
      (await ok(t, RESOLVE, { input: { reportId: report.reportContent.id, outcome: 'ACTED', action: 'HIDE' } }, w.manager.token))
        .resolveReport.status,
    ).toBe('RESOLVED');
    expect((await lines(post.id)).map((l) => [l.action, l.actor_id])).toEqual([['HIDE_POST', w.manager.id]]);
  });

  it("the library's staff may act on a moderator, and it is logged with who, what and why", async () => {
    const post = await fellowPost();
    await ok(t, HIDE, { id: post.id }, w.manager.token);
    expect(await lines(post.id)).toEqual([expect.objectContaining({ action: 'HIDE_POST', actor_id: w.manager.id, reason: 'Weg ermee' })]);
    // Banned by the staff, a moderator stays banned until the staff lift it: a fellow moderator may not.
    await ok(t, BAN, { input: { communityId: w.pub.id, userId: fellow.id, reason: 'Afkoelen' } }, w.manager.token);
    const UNBAN = `mutation($input: UnbanMemberInput!) { unbanMember(input: $input) }`;
    const before = await snapshot(t);
    expect(await refusal(t, UNBAN, { input: { communityId: w.pub.id, userId: fellow.id } }, w.moderator.token)).toEqual([
      'FORBIDDEN',
      'TARGET_IS_MODERATOR',
    ]);
    expect(await snapshot(t)).toEqual(before);
    await ok(t, UNBAN, { input: { communityId: w.pub.id, userId: fellow.id } }, w.manager.token);
    expect((await lines(fellow.id)).map((l) => [l.action, l.actor_id])).toEqual([
      ['BAN_MEMBER', w.manager.id],
      ['UNBAN_MEMBER', w.manager.id],
    ]);
    const removed = await registerUser(t);
    await makeModerator(t, removed, w.pub.id);
    await ok(t, REMOVE, { input: { communityId: w.pub.id, userId: removed.id, reason: 'Niet meer actief' } }, w.manager.token);
    expect(await lines(removed.id)).toEqual([
      {
        action: 'REMOVE_MEMBER',
        actor_id: w.manager.id,
        target_type: 'USER',
        target_id: removed.id,
        community_id: w.pub.id,
        library_id: null,
        reason: 'Niet meer actief',
        details: 'ACTIVE MODERATOR',
      },
    ]);
  });

  it('removeMember of a plain member is logged; approving, rejecting and inviting too', async () => {
    const plain = await registerUser(t);
    await join(t, plain, w.pub.id);
    await ok(t, REMOVE, { input: { communityId: w.pub.id, userId: plain.id } }, w.moderator.token);
    expect(await lines(plain.id)).toEqual([
      expect.objectContaining({ action: 'REMOVE_MEMBER', actor_id: w.moderator.id, community_id: w.pub.id, reason: null }),
    ]);
    const invited = await registerUser(t);
    await ok(
      t,
      `mutation($c: ID!, $u: ID!) { inviteToCommunity(communityId: $c, userId: $u) }`,
      { c: w.restricted.id, u: invited.id },
      w.manager.token,
    );
    const asker = await registerUser(t);
    await join(t, asker, w.restricted.id);
    await ok(
      t,
      `mutation($input: MembershipDecisionInput!) { rejectMembership(input: $input) }`,
      { input: { communityId: w.restricted.id, userId: asker.id, reason: 'Geen lid van de bieb' } },
      w.manager.token,
    );
    expect((await lines(invited.id)).map((l) => l.action)).toEqual(['INVITE_MEMBER']);
    expect(await lines(asker.id)).toEqual([
      expect.objectContaining({ action: 'REJECT_MEMBER', reason: 'Geen lid van de bieb', community_id: w.restricted.id }),
    ]);
  });

  it("deleting or editing someone else's post is logged; the author's own edits and deletions are not", async () => {
    const mine = await createPost(t, w.member, (await createThread(t, w.member, w.pub.id)).id, 'Eigen tekst');
    await ok(t, EDIT, { input: { postId: mine.id, body: 'Eigen tekst, verbeterd' } }, w.member.token);
    await ok(t, DELETE, { id: mine.id }, w.member.token);
    expect(await lines(mine.id)).toEqual([]);
    const theirs = await createPost(t, w.member, (await createThread(t, w.member, w.pub.id)).id, 'Mijn adres is Dorpsstraat 1');
    await ok(t, EDIT, { input: { postId: theirs.id, body: 'Mijn adres is [verwijderd]', reason: 'Adres' } }, w.moderator.token);
    await ok(t, DELETE, { id: theirs.id, reason: 'Off-topic' }, w.moderator.token);
    expect(await lines(theirs.id)).toEqual([
      expect.objectContaining({
        action: 'EDIT_POST',
        actor_id: w.moderator.id,
        target_type: 'POST',
        community_id: w.pub.id,
        reason: 'Adres',
        details: 'version 2',
      }),
      expect.objectContaining({
        action: 'DELETE_POST',
        actor_id: w.moderator.id,
        target_type: 'POST',
        community_id: w.pub.id,
        reason: 'Off-topic',
      }),
    ]);
  });

  it('members see "edited by a moderator", never which one; moderators see who', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    const post = await createPost(t, w.member, thread.id, 'Eerste versie');
    await ok(t, EDIT, { input: { postId: post.id, body: 'Door een moderator bewerkt' } }, w.moderator.token);
    const flags = async (token?: string) =>
      (await ok(t, POST_FLAGS, { id: thread.id }, token)).thread.posts.edges
        .map((e: { node: unknown }) => e.node)
        .find((n: { id: string }) => n.id === post.id);
    for (const token of [undefined, w.outsider.token, w.member.token])
      expect(await flags(token)).toEqual({ id: post.id, editedByModerator: true, revisionCount: 2 });
    // The author reads the history, but not who edited it (only that they wrote the first version themself).
    const seenByAuthor = (await ok(t, REVISIONS, { id: post.id }, w.member.token)).postRevisions;
    expect(seenByAuthor).toEqual([
      { version: 1, editorId: w.member.id, editedByModerator: false },
      { version: 2, editorId: null, editedByModerator: true },
    ]);
    expect(JSON.stringify(await gql(t, REVISIONS, { id: post.id }, w.member.token))).not.toContain(w.moderator.id);
    const seenByModerator = (await ok(t, REVISIONS, { id: post.id }, w.moderator.token)).postRevisions;
    expect(seenByModerator).toEqual([
      { version: 1, editorId: w.member.id, editedByModerator: false },
      { version: 2, editorId: w.moderator.id, editedByModerator: true },
    ]);
    expect((await ok(t, REVISIONS, { id: post.id }, w.manager.token)).postRevisions[1].editorId).toBe(w.moderator.id);
  });

  describe("a library's audit log", () => {
    const AUDIT = `query($id: ID!) { libraryAuditLog(libraryId: $id, first: 50) { edges { node { action targetType targetId libraryId reason details actor { id } } } } }`;
    const STAFF = `mutation($input: LibraryStaffInput!) { addLibraryStaff(input: $input) { role } }`;
    let libAdmin: TestUser;
    beforeAll(async () => {
      libAdmin = await registerUser(t, { displayName: 'Beheerder' });
      await addStaff(t, w.admin, w.library.id, libAdmin, 'ADMIN');
    });

    it('staff added, re-roled and removed, and the house style, each write a line the library admins read', async () => {
      const hire = await registerUser(t);
      await ok(
        t,
        STAFF,
        { input: { libraryId: w.library.id, userId: hire.id, role: 'COMMUNITY_MANAGER', reason: 'Nieuwe collega' } },
        libAdmin.token,
      );
      await ok(t, STAFF, { input: { libraryId: w.library.id, userId: hire.id, role: 'ADMIN' } }, libAdmin.token);
      await ok(t, STAFF, { input: { libraryId: w.library.id, userId: hire.id, role: 'ADMIN' } }, libAdmin.token);
      await ok(
        t,
        `mutation($input: RemoveLibraryStaffInput!) { removeLibraryStaff(input: $input) }`,
        { input: { libraryId: w.library.id, userId: hire.id, reason: 'Vertrokken' } },
        libAdmin.token,
      );
      await ok(
        t,
        `mutation($input: UpdateLibraryStyleInput!) { updateLibraryStyle(input: $input) { id } }`,
        { input: { libraryId: w.library.id, primaryColor: '#112233' } },
        w.admin.token,
      );
      const nodes = (await ok(t, AUDIT, { id: w.library.id }, libAdmin.token)).libraryAuditLog.edges.map((e: { node: unknown }) => e.node);
      const byLib = { libraryId: w.library.id };
      expect(nodes.slice(0, 4)).toEqual([
        {
          action: 'UPDATE_LIBRARY_STYLE',
          targetType: 'LIBRARY',
          targetId: w.library.id,
          ...byLib,
          reason: null,
          details: 'primaryColor',
          actor: { id: w.admin.id },
        },
        {
          action: 'REMOVE_LIBRARY_STAFF',
          targetType: 'USER',
          targetId: hire.id,
          ...byLib,
          reason: 'Vertrokken',
          details: 'ADMIN',
          actor: { id: libAdmin.id },
        },
        {
          action: 'CHANGE_LIBRARY_STAFF_ROLE',
          targetType: 'USER',
          targetId: hire.id,
          ...byLib,
          reason: null,
          details: 'COMMUNITY_MANAGER → ADMIN',
          actor: { id: libAdmin.id },
        },
        {
          action: 'ADD_LIBRARY_STAFF',
          targetType: 'USER',
          targetId: hire.id,
          ...byLib,
          reason: 'Nieuwe collega',
          details: 'COMMUNITY_MANAGER',
          actor: { id: libAdmin.id },
        },
      ]);
      // Library lines belong to no community: a community's moderators do not get them in modLog.
      expect(await t.sql(`SELECT 1 FROM moderation_actions WHERE library_id = $1 AND community_id IS NOT NULL`, [w.library.id])).toEqual(
        [],
      );
    });

    it('is refused to community managers, moderators, members and other libraries, and to visitors', async () => {
      for (const [token, code] of [
        [w.manager.token, 'FORBIDDEN'],
        [w.moderator.token, 'FORBIDDEN'],
        [w.member.token, 'FORBIDDEN'],
        [w.otherStaff.token, 'FORBIDDEN'],
        [undefined, 'UNAUTHENTICATED'],
      ] as const) {
        expect((await refusal(t, AUDIT, { id: w.library.id }, token))[0]).toBe(code);
      }
    });

    it('a catalogue import writes who imported which file into which library, with the counts', async () => {
      const csv =
        'isbn,record_id,title,creators,year,publisher,edition,subjects\n9789029512343,AUD-1,De avonden,"Reve, Gerard",1947,De Bezige Bij,,Romans\n,AUD-2,,,,,,\n';
      const res = await fetch(`${t.url}/api/libraries/${w.library.slug}/catalogue`, {
        method: 'POST',
        body: csv,
        headers: {
          'content-type': 'text/csv',
          'content-disposition': 'attachment; filename="aanwinsten-mei.csv"',
          authorization: `Bearer ${libAdmin.token}`,
        },
      });
      expect(res.status).toBe(200);
      const summary = (await res.json()) as { records: number; created: number; updated: number; skipped: number };
      const [line] = (await ok(t, AUDIT, { id: w.library.id }, libAdmin.token)).libraryAuditLog.edges.map((e: { node: unknown }) => e.node);
      expect(line).toEqual({
        action: 'IMPORT_CATALOGUE',
        targetType: 'LIBRARY',
        targetId: w.library.id,
        libraryId: w.library.id,
        reason: null,
        actor: { id: libAdmin.id },
        details: `"aanwinsten-mei.csv" (csv): ${summary.records} records, ${summary.created} created, ${summary.updated} updated, ${summary.skipped} skipped`,
      });
      expect(summary.records).toBe(2);
    });
  });
});
