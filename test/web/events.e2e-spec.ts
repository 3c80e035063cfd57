import type { Page } from 'playwright-core';
import { describeInBrowser } from './browser';
import { checkScreen, focusedId } from './screen-check';
import { browserSuite } from './suite';

const said = (page: Page, text: string) => page.getByRole('status').getByText(text).first().waitFor();
const announced = (page: Page, text: string) => page.getByTestId('announcer').getByText(text).waitFor({ state: 'attached' });

describeInBrowser('web client: library events (issue 18 ask 6)', () => {
  const s = browserSuite();

  it('a community manager plans an event, members answer (the second waits), the manager edits and cancels it', async () => {
    const { t, w } = s;
    const manager = await s.signedIn(w.manager);
    await manager.goto(`${t.url}/community/${w.pub.slug}`);
    await manager.getByRole('heading', { level: 2, name: 'Activiteiten' }).waitFor();
    await manager.getByRole('link', { name: 'Nieuwe activiteit' }).click();
    await manager.getByRole('heading', { level: 1, name: `Nieuwe activiteit in ${w.pub.name}` }).waitFor();

    // Neither a place nor a link: refused at the place field, which gets the focus; nothing is written.
    await manager.getByLabel('Titel').fill('Leesclub: De avonden');
    await manager.getByRole('button', { name: 'Activiteit plannen' }).click();
    await manager.locator('#event-location-error').waitFor();
    expect(await focusedId(manager, 'event-location')).toBe('event-location');
    expect(await t.sql(`SELECT id FROM library_events WHERE title = 'Leesclub: De avonden'`)).toEqual([]);
    await checkScreen(manager, 'event-form');

    await manager.getByLabel('Plaats', { exact: true }).fill('Bibliotheek Centrum, leeszaal');
    await manager.getByLabel('Aantal plaatsen').fill('1');
    await manager.getByRole('button', { name: 'Activiteit plannen' }).click();
    await manager.getByRole('heading', { level: 1, name: 'Leesclub: De avonden' }).waitFor();
    const [event] = await t.sql<{ id: string; starts_at: Date }>(
      `SELECT id, starts_at FROM library_events WHERE title = 'Leesclub: De avonden'`,
    );
    // The form's 19:30 is Amsterdam time.
    expect(
      new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(event.starts_at),
    ).toBe('19:30');

    // A member sees it on the community page and signs up.
    const member = await s.signedIn(w.member);
    await member.goto(`${t.url}/community/${w.pub.slug}`);
    await member.getByRole('link', { name: 'Leesclub: De avonden' }).waitFor();
    await checkScreen(member, 'community-events');
    await member.getByRole('link', { name: 'Leesclub: De avonden' }).click();
    await member.getByRole('heading', { level: 1, name: 'Leesclub: De avonden' }).waitFor();
    await member.getByRole('button', { name: 'Ik kom', exact: true }).click();
    await said(member, 'Je bent aangemeld.');
    await checkScreen(member, 'event-page');

    // The only place is taken: the next one waits.
    const outsider = await s.signedIn(w.outsider);
    await outsider.goto(`${t.url}/event/${event.id}`);
    await outsider.getByRole('button', { name: 'Ik kom', exact: true }).click();
    await said(outsider, 'De activiteit is vol: je staat op de wachtlijst en schuift door als er een plaats vrijkomt.');
    expect(await t.sql(`SELECT user_id, status FROM event_rsvps WHERE event_id = $1 ORDER BY status`, [event.id])).toEqual([
      { user_id: w.member.id, status: 'GOING' },
      { user_id: w.outsider.id, status: 'WAITLISTED' },
    ]);

    // The library page lists it too.
    await outsider.goto(`${t.url}/library/${w.library.slug}`);
    await outsider.getByRole('link', { name: 'Leesclub: De avonden' }).waitFor();
    await checkScreen(outsider, 'library-events');

    // The manager sees who comes, edits the title, then cancels with a reason (asked first).
    await manager.goto(`${t.url}/event/${event.id}`);
    await manager.getByRole('heading', { level: 2, name: 'Aanmeldingen' }).waitFor();
    await manager.getByText('Lid (komt)').waitFor();
    await checkScreen(manager, 'event-page-manager');
    await manager.getByRole('link', { name: 'Wijzigen' }).click();
    await manager.getByRole('heading', { level: 1, name: 'Activiteit wijzigen' }).waitFor();
    await checkScreen(manager, 'event-edit');
    await manager.getByLabel('Titel').fill('Leesclub: De avonden (Reve)');
    await manager.getByRole('button', { name: 'Opslaan' }).click();
    await manager.getByRole('heading', { level: 1, name: 'Leesclub: De avonden (Reve)' }).waitFor();

    await manager.getByRole('button', { name: 'Activiteit annuleren' }).click();
    const dialog = manager.getByRole('dialog', { name: '"Leesclub: De avonden (Reve)" annuleren?' });
    await dialog.waitFor();
    await dialog.getByLabel('Reden').fill('De zaal is niet beschikbaar');
    await checkScreen(manager, 'event-cancel-confirm');
    await dialog.getByRole('button', { name: 'Activiteit annuleren' }).click();
    await announced(manager, 'De activiteit is geannuleerd.');
    await manager.getByRole('status').getByText('Geannuleerd').first().waitFor();
    expect(await t.sql(`SELECT cancel_reason FROM library_events WHERE id = $1`, [event.id])).toEqual([
      { cancel_reason: 'De zaal is niet beschikbaar' },
    ]);
    // Both people who signed up are told.
    expect(
      (
        await t.sql<{ recipient_id: string }>(`SELECT recipient_id FROM notifications WHERE kind = 'EVENT_CANCELLED' AND subject_id = $1`, [
          event.id,
        ])
      )
        .map((r) => r.recipient_id)
        .sort(),
    ).toEqual([w.member.id, w.outsider.id].sort());
  }, 240_000);
});
