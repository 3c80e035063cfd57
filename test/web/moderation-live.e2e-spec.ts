import { ok } from '../support/gql';
import { createPost, createThread } from '../support/factories';
import { describeInBrowser, expectAccessible, screenshot, waitForLive } from './browser';
import { browserSuite } from './suite';

// One app and one browser for the three: each test makes its own thread or library change.
describeInBrowser('web client: moderation, new threads and house style reach readers', () => {
  const s = browserSuite();

  it('a community manager hides a reply and it disappears live from a reader’s screen', async () => {
    const { t, w } = s;
    const thread = await createThread(t, w.member, w.pub.id, { title: 'Wat lezen jullie deze zomer?' });
    const reply = await createPost(t, w.member, thread.id, 'Koop goedkope horloges op mijn site');
    const page = await s.visitor();
    await page.goto(`${t.url}/thread/${thread.id}`);
    const article = page.locator('.reply-list article', { hasText: 'Koop goedkope horloges' });
    await article.waitFor();
    await waitForLive(page);

    await ok(t, `mutation($id: ID!) { hidePost(postId: $id, reason: "spam") { id } }`, { id: reply.id }, w.manager.token);

    await page.getByText('Dit bericht is verborgen tot een moderator ernaar kijkt.').waitFor({ timeout: 10_000 });
    expect(await page.getByText('Koop goedkope horloges').count()).toBe(0);
    await screenshot(page, 'hidden-reply-disappears-live');
  });

  it('a thread started elsewhere appears at the top of the list without a reload', async () => {
    const { t, w } = s;
    await createThread(t, w.member, w.pub.id, { title: 'Een ouder onderwerp' });
    const page = await s.visitor();
    await page.goto(`${t.url}/community/${w.pub.slug}`);
    await page.locator('.thread-list').getByText('Een ouder onderwerp').waitFor();
    await waitForLive(page);

    await createThread(t, w.manager, w.pub.id, { title: 'Nieuw: leesclub in januari' });

    const first = page.locator('.thread-list li').first();
    await first.getByText('Nieuw: leesclub in januari').waitFor({ timeout: 10_000 });
    await screenshot(page, 'community-new-thread-live');
  });

  it("shows the library's welcome text and colour, and stays accessible", async () => {
    const { t, w } = s;
    await ok(
      t,
      `mutation($input: UpdateLibraryStyleInput!) { updateLibraryStyle(input: $input) { id } }`,
      {
        input: { libraryId: w.library.id, primaryColor: '#7A1F5C', welcomeText: 'Welkom in onze digitale leeszaal.' },
      },
      w.admin.token,
    );
    const page = await s.visitor();
    await page.goto(`${t.url}/library/${w.library.slug}`);
    await page.getByText('Welkom in onze digitale leeszaal.').waitFor();
    // Runs in the page; typed by hand because this file is type-checked without the DOM library.
    type Styles = { getComputedStyle(el: unknown): { getPropertyValue(name: string): string } };
    const brand = await page
      .locator('.library-page')
      .evaluate((el) => (globalThis as unknown as Styles).getComputedStyle(el).getPropertyValue('--brand').trim());
    expect(brand.toLowerCase()).toBe('#7a1f5c');
    await expectAccessible(page, 'library-house-style');
    await screenshot(page, 'library-house-style');
  });
});
