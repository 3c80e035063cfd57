import { createCommunity, createPost, createThread, join, registerUser } from '../support/factories';
import { ok } from '../support/gql';
import { nationalSetup } from '../support/permission-cases-network';
import { describeInBrowser, expectAccessible, waitForLive } from './browser';
import { announced, checkScreen, focusedWhere } from './screen-check';
import { browserSuite } from './suite';

describeInBrowser('web client: community management and moderation (issue 18)', () => {
  const s = browserSuite();

  it('a library’s community manager starts a community, sets slow mode and watched words, and invites by link; a newcomer joins with it', async () => {
    const { t, w } = s;
    const page = await s.signedIn(w.manager);
    await page.goto(
      `${t.url}/library/${(await t.sql<{ slug: string }>(`SELECT slug FROM libraries WHERE id = $1`, [w.library.id]))[0].slug}`,
    );
    await page.getByRole('link', { name: 'Nieuwe gemeenschap beginnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe gemeenschap' }).waitFor();
    await checkScreen(page, 'community-create');
    // A name that is too short is refused at its field.
    await page.getByLabel('Naam', { exact: true }).fill('Ab');
    await page.getByLabel('Thema', { exact: true }).fill('lezen');
    await page.getByLabel('Beschrijving').fill('Samen lezen in Zuid.');
    await page.getByRole('button', { name: 'Gemeenschap beginnen' }).click();
    await page.getByText('Verbeter de velden hierboven.').waitFor();
    await page.getByLabel('Naam', { exact: true }).fill('Leesclub Zuid');
    await page.getByRole('radio', { name: 'Besloten' }).check();
    await page.getByRole('button', { name: 'Gemeenschap beginnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beheer: Leesclub Zuid' }).waitFor();
    const [community] = await t.sql<{ id: string; slug: string; visibility: string }>(
      `SELECT id, slug, visibility FROM communities WHERE name = 'Leesclub Zuid'`,
    );
    expect(community.visibility).toBe('RESTRICTED');
    expect(await t.sql(`SELECT role FROM memberships WHERE community_id = $1 AND user_id = $2`, [community.id, w.manager.id])).toEqual([
      { role: 'OWNER' },
    ]);
    expect(new URL(page.url()).searchParams.get('tab')).toBe('settings');

    // Settings: slow mode and the public log, then a watched word.
    await page.getByLabel('Langzame modus', { exact: false }).fill('30');
    await page.getByLabel('Iedereen die de gemeenschap kan lezen', { exact: false }).check();
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await announced(page, 'De instellingen zijn opgeslagen.');
    expect(await t.sql(`SELECT slow_mode_seconds, public_mod_log FROM communities WHERE id = $1`, [community.id])).toEqual([
      { slow_mode_seconds: 30, public_mod_log: true },
    ]);
    await page.getByLabel('Woord of zinsdeel').fill('horloges');
    await page.getByLabel('Wat er gebeurt').selectOption('REQUIRE_APPROVAL');
    await page.getByRole('button', { name: 'Woord toevoegen' }).click();
    await announced(page, '“horloges” staat op de lijst.');
    expect(await t.sql(`SELECT action FROM watched_words WHERE community_id = $1 AND phrase = 'horloges'`, [community.id])).toEqual([
      { action: 'REQUIRE_APPROVAL' },
    ]);
    await checkScreen(page, 'manage-settings');

    // An invitation link, valid a week for at most 5 people.
    await page.getByRole('navigation', { name: 'Beheeronderdelen' }).getByRole('link', { name: 'Uitnodigen' }).click();
    await page.getByLabel('Geldig gedurende').selectOption('7');
    await page.getByLabel('Hoeveel mensen mogen hem gebruiken?', { exact: false }).fill('5');
    await page.getByRole('button', { name: 'Link maken' }).click();
    await announced(page, 'De uitnodigingslink is gemaakt.');
    const url = await page.getByLabel('De nieuwe link').inputValue();
    expect(url).toMatch(new RegExp(`^${t.url}/invite/[\\w-]{32}$`));
    await page.getByText('0 van 5 keer gebruikt', { exact: false }).waitFor();
    await checkScreen(page, 'manage-invite');

    const newcomer = await registerUser(t, { displayName: 'Nieuwkomer Noor' });
    const other = await s.signedIn(newcomer);
    await other.goto(url);
    await other.getByRole('heading', { level: 1, name: 'Uitnodiging voor Leesclub Zuid' }).waitFor();
    await checkScreen(other, 'invite-accept');
    await other.getByRole('button', { name: 'Lid worden van Leesclub Zuid' }).click();
    await other.getByRole('heading', { level: 1, name: 'Leesclub Zuid', exact: true }).waitFor();
    // A restricted community, but the link skips the approval.
    expect(await t.sql(`SELECT state FROM memberships WHERE community_id = $1 AND user_id = $2`, [community.id, newcomer.id])).toEqual([
      { state: 'ACTIVE' },
    ]);
    expect(await t.sql(`SELECT uses FROM community_invite_links WHERE community_id = $1`, [community.id])).toEqual([{ uses: 1 }]);
  });

  it('slow mode set on the settings screen holds: a member who replies twice quickly is refused in plain Dutch', async () => {
    const { t, w } = s;
    // A community of its own: slow mode in the shared ones would hold up the other tests' posts.
    const community = await createCommunity(t, w.manager, w.library.id, 'PUBLIC');
    await join(t, w.member, community.id);
    const thread = await createThread(t, w.manager, community.id, { title: 'Wat lees je deze week?' });
    const manager = await s.signedIn(w.manager);
    await manager.goto(`${t.url}/community/${community.slug}/manage?tab=settings`);
    await manager.getByLabel('Langzame modus', { exact: false }).fill('30');
    await manager.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await announced(manager, 'De instellingen zijn opgeslagen.');
    expect(await t.sql(`SELECT slow_mode_seconds FROM communities WHERE id = $1`, [community.id])).toEqual([{ slow_mode_seconds: 30 }]);

    const page = await s.signedIn(w.member);
    await page.goto(`${t.url}/thread/${thread.id}`);
    await page.getByLabel('Je reactie').fill('Ik lees Hella Haasse.');
    await page.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await page.locator('main').getByText('Je reactie is geplaatst.').waitFor();
    await page.getByLabel('Je reactie').fill('En daarna Het woud der verwachting.');
    await page.getByRole('button', { name: 'Reactie plaatsen' }).click();
    const refusal = page.getByRole('alert').getByText('Deze gemeenschap staat in de langzame modus', { exact: false });
    await refusal.waitFor();
    const text = (await refusal.textContent()) ?? '';
    expect(text).toMatch(/je kunt over \d+ seconden? weer iets plaatsen\.$/);
    expect(text).not.toMatch(/SLOW_MODE|RATE_LIMITED/);
    expect(await t.sql(`SELECT body FROM posts WHERE thread_id = $1 AND author_id = $2`, [thread.id, w.member.id])).toEqual([
      { body: 'Ik lees Hella Haasse.' },
    ]);
    await checkScreen(page, 'thread-slow-mode');
  });

  it('a local library’s manager opens a chapter of a national theme community from the same screen', async () => {
    const { t, w } = s;
    const { community: national } = await nationalSetup(t, w.admin);
    const page = await s.signedIn(w.manager);
    const [library] = await t.sql<{ slug: string }>(`SELECT slug FROM libraries WHERE id = $1`, [w.library.id]);
    await page.goto(`${t.url}/library/${library.slug}/new-community`);
    await page.getByLabel('Landelijke gemeenschap', { exact: true }).selectOption(national.id);
    await checkScreen(page, 'community-create-chapter');
    await page.getByRole('button', { name: 'Afdeling openen' }).click();
    await page.getByRole('heading', { level: 1, name: /^Beheer: / }).waitFor();
    expect(await t.sql(`SELECT library_id FROM chapters WHERE national_community_id = $1`, [national.id])).toEqual([
      { library_id: w.library.id },
    ]);
  });

  it('members: a ban with a last day and a reason; the banned member is not invited to join but told they are banned', async () => {
    const { t, w } = s;
    const troublemaker = await registerUser(t, { displayName: 'Willem Wervelwind' });
    await join(t, troublemaker, w.pub.id);
    const thread = await createThread(t, w.manager, w.pub.id, { title: 'Welkom in de leesclub' });
    const page = await s.signedIn(w.manager);
    await page.goto(`${t.url}/community/${w.pub.slug}/manage?tab=members`);
    await page.getByRole('radio', { name: 'Leden' }).check();
    const card = page.locator('.card', { hasText: 'Willem Wervelwind' });
    await card.getByLabel('Reden om Willem Wervelwind te weren').fill('Scheldt andere leden uit');
    await card.getByLabel('Laatste dag van het weren', { exact: false }).fill('2099-12-31');
    await checkScreen(page, 'manage-members');
    await card.getByRole('button', { name: 'Willem Wervelwind weren' }).click();
    await announced(page, 'Willem Wervelwind is geweerd.');
    const [ban] = await t.sql<{ state: string; ban_reason: string; until: string }>(
      `SELECT state, ban_reason, to_char(banned_until AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS until FROM memberships WHERE community_id = $1 AND user_id = $2`,
      [w.pub.id, troublemaker.id],
    );
    expect(ban.state).toBe('BANNED');
    expect(ban.ban_reason).toBe('Scheldt andere leden uit');
    expect(['2099-12-31', '2100-01-01']).toContain(ban.until);
    await page.getByRole('radio', { name: 'Geweerd' }).check();
    await page.locator('.card', { hasText: 'Willem Wervelwind' }).getByText('geweerd tot en met', { exact: false }).waitFor();

    const banned = await s.signedIn(troublemaker);
    await banned.goto(`${t.url}/thread/${thread.id}`);
    await banned.getByText('Je bent geweerd uit deze gemeenschap: je kunt hier niet reageren.').waitFor();
    expect(await banned.getByRole('link', { name: 'Word lid van de gemeenschap om te reageren' }).count()).toBe(0);
  });

  it('alerts: a queued post and a report reach the moderator live (a count in the navigation); both are handled from the alert', async () => {
    const { t, w } = s;
    const writer = await registerUser(t, { displayName: 'Sara Schrijft' });
    await join(t, writer, w.pub.id);
    await ok(
      t,
      `mutation($input: CommunitySettingsInput!) { updateCommunitySettings(input: $input) { id } }`,
      { input: { communityId: w.pub.id, approval: 'ALL' } },
      w.manager.token,
    );
    const moderator = await s.signedIn(w.manager);
    await ok(t, `mutation { markNotificationsRead(input: { all: true }) }`, {}, w.manager.token);
    await moderator.goto(`${t.url}/`);
    await waitForLive(moderator);

    const thread = await createThread(t, w.manager, w.pub.id, { title: 'Boekentips voor de zomer' });
    const held = await createPost(t, writer, thread.id, 'Lees zeker De Avonden.');
    await moderator
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: /^Meldingen\W*1 ongelezen$/ })
      .waitFor({ timeout: 10_000 });
    await moderator
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: /^Meldingen/ })
      .click();
    const alert = moderator.locator('.notification', { hasText: 'Sara Schrijft schreef een bericht dat op goedkeuring wacht' });
    await alert.waitFor();
    await checkScreen(moderator, 'notifications-moderator');
    await alert.getByRole('link', { name: 'Afhandelen' }).click();
    // The manage section's navigation counts what waits.
    const sections = moderator.getByRole('navigation', { name: 'Beheeronderdelen' });
    await sections.getByRole('link', { name: 'Wachtrij (1)', exact: true }).waitFor();
    const queued = moderator.locator('.card', { hasText: 'Lees zeker De Avonden.' });
    await queued.getByRole('button', { name: 'Goedkeuren' }).click();
    await moderator.getByText('Er wacht niets op goedkeuring.').waitFor();
    await sections.getByRole('link', { name: 'Wachtrij', exact: true }).waitFor();
    expect(await t.sql(`SELECT state FROM posts WHERE id = $1`, [held.id])).toEqual([{ state: 'VISIBLE' }]);
    await ok(
      t,
      `mutation($input: CommunitySettingsInput!) { updateCommunitySettings(input: $input) { id } }`,
      { input: { communityId: w.pub.id, approval: 'OFF' } },
      w.manager.token,
    );

    const spam = await createPost(t, writer, thread.id, 'Koop goedkope zonnebrillen op mijn site');
    await ok(
      t,
      `mutation($input: ReportContentInput!) { reportContent(input: $input) { id } }`,
      { input: { postId: spam.id, reason: 'SPAM', note: 'Reclame' } },
      w.member.token,
    );
    await moderator
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: /^Meldingen/ })
      .click();
    // It arrives live in the open list too.
    const reportAlert = moderator.locator('.notification', { hasText: 'Nieuwe signalering in een gemeenschap die je modereert' }).first();
    await reportAlert.waitFor({ timeout: 10_000 });
    await reportAlert.getByRole('link', { name: 'Afhandelen' }).click();
    await moderator.getByRole('heading', { level: 2, name: 'Signaleringen' }).waitFor();
    const report = moderator.locator('.card', { hasText: 'Koop goedkope zonnebrillen' });
    // The report card names the post's author.
    await report.getByText('Geschreven door Sara Schrijft').waitFor();
    await checkScreen(moderator, 'manage-reports');
    await sections.getByRole('link', { name: 'Signaleringen (1)', exact: true }).waitFor();
    await report.getByRole('button', { name: 'Verbergen' }).click();
    await moderator.getByText('Geen open signaleringen.').waitFor();
    await sections.getByRole('link', { name: 'Signaleringen', exact: true }).waitFor();
    expect(await t.sql(`SELECT state FROM posts WHERE id = $1`, [spam.id])).toEqual([{ state: 'HIDDEN' }]);
  });

  it('a moderator pins, locks and moves a thread from the thread page', async () => {
    const { t, w } = s;
    const thread = await createThread(t, w.member, w.pub.id, { title: 'Een gesprek op de verkeerde plek' });
    const target = (await t.sql<{ id: string; name: string }>(`SELECT id, name FROM communities WHERE name = 'Leesclub Zuid'`))[0];
    const page = await s.signedIn(w.manager);
    await page.goto(`${t.url}/thread/${thread.id}`);
    await page.locator('summary', { hasText: 'Gesprek modereren' }).click();
    await page.getByRole('button', { name: 'Vastzetten bovenaan' }).click();
    await announced(page, 'Het gesprek staat nu bovenaan.');
    await page.getByLabel('Waarom sluit je het gesprek?', { exact: false }).fill('Afgerond');
    await page.getByRole('button', { name: 'Gesprek sluiten' }).click();
    await announced(page, 'Het gesprek is gesloten: alleen moderatoren kunnen nog reageren.');
    expect(await t.sql(`SELECT pinned, locked FROM threads WHERE id = $1`, [thread.id])).toEqual([{ pinned: true, locked: true }]);
    await page.getByLabel('Verplaatsen naar').selectOption(target.id);
    await checkScreen(page, 'thread-moderation');
    await page.getByRole('button', { name: 'Verplaatsen', exact: true }).click();
    await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: target.name }).waitFor();
    expect(await t.sql(`SELECT community_id FROM threads WHERE id = $1`, [thread.id])).toEqual([{ community_id: target.id }]);
  });

  it('an author edits their own post, and deletes it only after confirming', async () => {
    const { t, w } = s;
    const thread = await createThread(t, w.manager, w.pub.id, { title: 'Wat lees je nu?' });
    const post = await createPost(t, w.member, thread.id, 'Ik lees Max Havelaar');
    const page = await s.signedIn(w.member);
    await page.goto(`${t.url}/thread/${thread.id}`);
    const mine = page.locator('article', { hasText: 'Ik lees Max Havelaar' });
    await mine.getByRole('button', { name: 'Bewerken' }).click();
    await page.getByLabel('Je bericht').fill('Ik lees Max Havelaar van Multatuli');
    await checkScreen(page, 'post-edit');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await announced(page, 'Je bericht is bijgewerkt.');
    expect(await t.sql(`SELECT body FROM posts WHERE id = $1`, [post.id])).toEqual([{ body: 'Ik lees Max Havelaar van Multatuli' }]);

    const edited = page.locator('article', { hasText: 'Multatuli' });
    await edited.getByRole('button', { name: 'Verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dit bericht verwijderen?' });
    await dialog.waitFor();
    // The focus starts on "cancel"; Escape closes without deleting.
    expect(await focusedWhere(page, 'document.activeElement?.textContent', 'Annuleren')).toBe('Annuleren');
    await checkScreen(page, 'post-delete-confirm');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await t.sql(`SELECT deleted_at IS NULL AS kept FROM posts WHERE id = $1`, [post.id])).toEqual([{ kept: true }]);
    await edited.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByRole('dialog', { name: 'Dit bericht verwijderen?' }).getByRole('button', { name: 'Ja, verwijderen' }).click();
    await announced(page, 'Je bericht is verwijderd.');
    expect(await t.sql(`SELECT deleted_at IS NOT NULL AS gone FROM posts WHERE id = $1`, [post.id])).toEqual([{ gone: true }]);
  });

  it('anyone reads the public moderation log in plain words, without moderators’ names or codes', async () => {
    const { t, w } = s;
    await ok(
      t,
      `mutation($input: CommunitySettingsInput!) { updateCommunitySettings(input: $input) { id } }`,
      { input: { communityId: w.pub.id, publicModLog: true } },
      w.manager.token,
    );
    const page = await s.visitor();
    await page.goto(`${t.url}/community/${w.pub.slug}`);
    await page.getByRole('link', { name: 'Moderatielogboek' }).click();
    await page.getByRole('heading', { level: 1, name: `Moderatielogboek van ${w.pub.name}` }).waitFor();
    // What the earlier tests did here: a thread pinned and locked (with its reason), a member banned until a day.
    await page.getByText('Gesprek vastgezet').first().waitFor();
    const lock = page.locator('.log-entry', { hasText: 'Gesprek gesloten' });
    await lock.getByText('Reden: Afgerond').waitFor();
    await page.locator('.log-entry', { hasText: 'Lid geweerd' }).getByText('Tot en met', { exact: false }).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toContain('Bibliothecaris');
    expect(text).not.toMatch(/\b[A-Z]+_[A-Z_]+\b/);
    await checkScreen(page, 'public-mod-log');
  });

  it('a platform admin suspends an account from its profile, after confirming; figures fit a phone', async () => {
    const { t, w } = s;
    const target = await registerUser(t, { displayName: 'Spammer Sam' });
    const { me } = await ok(t, `{ me { handle } }`, {}, target.token);
    const page = await s.signedIn(w.admin);
    await page.goto(`${t.url}/u/${me.handle}`);
    await page.getByRole('heading', { level: 2, name: 'Account schorsen' }).waitFor();
    await page.getByLabel('Reden (de persoon ziet die)').fill('Reclame op het hele platform');
    await page.getByRole('button', { name: 'Spammer Sam schorsen' }).click();
    await checkScreen(page, 'suspend-confirm');
    await page.getByRole('dialog', { name: 'Spammer Sam schorsen?' }).getByRole('button', { name: 'Ja, schorsen' }).click();
    await announced(page, 'Spammer Sam is geschorst.');
    expect(await t.sql(`SELECT suspension_reason FROM users WHERE id = $1`, [target.id])).toEqual([
      { suspension_reason: 'Reclame op het hele platform' },
    ]);
    await checkScreen(page, 'suspend-profile');

    // Someone who is not an admin sees nothing of it.
    const member = await s.signedIn(w.member);
    await member.goto(`${t.url}/u/${me.handle}`);
    await member.getByRole('heading', { level: 1, name: 'Spammer Sam' }).waitFor();
    expect(await member.getByRole('heading', { name: 'Account schorsen' }).count()).toBe(0);

    // The figures' table becomes a list on a phone (it ran off the edge at 580 px).
    const manager = await s.signedIn(w.manager);
    await manager.goto(`${t.url}/community/${w.pub.slug}/manage?tab=figures`);
    await manager.getByRole('table', { name: 'Per week', exact: true }).waitFor();
    await checkScreen(manager, 'manage-figures');
    await manager.goto(`${t.url}/community/${w.pub.slug}/manage?tab=log`);
    await manager.getByRole('table').getByText('Gesprek vastgezet').waitFor();
    await checkScreen(manager, 'manage-log');
  });
});

describeInBrowser('web client: the login limit says when to try again (issue 18 ask 10)', () => {
  const s = browserSuite({ env: { RATE_LIMIT_LOGIN_PER_ACCOUNT: '2/15m' } });

  it('after too many wrong passwords the message gives the wait and the clock time', async () => {
    const { t, w } = s;
    const page = await s.visitor();
    await page.goto(`${t.url}/login`);
    for (let i = 0; i < 3; i++) {
      await page.getByLabel('E-mailadres').fill(w.member.email);
      await page.getByLabel('Wachtwoord').fill('helemaal verkeerd');
      await page.getByRole('button', { name: 'Inloggen' }).click();
      if (i < 2) await page.getByRole('alert').getByText('E-mailadres of wachtwoord klopt niet.').waitFor();
    }
    const alert = page.getByRole('alert').getByText('Te veel inlogpogingen voor dit account.', { exact: false });
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toMatch(/Probeer het over 1[45] minuten opnieuw\./);
    expect(text).toMatch(/Vanaf \d{2}:\d{2} kun je het weer proberen\./);
    await expectAccessible(page, 'login (limited)');
  });
});
