import { ok } from '../support/gql';
import { TEST_PASSWORD, createCommunity, createLibrary, createThread, registerUser, world } from '../support/factories';
import { TestApp } from '../support/test-app';
import { describeInBrowser, expectAccessible, screenshot, waitForLive } from './browser';
import { browserSuite } from './suite';
import { checkScreen, focusedId, focusedWhere } from './screen-check';

/** The world, a national theme community, and a thread in the world's public community. */
async function setUp(t: TestApp) {
  const w = await world(t);
  const national = await createLibrary(t, w.admin, { kind: 'NATIONAL' });
  const theme = await createCommunity(t, w.admin, national.id, 'PUBLIC');
  const thread = await createThread(t, w.manager, w.pub.id, { title: 'Welke boeken over de Domtoren?', body: 'Ik zoek **tips**.' });
  const library = await ok(t, `query($slug: String!) { library(slug: $slug) { name } }`, { slug: w.library.slug });
  return {
    communityName: w.pub.name,
    communitySlug: w.pub.slug,
    nationalName: theme.name,
    threadId: thread.id,
    threadTitle: thread.title,
    libraryName: library.library.name as string,
  };
}

describeInBrowser('web client: what a member does', () => {
  const s = browserSuite({ setUp });

  it('a visitor registers, joins a community and posts a reply, with a markdown preview', async () => {
    const { t, w: fixture } = s;
    const page = await s.visitor();
    await page.goto(`${t.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Bibliotheken en hun gemeenschappen' }).waitFor();
    // National theme communities come first, then the libraries with theirs.
    await page.getByRole('heading', { level: 2, name: 'Bibliotheken' }).waitFor();
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual(['Landelijke themagemeenschappen', 'Bibliotheken']);
    await page
      .locator('section', { has: page.getByRole('heading', { name: 'Landelijke themagemeenschappen' }) })
      .getByRole('link', { name: fixture.nationalName })
      .waitFor();
    await expectAccessible(page, 'home');

    await page.getByRole('link', { name: 'Account maken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Account maken' }).waitFor();
    await page.getByRole('button', { name: 'Account maken' }).click();
    await page.getByText('Vul een naam in van 2 tot 60 tekens.').waitFor();
    await expectAccessible(page, 'register (with errors)');
    const email = `web-${Date.now()}@test.waardenet.nl`;
    // The world's community manager is "Bibliothecaris": a look-alike (Cyrillic а) is refused, and the screen says why.
    await page.getByLabel('Naam').fill('Bibliothec\u0430ris');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Account maken' }).click();
    await page.getByText('Deze naam lijkt op die van een medewerker van een bibliotheek; kies een andere.').waitFor();
    await page.getByLabel('Naam').fill('Ria Lezer');
    await page.getByRole('button', { name: 'Account maken' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Ria Lezer' }).waitFor();

    await page.getByRole('link', { name: fixture.libraryName }).click();
    await page.getByRole('heading', { level: 1, name: fixture.libraryName }).waitFor();
    await expectAccessible(page, 'library');
    await page.getByRole('link', { name: fixture.communityName }).click();
    await page.getByRole('heading', { level: 1, name: fixture.communityName }).waitFor();
    await page.getByRole('button', { name: 'Lid worden' }).click();
    await page.getByText('Je bent lid.').waitFor();
    await page.getByRole('button', { name: 'Gemeenschap verlaten' }).waitFor();
    await expectAccessible(page, 'community');
    // The home page now starts with "your communities".
    await page.getByRole('link', { name: 'Waardenet', exact: true }).first().click();
    const mine = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Jouw gemeenschappen' }) });
    await mine.getByRole('link', { name: fixture.communityName }).waitFor();
    expect(await mine.getByRole('link').allTextContents()).toEqual([fixture.communityName]);
    await checkScreen(page, 'home-my-communities');
    await mine.getByRole('link', { name: fixture.communityName }).click();
    await page.getByRole('heading', { level: 1, name: fixture.communityName }).waitFor();

    await page.getByRole('link', { name: fixture.threadTitle }).click();
    await page.getByRole('heading', { level: 1, name: fixture.threadTitle }).waitFor();
    await expectAccessible(page, 'thread');
    await page.getByLabel('Je reactie').fill('Probeer **De Domtoren** van [Het Utrechts Archief](https://hetutrechtsarchief.nl).');
    await page.getByRole('button', { name: 'Voorbeeld tonen' }).click();
    const preview = page.getByRole('region', { name: 'Voorbeeld' });
    await preview.locator('strong', { hasText: 'De Domtoren' }).waitFor();
    await expectAccessible(page, 'thread with preview');
    await page.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await page.locator('main').getByText('Je reactie is geplaatst.').waitFor();
    const reply = page.locator('.reply-list article', { hasText: 'Ria Lezer' });
    await reply.locator('strong', { hasText: 'De Domtoren' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: '1 reactie' }).count()).toBe(1);

    // Reactions (to someone else's post) toggle, with their count.
    const opening = page.locator('main > article').first();
    await opening.getByRole('button', { name: /Leuk/, pressed: false }).click();
    await opening.getByRole('button', { name: 'Leuk 1', pressed: true }).waitFor();
    await opening.getByRole('button', { name: /Leuk/, pressed: true }).click();
    await opening.getByRole('button', { name: 'Leuk', exact: true, pressed: false }).waitFor();

    const rows = await t.sql<{ body: string }>(`SELECT p.body FROM posts p JOIN users u ON u.id = p.author_id WHERE u.email = $1`, [email]);
    expect(rows.map((r) => r.body)).toEqual(['Probeer **De Domtoren** van [Het Utrechts Archief](https://hetutrechtsarchief.nl).']);
    await screenshot(page, 'member-registers-joins-replies');
  });

  it('a second reader of the thread sees a new reply appear live, and hears it announced', async () => {
    const { t, w: fixture } = s;
    const writer = await registerUser(t, { displayName: 'Schrijver' });
    await ok(
      t,
      `mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`,
      { id: (await ok(t, `query($s: String!) { community(slug: $s) { id } }`, { s: fixture.communitySlug })).community.id },
      writer.token,
    );

    const reader = await s.visitor();
    await reader.goto(`${t.url}/thread/${fixture.threadId}`);
    await reader.getByRole('heading', { level: 1, name: fixture.threadTitle }).waitFor();
    await waitForLive(reader);

    const author = await s.signedIn(writer);
    await author.goto(`${t.url}/thread/${fixture.threadId}`);
    await author.getByLabel('Je reactie').fill('Live vanuit de andere browser');
    await author.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await author.locator('main').getByText('Je reactie is geplaatst.').waitFor();

    await reader.locator('.reply-list article', { hasText: 'Live vanuit de andere browser' }).waitFor({ timeout: 10_000 });
    await reader.getByTestId('announcer').getByText('Nieuwe reactie van Schrijver').waitFor();
    expect(await reader.locator('[aria-live="polite"]').count()).toBeGreaterThan(0);
    await screenshot(reader, 'second-reader-sees-reply-live');
  });

  it('a reload keeps the session (refresh cookie, token in memory only); logging out ends it', async () => {
    const { t } = s;
    const member = await registerUser(t, { displayName: 'Blijft Ingelogd' });
    const page = await s.visitor();
    await page.goto(`${t.url}/login`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Vul je e-mailadres in.').waitFor();
    await expectAccessible(page, 'login (with errors)');
    await s.logIn(page, member);
    const cookie = (await page.context().cookies()).find((c) => c.name === 'wn_refresh');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/graphql' });

    await page.goto(`${t.url}/profile`);
    await page.getByRole('heading', { level: 1, name: 'Blijft Ingelogd' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Blijft Ingelogd' }).waitFor();
    await page.getByText(member.email).waitFor();
    await expectAccessible(page, 'profile');
    // Nothing secret in storage the page's scripts can read: only the chosen language, if any.
    const stored = await page.evaluate<string>('JSON.stringify({ ...localStorage, ...sessionStorage })');
    expect(stored).not.toMatch(/eyJ|token/i);

    await page.getByRole('button', { name: 'Uitloggen' }).first().click();
    await page.getByRole('link', { name: 'Inloggen' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Bibliotheken en hun gemeenschappen' }).waitFor();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inloggen' }).waitFor();
    expect((await page.context().cookies()).find((c) => c.name === 'wn_refresh' && c.value)).toBeUndefined();
    await screenshot(page, 'reload-keeps-session-then-logout');
  });

  it('works with the keyboard alone, and speaks the language the visitor picks', async () => {
    const { t, w: fixture } = s;
    const page = await s.visitor('en-GB');
    await page.goto(`${t.url}/`);
    // The browser prefers English: the client follows, and says so in <html lang>.
    await page.getByRole('heading', { level: 1, name: 'Libraries and their communities' }).waitFor();
    await page.getByRole('link', { name: fixture.communityName }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await focusedId(page, 'main')).toBe('main');

    // Tab to the community's link and follow it with Enter: the new screen's heading gets the focus.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate('document.activeElement.textContent')) === fixture.communityName) break;
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: fixture.communityName }).waitFor();
    expect(await focusedWhere(page, 'document.activeElement.tagName', 'H1')).toBe('H1');

    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 2, name: 'Gesprekken' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Gesprekken' }).waitFor();
    expect(await page.evaluate('JSON.stringify(Object.keys(localStorage))')).toBe('["waardenet.language"]');
    await expectAccessible(page, 'community (keyboard, switched language)');
    await screenshot(page, 'keyboard-and-language');
  });
});
