import { ok } from '../support/gql';
import { createPost, createThread, registerUser } from '../support/factories';
import { describeInBrowser, expectAccessible, screenshot, waitForLive } from './browser';
import { browserSuite } from './suite';
import { waitFor } from '../support/wait';
import { focusedId } from './screen-check';

describeInBrowser('web client: search, notifications and the profile', () => {
  const s = browserSuite();

  it('finds a post about a "fiets" when searching "fietsen", from the header, with the keyboard; filters by kind and escapes markup', async () => {
    const { t, w } = s;
    const thread = await createThread(t, w.member, w.pub.id, {
      title: 'Tweedehands vervoer',
      body: 'Wie weet een goede plek voor onderdelen?',
    });
    await createPost(t, w.member, thread.id, 'Mijn oude fiets staat nog in de schuur, te koop voor < 100 euro.');
    const page = await s.visitor();
    await page.goto(`${t.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Bibliotheken en hun gemeenschappen' }).waitFor();

    // The search box is a labelled field in a search landmark; Enter submits it.
    const box = page.getByRole('search').getByRole('searchbox', { name: 'Zoeken' });
    await box.focus();
    await page.keyboard.type('fietsen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Zoekresultaten voor “fietsen”' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('fietsen');

    const hit = page.locator('.search-hit', { hasText: 'Mijn oude' });
    await hit.waitFor();
    expect(await hit.locator('mark').first().textContent()).toBe('fiets');
    await hit.getByText('Bericht', { exact: true }).waitFor();
    // The text's own "<" stays text: only <mark> becomes an element.
    expect(await hit.locator('.snippet *:not(mark)').count()).toBe(0);
    expect(await hit.locator('.snippet').textContent()).toContain('< 100 euro');
    await expectAccessible(page, 'search');
    await screenshot(page, 'search-fietsen-finds-fiets');

    // Narrowed to conversations: the post is no longer among the results.
    await page.getByLabel('Soort').selectOption('THREAD');
    await page.waitForURL(/kind=THREAD/);
    await page.getByText('Niets gevonden. Probeer andere woorden.').waitFor();
    await page.getByLabel('Soort').selectOption('POST');
    await hit.waitFor();

    await hit.getByRole('link', { name: 'Tweedehands vervoer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tweedehands vervoer' }).waitFor();
  });

  it('pages through many results with "more", in English too', async () => {
    const { t, w } = s;
    for (let i = 1; i <= 22; i++) await createThread(t, w.member, w.pub.id, { title: `Kanotocht langs de Vecht ${i}` });
    const page = await s.visitor('en-GB');
    await page.goto(`${t.url}/search?q=kanotocht&kind=THREAD`);
    await page.getByRole('heading', { level: 1, name: 'Search results for “kanotocht”' }).waitFor();
    await page.getByText('20 results shown').waitFor();
    await page.getByRole('button', { name: 'More results' }).click();
    await page.getByText('22 results shown').waitFor();
    expect(await page.locator('.search-hit').count()).toBe(22);
    expect(await page.getByRole('button', { name: 'More results' }).count()).toBe(0);
    await expectAccessible(page, 'search (English, second page)');
  });

  it('a mention makes the badge count go up live without a reload; the list links to it; mark all read clears it; preferences are saved', async () => {
    const { t, w } = s;
    const reader = await registerUser(t, { displayName: 'Anna Lezer' });
    const writer = await registerUser(t, { displayName: 'Bert Schrijver' });
    await ok(t, `mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`, { id: w.pub.id }, writer.token);
    const { me } = await ok(t, `{ me { handle } }`, {}, reader.token);
    const thread = await createThread(t, writer, w.pub.id, { title: 'Leesclub in de buurt' });

    const page = await s.signedIn(reader);
    await waitForLive(page);
    const bell = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /^Meldingen/ });
    await bell.waitFor();
    expect(await page.getByTestId('unread-count').count()).toBe(0);
    const loads = { count: 0 };
    page.on('framenavigated', () => loads.count++);

    await createPost(t, writer, thread.id, `Wat vind jij, @${me.handle}?`);

    await page.getByTestId('unread-count').getByText('1', { exact: true }).waitFor({ timeout: 10_000 });
    expect(await bell.getAttribute('href')).toBe('/notifications');
    await page.getByRole('link', { name: /^Meldingen\W*1 ongelezen$/ }).waitFor();
    expect(loads.count).toBe(0);
    await screenshot(page, 'mention-badge-live');

    await bell.click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    const item = page.locator('.notification', { hasText: 'Bert Schrijver noemde je' });
    await item.getByRole('link', { name: 'Leesclub in de buurt' }).waitFor();
    await expectAccessible(page, 'notifications');

    await page.getByRole('button', { name: 'Alles gelezen' }).click();
    await page.getByTestId('announcer').getByText('Alle meldingen zijn gelezen.').waitFor();
    expect(await page.getByTestId('unread-count').count()).toBe(0);
    expect((await ok(t, `{ unreadCount }`, {}, reader.token)).unreadCount).toBe(0);

    await page.getByLabel('Iemand noemt je (@naam)').selectOption('OFF');
    await page.getByTestId('announcer').getByText('Opgeslagen.').waitFor();
    await page.getByLabel('Eén overzicht per dag', { exact: false }).check();
    // The announcer still says "Opgeslagen." from the first change, so wait for the saved value itself.
    const prefs = await waitFor(
      async () => {
        const p = await ok(t, `{ notificationPreferences { emailDelivery kinds { kind channel } } }`, {}, reader.token);
        return p.notificationPreferences.emailDelivery === 'DAILY' ? p : null;
      },
      { what: 'the daily digest choice saved' },
    );
    expect(prefs.notificationPreferences.kinds.find((k: { kind: string }) => k.kind === 'MENTION').channel).toBe('OFF');
    await expectAccessible(page, 'notifications with preferences');

    await item.getByRole('link', { name: 'Leesclub in de buurt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leesclub in de buurt' }).waitFor();
    await screenshot(page, 'notifications-after-mark-read');
  });

  it('the language of e-mail can be set to English: saved at once, still chosen after a reload, delivery left as it was', async () => {
    const { t } = s;
    const user = await registerUser(t, { displayName: 'Emma Engels' });
    const page = await s.signedIn(user);
    await page.goto(`${t.url}/notifications`);
    const language = page.getByRole('group', { name: 'Taal van de e-mail' });
    const dutch = language.getByRole('radio', { name: 'Nederlands' });
    const english = language.getByRole('radio', { name: 'English' });
    await dutch.waitFor();
    expect(await dutch.isChecked()).toBe(true);
    expect(await english.isChecked()).toBe(false);
    // Each language is named in itself, marked so a screen reader pronounces it right.
    expect(await language.locator('[lang="en"]', { hasText: 'English' }).count()).toBe(1);

    await english.check();
    await page.getByTestId('announcer').getByText('Opgeslagen.').waitFor();
    const saved = await ok(t, `{ notificationPreferences { locale emailDelivery } }`, {}, user.token);
    expect(saved.notificationPreferences).toEqual({ locale: 'EN', emailDelivery: 'IMMEDIATE' });

    await page.reload();
    await english.waitFor();
    expect(await english.isChecked()).toBe(true);
    expect(await dutch.isChecked()).toBe(false);
    await expectAccessible(page, 'notification preferences (e-mail language)');
    await screenshot(page, 'notification-preferences-language');
  });

  it('a visitor who is not logged in gets no bell, and the notifications screen asks to log in', async () => {
    const { t } = s;
    const page = await s.visitor();
    await page.goto(`${t.url}/notifications`);
    await page.getByRole('link', { name: 'Log in om je meldingen te zien' }).waitFor();
    expect(await page.getByRole('link', { name: /^Meldingen/ }).count()).toBe(0);
    await expectAccessible(page, 'notifications (anonymous)');
  });

  it('the profile shows expertise and takes a claim, at a library the user picks, and a new @handle', async () => {
    const { t, w } = s;
    const user = await registerUser(t, { displayName: 'Carla Kenner' });
    const page = await s.signedIn(user);
    await page.goto(`${t.url}/profile`);
    await page.getByRole('heading', { level: 1, name: 'Carla Kenner' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Expertise' }).waitFor();

    await page.getByRole('button', { name: 'Opgeven' }).click();
    await page.getByText('Vul een onderwerp in.').waitFor();
    expect(await focusedId(page, 'claim-topic')).toBe('claim-topic');
    await page.keyboard.type('Utrechtse stadsgeschiedenis');
    await page.getByLabel('Onderbouwing').fill('Gids bij Het Utrechts Archief');
    await page.getByRole('button', { name: 'Opgeven' }).click();
    // The claim is made at a library: only its staff see it.
    await page.getByText('Kies de bibliotheek die je aanvraag bekijkt.').waitFor();
    expect(await focusedId(page, 'claim-library')).toBe('claim-library');
    await page.getByLabel('Bibliotheek', { exact: true }).selectOption({ label: w.library.name });
    await page.getByRole('button', { name: 'Opgeven' }).click();
    const card = page.locator('.card', { hasText: 'Utrechtse stadsgeschiedenis' });
    await card.getByText('Wacht op bevestiging').waitFor();
    await card.getByText(`bij ${w.library.name}`).waitFor();
    const claims = await t.sql<{ topic: string; state: string; library_id: string }>(
      `SELECT topic, state, library_id FROM expertise WHERE user_id = $1`,
      [user.id],
    );
    expect(claims).toEqual([{ topic: 'Utrechtse stadsgeschiedenis', state: 'CLAIMED', library_id: w.library.id }]);

    await page.getByLabel('Naam voor vermeldingen').fill('x!');
    // Exactly "Opslaan": the profile form above has its own "Profiel opslaan".
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Gebruik 3 tot 30 kleine letters (a–z) en cijfers.', { exact: true }).waitFor();
    await expectAccessible(page, 'profile with errors');
    await page.getByLabel('Naam voor vermeldingen').fill('carlakenner');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByTestId('announcer').getByText('Je heet nu @carlakenner.').waitFor();
    expect((await ok(t, `{ me { handle } }`, {}, user.token)).me.handle).toBe('carlakenner');
    await expectAccessible(page, 'profile');
    await screenshot(page, 'profile-expertise-handle');
  });
});
