import { createPost, createThread, join, registerUser } from '../support/factories';
import { describeInBrowser, expectAccessible, screenshot, waitForLive } from './browser';
import { browserSuite } from './suite';
import { focusedWhere } from './screen-check';

describeInBrowser('web client: following threads and communities, reporting posts', () => {
  const s = browserSuite();

  const follows = (userId: string, targetId: string) =>
    s.t.sql(`SELECT 1 FROM follows WHERE user_id = $1 AND target_id = $2`, [userId, targetId]).then((rows) => rows.length);

  it('a member follows a thread; a reply then notifies them, live; unfollowing stops it', async () => {
    const { t, w } = s;
    const thread = await createThread(t, w.manager, w.pub.id, { title: 'Welke podcasts luisteren jullie?' });
    const page = await s.signedIn(w.member);
    await page.goto(`${t.url}/thread/${thread.id}`);
    await page.getByRole('heading', { level: 1, name: thread.title }).waitFor();
    await waitForLive(page);

    await page.getByRole('button', { name: 'Gesprek volgen' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Gesprek niet meer volgen' }).waitFor();
    await page.getByText('Je volgt dit gesprek.', { exact: true }).waitFor();
    await page.getByTestId('announcer').getByText('Je volgt dit gesprek: je krijgt een melding bij elke nieuwe reactie.').waitFor();
    expect(await follows(w.member.id, thread.id)).toBe(1);
    await expectAccessible(page, 'thread (following)');

    await createPost(t, w.manager, thread.id, 'Ik luister graag naar boekenpodcasts.');
    await page.getByTestId('unread-count').getByText('1', { exact: true }).waitFor({ timeout: 10_000 });
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: /^Meldingen/ })
      .click();
    await page
      .locator('.notification', { hasText: 'Bibliothecaris reageerde in een gesprek dat je volgt' })
      .getByRole('link', { name: thread.title })
      .waitFor();
    await screenshot(page, 'follow-thread-reply-notifies');

    // After a reload the page still knows; unfollowing removes the follow.
    await page.goto(`${t.url}/thread/${thread.id}`);
    await page.getByRole('button', { name: 'Gesprek niet meer volgen' }).click();
    await page.getByRole('button', { name: 'Gesprek volgen' }).waitFor();
    expect(await follows(w.member.id, thread.id)).toBe(0);
    const [before] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1`, [w.member.id]);
    await createPost(t, w.manager, thread.id, 'En naar hoorspelen.');
    const [after] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1`, [w.member.id]);
    expect(after.n).toBe(before.n);
  });

  it('a reader follows a community; a new thread there notifies them', async () => {
    const { t, w } = s;
    const reader = await registerUser(t, { displayName: 'Volger' });
    const page = await s.signedIn(reader);
    await page.goto(`${t.url}/community/${w.pub.slug}`);
    await page.getByRole('heading', { level: 1, name: w.pub.name }).waitFor();
    await page.getByRole('button', { name: 'Gemeenschap volgen' }).click();
    await page.getByRole('button', { name: 'Gemeenschap niet meer volgen' }).waitFor();
    await page.getByText('Je volgt deze gemeenschap.', { exact: true }).waitFor();
    expect(await follows(reader.id, w.pub.id)).toBe(1);
    await expectAccessible(page, 'community (following)');

    const started = await createThread(t, w.manager, w.pub.id, { title: 'Nieuwe leesclub in maart' });
    await page.goto(`${t.url}/notifications`);
    await page
      .locator('.notification', { hasText: 'Bibliothecaris begon een gesprek in een gemeenschap die je volgt' })
      .getByRole('link', { name: started.title })
      .waitFor();
    await screenshot(page, 'follow-community-new-thread-notifies');

    await page.goto(`${t.url}/community/${w.pub.slug}`);
    await page.getByRole('button', { name: 'Gemeenschap niet meer volgen' }).click();
    await page.getByRole('button', { name: 'Gemeenschap volgen' }).waitFor();
    expect(await follows(reader.id, w.pub.id)).toBe(0);
  });

  it('a member reports a post through a dialog; the report shows up in the manage reports tab', async () => {
    const { t, w } = s;
    const spammer = await registerUser(t, { displayName: 'Reclamemaker' });
    await join(t, spammer, w.pub.id);
    const thread = await createThread(t, w.manager, w.pub.id, { title: 'Tips voor de vakantie' });
    const spam = await createPost(t, spammer, thread.id, 'Goedkope vliegtickets op mijn site!');
    await createPost(t, spammer, thread.id, 'Lees vooral Het Achterhuis.');

    const page = await s.signedIn(w.member);
    await page.goto(`${t.url}/thread/${thread.id}`);
    const post = page.locator('.reply-list article', { hasText: 'Goedkope vliegtickets' });
    const other = page.locator('.reply-list article', { hasText: 'Het Achterhuis' });
    // The opening post (the manager's) can be reported too.
    await page.locator('main > article').first().getByRole('button', { name: 'Bericht van Bibliothecaris signaleren' }).waitFor();

    // Escape closes the dialog and gives the focus back to the button that opened it.
    await other.getByRole('button', { name: 'Bericht van Reclamemaker signaleren' }).click();
    await page.getByRole('dialog', { name: 'Bericht van Reclamemaker signaleren' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await focusedWhere(page, 'document.activeElement.getAttribute("aria-label")', 'Bericht van Reclamemaker signaleren')).toBe(
      'Bericht van Reclamemaker signaleren',
    );

    await post.getByRole('button', { name: 'Bericht van Reclamemaker signaleren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bericht van Reclamemaker signaleren' });
    await dialog.getByRole('button', { name: 'Signalering versturen' }).click();
    await dialog.getByText('Kies een reden.').waitFor();
    expect(await focusedWhere(page, 'document.activeElement.value', 'SPAM')).toBe('SPAM');
    await expectAccessible(page, 'thread (report dialog)');
    await screenshot(page, 'report-dialog');
    await dialog.getByRole('radio', { name: 'Spam' }).check();
    await dialog.getByLabel('Toelichting (mag leeg blijven)').fill('Steeds dezelfde link');
    await dialog.getByRole('button', { name: 'Signalering versturen' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await post.getByText('Gesignaleerd bij de moderatoren.').waitFor();
    await page.getByTestId('announcer').getByText('Bedankt. De moderatoren bekijken je signalering.').waitFor();
    const reports = await t.sql<{ reason: string; note: string; post_id: string }>(
      `SELECT reason, note, post_id FROM reports WHERE reporter_id = $1`,
      [w.member.id],
    );
    expect(reports).toEqual([{ reason: 'SPAM', note: 'Steeds dezelfde link', post_id: spam.id }]);

    const manager = await s.signedIn(w.manager);
    await manager.goto(`${t.url}/community/${w.pub.slug}/manage?tab=reports`);
    const report = manager.locator('.card', { hasText: 'Goedkope vliegtickets' });
    // Reason and reporter (the member is called "Lid"), then the note.
    await report.locator('.card-meta', { hasText: 'Spam · Lid ·' }).waitFor();
    await report.getByText('Steeds dezelfde link').waitFor();
    await screenshot(manager, 'report-in-manage-tab');
  });
});
