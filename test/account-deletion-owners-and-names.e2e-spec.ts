import { randomBytes } from 'node:crypto';
import {
  REGISTER,
  TestUser,
  World,
  addStaff,
  createCommunity,
  createPost,
  createThread,
  join,
  registerUser,
  world,
} from './support/factories';
import { databaseDigest } from './support/db-digest';
import { gql, ok } from './support/gql';
import { TEST_PASSWORD, TestApp, createTestApp } from './support/test-app';

const DELETE = `mutation($input: DeleteAccountInput!) { deleteAccount(input: $input) }`;
const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName } }`;
const SET_HANDLE = `mutation($handle: String!) { setHandle(input: { handle: $handle }) { handle } }`;
const unique = () => randomBytes(4).toString('hex');

/** Issue #15 leftovers: the deleted-account name is no one's, a community keeps an owner, removeContent blanks unanswered titles. */
describe('account deletion: owners, titles and the name of a deleted account', () => {
  let t: TestApp;
  let w: World;
  let libAdmin: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    libAdmin = await registerUser(t, { displayName: `Beheerder ${unique()}` });
    await addStaff(t, w.admin, w.library.id, libAdmin, 'ADMIN');
  });
  afterAll(() => t.close());

  it('"verwijderd account" and "deleted account" (and look-alikes) cannot be registered or chosen; their handles neither', async () => {
    for (const displayName of ['Verwijderd account', 'deleted Account', 'Verwijderd-Account']) {
      const before = await databaseDigest(t);
      const res = await gql(t, REGISTER, { input: { email: `naam-${unique()}@test.waardenet.nl`, password: TEST_PASSWORD, displayName } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DISPLAY_NAME_RESERVED' });
      expect(await databaseDigest(t)).toEqual(before);
    }
    const user = await registerUser(t);
    for (const displayName of ['verwijderd account', 'DELETED ACCOUNT']) {
      const before = await databaseDigest(t);
      expect((await gql(t, UPDATE, { input: { displayName } }, user.token)).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'DISPLAY_NAME_RESERVED',
      });
      expect(await databaseDigest(t)).toEqual(before);
    }
    for (const handle of ['verwijderdaccount', '@DeletedAccount', 'deletedaccount2']) {
      const before = await databaseDigest(t);
      expect((await gql(t, SET_HANDLE, { handle }, user.token)).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'HANDLE_RESERVED',
      });
      expect(await databaseDigest(t)).toEqual(before);
    }
    // A name that merely suggests one gets a handle that is not kept.
    const deleted = await registerUser(t, { displayName: 'Deleted' });
    const [{ handle }] = await t.sql<{ handle: string }>(`SELECT handle FROM users WHERE id = $1`, [deleted.id]);
    expect(handle).toMatch(/^deletedlezer[0-9]*$/);
  });

  it("the last owner's deletion hands the community to the library's admins (audited by the system); a community with another owner keeps its owners", async () => {
    const owner = await registerUser(t, { displayName: `Eigenaar ${unique()}` });
    await addStaff(t, w.admin, w.library.id, owner, 'COMMUNITY_MANAGER');
    const alone = await createCommunity(t, owner, w.library.id, 'PUBLIC');
    const shared = await createCommunity(t, owner, w.library.id, 'PUBLIC');
    const coOwner = await registerUser(t);
    await t.sql(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, 'OWNER', 'ACTIVE')`, [shared.id, coOwner.id]);
    // The library's admin is a plain member of the first one already: promoted, not duplicated.
    await join(t, libAdmin, alone.id);

    expect((await ok(t, DELETE, { input: { password: TEST_PASSWORD } }, owner.token)).deleteAccount).toBe(true);

    const owners = async (id: string) =>
      (
        await t.sql<{ user_id: string }>(
          `SELECT user_id FROM memberships WHERE community_id = $1 AND role = 'OWNER' AND state = 'ACTIVE' ORDER BY user_id`,
          [id],
        )
      ).map((r) => r.user_id);
    // Admins of the library only (the world's community manager is staff too, but not an admin).
    expect(await owners(alone.id)).toEqual([libAdmin.id]);
    expect(await owners(shared.id)).toEqual([coOwner.id]);
    const audit = await t.sql(
      `SELECT actor_id, action, target_type, target_id, community_id FROM moderation_actions WHERE action = 'OWNERSHIP_TRANSFERRED'`,
    );
    expect(audit).toEqual([
      { actor_id: null, action: 'OWNERSHIP_TRANSFERRED', target_type: 'COMMUNITY', target_id: alone.id, community_id: alone.id },
    ]);
    // The new owner acts as one: leaving is refused while no one else owns it.
    const leave = await gql(t, `mutation($id: ID!) { leaveCommunity(communityId: $id) }`, { id: alone.id }, libAdmin.token);
    expect(leave.errors?.[0].extensions?.reason).toBe('LAST_OWNER');
  });

  it('removeContent blanks the title of a kept thread nobody visibly replied to; a thread with replies keeps its title', async () => {
    const title = (s: string) => `Titel ${s} ${unique()}`;
    const author = await registerUser(t);
    await join(t, author, w.pub.id);
    const answered = await createThread(t, author, w.pub.id, { title: title('beantwoord') });
    await createPost(t, w.member, answered.id, 'Een echt antwoord');
    const unanswered = await createThread(t, author, w.pub.id, { title: title('verborgen antwoord') });
    const hidden = await createPost(t, w.member, unanswered.id, 'Verborgen antwoord');
    await ok(t, `mutation($id: ID!) { hidePost(postId: $id, reason: "Nakijken") { id } }`, { id: hidden.id }, w.manager.token);

    await ok(t, DELETE, { input: { password: TEST_PASSWORD, removeContent: true } }, author.token);

    const titles = await t.sql<{ id: string; title: string }>(`SELECT id, title FROM threads WHERE id = ANY($1) ORDER BY created_at`, [
      [answered.id, unanswered.id],
    ]);
    expect(titles).toEqual([
      { id: answered.id, title: answered.title },
      { id: unanswered.id, title: '[verwijderd]' },
    ]);
    expect(await t.sql(`SELECT 1 FROM search_threads WHERE thread_id = $1`, [unanswered.id])).toEqual([]);
    const search = await ok(t, `query($q: String!) { search(query: $q, filter: { kind: THREAD }) { edges { node { thread { id } } } } }`, {
      q: unanswered.title,
    });
    expect(JSON.stringify(search)).not.toContain(unanswered.id);
  });
});
