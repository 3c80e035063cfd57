import { Page } from 'playwright-core';
import { createPost, createThread } from '../support/factories';
import { controlLiveSockets, describeInBrowser, expectAccessible, screenshot, waitForLive } from './browser';
import { browserSuite } from './suite';

describeInBrowser('web client: live updates survive a dropped connection', () => {
  const s = browserSuite();

  async function openThread(page: Page, threadId: string, title: string) {
    await page.goto(`${s.t.url}/thread/${threadId}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await waitForLive(page);
  }

  const banner = (page: Page) => page.getByRole('status').getByText('Geen live verbinding');
  const reply = (page: Page, text: string) => page.locator('.reply-list article', { hasText: text });

  it('shows the offline banner while the socket is down, and the reply missed meanwhile appears when it is back', async () => {
    const { t, w } = s;
    const thread = await createThread(t, w.manager, w.pub.id, { title: 'Wegvallende verbinding' });
    const page = await s.visitor();
    const sockets = await controlLiveSockets(page);
    await openThread(page, thread.id, thread.title);
    // A first reply while connected: from here on the client has a cursor to resume from.
    await createPost(t, w.member, thread.id, 'Eerste reactie, live ontvangen');
    await reply(page, 'Eerste reactie, live ontvangen').waitFor();
    expect(await banner(page).count()).toBe(0);

    sockets.drop();
    await banner(page).waitFor();
    await expectAccessible(page, 'thread while offline');
    await createPost(t, w.member, thread.id, 'Gemist terwijl de verbinding weg was');
    // No socket is open (the banner shows), so the reply cannot arrive yet; once it does (below), it must be
    // there exactly once and in order.
    expect(await reply(page, 'Gemist terwijl').count()).toBe(0);

    sockets.restore();
    await reply(page, 'Gemist terwijl de verbinding weg was').waitFor({ timeout: 30_000 });
    await waitForLive(page);
    expect(await banner(page).count()).toBe(0);
    // Each reply once, in order.
    const bodies = await page.locator('.reply-list article .post-body').allTextContents();
    expect(bodies.map((b) => b.trim())).toEqual(['Eerste reactie, live ontvangen', 'Gemist terwijl de verbinding weg was']);
    await screenshot(page, 'offline-banner-then-missed-reply');
  });

  it('catches up after a drop even before any live event gave it a cursor', async () => {
    const { t, w } = s;
    const thread = await createThread(t, w.manager, w.pub.id, { title: 'Nog geen gebeurtenissen' });
    const page = await s.visitor();
    const sockets = await controlLiveSockets(page);
    await openThread(page, thread.id, thread.title);

    sockets.drop();
    await banner(page).waitFor();
    await createPost(t, w.member, thread.id, 'Geplaatst voordat er een cursor was');
    sockets.restore();
    await reply(page, 'Geplaatst voordat er een cursor was').waitFor({ timeout: 30_000 });
    expect(await banner(page).count()).toBe(0);
    await screenshot(page, 'catch-up-without-cursor');
  });
});
