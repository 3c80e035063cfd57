import request from 'supertest';
import { TestUser, addStaff, createCommunity, createLibrary, registerUser, world, World } from './support/factories';
import { gql, ok } from './support/gql';
import { makeModerator } from './support/moderation';
import { TestApp, createTestApp } from './support/test-app';

/**
 * A suspended account loses every staff, moderator and admin right while the suspension lasts — the
 * read-only ones included (figures, CSV downloads, queues, expertise review) — and has them back when
 * the suspension is lifted. Mutations are refused by the access guard; these are the queries and REST.
 */
describe('suspended staff, moderators and admins read no staff data and download no CSVs', () => {
  let t: TestApp;
  let w: World;
  let moderator: TestUser;
  let libAdmin: TestUser;
  let editor: TestUser;
  let otherAdmin: TestUser;
  let national: { id: string; slug: string };
  let nationalCommunity: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    moderator = await registerUser(t, { displayName: 'Moderator' });
    await makeModerator(t, moderator, w.pub.id);
    libAdmin = await registerUser(t, { displayName: 'Bibliotheekbeheer' });
    await addStaff(t, w.admin, w.library.id, libAdmin, 'ADMIN');
    national = await createLibrary(t, w.admin, { kind: 'NATIONAL' });
    editor = await registerUser(t, { displayName: 'Landelijke redactie' });
    await addStaff(t, w.admin, national.id, editor, 'COMMUNITY_MANAGER');
    nationalCommunity = await createCommunity(t, editor, national.id, 'PUBLIC');
    otherAdmin = await registerUser(t, { displayName: 'Tweede platformbeheerder' });
    await t.sql(`UPDATE users SET is_platform_admin = true WHERE id = $1`, [otherAdmin.id]);
  }, 60_000);
  afterAll(() => t.close());

  type Attempt = [name: string, query: string, variables: () => Record<string, unknown>];
  const community: Attempt[] = [
    ['communityFigures', `query($id: ID!) { communityFigures(communityId: $id) { members } }`, () => ({ id: w.pub.id })],
    ['moderationQueue', `query($id: ID!) { moderationQueue(communityId: $id) { edges { cursor } } }`, () => ({ id: w.pub.id })],
    ['reports', `query($id: ID!) { reports(communityId: $id) { edges { cursor } } }`, () => ({ id: w.pub.id })],
    ['modLog', `query($id: ID!) { modLog(communityId: $id) { edges { cursor } } }`, () => ({ id: w.pub.id })],
    [
      'pending members',
      `query($slug: String!) { community(slug: $slug) { members(state: PENDING) { edges { cursor } } } }`,
      () => ({ slug: w.pub.slug }),
    ],
  ];
  const library: Attempt[] = [
    ['libraryFigures', `query($id: ID!) { libraryFigures(libraryId: $id) { members } }`, () => ({ id: w.library.id })],
    ['expertiseClaims', `query($id: ID) { expertiseClaims(libraryId: $id) { edges { cursor } } }`, () => ({ id: w.library.id })],
    ['all expertiseClaims', `query { expertiseClaims { edges { cursor } } }`, () => ({})],
    ['expertiseLog', `query($id: ID!) { expertiseLog(libraryId: $id) { edges { cursor } } }`, () => ({ id: w.library.id })],
    ['unansweredQuestions', `query($id: ID!) { unansweredQuestions(libraryId: $id) { edges { cursor } } }`, () => ({ id: w.library.id })],
    ['contentItems', `query { contentItems { edges { cursor } } }`, () => ({})],
  ];
  const nationalEditor: Attempt[] = [
    ['nationalDashboard', `query { nationalDashboard { libraries } }`, () => ({})],
    [
      'syndicationProposals',
      `query($id: ID!) { syndicationProposals(communityId: $id) { edges { cursor } } }`,
      () => ({ id: nationalCommunity.id }),
    ],
  ];
  const platform: Attempt[] = [
    ['whole modLog', `query { modLog { edges { cursor } } }`, () => ({})],
    ['platform watchedWords', `query { watchedWords { id } }`, () => ({})],
  ];

  const csv = (path: string, token: string) => request(t.url).get(path).set('authorization', `Bearer ${token}`);
  const suspend = (user: TestUser) =>
    ok(
      t,
      `mutation($input: SuspendUserInput!) { suspendUser(input: $input) { id } }`,
      { input: { userId: user.id, reason: 'Onderzoek loopt' } },
      w.admin.token,
    );
  const unsuspend = (user: TestUser) => ok(t, `mutation($id: ID!) { unsuspendUser(userId: $id) { id } }`, { id: user.id }, w.admin.token);

  /** Each attempt's outcome for one person: 'ok', or the code it was refused with. */
  async function outcomes(user: TestUser, attempts: readonly Attempt[]): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const [name, query, variables] of attempts) {
      const res = await gql(t, query, variables(), user.token);
      out[name] = res.errors?.length ? String(res.errors[0].extensions?.code) : 'ok';
    }
    return out;
  }
  const every = (attempts: readonly Attempt[], outcome: string) => Object.fromEntries(attempts.map(([name]) => [name, outcome]));

  it.each([
    ['a community moderator', () => moderator, community],
    ['a library community manager', () => w.manager, [...community, ...library]],
    ['a library admin', () => libAdmin, [...community, ...library]],
    ['a national editor', () => editor, nationalEditor],
    ['a platform admin', () => otherAdmin, [...community, ...library, ...nationalEditor, ...platform]],
  ] as const)(
    '%s reads their staff data; suspended, every query is refused; unsuspended, access returns',
    async (_who, person, attempts) => {
      const user = person();
      expect(await outcomes(user, attempts)).toEqual(every(attempts, 'ok'));
      await suspend(user);
      try {
        expect(await outcomes(user, attempts)).toEqual(every(attempts, 'FORBIDDEN'));
      } finally {
        await unsuspend(user);
      }
      expect(await outcomes(user, attempts)).toEqual(every(attempts, 'ok'));
    },
  );

  it.each([
    ['a library community manager', () => w.manager, ['community', 'library']],
    ['a community moderator', () => moderator, ['community']],
    ['a national editor', () => editor, ['national']],
    ['a platform admin', () => otherAdmin, ['community', 'library', 'national']],
  ] as const)('%s downloads the CSVs; suspended, each download is 403; unsuspended, they work again', async (_who, person, kinds) => {
    const user = person();
    const paths = {
      community: `/api/figures/communities/${w.pub.id}.csv`,
      library: `/api/figures/libraries/${w.library.id}.csv`,
      national: '/api/figures/national.csv',
    };
    const statuses = async () => Promise.all(kinds.map(async (k) => (await csv(paths[k], user.token)).status));
    expect(await statuses()).toEqual(kinds.map(() => 200));
    await suspend(user);
    try {
      for (const k of kinds) {
        const res = await csv(paths[k], user.token);
        // The reason tells them why, and that the right comes back.
        expect([res.status, res.body.code, res.body.reason]).toEqual([403, 'FORBIDDEN', 'ACCOUNT_SUSPENDED']);
        expect(res.text).not.toContain('members,');
      }
    } finally {
      await unsuspend(user);
    }
    expect(await statuses()).toEqual(kinds.map(() => 200));
  });

  it('a suspended library admin cannot import the catalogue, and nothing is imported', async () => {
    await suspend(libAdmin);
    const before = await t.sql(`SELECT count(*)::int AS n FROM holdings`);
    const res = await request(t.url)
      .post(`/api/libraries/${w.library.slug}/catalogue`)
      .set('authorization', `Bearer ${libAdmin.token}`)
      .set('content-type', 'text/csv')
      .send('isbn,title,author\n9789023456789,Een boek,Een schrijver\n');
    expect([res.status, res.body.code]).toEqual([403, 'FORBIDDEN']);
    expect(await t.sql(`SELECT count(*)::int AS n FROM holdings`)).toEqual(before);
    await unsuspend(libAdmin);
  });
});
