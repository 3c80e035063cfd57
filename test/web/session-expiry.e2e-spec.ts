import { TEST_PASSWORD, createPost, createThread, join, registerUser, world } from '../support/factories';
import { TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';
import { describeInBrowser, screenshot, waitForLive } from './browser';
import { browserSuite } from './suite';

/** Access tokens that live 8 seconds: the client refreshes ahead of expiry, and the server closes live sockets (4403) when they expire. */
const TTL_SECONDS = 8;

describeInBrowser('web client: short-lived access tokens', () => {
  const s = browserSuite({
    env: { WAARDENET_ACCESS_TOKEN_TTL: String(TTL_SECONDS) },
    setUp: async (t: TestApp) => {
      const w = await world(t);
      return { ...w, thread: await createThread(t, w.manager, w.pub.id, { title: 'Verlopen tokens' }) };
    },
  });

  it('a signed-in reader stays signed in and live across several token lifetimes, with no offline banner', async () => {
    const { t, w } = s;
    const { thread } = w;
    const reader = await registerUser(t, { displayName: 'Lange Lezer' });
    await join(t, reader, w.pub.id);
    const page = await s.visitor();
    let sockets = 0;
    page.on('websocket', () => sockets++);
    // Remembers whether the offline banner ever showed, however briefly.
    await page.addInitScript(`new MutationObserver(() => { if (document.querySelector('.offline-banner')) window.__offlineSeen = true; })
      .observe(document, { subtree: true, childList: true });`);
    await page.goto(`${t.url}/login?next=/thread/${thread.id}`);
    await page.getByLabel('E-mailadres').fill(reader.email);
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: thread.title }).waitFor();
    await waitForLive(page);

    // Past two expiries: the server closed the socket (4403) each time and the client came back with a fresh token.
    await waitFor(() => sockets >= 3, {
      timeout: TTL_SECONDS * 2 * 1000 + 15_000,
      interval: 100,
      what: 'two reconnections after the token expired',
    });
    // (The test's own tokens expire as fast: a new member writes the reply.)
    const writer = await registerUser(t);
    await join(t, writer, w.pub.id);
    await createPost(t, writer, thread.id, 'Na twee verlopen tokens nog steeds live');
    await page.locator('.reply-list article', { hasText: 'Na twee verlopen tokens' }).waitFor({ timeout: 15_000 });
    // Requests work too: the session was refreshed, not lost.
    await page.getByLabel('Je reactie').fill('Ik ben er nog');
    await page.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await page.locator('main').getByText('Je reactie is geplaatst.').waitFor();
    expect(await page.evaluate('window.__offlineSeen === true')).toBe(false);
    expect(sockets).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'token-expiry-stays-live');
  });
});
