import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { TestUser, World, createPost, createThread, join as joinCommunity, registerUser, world } from './support/factories';
import { errorCode, gql, ok } from './support/gql';
import { TestApp, createTestApp } from './support/test-app';

const MARC = readFileSync(join(__dirname, 'fixtures/catalogue/sample.marcxml'));
const ITEM = `query($id: ID, $isbn: String) { item(id: $id, isbn: $isbn) { id isbn13 title creators subjects identifiers edition publisher year holdings { recordId library { slug } } } }`;
const PAGE = `query($isbn: String) { item(isbn: $isbn) { threads(first: 20) { edges { node { id title } } } experts { id displayName } } }`;
const LINK = `mutation($input: ThreadItemInput!) { linkItem(input: $input) { id items { id } } }`;
const UNLINK = `mutation($input: ThreadItemInput!) { unlinkItem(input: $input) { id items { id } } }`;
const AVONDEN = '9789029512343';

describe('catalogue items in GraphQL', () => {
  let t: TestApp;
  let w: World;
  let avonden: string;
  let havelaar: string;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    await request(t.url)
      .post(`/api/libraries/${w.library.slug}/catalogue`)
      .set('content-type', 'application/xml')
      .set('authorization', `Bearer ${w.admin.token}`)
      .send(MARC);
    avonden = (await ok(t, ITEM, { isbn: AVONDEN })).item.id;
    havelaar = (await ok(t, ITEM, { isbn: '90-29512-35-0' })).item.id;
  });
  afterAll(() => t.close());

  describe('item and items', () => {
    it('finds an item by id and by ISBN (an ISBN-10 finds its ISBN-13), with its holdings', async () => {
      const byId = (await ok(t, ITEM, { id: avonden })).item;
      expect(byId).toMatchObject({
        isbn13: AVONDEN,
        title: 'De avonden : een winterverhaal',
        creators: ['Reve, Gerard'],
        subjects: ['Nederlandse literatuur', 'Romans'],
        identifiers: ['8712345678906'],
        edition: '35e druk',
        publisher: 'De Bezige Bij',
        year: 1947,
        holdings: [{ recordId: 'UTR-0001', library: { slug: w.library.slug } }],
      });
      expect((await ok(t, ITEM, { isbn: '978-90-29512-34-3' })).item.id).toBe(avonden);
      expect((await ok(t, ITEM, { isbn: '9029512350' })).item).toMatchObject({ id: havelaar, isbn13: '9789029512350' });
    });

    it('answers NOT_FOUND for an unknown item and BAD_USER_INPUT for a bad ISBN or a missing key', async () => {
      expect(await errorCode(t, ITEM, { id: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
      expect(await errorCode(t, ITEM, { isbn: '9789029512344' })).toBe('BAD_USER_INPUT');
      expect(await errorCode(t, ITEM, {})).toBe('BAD_USER_INPUT');
      expect(await errorCode(t, ITEM, { id: avonden, isbn: AVONDEN })).toBe('BAD_USER_INPUT');
    });

    it('searches by words and by ISBN, filters by library, and pages with cursors', async () => {
      const LIST = `query($q: String, $lib: ID, $first: Int, $after: String) { items(query: $q, libraryId: $lib, first: $first, after: $after) {
        edges { node { title } } pageInfo { hasNextPage endCursor } } }`;
      const titles = async (v: Record<string, unknown>) =>
        (await ok(t, LIST, v)).items.edges.map((e: { node: { title: string } }) => e.node.title);
      expect(await titles({ q: 'avonden' })).toEqual(['De avonden : een winterverhaal']);
      expect(await titles({ q: 'Multatuli' })).toEqual(['Max Havelaar']);
      expect(await titles({ q: '9029512350' })).toEqual(['Max Havelaar']);
      expect(await titles({ lib: w.library.id })).toHaveLength(4);
      expect(await titles({ lib: '00000000-0000-4000-8000-000000000000' })).toEqual([]);
      const first = (await ok(t, LIST, { lib: w.library.id, first: 2 })).items;
      expect(first.pageInfo.hasNextPage).toBe(true);
      const rest = await titles({ lib: w.library.id, first: 2, after: first.pageInfo.endCursor });
      expect([...first.edges.map((e: { node: { title: string } }) => e.node.title), ...rest]).toEqual(await titles({ lib: w.library.id }));
      expect(await errorCode(t, LIST, { first: 101 })).toBe('BAD_USER_INPUT');
      expect(await errorCode(t, LIST, { after: 'nonsense' })).toBe('BAD_USER_INPUT');
    });
  });

  describe('threads about items', () => {
    const CREATE = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id items { id title } } }`;

    it('createThread links the items it names; an unknown item rolls the whole thread back', async () => {
      const made = await ok(
        t,
        CREATE,
        { input: { communityId: w.pub.id, title: 'Over De avonden', body: 'Wie las het?', itemIds: [avonden] } },
        w.member.token,
      );
      expect(made.createThread.items).toEqual([{ id: avonden, title: 'De avonden : een winterverhaal' }]);
      const before = await t.sql(`SELECT count(*)::int AS n FROM threads`);
      const bad = await gql(
        t,
        CREATE,
        { input: { communityId: w.pub.id, title: 'Over niets', body: 'x', itemIds: [avonden, '00000000-0000-4000-8000-000000000000'] } },
        w.member.token,
      );
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await t.sql(`SELECT count(*)::int AS n FROM threads`)).toEqual(before);
    });

    it("links and unlinks by the thread's author and by moderators; anyone else is refused", async () => {
      const thread = await createThread(t, w.member, w.pub.id);
      const input = { threadId: thread.id, itemId: havelaar };
      const other = await registerUser(t);
      await joinCommunity(t, other, w.pub.id);
      expect(await errorCode(t, LINK, { input }, other.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, LINK, { input })).toBe('UNAUTHENTICATED');
      expect((await ok(t, LINK, { input }, w.member.token)).linkItem.items).toEqual([{ id: havelaar }]);
      expect(await errorCode(t, LINK, { input }, w.member.token)).toBe('CONFLICT');
      expect(await errorCode(t, UNLINK, { input }, other.token)).toBe('FORBIDDEN');
      expect((await ok(t, UNLINK, { input }, w.manager.token)).unlinkItem.items).toEqual([]);
      expect(await errorCode(t, UNLINK, { input }, w.member.token)).toBe('CONFLICT');
      expect((await ok(t, LINK, { input }, w.manager.token)).linkItem.items).toHaveLength(1);
      expect(
        await errorCode(t, LINK, { input: { threadId: thread.id, itemId: '00000000-0000-4000-8000-000000000000' } }, w.member.token),
      ).toBe('NOT_FOUND');
    });

    it('a thread in a private community is NOT_FOUND to someone who may not see it', async () => {
      const thread = await createThread(t, w.manager, w.priv.id);
      expect(await errorCode(t, LINK, { input: { threadId: thread.id, itemId: havelaar } }, w.outsider.token)).toBe('NOT_FOUND');
    });
  });

  describe('the item page', () => {
    const isbn = '9789029533331';
    let expert: TestUser;
    let titles: { pub: string; restricted: string; priv: string; hidden: string };
    beforeAll(async () => {
      const item = (await ok(t, ITEM, { isbn })).item.id;
      expert = await registerUser(t, { displayName: 'Deskundige' });
      const talker = await registerUser(t, { displayName: 'Prater' });
      for (const c of [w.pub, w.restricted, w.priv]) {
        for (const u of [expert, talker])
          await t.sql(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, $3, 'ACTIVE')`, [
            c.id,
            u.id,
            u === expert ? 'EXPERT' : 'MEMBER',
          ]);
      }
      const link = async (community: { id: string }, title: string) => {
        const thread = await createThread(t, w.manager, community.id, { title });
        await ok(t, LINK, { input: { threadId: thread.id, itemId: item } }, w.manager.token);
        return thread.id;
      };
      titles = { pub: 'Archief openbaar', restricted: 'Archief beperkt', priv: 'Archief besloten', hidden: 'Archief verborgen' };
      const pub = await link(w.pub, titles.pub);
      await link(w.restricted, titles.restricted);
      const priv = await link(w.priv, titles.priv);
      const hidden = await link(w.pub, titles.hidden);
      await t.sql(`UPDATE threads SET state = 'HIDDEN' WHERE id = $1`, [hidden]);
      await createPost(t, talker, pub, 'Ik heb het gelezen');
      await createPost(t, expert, priv, 'Als archivaris weet ik dit');
    });

    const page = async (token?: string) => {
      const data = (await ok(t, PAGE, { isbn }, token)).item;
      return {
        threads: data.threads.edges.map((e: { node: { title: string } }) => e.node.title).sort(),
        experts: data.experts.map((u: { displayName: string }) => u.displayName),
      };
    };

    it('shows a visitor the threads of public communities only, and no expert from a private one', async () => {
      expect(await page()).toEqual({ threads: [titles.pub], experts: [] });
      expect(await page(w.outsider.token)).toEqual({ threads: [titles.pub], experts: [] });
    });

    it('shows a member every thread across communities they may read, and the experts who took part there', async () => {
      expect(await page(expert.token)).toEqual({ threads: [titles.priv, titles.restricted, titles.pub].sort(), experts: ['Deskundige'] });
    });

    it('shows moderators hidden threads too', async () => {
      expect((await page(w.manager.token)).threads).toEqual(Object.values(titles).sort());
    });

    it('lists the threads of an item in pages', async () => {
      const Q = `query($isbn: String, $after: String) { item(isbn: $isbn) { threads(first: 1, after: $after) { edges { node { title } } pageInfo { hasNextPage endCursor } } } }`;
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const conn: { edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (
          await ok(t, Q, { isbn, after }, expert.token)
        ).item.threads;
        seen.push(...conn.edges.map((e) => e.node.title));
        after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
      } while (after);
      expect(seen.sort()).toEqual([titles.priv, titles.restricted, titles.pub].sort());
    });
  });
});
