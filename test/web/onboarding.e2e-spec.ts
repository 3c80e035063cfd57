import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { addStaff, createLibrary, createPost, createThread, join as joinCommunity, registerUser, world } from '../support/factories';
import { ok } from '../support/gql';
import { nationalSetup } from '../support/permission-cases-network';
import { TestApp } from '../support/test-app';
import { describeInBrowser, waitForLive } from './browser';
import { checkScreen, focusedId } from './screen-check';
import { browserSuite } from './suite';

const PUBLISH = `mutation($input: PublishCommunityTemplateInput!) { publishCommunityTemplate(input: $input) { id name } }`;
const ADOPT = `mutation($input: AdoptCommunityTemplateInput!) { adoptCommunityTemplate(input: $input) { id slug } }`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function setUp(t: TestApp) {
  const w = await world(t);
  const editor = await registerUser(t, { displayName: 'Landelijke redactie' });
  const national = await nationalSetup(t, w.admin, editor);
  const template = (
    await ok(
      t,
      PUBLISH,
      {
        input: {
          kind: 'TEMPLATE',
          nationalCommunityId: national.community.id,
          name: 'Leesclub Nederland',
          description: 'Elke maand een boek, samen gelezen en besproken.',
          starterThreads: [
            { title: 'Stel je voor', body: 'Wie ben je en wat lees je graag?' },
            { title: 'Het boek van deze maand', body: 'Wat vond je van het begin?' },
          ],
          watchedWords: ['gratis ebook'],
        },
      },
      editor.token,
    )
  ).publishCommunityTemplate as { id: string; name: string };
  // A new library: a platform admin made it and its community manager (its first admin) starts from nothing.
  const library = await createLibrary(t, w.admin, { slug: 'bibliotheek-nieuwstad' });
  const head = await registerUser(t, { displayName: 'Noor Nieuwstad' });
  await addStaff(t, w.admin, library.id, head, 'ADMIN');
  return { w, editor, national, template, library, head };
}

const bell = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /^Meldingen/ });

describeInBrowser('web client: a library live in one afternoon (issue 18 asks 3 and 4)', () => {
  const s = browserSuite({ setUp });

  it('a new library’s community manager walks the wizard from nothing to a live moderated community with a catalogue and an invited expert, then handles a queued post and a report from the alerts', async () => {
    const { t } = s;
    const { library, head, template, national } = s.w;
    const page = await s.signedIn(head);

    // The library's page shows the checklist to its staff, with nothing done yet.
    await page.goto(`${t.url}/library/${library.slug}`);
    const card = page.getByRole('region', { name: 'Je bibliotheek live in één middag' });
    await card.getByText('0 van 5 stappen klaar').waitFor();
    await checkScreen(page, 'onboarding-checklist');
    await card.getByRole('link', { name: 'Verder met de stappen' }).click();
    await page.getByRole('heading', { level: 1, name: `${library.name} live in één middag` }).waitFor();
    const steps = page.getByRole('navigation', { name: 'Stappen' });
    const step = page.locator('#onboarding-step-heading');

    // 1. Profile and house style.
    await step.getByText('Stap 1 van 5: Profiel en huisstijl').waitFor();
    await checkScreen(page, 'onboarding-profile');
    await page.getByLabel('Hoofdkleur').fill('#1f5a7a');
    await page.getByLabel('Welkomsttekst').fill('Welkom bij de bibliotheek van Nieuwstad!');
    await page.getByRole('button', { name: 'Huisstijl opslaan' }).click();
    await page.getByRole('status').getByText('De huisstijl is opgeslagen.').waitFor();
    await steps.getByRole('listitem').filter({ hasText: 'Profiel en huisstijl' }).getByText('✓ klaar').waitFor();
    await page.getByRole('button', { name: 'Volgende stap' }).click();

    // 2. Colleagues.
    await step.getByText('Stap 2 van 5: Collega’s uitnodigen').waitFor();
    expect(await focusedId(page, 'onboarding-step-heading')).toBe('onboarding-step-heading');
    // Invited by email (the address need not have an account yet).
    await page.getByLabel('E-mailadres').fill('kees@nieuwstad.example');
    await page.getByLabel('Rol').selectOption('COMMUNITY_MANAGER');
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    // In the form (the announcer says it too, until the step's own announcement replaces it).
    await page.locator('main').getByText('De uitnodiging voor kees@nieuwstad.example is verstuurd.').waitFor();
    await steps.getByRole('listitem').filter({ hasText: 'Collega’s uitnodigen' }).getByText('✓ klaar').waitFor();
    expect(await t.sql(`SELECT email, staff_role FROM email_invitations WHERE library_id = $1`, [library.id])).toEqual([
      { email: 'kees@nieuwstad.example', staff_role: 'COMMUNITY_MANAGER' },
    ]);
    await checkScreen(page, 'onboarding-staff');
    await page.getByRole('button', { name: 'Volgende stap' }).click();

    // 3. A community from the national template, in one click.
    await step.getByText('Stap 3 van 5: Een gemeenschap starten').waitFor();
    await page.getByRole('heading', { level: 4, name: template.name }).waitFor();
    await checkScreen(page, 'onboarding-community');
    await page.getByRole('button', { name: `Start met “${template.name}”` }).click();
    await page.getByRole('status').getByText(`Je gemeenschap “${template.name} – ${library.name}” staat live.`).waitFor();
    const [community] = await t.sql<{ id: string; slug: string }>(
      `SELECT c.id, c.slug FROM communities c JOIN chapters ch ON ch.community_id = c.id WHERE c.library_id = $1 AND ch.national_community_id = $2`,
      [library.id, national.community.id],
    );
    expect(
      (await t.sql<{ title: string }>(`SELECT title FROM threads WHERE community_id = $1 ORDER BY title`, [community.id])).map(
        (r) => r.title,
      ),
    ).toEqual(['Het boek van deze maand', 'Stel je voor']);
    await steps.getByRole('listitem').filter({ hasText: 'Een gemeenschap starten' }).getByText('✓ klaar').waitFor();
    await page.getByRole('button', { name: 'Volgende stap' }).click();

    // 4. The catalogue, with a progress bar and a report.
    await step.getByText('Stap 4 van 5: De catalogus uploaden').waitFor();
    await page.getByLabel('Bestand (CSV of MARCXML)').setInputFiles({
      name: 'catalogus.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(join(__dirname, '../fixtures/catalogue/sample.csv')),
    });
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page
      .getByText(/^Klaar: \d+ toegevoegd/)
      .first()
      .waitFor();
    await steps.getByRole('listitem').filter({ hasText: 'De catalogus uploaden' }).getByText('✓ klaar').waitFor();
    expect(
      (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM holdings WHERE library_id = $1`, [library.id]))[0].n,
    ).toBeGreaterThan(0);
    await checkScreen(page, 'onboarding-catalogue');
    await page.getByRole('button', { name: 'Volgende stap' }).click();

    // 5. An expert, invited to the new community.
    await step.getByText('Stap 5 van 5: Een expert uitnodigen').waitFor();
    await page.getByLabel('E-mailadres').fill('ida@schrijfster.example');
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page.locator('main').getByText('De uitnodiging voor ida@schrijfster.example is verstuurd.').waitFor();
    await steps.getByRole('listitem').filter({ hasText: 'Een expert uitnodigen' }).getByText('✓ klaar').waitFor();
    expect(await t.sql(`SELECT email, community_id FROM email_invitations WHERE community_id = $1`, [community.id])).toEqual([
      { email: 'ida@schrijfster.example', community_id: community.id },
    ]);
    await checkScreen(page, 'onboarding-expert');
    await page.getByRole('button', { name: 'Volgende stap' }).click();

    // Done: the checklist is completed and leaves the library's page.
    await step.getByText('Klaar').waitFor();
    await page.getByRole('button', { name: 'Afronden' }).click();
    await page.getByRole('status').getByText('Je bibliotheek staat live. Gefeliciteerd!').waitFor();
    await checkScreen(page, 'onboarding-finish');
    expect(await t.sql(`SELECT completed_at IS NOT NULL AS done FROM library_onboarding WHERE library_id = $1`, [library.id])).toEqual([
      { done: true },
    ]);
    await page.goto(`${t.url}/library/${library.slug}`);
    await page.getByRole('heading', { level: 2, name: 'Gemeenschappen' }).waitFor();
    await page
      .getByRole('link', { name: `${template.name} – ${library.name}` })
      .first()
      .waitFor();
    expect(await card.count()).toBe(0);

    // The community is live and moderated: a member's post with a watched word waits, and reaches the manager as an alert.
    const reader = await registerUser(t, { displayName: 'Lezer Lotte' });
    const member = await registerUser(t, { displayName: 'Lid Lars' });
    await joinCommunity(t, reader, community.id);
    await joinCommunity(t, member, community.id);
    await page.goto(`${t.url}/`);
    await waitForLive(page);
    const [opening] = await t.sql<{ id: string }>(`SELECT id FROM threads WHERE community_id = $1 AND title = 'Stel je voor'`, [
      community.id,
    ]);
    const held = await createPost(t, reader, opening.id, 'Hier vind je het gratis ebook van deze maand');
    expect((await t.sql(`SELECT state FROM posts WHERE id = $1`, [held.id]))[0]).toEqual({ state: 'PENDING' });
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: /^Meldingen\W*1 ongelezen$/ })
      .waitFor({ timeout: 10_000 });
    await bell(page).click();
    const queuedAlert = page.locator('.notification', { hasText: 'Lezer Lotte schreef een bericht dat op goedkeuring wacht' });
    await queuedAlert.waitFor();
    await queuedAlert.getByRole('link', { name: 'Afhandelen' }).click();
    const sections = page.getByRole('navigation', { name: 'Beheeronderdelen' });
    await sections.getByRole('link', { name: 'Wachtrij (1)', exact: true }).waitFor();
    await page.locator('.card', { hasText: 'gratis ebook' }).getByRole('button', { name: 'Goedkeuren' }).click();
    await page.getByText('Er wacht niets op goedkeuring.').waitFor();
    expect(await t.sql(`SELECT state FROM posts WHERE id = $1`, [held.id])).toEqual([{ state: 'VISIBLE' }]);

    // A report on a post reaches the manager too, and is handled from the alert.
    const thread = await createThread(t, member, community.id, { title: 'Boekentips', body: 'Wat lezen jullie deze zomer?' });
    const spam = await createPost(t, reader, thread.id, 'Koop goedkope zonnebrillen op mijn site');
    await ok(
      t,
      `mutation($input: ReportContentInput!) { reportContent(input: $input) { id } }`,
      { input: { postId: spam.id, reason: 'SPAM', note: 'Reclame' } },
      member.token,
    );
    await bell(page).click();
    const reportAlert = page.locator('.notification', { hasText: 'Nieuwe signalering in een gemeenschap die je modereert' }).first();
    await reportAlert.waitFor({ timeout: 10_000 });
    await reportAlert.getByRole('link', { name: 'Afhandelen' }).click();
    const report = page.locator('.card', { hasText: 'Koop goedkope zonnebrillen' });
    await report.getByText('Geschreven door Lezer Lotte').waitFor();
    await report.getByRole('button', { name: 'Verbergen' }).click();
    await page.getByText('Geen open signaleringen.').waitFor();
    expect(await t.sql(`SELECT state FROM posts WHERE id = $1`, [spam.id])).toEqual([{ state: 'HIDDEN' }]);
  }, 300_000);

  it('national staff publish a campaign; a library adopts it; the national dashboard shows the adoption per campaign', async () => {
    const { t } = s;
    const { editor, national, w } = s.w;
    const page = await s.signedIn(editor);
    await page.goto(`${t.url}/national/templates`);
    await page.getByRole('heading', { level: 1, name: 'Landelijke sjablonen en campagnes' }).waitFor();
    await page.getByLabel('Soort').selectOption('CAMPAIGN');
    await page.getByLabel('Naam', { exact: true }).fill('Nederland Leest');
    await page.getByLabel('Beschrijving voor de nieuwe gemeenschap').fill('Een maand lang hetzelfde boek, in heel het land.');
    await page.getByLabel('Openingsonderwerp 1: titel').fill('Wat vind je van het boek?');
    await page.getByLabel('Openingsonderwerp 1: tekst').fill('Deel je eerste indruk.');
    await page.getByLabel('Bewaakte woorden').fill('gratis ebook, downloadlink');
    // A day written wrongly is said at its field, and nothing is published.
    await page.getByLabel('Eerste dag').fill('1 november');
    await page.getByLabel('Laatste dag').fill(day(30));
    await page.getByLabel('Tekst van de banner').fill('Nederland Leest: lees mee!');
    await page.getByLabel('Kleur van de banner').fill('#aa3300');
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await page.getByText('Schrijf de dag als JJJJ-MM-DD.').waitFor();
    expect(await focusedId(page, 'tpl-startsOn')).toBe('tpl-startsOn');
    expect(await t.sql(`SELECT id FROM community_templates WHERE name = 'Nederland Leest'`)).toEqual([]);
    await page.getByLabel('Eerste dag').fill(day(-1));
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await page.getByRole('status').getByText('“Nederland Leest” is gepubliceerd.').waitFor();
    const [campaign] = await t.sql<{ id: string; kind: string; national_community_id: string }>(
      `SELECT id, kind, national_community_id FROM community_templates WHERE name = 'Nederland Leest'`,
    );
    expect(campaign).toMatchObject({ kind: 'CAMPAIGN', national_community_id: national.community.id });
    const row = page.getByRole('row').filter({ hasText: 'Nederland Leest' });
    await row.getByText('Nog niemand').waitFor();
    await checkScreen(page, 'national-templates');

    // A library adopts it (as the wizard does); the national dashboard counts it.
    const other = await createLibrary(t, w.admin);
    await addStaff(t, w.admin, other.id, w.manager, 'COMMUNITY_MANAGER');
    const chapter = (await ok(t, ADOPT, { input: { templateId: campaign.id, libraryId: other.id } }, w.manager.token))
      .adoptCommunityTemplate;
    await page.goto(`${t.url}/national`);
    const adoption = page.getByRole('region', { name: 'Adoptie per sjabloon en campagne' });
    await adoption.getByRole('row').filter({ hasText: 'Nederland Leest' }).getByRole('link', { name: other.name }).waitFor();
    await adoption
      .getByTestId(`adoption-${campaign.id}`)
      .getByText(/^1 van \d+ bibliotheken$/)
      .waitFor();
    await checkScreen(page, 'national-dashboard-adoption');

    // The adopted chapter shows the campaign's banner while it runs.
    const visitor = await s.visitor();
    await visitor.goto(`${t.url}/community/${chapter.slug}`);
    await visitor.getByText('Nederland Leest: lees mee!').waitFor();
    await checkScreen(visitor, 'community-campaign-banner');
  }, 180_000);
});
