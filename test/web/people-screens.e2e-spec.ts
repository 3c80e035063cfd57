/**
 * Issue 18 ask 1, people and settings screens in Chromium: the catalogue import with its progress and report, expertise
 * claimed from a library's page with its status and joining as an expert, invitations by email (a community, the
 * library's staff, and the link an invitee follows to sign up and land in the community), the community's visibility
 * and slow mode in its settings. Each screen: axe, no sideways scroll at 360 px, screenshots at 360 and 1280 px.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { ok } from '../support/gql';
import { TEST_PASSWORD } from '../support/factories';
import { describeInBrowser } from './browser';
import { checkScreen, focusedId } from './screen-check';
import { browserSuite } from './suite';

const said = (page: Page, text: string) => page.getByRole('status').getByText(text).first().waitFor();

describeInBrowser('web client: catalogue import, expertise, invitations by email, visibility (issue 18 ask 1)', () => {
  const s = browserSuite();
  const librarySlug = async () =>
    (await s.t.sql<{ slug: string; name: string }>(`SELECT slug, name FROM libraries WHERE id = $1`, [s.w.library.id]))[0];

  it('library staff import a catalogue: a file is asked for, then progress and the report with rejected records and reasons', async () => {
    const { t, w } = s;
    const lib = await librarySlug();
    const page = await s.signedIn(w.admin);
    await page.goto(`${t.url}/library/${lib.slug}`);
    await page.getByRole('link', { name: 'Catalogus importeren' }).click();
    await page.getByRole('heading', { level: 1, name: `Catalogus van ${lib.name} importeren` }).waitFor();
    // No file: said at the field, which gets the focus.
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByText('Kies eerst een bestand.').waitFor();
    expect(await focusedId(page, 'catalogue-file')).toBe('catalogue-file');
    await checkScreen(page, 'catalogue-import');

    const csv = [
      'isbn,record_id,title,creators,year,publisher,edition,subjects',
      '9789029512343,PS-1,De avonden,"Reve, Gerard",1947,De Bezige Bij,,Romans',
      '9029512350,PS-2,Max Havelaar,Multatuli,1860,Van Lennep,,',
      '9789000000000,PS-3,Fout nummer,Iemand,2001,,,',
      '9789044651676,PS-4,,Zonder titel,2010,,,',
    ].join('\n');
    await page
      .getByLabel('Bestand (CSV of MARCXML)')
      .setInputFiles({ name: 'catalogus.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Importeren' }).click();
    const report = page.getByRole('heading', { name: 'Verslag van de import' });
    await report.waitFor();
    const figures = await page.locator('.import-report dl').innerText();
    expect(figures.replace(/\s+/g, ' ')).toContain('Gelezen 4');
    expect(figures.replace(/\s+/g, ' ')).toContain('Toegevoegd 2');
    expect(figures.replace(/\s+/g, ' ')).toContain('Afgewezen 2');
    await page.getByText('ongeldig ISBN', { exact: false }).first().waitFor();
    await page.getByText('titel ontbreekt', { exact: false }).first().waitFor();
    expect(await focusedId(page, 'catalogue-report')).toBe('catalogue-report');
    const [count] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM holdings WHERE library_id = $1 AND record_id LIKE 'PS-%'`, [
      w.library.id,
    ]);
    expect(count.n).toBe(2);
    await checkScreen(page, 'catalogue-import-report');
  });

  it('a reader claims expertise on the library page, sees it pending, then declined with the reason; verified, they join as an expert', async () => {
    const { t, w } = s;
    const lib = await librarySlug();
    await t.sql(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [w.member.id]);
    const page = await s.signedIn(w.member);
    await page.goto(`${t.url}/library/${lib.slug}`);
    const section = page.getByRole('region', { name: `Expert bij ${lib.name}` });
    await section.waitFor();
    await section.getByRole('button', { name: 'Aanmelden als expert' }).click();
    expect(await focusedId(page, 'expert-at-topic')).toBe('expert-at-topic');
    await section.getByLabel('Onderwerp').fill('Streekgeschiedenis');
    await section.getByLabel('Onderbouwing').fill('Twintig jaar archiefwerk in de regio.');
    await section.getByRole('button', { name: 'Aanmelden als expert' }).click();
    await section.getByText('In behandeling').waitFor();
    await checkScreen(page, 'library-expert-claim');

    const [claim] = await t.sql<{ id: string }>(`SELECT id FROM expertise WHERE user_id = $1 AND topic = 'Streekgeschiedenis'`, [
      w.member.id,
    ]);
    await ok(
      t,
      `mutation($input: RejectExpertiseInput!) { rejectExpertise(input: $input) { id } }`,
      { input: { expertiseId: claim.id, reason: 'Graag een bron erbij' } },
      w.manager.token,
    );
    await page.reload();
    await section.getByText('Afgewezen').waitFor();
    await section.getByText('Reden: Graag een bron erbij').waitFor();
    await checkScreen(page, 'library-expert-declined');

    // A verified claim at this library: the community page offers joining as an expert.
    await section.getByLabel('Onderwerp').fill('Molens');
    await section.getByLabel('Onderbouwing').fill('Vrijwillig molenaar.');
    await section.getByRole('button', { name: 'Aanmelden als expert' }).click();
    await section.getByText('Molens').waitFor();
    const [molens] = await t.sql<{ id: string }>(`SELECT id FROM expertise WHERE user_id = $1 AND topic = 'Molens'`, [w.member.id]);
    await ok(
      t,
      `mutation($input: VerifyExpertiseInput!) { verifyExpertise(input: $input) { id } }`,
      { input: { expertiseId: molens.id } },
      w.manager.token,
    );
    await page.reload();
    await section.getByText('Bevestigd').waitFor();
    await page.goto(`${t.url}/community/${w.pub.slug}`);
    await page.getByRole('button', { name: 'Meedoen als expert' }).waitFor();
    await checkScreen(page, 'community-join-expert');
    await page.getByRole('button', { name: 'Meedoen als expert' }).click();
    await page.getByRole('button', { name: 'Meedoen als expert' }).waitFor({ state: 'detached' });
    const [membership] = await t.sql<{ role: string }>(`SELECT role FROM memberships WHERE community_id = $1 AND user_id = $2`, [
      w.pub.id,
      w.member.id,
    ]);
    expect(membership.role).toBe('EXPERT');
  });

  it('a community manager invites by email, and library staff invite a colleague by email; the answer never tells who has an account', async () => {
    const { t, w } = s;
    const page = await s.signedIn(w.manager);
    await page.goto(`${t.url}/community/${w.pub.slug}/manage`);
    await page.getByRole('navigation', { name: 'Beheeronderdelen' }).getByRole('link', { name: 'Uitnodigen' }).click();
    const form = page.getByRole('form', { name: 'Uitnodigen per e-mail' });
    await form.getByLabel('E-mailadres').fill('geen-adres');
    await form.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await form.getByText('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.').waitFor();
    for (const email of ['iemand-nieuw@voorbeeld.nl', w.outsider.email]) {
      await form.getByLabel('E-mailadres').fill(email);
      await form.getByRole('button', { name: 'Uitnodiging versturen' }).click();
      await form.getByText(`De uitnodiging voor ${email} is verstuurd.`).waitFor();
    }
    expect((await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM email_invitations WHERE community_id = $1`, [w.pub.id]))[0].n).toBe(
      2,
    );
    await checkScreen(page, 'manage-invite-email');

    const admin = await s.signedIn(w.admin);
    const lib = await librarySlug();
    await admin.goto(`${t.url}/library/${lib.slug}/staff`);
    const staffForm = admin.getByRole('form', { name: 'Medewerker uitnodigen per e-mail' });
    await staffForm.getByLabel('E-mailadres').fill('collega@voorbeeld.nl');
    await staffForm.getByLabel('Rol na het aannemen').selectOption('ADMIN');
    await staffForm.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await staffForm.getByText('De uitnodiging voor collega@voorbeeld.nl is verstuurd.').waitFor();
    expect(await t.sql(`SELECT staff_role FROM email_invitations WHERE library_id = $1`, [w.library.id])).toEqual([
      { staff_role: 'ADMIN' },
    ]);
    await checkScreen(admin, 'library-staff-invite-email');
  });

  it('the link of an email invitation: a newcomer creates an account on the way and lands in the PRIVATE community', async () => {
    const { t, w } = s;
    const token = randomBytes(24).toString('base64url');
    await t.sql(
      `INSERT INTO email_invitations (token_hash, email, community_id, invited_by_id, expires_at) VALUES ($1, 'nieuwkomer@voorbeeld.nl', $2, $3, now() + interval '14 days')`,
      [createHash('sha256').update(token).digest('hex'), w.priv.id, w.manager.id],
    );
    const [community] = await t.sql<{ name: string }>(`SELECT name FROM communities WHERE id = $1`, [w.priv.id]);
    const page = await s.visitor();
    await page.goto(`${t.url}/email-invite/${token}`);
    await page.getByText(`Je bent uitgenodigd voor de gemeenschap ${community.name}.`).waitFor();
    await checkScreen(page, 'email-invite');
    await page.getByRole('link', { name: 'Account maken' }).last().click();
    await page.getByRole('heading', { level: 1, name: 'Account maken' }).waitFor();
    await page.getByLabel('Naam', { exact: true }).fill('Nieuwkomer Noor');
    await page.getByLabel('E-mailadres').fill('nieuwkomer@voorbeeld.nl');
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Account maken' }).click();
    await page.waitForURL(`${t.url}/community/${w.priv.slug}`);
    await page.getByRole('heading', { level: 1, name: community.name }).waitFor();
    const [member] = await t.sql<{ state: string }>(
      `SELECT m.state FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.community_id = $1 AND u.email = 'nieuwkomer@voorbeeld.nl'`,
      [w.priv.id],
    );
    expect(member.state).toBe('ACTIVE');
    // Used: the link now says so.
    await page.goto(`${t.url}/email-invite/${token}`);
    await page.getByText('Deze uitnodiging is verlopen, al gebruikt of bestaat niet.').waitFor();
  });

  it('the owner changes the visibility in the settings (PRIVATE explained first); slow mode has its control there too', async () => {
    const { t, w } = s;
    const page = await s.signedIn(w.manager);
    await page.goto(`${t.url}/community/${w.restricted.slug}/manage?tab=settings`);
    await page.getByLabel('Langzame modus: seconden tussen twee berichten van één lid').waitFor();
    const form = page.getByRole('form', { name: 'Zichtbaarheid' });
    await form.getByLabel('Besloten: alleen leden lezen, lid worden op uitnodiging').check();
    await form.getByText('Besloten maken: bezoekers en zoekmachines zien de gemeenschap niet meer').waitFor();
    await form.getByLabel('Reden (voor het logboek)').fill('Alleen voor de leesclub');
    await checkScreen(page, 'manage-visibility');
    await form.getByRole('button', { name: 'Zichtbaarheid opslaan' }).click();
    await said(page, 'De zichtbaarheid is nu: Besloten.');
    expect(await t.sql(`SELECT visibility FROM communities WHERE id = $1`, [w.restricted.id])).toEqual([{ visibility: 'PRIVATE' }]);
    // A visitor no longer finds it.
    const [community] = await t.sql<{ name: string }>(`SELECT name FROM communities WHERE id = $1`, [w.restricted.id]);
    const visitor = await s.visitor();
    await visitor.goto(`${t.url}/community/${w.restricted.slug}`);
    await visitor.getByRole('heading', { level: 1 }).waitFor();
    expect(await visitor.getByRole('heading', { level: 1 }).innerText()).not.toContain(community.name);
  });
});
