import { ok } from '../support/gql';
import { TestUser, addStaff, createLibrary, createPost, createThread, join, registerUser } from '../support/factories';
import { describeInBrowser, download, expectAccessible, screenshot } from './browser';
import { browserSuite } from './suite';
import { focusedId, focusedWhere } from './screen-check';

const CLAIM = `mutation($input: ClaimExpertiseInput!) { claimExpertise(input: $input) { id } }`;
const VERIFY = `mutation($input: VerifyExpertiseInput!) { verifyExpertise(input: $input) { id } }`;

describeInBrowser('web client: a library’s staff — expertise review, library figures, the national dashboard', () => {
  const s = browserSuite();

  it('staff verify a claim on the review screen, with the keyboard; the claimant’s profile shows the badge; a revocation is logged', async () => {
    const { t, w } = s;
    const claimant = await registerUser(t, { displayName: 'Karin Kenner' });
    await join(t, claimant, w.pub.id);
    const claim = (
      await ok(
        t,
        CLAIM,
        { input: { topic: 'Utrechtse stadsgeschiedenis', evidence: 'Archivaris bij Het Utrechts Archief', libraryId: w.library.id } },
        claimant.token,
      )
    ).claimExpertise;

    const staff = await s.signedIn(w.manager);
    await staff.goto(`${t.url}/library/${w.library.slug}`);
    await staff.getByRole('region', { name: 'Voor medewerkers' }).getByRole('link', { name: 'Expertise beoordelen' }).click();
    await staff.getByRole('heading', { level: 1, name: `Expertise beoordelen: ${w.library.name}` }).waitFor();
    const claims = staff.getByRole('region', { name: 'Open aanvragen' });
    const card = claims.locator('.card', { hasText: 'Utrechtse stadsgeschiedenis' });
    await card.locator('.card-meta', { hasText: 'Karin Kenner' }).waitFor();
    await card.getByText('Archivaris bij Het Utrechts Archief').waitFor();
    await expectAccessible(staff, 'expertise review');
    await screenshot(staff, 'expertise-review-claims');

    await card.getByRole('button', { name: 'Expertise “Utrechtse stadsgeschiedenis” van Karin Kenner bevestigen' }).focus();
    await staff.keyboard.press('Enter');
    await staff.getByTestId('announcer').getByText('De expertise “Utrechtse stadsgeschiedenis” van Karin Kenner is bevestigd.').waitFor();
    await claims.getByText('Er wachten geen aanvragen.').waitFor();
    const [row] = await t.sql<{ state: string; library_id: string; verified_by_id: string }>(
      `SELECT state, library_id, verified_by_id FROM expertise WHERE id = $1`,
      [claim.id],
    );
    expect(row).toEqual({ state: 'VERIFIED', library_id: w.library.id, verified_by_id: w.manager.id });
    const log = staff.getByRole('region', { name: 'Logboek' }).getByRole('row', { name: /Karin Kenner/ });
    await log.getByText('Bevestigd', { exact: true }).waitFor();
    await staff.getByRole('region', { name: 'Bevestigd door deze bibliotheek' }).locator('.card', { hasText: 'Karin Kenner' }).waitFor();
    await expectAccessible(staff, 'expertise review (verified)');

    const profile = await s.signedIn(claimant);
    await profile.goto(`${t.url}/profile`);
    const badge = profile.locator('.card', { hasText: 'Utrechtse stadsgeschiedenis' });
    await badge.locator('.badge-expert', { hasText: 'Bevestigd' }).waitFor();
    await badge.getByText(`door ${w.library.name}`).waitFor();
    await screenshot(profile, 'claimant-profile-verified-badge');

    // Revoking takes a reason; the log says who, what and why.
    const verified = staff.getByRole('region', { name: 'Bevestigd door deze bibliotheek' }).locator('.card', { hasText: 'Karin Kenner' });
    const revoke = verified.getByRole('button', { name: 'Expertise “Utrechtse stadsgeschiedenis” van Karin Kenner intrekken' });
    expect(await revoke.isDisabled()).toBe(true);
    await staff.getByLabel('Reden om “Utrechtse stadsgeschiedenis” van Karin Kenner in te trekken').fill('Bevestigd bij vergissing');
    await revoke.click();
    await staff.getByTestId('announcer').getByText('De expertise “Utrechtse stadsgeschiedenis” van Karin Kenner is ingetrokken.').waitFor();
    await staff
      .getByRole('region', { name: 'Logboek' })
      .getByRole('row', { name: /Bevestigd bij vergissing/ })
      .getByText('Ingetrokken')
      .waitFor();
    await staff.getByText('Er is geen expertise die deze bibliotheek bevestigde.').waitFor();
    expect((await t.sql<{ state: string }>(`SELECT state FROM expertise WHERE id = $1`, [claim.id]))[0].state).toBe('REVOKED');
    await screenshot(staff, 'expertise-review-log');
  });

  it('staff reject a claim with a reason the claimant then sees; the claimant withdraws verified expertise, after confirming, and the badge is gone', async () => {
    const { t, w } = s;
    const claimant = await registerUser(t, { displayName: 'Rob Aanvrager' });
    await join(t, claimant, w.pub.id);
    const rejected = (
      await ok(
        t,
        CLAIM,
        { input: { topic: 'Middeleeuwse handschriften', evidence: 'Ik lees graag oude boeken', libraryId: w.library.id } },
        claimant.token,
      )
    ).claimExpertise;
    const verified = (
      await ok(
        t,
        CLAIM,
        { input: { topic: 'Streekromans', evidence: 'Recensent bij de Leeuwarder Courant', libraryId: w.library.id } },
        claimant.token,
      )
    ).claimExpertise;
    await ok(t, VERIFY, { input: { expertiseId: verified.id, libraryId: w.library.id } }, w.manager.token);
    const thread = await createThread(t, claimant, w.pub.id, { title: 'Welke streekroman lezen jullie?' });
    const badges = async () =>
      (
        await ok(t, `query($id: ID!) { thread(id: $id) { posts(first: 5) { edges { node { authorExpertise { topic } } } } } }`, {
          id: thread.id,
        })
      ).thread.posts.edges[0].node.authorExpertise;
    expect(await badges()).toEqual([{ topic: 'Streekromans' }]);

    // Rejecting takes a reason, like revoking.
    const staff = await s.signedIn(w.manager);
    await staff.goto(`${t.url}/library/${w.library.slug}/expertise`);
    const claims = staff.getByRole('region', { name: 'Open aanvragen' });
    const card = claims.locator('.card', { hasText: 'Middeleeuwse handschriften' });
    await card.locator('.card-meta', { hasText: 'Rob Aanvrager' }).waitFor();
    const reject = card.getByRole('button', { name: 'Expertise “Middeleeuwse handschriften” van Rob Aanvrager afwijzen' });
    expect(await reject.isDisabled()).toBe(true);
    await expectAccessible(staff, 'expertise review (reject form)');
    await card.getByLabel('Reden om “Middeleeuwse handschriften” van Rob Aanvrager af te wijzen').fill('Graag lezen is nog geen expertise');
    expect(await reject.isDisabled()).toBe(false);
    await reject.click();
    await staff.getByTestId('announcer').getByText('De aanvraag “Middeleeuwse handschriften” van Rob Aanvrager is afgewezen.').waitFor();
    await claims.getByText('Er wachten geen aanvragen.').waitFor();
    await staff
      .getByRole('region', { name: 'Logboek' })
      .getByRole('row', { name: /Graag lezen is nog geen expertise/ })
      .getByText('Afgewezen', { exact: true })
      .waitFor();
    const [row] = await t.sql<{ state: string; reject_reason: string; rejected_by_id: string }>(
      `SELECT state, reject_reason, rejected_by_id FROM expertise WHERE id = $1`,
      [rejected.id],
    );
    expect(row).toEqual({ state: 'REJECTED', reject_reason: 'Graag lezen is nog geen expertise', rejected_by_id: w.manager.id });
    await expectAccessible(staff, 'expertise review (rejected)');
    await screenshot(staff, 'expertise-review-rejected');

    // The claimant sees the rejection and its reason; a rejected claim cannot be withdrawn.
    const profile = await s.signedIn(claimant);
    await profile.goto(`${t.url}/profile`);
    const refusal = profile.locator('.card', { hasText: 'Middeleeuwse handschriften' });
    await refusal.locator('.badge', { hasText: 'Afgewezen' }).waitFor();
    await refusal.getByText(`door ${w.library.name}`).waitFor();
    await refusal.getByText('reden: Graag lezen is nog geen expertise').waitFor();
    expect(await refusal.getByRole('button').count()).toBe(0);
    const badge = profile.locator('.card', { hasText: 'Streekromans' });
    await badge.locator('.badge-expert', { hasText: 'Bevestigd' }).waitFor();
    await expectAccessible(profile, 'profile (rejected claim)');

    // Withdrawing asks first; cancelling puts the focus back on the button.
    const withdraw = badge.getByRole('button', { name: 'Expertise “Streekromans” intrekken' });
    await withdraw.click();
    const question = badge.getByRole('group', { name: /^Je bevestigde expertise “Streekromans” intrekken\?/ });
    await question.waitFor();
    expect(await focusedWhere(profile, 'document.activeElement.textContent', 'Ja, intrekken')).toBe('Ja, intrekken');
    await expectAccessible(profile, 'profile (withdraw confirmation)');
    await screenshot(profile, 'profile-withdraw-confirmation');
    await question.getByRole('button', { name: 'Annuleren' }).click();
    await withdraw.waitFor();
    expect(await focusedWhere(profile, `document.activeElement.getAttribute('aria-label')`, 'Expertise “Streekromans” intrekken')).toBe(
      'Expertise “Streekromans” intrekken',
    );
    expect((await t.sql<{ state: string }>(`SELECT state FROM expertise WHERE id = $1`, [verified.id]))[0].state).toBe('VERIFIED');

    await withdraw.click();
    await question.waitFor();
    await profile.keyboard.press('Enter');
    await profile.getByTestId('announcer').getByText('Je expertise “Streekromans” is ingetrokken.').waitFor();
    await badge.waitFor({ state: 'detached' });
    expect(await profile.locator('.badge-expert').count()).toBe(0);
    expect(await focusedId(profile, 'expertise-heading')).toBe('expertise-heading');
    expect((await t.sql<{ state: string }>(`SELECT state FROM expertise WHERE id = $1`, [verified.id]))[0].state).toBe('WITHDRAWN');
    expect(await badges()).toEqual([]);
    await expectAccessible(profile, 'profile (withdrawn)');

    // The library's log says the expert withdrew it; it no longer counts as verified by the library.
    await staff.reload();
    await staff
      .getByRole('region', { name: 'Logboek' })
      .getByRole('row', { name: /Streekromans/ })
      .getByText('Teruggetrokken door de expert')
      .waitFor();
    await staff.getByText('Er is geen expertise die deze bibliotheek bevestigde.').waitFor();
  });

  it('someone not on the staff finds no staff tools on the library page, and the staff screens refuse them', async () => {
    const { t, w } = s;
    const page = await s.signedIn(w.member);
    await page.goto(`${t.url}/library/${w.library.slug}`);
    await page.getByRole('heading', { level: 1, name: w.library.name }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Gemeenschappen' }).waitFor();
    expect(await page.getByRole('region', { name: 'Voor medewerkers' }).count()).toBe(0);
    await page.goto(`${t.url}/library/${w.library.slug}/expertise`);
    await page.getByText(`Alleen medewerkers van ${w.library.name} zien dit.`).waitFor();
    expect(await page.getByRole('button', { name: /bevestigen$/ }).count()).toBe(0);
    await expectAccessible(page, 'expertise review (refused)');
    await page.goto(`${t.url}/national`);
    await page
      .getByText('Alleen medewerkers van de landelijke organisatie en beheerders van het platform zien het landelijk dashboard.')
      .waitFor();

    const anonymous = await s.visitor();
    await anonymous.goto(`${t.url}/library/${w.library.slug}/figures`);
    await anonymous.getByRole('link', { name: 'Log in als medewerker om dit te zien' }).waitFor();
  });

  it('the library figures screen shows the numbers over all its communities, and the CSV download yields them', async () => {
    const { t, w } = s;
    const question = await createThread(t, w.member, w.pub.id, { title: 'Waar vind ik oude kranten?', kind: 'QUESTION' });
    await createPost(t, w.manager, question.id, 'In Delpher.');
    const { libraryFigures: f } = await ok(
      t,
      `query($id: ID!) { libraryFigures(libraryId: $id) { communities members activeMembers30d questions answeredQuestions } }`,
      { id: w.library.id },
      w.manager.token,
    );
    expect(f.communities).toBe(3);
    expect(f.questions).toBeGreaterThan(0);

    const page = await s.signedIn(w.manager);
    await page.goto(`${t.url}/library/${w.library.slug}`);
    await page.getByRole('link', { name: 'Cijfers van de bibliotheek' }).click();
    await page.getByRole('heading', { level: 1, name: `Cijfers: ${w.library.name}` }).waitFor();
    const figure = (label: string) => page.locator('.figure', { has: page.getByText(label, { exact: true }) }).locator('dd');
    await figure('Gemeenschappen').waitFor();
    expect(await figure('Gemeenschappen').textContent()).toBe(String(f.communities));
    expect(await figure('Leden').textContent()).toBe(String(f.members));
    expect(await figure('Actief, laatste 30 dagen').textContent()).toBe(String(f.activeMembers30d));
    expect(await figure('Vragen').textContent()).toBe(String(f.questions));
    expect(await figure('Beantwoord').textContent()).toBe(String(f.answeredQuestions));
    // The weekly table: a header row and eight weeks.
    expect(await page.getByRole('table', { name: 'Per week', exact: true }).getByRole('row').count()).toBe(9);
    await expectAccessible(page, 'library figures');
    await screenshot(page, 'library-figures');

    const csv = await download(page, 'Cijfers downloaden (CSV)');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe('figure,value');
    expect(lines).toContain(`library,${w.library.name}`);
    expect(lines).toContain(`communities,${f.communities}`);
    expect(lines).toContain(`questions,${f.questions}`);
  });

  it('the national dashboard shows every local library against the targets, for the national staff, with a CSV download', async () => {
    const { t, w } = s;
    const editor: TestUser = await registerUser(t, { displayName: 'Landelijke redactie' });
    const national = await createLibrary(t, w.admin, { kind: 'NATIONAL' });
    await addStaff(t, w.admin, national.id, editor, 'COMMUNITY_MANAGER');
    const { nationalDashboard: d } = await ok(
      t,
      `{ nationalDashboard { libraries librariesPresent librariesFacilitating } }`,
      {},
      editor.token,
    );
    expect(d.libraries).toBeGreaterThan(0);

    const page = await s.signedIn(editor);
    await page.goto(`${t.url}/library/${national.slug}`);
    await page.getByRole('region', { name: 'Voor medewerkers' }).getByRole('link', { name: 'Landelijk dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Landelijk dashboard' }).waitFor();
    const figure = (label: string) => page.locator('.figure', { has: page.getByText(label, { exact: true }) }).locator('dd');
    await figure('Lokale bibliotheken').waitFor();
    expect(await figure('Lokale bibliotheken').textContent()).toBe(String(d.libraries));
    expect(await figure('Aanwezig in hun gemeenschappen').textContent()).toBe(String(d.librariesPresent));
    expect(await figure('Faciliteren een waardenetwerk').textContent()).toBe(String(d.librariesFacilitating));
    const row = page.getByRole('table', { name: 'Per bibliotheek' }).getByRole('row', { name: new RegExp(w.library.name) });
    await row.getByRole('link', { name: w.library.name }).waitFor();
    // The wide weekly table scrolls on its own and can be reached with the keyboard.
    const trend = page.getByRole('region', { name: 'Tijd tot eerste reactie per week' });
    expect(await trend.getAttribute('tabindex')).toBe('0');
    expect(await trend.getByRole('row').count()).toBe(d.libraries + 1);
    await expectAccessible(page, 'national dashboard');
    await screenshot(page, 'national-dashboard');

    const csv = await download(page, 'Dashboard downloaden (CSV)');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(
      /^library,slug,present,facilitates_value_network,median_first_reply_seconds,page_views,followers,followers_remote,catalogue_clicks,week_/,
    );
    expect(lines.some((l) => l.startsWith(`${w.library.name},${w.library.slug},`))).toBe(true);
    expect(lines).toContain(`libraries,${d.libraries}`);
  });
});
