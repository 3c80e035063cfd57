import { seedDemoIfEmpty } from '../apps/api/src/demo/seed-demo';
import { errorCode, gql, ok } from './support/gql';
import { TestUser, addStaff, createLibrary, createThread, registerUser, world, World } from './support/factories';
import { nationalSetup } from './support/permission-cases-network';
import { writeMark, writesSince } from './support/db-digest';
import { TestApp, createTestApp } from './support/test-app';

export const PUBLISH_TEMPLATE = `mutation($input: PublishCommunityTemplateInput!) {
  publishCommunityTemplate(input: $input) { id kind name theme description starterThreads { title body } watchedWords startsOn endsOn bannerText bannerColor running nationalCommunity { id } }
}`;
export const ADOPT_TEMPLATE = `mutation($input: AdoptCommunityTemplateInput!) { adoptCommunityTemplate(input: $input) { id slug name theme description libraryId } }`;
const TEMPLATES = `query($kind: TemplateKind, $includeEnded: Boolean) { communityTemplates(kind: $kind, includeEnded: $includeEnded) { id kind name running } }`;
const ADOPTION = `query { templateAdoption { template { id name kind } adoptions localLibraries libraries { libraryName librarySlug adoptedAt } } }`;
const ONBOARDING = `query($id: ID!) { libraryOnboarding(libraryId: $id) { libraryId allDone completedAt steps { key done marked } } }`;
const MARK = `mutation($id: ID!, $step: OnboardingStepKey!) { markOnboardingStep(libraryId: $id, step: $step) { allDone steps { key done marked } } }`;
const COMPLETE = `mutation($id: ID!) { completeOnboarding(libraryId: $id) { allDone completedAt } }`;
const COMMUNITY = `query($slug: String!) {
  community(slug: $slug) { id nationalCommunity { id } campaignBanner { name text color endsOn }
    threads(first: 10) { edges { node { title } } } }
}`;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('national community templates and campaigns', () => {
  let t: TestApp;
  let w: World;
  let editor: TestUser;
  let national: Awaited<ReturnType<typeof nationalSetup>>;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    editor = await registerUser(t, { displayName: 'Landelijke redactie' });
    national = await nationalSetup(t, w.admin, editor);
  });
  afterAll(() => t.close());

  const templateInput = (over: Record<string, unknown> = {}) => ({
    kind: 'TEMPLATE',
    nationalCommunityId: national.community.id,
    name: `Leesclub ${Math.random().toString(36).slice(2, 7)}`,
    description: 'Praat mee over het boek van de maand.',
    starterThreads: [
      { title: 'Stel je voor', body: 'Wie ben je en wat lees je graag?' },
      { title: 'Het boek van deze maand', body: 'Wat vond je van het begin?' },
    ],
    watchedWords: ['kopen via mijn link', 'gratis ebook'],
    ...over,
  });
  const publish = async (over: Record<string, unknown> = {}) =>
    (await ok(t, PUBLISH_TEMPLATE, { input: templateInput(over) }, editor.token)).publishCommunityTemplate;

  it('national staff publish a template: theme from the theme community, audited', async () => {
    const template = await publish();
    expect(template).toMatchObject({
      kind: 'TEMPLATE',
      theme: expect.any(String),
      starterThreads: [{ title: 'Stel je voor' }, { title: 'Het boek van deze maand' }],
      watchedWords: ['kopen via mijn link', 'gratis ebook'],
      startsOn: null,
      bannerText: null,
      running: true,
      nationalCommunity: { id: national.community.id },
    });
    const audit = await t.sql(
      `SELECT actor_id, library_id, details FROM moderation_actions WHERE action = 'PUBLISH_TEMPLATE' AND details LIKE $1`,
      [`%${template.name}`],
    );
    expect(audit).toEqual([{ actor_id: editor.id, library_id: national.library.id, details: `TEMPLATE: ${template.name}` }]);
  });

  it('a campaign needs a period; its banner colour is checked', async () => {
    const res = await gql(t, PUBLISH_TEMPLATE, { input: templateInput({ kind: 'CAMPAIGN' }) }, editor.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { startsOn: [expect.any(String)] } });
    const res2 = await gql(
      t,
      PUBLISH_TEMPLATE,
      { input: templateInput({ kind: 'CAMPAIGN', startsOn: day(2), endsOn: day(1) }) },
      editor.token,
    );
    expect(res2.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { endsOn: [expect.any(String)] } });
    const res3 = await gql(
      t,
      PUBLISH_TEMPLATE,
      { input: templateInput({ kind: 'CAMPAIGN', startsOn: day(0), endsOn: day(9), bannerColor: 'rood' }) },
      editor.token,
    );
    expect(res3.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { bannerColor: [expect.any(String)] } });
    expect(await t.sql(`SELECT id FROM community_templates WHERE kind = 'CAMPAIGN'`)).toEqual([]);
  });

  it('refuses publishing by anyone but national staff, with reasons, writing nothing', async () => {
    const local = await createLibrary(t, w.admin);
    const input = templateInput();
    const mark = await writeMark(t);
    expect(await errorCode(t, PUBLISH_TEMPLATE, { input })).toBe('UNAUTHENTICATED');
    for (const who of [w.outsider, w.member, w.manager]) {
      const res = await gql(t, PUBLISH_TEMPLATE, { input }, who.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NATIONAL_TEMPLATES_ONLY' });
    }
    // Staff of another national library may not publish for this one's theme community.
    const otherNational = await nationalSetup(t, w.admin);
    const otherEditor = await registerUser(t);
    await addStaff(t, w.admin, otherNational.library.id, otherEditor, 'COMMUNITY_MANAGER');
    const mark2 = await writeMark(t);
    const res = await gql(t, PUBLISH_TEMPLATE, { input }, otherEditor.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_NATIONAL_EDITOR' });
    // A local community is no theme community.
    const res2 = await gql(t, PUBLISH_TEMPLATE, { input: templateInput({ nationalCommunityId: w.pub.id }) }, editor.token);
    expect(res2.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { nationalCommunityId: [expect.any(String)] } });
    expect(await writesSince(t, mark2)).toEqual({});
    expect(local.id).toBeTruthy();
    expect(Object.keys(await writesSince(t, mark)).filter((k) => k.startsWith('community_templates'))).toEqual([]);
  });

  it('a library adopts a template in one step: its chapter, starter threads, watched words that hold posts, audited', async () => {
    const template = await publish();
    const library = await createLibrary(t, w.admin);
    await addStaff(t, w.admin, library.id, w.manager, 'COMMUNITY_MANAGER');
    const community = (await ok(t, ADOPT_TEMPLATE, { input: { templateId: template.id, libraryId: library.id } }, w.manager.token))
      .adoptCommunityTemplate;
    expect(community).toMatchObject({ libraryId: library.id, description: 'Praat mee over het boek van de maand.' });
    const seen = (await ok(t, COMMUNITY, { slug: community.slug }, w.outsider.token)).community;
    expect(seen.nationalCommunity).toEqual({ id: national.community.id });
    expect(seen.threads.edges.map((e: { node: { title: string } }) => e.node.title).sort()).toEqual([
      'Het boek van deze maand',
      'Stel je voor',
    ]);
    expect(await t.sql(`SELECT phrase, action FROM watched_words WHERE community_id = $1 ORDER BY phrase`, [community.id])).toEqual([
      { phrase: 'gratis ebook', action: 'REQUIRE_APPROVAL' },
      { phrase: 'kopen via mijn link', action: 'REQUIRE_APPROVAL' },
    ]);
    // A member's post with a watched word waits for a moderator.
    const member = await registerUser(t);
    await ok(t, `mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`, { id: community.id }, member.token);
    const held = await createThread(t, member, community.id, { title: 'Aanbieding', body: 'Download het gratis ebook hier' });
    expect((await t.sql(`SELECT state FROM threads WHERE id = $1`, [held.id]))[0].state).toBe('PENDING');
    expect(
      await t.sql(`SELECT actor_id, library_id FROM moderation_actions WHERE action = 'ADOPT_TEMPLATE' AND community_id = $1`, [
        community.id,
      ]),
    ).toEqual([{ actor_id: w.manager.id, library_id: library.id }]);
  });

  it('adopting twice is TEMPLATE_ALREADY_ADOPTED and writes nothing; a second template goes into the same chapter', async () => {
    const first = await publish();
    const second = await publish({ starterThreads: [{ title: 'Tweede sjabloon', body: 'Nog een begin.' }], watchedWords: [] });
    const library = await createLibrary(t, w.admin);
    await addStaff(t, w.admin, library.id, w.manager, 'COMMUNITY_MANAGER');
    const one = (await ok(t, ADOPT_TEMPLATE, { input: { templateId: first.id, libraryId: library.id } }, w.manager.token))
      .adoptCommunityTemplate;
    const mark = await writeMark(t);
    const res = await gql(t, ADOPT_TEMPLATE, { input: { templateId: first.id, libraryId: library.id } }, w.manager.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TEMPLATE_ALREADY_ADOPTED' });
    expect(await writesSince(t, mark)).toEqual({});
    const two = (await ok(t, ADOPT_TEMPLATE, { input: { templateId: second.id, libraryId: library.id } }, w.manager.token))
      .adoptCommunityTemplate;
    expect(two.id).toBe(one.id);
    expect(await t.sql(`SELECT count(*)::int AS n FROM chapters WHERE library_id = $1`, [library.id])).toEqual([{ n: 1 }]);
    expect(await t.sql(`SELECT count(*)::int AS n FROM threads WHERE community_id = $1`, [one.id])).toEqual([{ n: 3 }]);
  });

  it('refuses adopting by others, for a national library, outside a campaign’s period and for an unknown id: nothing written', async () => {
    const template = await publish();
    const later = await publish({ kind: 'CAMPAIGN', startsOn: day(10), endsOn: day(20), bannerText: 'Binnenkort' });
    const ended = await publish({ kind: 'CAMPAIGN', startsOn: day(-20), endsOn: day(-10), bannerText: 'Voorbij' });
    const library = await createLibrary(t, w.admin);
    const otherManager = await registerUser(t);
    const otherLibrary = await createLibrary(t, w.admin);
    await addStaff(t, w.admin, otherLibrary.id, otherManager, 'COMMUNITY_MANAGER');
    await addStaff(t, w.admin, library.id, w.manager, 'COMMUNITY_MANAGER');
    const input = { templateId: template.id, libraryId: library.id };
    const mark = await writeMark(t);
    expect(await errorCode(t, ADOPT_TEMPLATE, { input })).toBe('UNAUTHENTICATED');
    for (const who of [w.outsider, w.member, otherManager, editor]) {
      const res = await gql(t, ADOPT_TEMPLATE, { input }, who.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'STAFF_ONLY' });
    }
    for (const [id, from] of [
      [later.id, later],
      [ended.id, ended],
    ] as const) {
      const res = await gql(t, ADOPT_TEMPLATE, { input: { templateId: id, libraryId: library.id } }, w.manager.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CAMPAIGN_NOT_RUNNING' });
      expect(res.errors?.[0].message).toContain(from.startsOn);
    }
    const missing = await gql(
      t,
      ADOPT_TEMPLATE,
      { input: { templateId: '00000000-0000-4000-8000-000000000000', libraryId: library.id } },
      w.manager.token,
    );
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'TEMPLATE_NOT_FOUND' });
    const nat = await gql(t, ADOPT_TEMPLATE, { input: { templateId: template.id, libraryId: national.library.id } }, editor.token);
    expect(nat.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { libraryId: [expect.any(String)] } });
    expect(await writesSince(t, mark)).toEqual({});
  });

  it('a running campaign: adopted with its banner on the chapter, counted per campaign on the national dashboard', async () => {
    const campaign = await publish({
      kind: 'CAMPAIGN',
      name: `Nederland Leest ${Math.random().toString(36).slice(2, 6)}`,
      startsOn: day(-1),
      endsOn: day(30),
      bannerText: 'Nederland Leest: lees mee in november',
      bannerColor: '#AA3300',
    });
    const libs = await Promise.all([1, 2].map(() => createLibrary(t, w.admin)));
    for (const lib of libs) await addStaff(t, w.admin, lib.id, w.manager, 'COMMUNITY_MANAGER');
    const first = (await ok(t, ADOPT_TEMPLATE, { input: { templateId: campaign.id, libraryId: libs[0].id } }, w.manager.token))
      .adoptCommunityTemplate;
    await ok(t, ADOPT_TEMPLATE, { input: { templateId: campaign.id, libraryId: libs[1].id } }, w.manager.token);
    const seen = (await ok(t, COMMUNITY, { slug: first.slug })).community;
    expect(seen.campaignBanner).toEqual({
      name: campaign.name,
      text: 'Nederland Leest: lees mee in november',
      color: '#aa3300',
      endsOn: day(30),
    });
    const figures = (await ok(t, ADOPTION, {}, editor.token)).templateAdoption;
    const row = figures.find((f: { template: { id: string } }) => f.template.id === campaign.id);
    expect(row).toMatchObject({ adoptions: 2, localLibraries: expect.any(Number), template: { kind: 'CAMPAIGN' } });
    expect(row.libraries.map((l: { librarySlug: string }) => l.librarySlug).sort()).toEqual(libs.map((l) => l.slug).sort());
    // Only national staff see the figures.
    for (const who of [w.manager, w.outsider]) {
      const res = await gql(t, ADOPTION, {}, who.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NATIONAL_STAFF_ONLY' });
    }
    // Library staff browse running templates; ended campaigns only when asked; others are refused.
    const listed = (await ok(t, TEMPLATES, {}, w.manager.token)).communityTemplates.map((x: { id: string }) => x.id);
    expect(listed).toContain(campaign.id);
    const res = await gql(t, TEMPLATES, {}, w.outsider.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_LIBRARY_STAFF' });
  });
});

describe('a new library’s onboarding checklist', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  const steps = (view: { steps: { key: string; done: boolean }[] }) => Object.fromEntries(view.steps.map((s) => [s.key, s.done]));

  it('follows the facts; invitations by email are marked; completes only when every step is done', async () => {
    const library = await createLibrary(t, w.admin);
    const head = await registerUser(t);
    await addStaff(t, w.admin, library.id, head, 'ADMIN');
    const start = (await ok(t, ONBOARDING, { id: library.id }, head.token)).libraryOnboarding;
    expect(steps(start)).toEqual({ PROFILE: false, STAFF: false, COMMUNITY: false, CATALOGUE: false, EXPERT: false });
    expect(start.completedAt).toBeNull();

    await ok(
      t,
      `mutation($input: UpdateLibraryStyleInput!) { updateLibraryStyle(input: $input) { id } }`,
      {
        input: { libraryId: library.id, primaryColor: '#225588' },
      },
      head.token,
    );
    await ok(t, MARK, { id: library.id, step: 'STAFF' }, head.token);
    const res = await gql(t, MARK, { id: library.id, step: 'CATALOGUE' }, head.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ONBOARDING_STEP_FROM_FACTS' });
    const mark = await writeMark(t);
    const early = await gql(t, COMPLETE, { id: library.id }, head.token);
    expect(early.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ONBOARDING_INCOMPLETE',
      steps: ['COMMUNITY', 'CATALOGUE', 'EXPERT'],
    });
    expect(await writesSince(t, mark)).toEqual({});

    await ok(
      t,
      `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }`,
      {
        input: { libraryId: library.id, name: 'Leesclub Noord', description: 'Lezen in Noord', theme: 'Lezen', visibility: 'PUBLIC' },
      },
      head.token,
    );
    const item = await t.sql(`INSERT INTO collection_items (title, isbn13) VALUES ('Boek', '9789000000001') RETURNING id`);
    await t.sql(`INSERT INTO holdings (library_id, item_id) VALUES ($1, $2)`, [library.id, item[0].id]);
    await ok(t, MARK, { id: library.id, step: 'EXPERT' }, head.token);
    const done = (await ok(t, ONBOARDING, { id: library.id }, head.token)).libraryOnboarding;
    expect(done.allDone).toBe(true);
    expect(done.completedAt).toBeNull();
    const completed = (await ok(t, COMPLETE, { id: library.id }, head.token)).completeOnboarding;
    expect(completed.completedAt).toEqual(expect.any(String));
  });

  it('is for the library’s staff only: others refused with reasons, nothing written', async () => {
    const library = await createLibrary(t, w.admin);
    const otherStaff = await registerUser(t);
    await addStaff(t, w.admin, (await createLibrary(t, w.admin)).id, otherStaff, 'COMMUNITY_MANAGER');
    const mark = await writeMark(t);
    expect(await errorCode(t, ONBOARDING, { id: library.id })).toBe('UNAUTHENTICATED');
    for (const who of [w.outsider, w.member, otherStaff]) {
      for (const [op, vars] of [
        [ONBOARDING, { id: library.id }],
        [MARK, { id: library.id, step: 'STAFF' }],
        [COMPLETE, { id: library.id }],
      ] as const) {
        const res = await gql(t, op, vars, who.token);
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'STAFF_ONLY' });
      }
    }
    expect(await writesSince(t, mark)).toEqual({});
    // Platform admins may look.
    expect((await ok(t, ONBOARDING, { id: library.id }, w.admin.token)).libraryOnboarding.libraryId).toBe(library.id);
  });
});

describe('demo data: a national template and a running campaign', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('seeds one template and one running campaign for the national climate community, the campaign adopted by Utrecht', async () => {
    expect(await seedDemoIfEmpty(t.databaseUrl)).toBe(true);
    const rows = await t.sql<{ kind: string; slug: string; running: boolean }>(
      `SELECT t.kind, c.slug, (t.ends_on IS NULL OR t.ends_on >= current_date) AS running
         FROM community_templates t JOIN communities c ON c.id = t.national_community_id ORDER BY t.kind DESC`,
    );
    expect(rows).toEqual([
      { kind: 'TEMPLATE', slug: 'klimaat-en-duurzaamheid', running: true },
      { kind: 'CAMPAIGN', slug: 'klimaat-en-duurzaamheid', running: true },
    ]);
    const [adopted] = await t.sql<{ slug: string; library: string }>(
      `SELECT c.slug, l.slug AS library FROM template_adoptions a JOIN communities c ON c.id = a.community_id JOIN libraries l ON l.id = a.library_id`,
    );
    expect(adopted.library).toBe('bibliotheek-utrecht');
    const seen = (await ok(t, COMMUNITY, { slug: adopted.slug })).community;
    expect(seen.campaignBanner).toMatchObject({ name: 'Maand van de Duurzaamheid', color: '#2e7d32' });
  });
});
