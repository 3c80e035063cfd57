import { COMMUNITY as COMMUNITY_PAGE } from '../apps/web/src/api/operations';
import { queryCounter } from './support/query-counter';
import { gql } from './support/gql';
import { TestUser, World, createCommunity, createThread, join, registerUser, world } from './support/factories';
import { nationalSetup } from './support/permission-cases-network';
import { TestApp, createTestApp } from './support/test-app';

/** The web client's community page, as the text it sends. */
const PAGE = String(COMMUNITY_PAGE);

/**
 * The web client's community page (the community, its library, its threads with their authors, the viewer's
 * membership and follow, chapters, the live cursor and a running campaign's banner) in a fixed number of SQL
 * statements. The campaign banner once cost one of its own on every page, with a campaign or without: it is read in
 * the community's statement now (CommunitiesService.addColumn), so these numbers hold it there.
 */
const VISITOR = 8;
const MEMBER = 11;

describe('query count: the community page and its campaign banner', () => {
  let t: TestApp;
  let w: World;
  let member: TestUser;
  let community: { id: string; slug: string };
  let national: { library: { id: string }; community: { id: string } };

  let asked = 0;
  async function measure(token?: string) {
    queryCounter.reset();
    // A document the anonymous read cache has not seen (it would answer a visitor's repeat without SQL).
    const res = await gql(t, `${PAGE}\n# ${++asked}`, { slug: community.slug }, token);
    const count = queryCounter.count;
    const statements = [...queryCounter.statements];
    if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
    const data = res.data as { community: { campaignBanner: { name: string; text: string } | null } };
    return { banner: data.community.campaignBanner, count, statements };
  }

  /** The visitor's and the member's page, with the statements in the failure message when a count is off. */
  async function both() {
    const visitor = await measure();
    const signedIn = await measure(member.token);
    const shown = { visitor: visitor.count, member: signedIn.count };
    if (shown.visitor !== VISITOR || shown.member !== MEMBER) {
      throw new Error(
        `community page: ${JSON.stringify(shown)}, expected ${JSON.stringify({ visitor: VISITOR, member: MEMBER })}:\n` +
          `visitor:\n${visitor.statements.join('\n')}\n\nmember:\n${signedIn.statements.join('\n')}`,
      );
    }
    // The banner's look-up is part of the community's own statement, not one of its own.
    for (const { statements } of [visitor, signedIn]) {
      const campaign = statements.filter((s) => s.includes('template_adoptions'));
      expect(campaign).toHaveLength(1);
      expect(campaign[0]).toMatch(/FROM communities c WHERE c\.slug = \$1/);
    }
    expect(signedIn.banner).toEqual(visitor.banner);
    return visitor.banner;
  }

  async function campaign(over: { startsOn: string; endsOn: string; name: string; bannerText: string | null }) {
    const [row] = await t.sql<{ id: string }>(
      `INSERT INTO community_templates (kind, name, national_community_id, theme, description, starter_threads, starts_on, ends_on,
         banner_text, banner_color, published_by_id)
       VALUES ('CAMPAIGN', $1, $2, 'lezen', 'Een campagne', '[]', $3, $4, $5, '#aa3300', $6) RETURNING id`,
      [over.name, national.community.id, over.startsOn, over.endsOn, over.bannerText, w.admin.id],
    );
    return row.id;
  }
  const adopt = (templateId: string) =>
    t.sql(`INSERT INTO template_adoptions (template_id, library_id, community_id, adopted_by_id) VALUES ($1, $2, $3, $4)`, [
      templateId,
      w.library.id,
      community.id,
      w.manager.id,
    ]);
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    national = await nationalSetup(t, w.admin);
    community = await createCommunity(t, w.manager, w.library.id, 'PUBLIC');
    member = await registerUser(t, { displayName: 'Lezer' });
    await join(t, member, community.id);
    for (let i = 0; i < 3; i++) await createThread(t, w.manager, community.id, { title: `Gesprek ${i}` });
  }, 60_000);
  afterAll(() => t.close());

  it('costs the same without a campaign, with an ended one, and with a running one (whose banner it shows)', async () => {
    expect(await both()).toBeNull();

    await adopt(await campaign({ name: 'Voorbij', startsOn: day(-30), endsOn: day(-2), bannerText: 'Al voorbij' }));
    expect(await both()).toBeNull();

    await adopt(await campaign({ name: 'Nederland Leest', startsOn: day(-1), endsOn: day(20), bannerText: 'Lees mee in november' }));
    // A later one without banner text does not hide it.
    await adopt(await campaign({ name: 'Zonder banner', startsOn: day(-1), endsOn: day(20), bannerText: null }));
    expect(await both()).toMatchObject({ name: 'Nederland Leest', text: 'Lees mee in november' });
  });
});
