import { ok } from '../support/gql';
import { createPost, createThread, join, registerUser } from '../support/factories';
import { describeInBrowser, download, expectAccessible, screenshot } from './browser';
import { browserSuite } from './suite';

describeInBrowser('web client: a community manager’s section', () => {
  const s = browserSuite();

  it('a moderator approves a held post from the queue, with the keyboard, and sees it in the mod log', async () => {
    const { t, w } = s;
    await ok(
      t,
      `mutation($input: CommunitySettingsInput!) { updateCommunitySettings(input: $input) { id } }`,
      { input: { communityId: w.pub.id, approval: 'ALL' } },
      w.manager.token,
    );
    const thread = await createThread(t, w.manager, w.pub.id, { title: 'Voorleesochtend zaterdag' });
    const held = await createPost(t, w.member, thread.id, 'Ik neem mijn kleinkinderen mee!');
    const [before] = await t.sql<{ state: string }>(`SELECT state FROM posts WHERE id = $1`, [held.id]);
    expect(before.state).toBe('PENDING');

    const page = await s.signedIn(w.manager);
    await page.goto(`${t.url}/community/${w.pub.slug}`);
    await page.getByRole('link', { name: 'Gemeenschap beheren' }).click();
    await page.getByRole('heading', { level: 1, name: `Beheer: ${w.pub.name}` }).waitFor();
    await page.getByRole('navigation', { name: 'Beheeronderdelen' }).getByRole('link', { name: 'Wachtrij' }).waitFor();
    const card = page.locator('.card', { hasText: 'Ik neem mijn kleinkinderen mee!' });
    await card.getByRole('link', { name: 'Voorleesochtend zaterdag' }).waitFor();
    await expectAccessible(page, 'manage: queue');
    await screenshot(page, 'manage-queue');

    await card.getByRole('button', { name: 'Goedkeuren' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Er wacht niets op goedkeuring.').waitFor();
    const [after] = await t.sql<{ state: string }>(`SELECT state FROM posts WHERE id = $1`, [held.id]);
    expect(after.state).toBe('VISIBLE');

    await page.getByRole('link', { name: 'Moderatielogboek' }).click();
    await page.getByRole('table').getByText('Bericht goedgekeurd').waitFor();
    expect(new URL(page.url()).searchParams.get('tab')).toBe('log');
    await expectAccessible(page, 'manage: mod log');
    await ok(
      t,
      `mutation($input: CommunitySettingsInput!) { updateCommunitySettings(input: $input) { id } }`,
      { input: { communityId: w.pub.id, approval: 'OFF' } },
      w.manager.token,
    );
  });

  it('the figures tab shows the numbers and downloads them as CSV', async () => {
    const { t, w } = s;
    const thread = await createThread(t, w.member, w.pub.id, { title: 'Vraag over de collectie', kind: 'QUESTION' });
    await createPost(t, w.manager, thread.id, 'Kijk in de catalogus.');
    const { communityFigures: f } = await ok(
      t,
      `query($id: ID!) { communityFigures(communityId: $id) { members activeMembers30d questions } }`,
      { id: w.pub.id },
      w.manager.token,
    );
    expect(f.members).toBeGreaterThan(0);

    const page = await s.signedIn(w.manager);
    await page.goto(`${t.url}/community/${w.pub.slug}/manage?tab=figures`);
    const figure = (label: string) => page.locator('.figure', { has: page.getByText(label, { exact: true }) }).locator('dd');
    await figure('Leden').waitFor();
    expect(await figure('Leden').textContent()).toBe(String(f.members));
    expect(await figure('Actief, laatste 30 dagen').textContent()).toBe(String(f.activeMembers30d));
    expect(await figure('Vragen').textContent()).toBe(String(f.questions));
    expect(await page.getByRole('table', { name: 'Per week', exact: true }).getByRole('row').count()).toBe(9);
    await expectAccessible(page, 'manage: figures');
    await screenshot(page, 'manage-figures');

    const csv = await download(page, 'Cijfers downloaden (CSV)');
    expect(csv.length).toBeGreaterThan(20);
    expect(csv).toContain(String(f.members));
  });

  it('members: a pending request is approved, a role changed, a member banned with a reason; reports are resolved', async () => {
    const { t, w } = s;
    const applicant = await registerUser(t, { displayName: 'Eva Aanvrager' });
    await join(t, applicant, w.restricted.id);
    const page = await s.signedIn(w.manager);
    await page.goto(`${t.url}/community/${w.restricted.slug}/manage?tab=members`);
    await page.getByRole('button', { name: 'Eva Aanvrager toelaten' }).click();
    await page.getByTestId('announcer').getByText('Eva Aanvrager is nu lid.').waitFor();
    const state = async () =>
      (
        await t.sql<{ state: string; role: string }>(`SELECT state, role FROM memberships WHERE community_id = $1 AND user_id = $2`, [
          w.restricted.id,
          applicant.id,
        ])
      )[0];
    expect((await state()).state).toBe('ACTIVE');

    await page.getByRole('radio', { name: 'Leden' }).check();
    await page.getByLabel('Rol van Eva Aanvrager').selectOption('EXPERT');
    await page.getByTestId('announcer').getByText('De rol is gewijzigd.').waitFor();
    expect((await state()).role).toBe('EXPERT');
    await expectAccessible(page, 'manage: members');
    await page.getByLabel('Reden om Eva Aanvrager te weren').fill('Herhaaldelijk reclame');
    await page.getByRole('button', { name: 'Eva Aanvrager weren' }).click();
    await page.getByTestId('announcer').getByText('Eva Aanvrager is geweerd.').waitFor();
    expect((await state()).state).toBe('BANNED');
    await page.getByRole('radio', { name: 'Geweerd' }).check();
    await page.locator('.card', { hasText: 'Eva Aanvrager' }).getByText('Herhaaldelijk reclame').waitFor();
    await page.getByRole('button', { name: 'Eva Aanvrager weer toelaten' }).waitFor();
    await screenshot(page, 'manage-members');

    const thread = await createThread(t, w.manager, w.pub.id, { title: 'Boekentips' });
    const spam = await createPost(t, w.member, thread.id, 'Koop nu goedkope zonnebrillen');
    const reporter = await registerUser(t, { displayName: 'Oplettende lezer' });
    await join(t, reporter, w.pub.id);
    await ok(
      t,
      `mutation($input: ReportContentInput!) { reportContent(input: $input) { id } }`,
      { input: { postId: spam.id, reason: 'SPAM' } },
      reporter.token,
    );
    await page.goto(`${t.url}/community/${w.pub.slug}/manage?tab=reports`);
    const report = page.locator('.card', { hasText: 'Koop nu goedkope zonnebrillen' });
    await report.getByText('Oplettende lezer').waitFor();
    await expectAccessible(page, 'manage: reports');
    await report.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByText('Geen open signaleringen.').waitFor();
    const [post] = await t.sql<{ state: string }>(`SELECT state FROM posts WHERE id = $1`, [spam.id]);
    expect(post.state).toBe('REMOVED');
  });

  it('someone who may not moderate sees no manage link, and the manage screen refuses them', async () => {
    const { t, w } = s;
    const page = await s.signedIn(w.member);
    await page.goto(`${t.url}/community/${w.pub.slug}`);
    await page.getByRole('heading', { level: 1, name: w.pub.name }).waitFor();
    expect(await page.getByRole('link', { name: 'Gemeenschap beheren' }).count()).toBe(0);
    await page.goto(`${t.url}/community/${w.pub.slug}/manage?tab=queue`);
    await page.getByText('Alleen moderatoren van deze gemeenschap beheren haar.').waitFor();
    expect(await page.getByRole('button', { name: 'Goedkeuren' }).count()).toBe(0);
    await expectAccessible(page, 'manage (refused)');
  });
});
