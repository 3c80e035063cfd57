import { Browser, BrowserContext, Page } from 'playwright-core';
import { createPost, createThread, world, World } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { controlLiveSockets, describeInBrowser, expectAccessible, expectBuiltClient, launchChromium, newVisitor, screenshot, waitForLive } from './browser';

describeInBrowser('web client: live updates survive a dropped connection', () => {
  let t: TestApp;
  let w: World;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    t = await createTestApp();
    await expectBuiltClient(t.url);
    w = await world(t);
    browser = await launchChromium();
  });

  beforeEach(async () => {
    context = await newVisitor(browser);
  });

  afterEach(async () => {
    await context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function openThread(page: Page, threadId: string, title: string) {
    await page.goto(`${t.url}/thread/${threadId}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await waitForLive(page);
  }

  const banner = (page: Page) => page.getByRole('status').getByText('Geen live verbinding');
  const reply = (page: Page, text: string) => page.locator('.reply-list article', { hasText: text });

  it('shows the offline banner while the socket is down, and the reply missed meanwhile appears when it is back', async () => {
    const thread = await createThread(t, w.manager, w.pub.id, { title: 'Wegvallende verbinding' });
    const page = await context.newPage();
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
    await page.waitForTimeout(500);
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
    const thread = await createThread(t, w.manager, w.pub.id, { title: 'Nog geen gebeurtenissen' });
    const page = await context.newPage();
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
