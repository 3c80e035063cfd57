import { ok } from '../support/gql';
import { createThread, registerUser, world } from '../support/factories';
import { ACCEPT, nationalSetup, openChapter, propose } from '../support/permission-cases-network';
import { TestApp } from '../support/test-app';
import { describeInBrowser, expectAccessible, screenshot, waitForLive } from './browser';
import { browserSuite } from './suite';

/** A national theme community with its editor, and a chapter of it opened by the world's library. */
async function setUp(t: TestApp) {
  const w = await world(t);
  const editor = await registerUser(t, { displayName: 'Landelijke redactie' });
  const national = await nationalSetup(t, w.admin, editor);
  const chapter = await openChapter(t, w.manager, national.community.id, w.library.id);
  return { ...w, editor, national, chapter };
}

describeInBrowser('web client: a national theme community and its chapters', () => {
  const s = browserSuite({ setUp });

  it('the national community’s feed shows its own threads and accepted chapter threads with their provenance; a newly accepted one arrives live', async () => {
    const { t, w } = s;
    const own = await createThread(t, w.editor, w.national.community.id, { title: 'Landelijke leesweek: wat doen jullie?' });
    const local = await createThread(t, w.manager, w.chapter.id, { title: 'Voorlezen in de wijk Overvecht' });
    await ok(t, ACCEPT, { id: await propose(t, w.manager, local.id) }, w.editor.token);

    const page = await s.visitor();
    await page.goto(`${t.url}/community/${w.national.community.slug}`);
    await page.getByRole('heading', { level: 1, name: w.national.community.name }).waitFor();
    await page.locator('.card-meta .badge', { hasText: 'Landelijk' }).waitFor();
    const list = page.getByRole('region', { name: 'Gesprekken' });
    const chapterThread = list.getByRole('listitem').filter({ has: page.getByRole('link', { name: local.title }) });
    await chapterThread
      .locator('.provenance', { hasText: `Uit ${w.library.name}` })
      .getByRole('link', { name: w.chapter.name })
      .waitFor();
    const ownThread = list.getByRole('listitem').filter({ has: page.getByRole('link', { name: own.title }) });
    await ownThread.waitFor();
    expect(await ownThread.locator('.provenance').count()).toBe(0);
    await expectAccessible(page, 'national community');
    await screenshot(page, 'national-community-feed');

    // Accepted while the page is open: it comes in, with where it is from.
    await waitForLive(page);
    const later = await createThread(t, w.manager, w.chapter.id, { title: 'Taalcafé op dinsdag' });
    await ok(t, ACCEPT, { id: await propose(t, w.manager, later.id) }, w.editor.token);
    const arrived = list.getByRole('listitem').filter({ has: page.getByRole('link', { name: later.title }) });
    await arrived.locator('.provenance', { hasText: `Uit ${w.library.name}` }).waitFor({ timeout: 10_000 });
    expect(await list.getByRole('listitem').first().textContent()).toContain(later.title);

    // The provenance link leads to the chapter, which links back to its national community.
    await chapterThread.getByRole('link', { name: w.chapter.name }).click();
    await page.getByRole('heading', { level: 1, name: w.chapter.name }).waitFor();
    const back = page
      .locator('.chapter-of', { hasText: 'Lokale afdeling van de landelijke gemeenschap' })
      .getByRole('link', { name: w.national.community.name });
    await back.waitFor();
    await expectAccessible(page, 'chapter community');
    await screenshot(page, 'chapter-links-to-national');
    await back.click();
    await page.getByRole('heading', { level: 1, name: w.national.community.name }).waitFor();
  });

  it('in English the provenance reads “From …”', async () => {
    const { t, w } = s;
    const local = await createThread(t, w.manager, w.chapter.id, { title: 'Reading aloud in English' });
    await ok(t, ACCEPT, { id: await propose(t, w.manager, local.id) }, w.editor.token);
    const page = await s.visitor('en-GB');
    await page.goto(`${t.url}/community/${w.national.community.slug}`);
    await page.getByRole('heading', { level: 1, name: w.national.community.name }).waitFor();
    const item = page.locator('.thread-list > li', { has: page.getByRole('link', { name: local.title }) });
    await item.locator('.provenance', { hasText: `From ${w.library.name}` }).waitFor();
    await page.getByText('With conversations from the local chapters, chosen by the national editors.').waitFor();
  });
});
