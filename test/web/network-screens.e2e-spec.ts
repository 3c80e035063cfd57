/**
 * Issue 18 ask 1: the screens of catalogue item links (thread page and item page), syndication to a
 * national community (propose, the editors' inbox, withdraw, provenance) and the content database
 * (browse, create, change, archive, publish). Each walked as the person concerned, checked through the
 * api, with a refusal where a screen must not offer the action; axe, no sideways scroll at 360 px, and
 * screenshots at 360 and 1280 px.
 */
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { createThread, join, registerUser, world } from '../support/factories';
import { ok } from '../support/gql';
import { nationalSetup, openChapter } from '../support/permission-cases-network';
import { TestApp } from '../support/test-app';
import { describeInBrowser } from './browser';
import { checkScreen, focusedId } from './screen-check';
import { browserSuite } from './suite';

const unique = () => randomBytes(3).toString('hex');

/** A national community with its editor, a chapter of it opened by the world's library, and two chapter members. */
async function setUp(t: TestApp) {
  const w = await world(t);
  const editor = await registerUser(t, { displayName: 'Landelijke redactie' });
  const national = await nationalSetup(t, w.admin, editor);
  const chapter = await openChapter(t, w.manager, national.community.id, w.library.id, { name: `Leesclub Noord ${unique()}` });
  const author = await registerUser(t, { displayName: 'Schrijver Sam' });
  const other = await registerUser(t, { displayName: 'Lezer Lotte' });
  for (const u of [author, other]) {
    await join(t, u, chapter.id);
    await join(t, u, w.pub.id);
  }
  const [nationalLibrary] = await t.sql<{ slug: string; name: string }>(`SELECT slug, name FROM libraries WHERE id = $1`, [
    national.library.id,
  ]);
  const [localLibrary] = await t.sql<{ slug: string; name: string }>(`SELECT slug, name FROM libraries WHERE id = $1`, [w.library.id]);
  return { ...w, editor, national, nationalLibrary, localLibrary, chapter, author, other };
}

/** A catalogue item written straight into the database (the import has its own tests). */
async function catalogueItem(t: TestApp, title: string): Promise<string> {
  const [row] = await t.sql<{ id: string }>(`INSERT INTO collection_items (title, creators, year) VALUES ($1, $2, 2021) RETURNING id`, [
    title,
    ['Auteur, Anna'],
  ]);
  return row.id;
}

const THREAD_ITEMS = `query($id: ID!) { thread(id: $id) { items { id title } } }`;
const itemsOf = async (t: TestApp, threadId: string, token: string) =>
  ((await ok(t, THREAD_ITEMS, { id: threadId }, token)).thread.items as { id: string }[]).map((i) => i.id);

const said = (page: Page, text: string) => page.getByRole('status').getByText(text).first().waitFor();

describeInBrowser('web client: catalogue links, syndication and the content database (issue 18 ask 1)', () => {
  const s = browserSuite({ setUp });

  it('a thread’s author links a catalogue item on the thread page and unlinks it; another member is not offered it', async () => {
    const { t, w } = s;
    const title = `De zomer van ${unique()}`;
    const itemId = await catalogueItem(t, title);
    const thread = await createThread(t, w.author, w.chapter.id, { title: 'Wat lezen jullie deze zomer?' });

    const page = await s.signedIn(w.author);
    await page.goto(`${t.url}/thread/${thread.id}`);
    await page.getByRole('heading', { level: 1, name: thread.title }).waitFor();
    await page.getByText('Titels bij dit gesprek beheren').click();
    await page.getByLabel('Zoek een titel (titel, maker of ISBN)').fill(title);
    await page.getByRole('search', { name: 'Titel zoeken om te koppelen' }).getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('button', { name: `${title} koppelen` }).click();
    await said(page, `${title} is gekoppeld.`);
    expect(await itemsOf(t, thread.id, w.author.token)).toEqual([itemId]);
    // The thread's list of titles shows it, linked to the item's page.
    await page.getByRole('region', { name: 'Over deze titels' }).getByRole('link', { name: title }).waitFor();
    await checkScreen(page, 'thread-item-links');

    // Another member (neither the author nor a moderator) sees the title but is not offered the tools.
    const otherPage = await s.signedIn(w.other);
    await otherPage.goto(`${t.url}/thread/${thread.id}`);
    await otherPage.getByRole('region', { name: 'Over deze titels' }).getByRole('link', { name: title }).waitFor();
    await otherPage.waitForLoadState('networkidle');
    expect(await otherPage.getByText('Titels bij dit gesprek beheren').count()).toBe(0);
    expect(await otherPage.getByRole('button', { name: `${title} ontkoppelen` }).count()).toBe(0);

    await page.getByRole('button', { name: `${title} ontkoppelen` }).click();
    await said(page, `${title} is ontkoppeld.`);
    expect(await itemsOf(t, thread.id, w.author.token)).toEqual([]);
  }, 180_000);

  it('on an item’s page a member starts a conversation about it and links one of their threads; someone else’s thread is refused', async () => {
    const { t, w } = s;
    const title = `Het lied van de rivier ${unique()}`;
    const itemId = await catalogueItem(t, title);

    const page = await s.signedIn(w.author);
    await page.goto(`${t.url}/item/${itemId}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Nog geen gesprekken die je kunt lezen.').waitFor();
    // Nothing filled in: said at the field, nothing created.
    await page.getByRole('button', { name: 'Gesprek beginnen' }).click();
    await page.getByText('Gebruik 3 tot 200 tekens.').waitFor();
    expect(await focusedId(page, 'start-title')).toBe('start-title');
    await checkScreen(page, 'item-conversation');

    await page.getByLabel('In gemeenschap').selectOption({ label: w.chapter.name });
    await page.getByLabel('Onderwerp', { exact: true }).fill('Wie leest mee met Het lied van de rivier?');
    await page.getByLabel('Je bericht').fill('Ik begin volgende week, doe je mee?');
    await page.getByRole('button', { name: 'Gesprek beginnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wie leest mee met Het lied van de rivier?' }).waitFor();
    const started = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(await itemsOf(t, started, w.author.token)).toEqual([itemId]);
    const [{ community_id }] = await t.sql<{ community_id: string }>(`SELECT community_id FROM threads WHERE id = $1`, [started]);
    expect(community_id).toBe(w.chapter.id);

    // An existing thread of theirs, by its link.
    const mine = await createThread(t, w.author, w.pub.id, { title: `Rivierverhalen ${unique()}` });
    await page.goto(`${t.url}/item/${itemId}`);
    await page.getByLabel('Link naar het gesprek').fill('geen link');
    await page.getByRole('button', { name: 'Gesprek koppelen' }).click();
    await page.getByText('Dit is geen link naar een gesprek.').waitFor();
    await page.getByLabel('Link naar het gesprek').fill(`${t.url}/thread/${mine.id}`);
    await page.getByRole('button', { name: 'Gesprek koppelen' }).click();
    await said(page, 'Het gesprek is aan deze titel gekoppeld.');
    await page.getByRole('region', { name: 'Gesprekken over deze titel' }).getByRole('link', { name: mine.title }).waitFor();
    expect(await itemsOf(t, mine.id, w.author.token)).toEqual([itemId]);

    // Someone else's thread: the server refuses, the screen says why, nothing is linked.
    const theirs = await createThread(t, w.other, w.pub.id, { title: `Niet van mij ${unique()}` });
    await page.getByLabel('Link naar het gesprek').fill(`${t.url}/thread/${theirs.id}`);
    await page.getByRole('button', { name: 'Gesprek koppelen' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /auteur|moderator/ })
      .waitFor();
    expect(await itemsOf(t, theirs.id, w.other.token)).toEqual([]);

    // A visitor who is not signed in is offered neither form.
    const visitor = await s.visitor();
    await visitor.goto(`${t.url}/item/${itemId}`);
    await visitor.getByRole('heading', { level: 1, name: title }).waitFor();
    await visitor.getByRole('region', { name: 'Gesprekken over deze titel' }).getByRole('link', { name: mine.title }).waitFor();
    expect(await visitor.getByRole('button', { name: 'Gesprek beginnen' }).count()).toBe(0);
    expect(await visitor.getByRole('button', { name: 'Gesprek koppelen' }).count()).toBe(0);
  }, 180_000);

  it('a chapter’s moderator proposes threads; the national editors accept one, decline one with a reason and withdraw; readers see the provenance', async () => {
    const { t, w } = s;
    const first = await createThread(t, w.author, w.chapter.id, { title: `Voorlezen in de wijk ${unique()}` });
    const second = await createThread(t, w.author, w.chapter.id, { title: `Taalcafé op dinsdag ${unique()}` });
    const SYNDICATIONS = `query($id: ID!) { thread(id: $id) { syndications { id state reason } } }`;
    const states = async (threadId: string) =>
      (
        (await ok(t, SYNDICATIONS, { id: threadId }, w.manager.token)).thread.syndications as { state: string; reason: string | null }[]
      ).map((x) => [x.state, x.reason]);

    // A chapter member (no moderator) is not offered proposing.
    const memberPage = await s.signedIn(w.other);
    await memberPage.goto(`${t.url}/thread/${first.id}`);
    await memberPage.getByRole('heading', { level: 1, name: first.title }).waitFor();
    await memberPage.waitForLoadState('networkidle');
    expect(await memberPage.getByRole('heading', { name: 'Landelijk delen' }).count()).toBe(0);

    const page = await s.signedIn(w.manager);
    for (const thread of [first, second]) {
      await page.goto(`${t.url}/thread/${thread.id}`);
      await page.getByRole('heading', { level: 1, name: thread.title }).waitFor();
      await page.getByRole('button', { name: `Voorstellen aan ${w.national.community.name}` }).click();
      await said(page, `Voorgesteld aan ${w.national.community.name}.`);
    }
    await page.getByRole('region', { name: 'Landelijk delen' }).getByText('Voorgesteld', { exact: true }).waitFor();
    await checkScreen(page, 'thread-syndication');
    expect(await states(first.id)).toEqual([['PROPOSED', null]]);

    // The chapter's moderator is no national editor: the inbox refuses and offers nothing.
    await page.goto(`${t.url}/community/${w.national.community.slug}/proposals`);
    await page.getByText(`Alleen de landelijke redactie van ${w.national.community.name} ziet de voorstellen.`).waitFor();
    expect(await page.getByRole('button', { name: /accepteren/ }).count()).toBe(0);

    // The editor finds the inbox from the national community's page.
    const editor = await s.signedIn(w.editor);
    await editor.goto(`${t.url}/community/${w.national.community.slug}`);
    await editor.getByRole('link', { name: 'Voorstellen van afdelingen' }).click();
    await editor.getByRole('heading', { level: 1, name: `Voorstellen voor ${w.national.community.name}` }).waitFor();
    await editor.getByRole('link', { name: first.title }).waitFor();
    await checkScreen(editor, 'syndication-inbox');
    await editor.getByRole('button', { name: `${first.title} accepteren` }).click();
    await editor.getByRole('link', { name: first.title }).waitFor({ state: 'detached' });
    expect(await states(first.id)).toEqual([['ACCEPTED', null]]);
    const card = editor.getByRole('listitem').filter({ has: editor.getByRole('link', { name: second.title }) });
    await card.getByLabel('Reden van afwijzen').fill('Te lokaal voor de landelijke tijdlijn');
    await editor.getByRole('button', { name: `${second.title} afwijzen` }).click();
    await editor.getByRole('link', { name: second.title }).waitFor({ state: 'detached' });
    expect(await states(second.id)).toEqual([['DECLINED', 'Te lokaal voor de landelijke tijdlijn']]);

    // A reader of the accepted thread sees where it comes from, with a link back to the chapter.
    const reader = await s.visitor();
    await reader.goto(`${t.url}/thread/${first.id}`);
    const provenance = reader.locator('.provenance', { hasText: `Uit ${w.localLibrary.name}` });
    await provenance.getByRole('link', { name: w.chapter.name }).waitFor();
    // The chapter's moderator sees the decision and the reason on the declined thread.
    await page.goto(`${t.url}/thread/${second.id}`);
    await page
      .getByRole('region', { name: 'Landelijk delen' })
      .getByText('reden: Te lokaal voor de landelijke tijdlijn', { exact: false })
      .waitFor();

    // The editors withdraw the accepted one, with a reason, from the accepted list.
    await editor.getByLabel('Toon').selectOption('ACCEPTED');
    await editor.getByRole('link', { name: first.title }).waitFor();
    await checkScreen(editor, 'syndication-inbox-accepted');
    await editor.getByLabel('Reden van intrekken').fill('Campagne is voorbij');
    await editor.getByRole('button', { name: `${first.title} intrekken` }).click();
    await editor.getByRole('link', { name: first.title }).waitFor({ state: 'detached' });
    expect(await states(first.id)).toEqual([['WITHDRAWN', 'Campagne is voorbij']]);
    await reader.reload();
    await reader.getByRole('heading', { level: 1, name: first.title }).waitFor();
    await reader.waitForLoadState('networkidle');
    expect(await reader.locator('.provenance').count()).toBe(0);
  }, 180_000);

  it('national editors create, change and archive a content item; a local library’s staff publish it into a community; a member is refused', async () => {
    const { t, w } = s;
    const ITEM = `query($id: ID!) { contentItem(id: $id) { title tags campaign archived usage { total } } }`;
    const item = async (id: string) => (await ok(t, ITEM, { id }, w.editor.token)).contentItem;

    const editor = await s.signedIn(w.editor);
    await editor.goto(`${t.url}/library/${w.nationalLibrary.slug}`);
    await editor.getByRole('link', { name: 'Inhoudsbank' }).click();
    await editor.getByRole('heading', { level: 1, name: `Inhoudsbank voor ${w.nationalLibrary.name}` }).waitFor();
    const before = await t.sql(`SELECT id FROM content_items`);
    await editor.getByRole('button', { name: 'Bericht toevoegen' }).click();
    await editor.getByText('Gebruik 3 tot 200 tekens.').waitFor();
    expect(await focusedId(editor, 'content-new-title')).toBe('content-new-title');
    expect(await t.sql(`SELECT id FROM content_items`)).toEqual(before);
    await checkScreen(editor, 'content-database');

    const title = `Zomerleestip ${unique()}`;
    const form = editor.getByRole('form', { name: 'Nieuw bericht voor de inhoudsbank' });
    await form.getByLabel('Titel', { exact: true }).fill(title);
    await form.getByLabel('Tekst', { exact: true }).fill('Lees deze zomer **De avond is ongemak**.');
    await form.getByLabel('Labels').fill('zomer, volwassenen');
    await form.getByLabel('Campagne').fill('Zomerlezen');
    await form.getByRole('button', { name: 'Bericht toevoegen' }).click();
    await editor.getByRole('heading', { level: 1, name: title }).waitFor();
    const itemId = new URL(editor.url()).pathname.split('/').pop() ?? '';
    expect(await item(itemId)).toEqual({
      title,
      tags: ['zomer', 'volwassenen'],
      campaign: 'Zomerlezen',
      archived: false,
      usage: { total: 0 },
    });
    await checkScreen(editor, 'content-item');

    await editor.getByLabel('Titel', { exact: true }).fill(`${title} (herzien)`);
    await editor.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await said(editor, 'De wijzigingen zijn opgeslagen.');
    expect((await item(itemId)).title).toBe(`${title} (herzien)`);

    // Staff of a local library find it, publish it into their community, and may not change it.
    const manager = await s.signedIn(w.manager);
    await manager.goto(`${t.url}/library/${w.localLibrary.slug}`);
    await manager.getByRole('link', { name: 'Inhoudsbank' }).click();
    const search = manager.getByRole('search', { name: 'Zoeken in de inhoudsbank' });
    await search.getByLabel('Zoekwoorden (titel, tekst of label)').fill('Zomerleestip');
    await search.getByLabel('Campagne').fill('Winterlezen');
    await search.getByRole('button', { name: 'Zoeken' }).click();
    await manager.getByText('Geen berichten gevonden.').waitFor();
    await search.getByLabel('Campagne').fill('Zomerlezen');
    await search.getByLabel('Alleen wat vandaag geplaatst mag worden').check();
    await search.getByRole('button', { name: 'Zoeken' }).click();
    await manager.getByRole('link', { name: `${title} (herzien)` }).click();
    await manager.getByRole('heading', { level: 1, name: `${title} (herzien)` }).waitFor();
    expect(await manager.getByRole('heading', { name: 'Bericht wijzigen' }).count()).toBe(0);
    await manager.getByLabel('In gemeenschap').selectOption({ label: w.pub.name });
    await checkScreen(manager, 'content-item-publish');
    await manager.getByRole('button', { name: 'Plaatsen' }).click();
    await said(manager, `Geplaatst in ${w.pub.name}.`);
    const [published] = await t.sql<{ thread_id: string; community_id: string }>(
      `SELECT p.thread_id, th.community_id FROM content_publications p JOIN threads th ON th.id = p.thread_id WHERE p.content_item_id = $1`,
      [itemId],
    );
    expect(published.community_id).toBe(w.pub.id);
    expect((await item(itemId)).usage).toEqual({ total: 1 });
    await manager.getByRole('link', { name: `Naar “${title} (herzien)”` }).click();
    await manager.locator('.provenance', { hasText: w.nationalLibrary.name }).waitFor();

    // Archived after confirming, it is no longer offered for publishing.
    await editor.getByRole('button', { name: 'Archiveren' }).click();
    const dialog = editor.getByRole('dialog', { name: `${title} (herzien) archiveren?` });
    await dialog.getByRole('button', { name: 'Archiveren' }).click();
    await said(editor, `${title} (herzien) is gearchiveerd.`);
    expect((await item(itemId)).archived).toBe(true);
    await editor.reload();
    await editor.getByRole('heading', { level: 1, name: `${title} (herzien)` }).waitFor();
    await editor.getByText('Gearchiveerd', { exact: true }).first().waitFor();
    expect(await editor.getByRole('button', { name: 'Plaatsen' }).count()).toBe(0);

    // A member is neither linked to the content database nor shown it.
    const member = await s.signedIn(w.member);
    await member.goto(`${t.url}/library/${w.localLibrary.slug}`);
    await member.getByRole('heading', { level: 1, name: w.localLibrary.name }).waitFor();
    expect(await member.getByRole('link', { name: 'Inhoudsbank' }).count()).toBe(0);
    await member.goto(`${t.url}/library/${w.localLibrary.slug}/content`);
    await member.getByText('Alleen bibliotheekmedewerkers gebruiken de inhoudsbank.').waitFor();
    expect(await member.getByRole('button', { name: 'Bericht toevoegen' }).count()).toBe(0);
    await member.goto(`${t.url}/library/${w.localLibrary.slug}/content/${itemId}`);
    await member.getByText('Alleen bibliotheekmedewerkers gebruiken de inhoudsbank.').waitFor();
    expect(await member.getByRole('button', { name: 'Plaatsen' }).count()).toBe(0);
    // English second: the same refusal in English.
    await member.getByRole('button', { name: 'English' }).click();
    await member.getByText('Only library staff use the content database.').waitFor();
  }, 180_000);
});
