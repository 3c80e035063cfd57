import { ReachCounter } from '@waardenet/figures';
import { createThread } from '../support/factories';
import { ok } from '../support/gql';
import { waitFor } from '../support/wait';
import { describeInBrowser, expectAccessible, logInAs } from './browser';
import { browserSuite } from './suite';
import { TEST_PASSWORD } from '../support/factories';

/** A person's browser (headless Chromium names itself HeadlessChrome, which the reach counters leave out as a bot). */
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describeInBrowser('web client: browser notifications and reach', () => {
  const s = browserSuite();

  it('the notification settings offer browser notifications: the service worker registers at /sw.js, a refused permission is explained, the kinds are saved', async () => {
    const { t, w } = s;
    const context = await s.browser.newContext({ locale: 'nl-NL' });
    try {
      const page = await context.newPage();
      await logInAs(page, t.url, w.member.email, TEST_PASSWORD);
      await page.goto(`${t.url}/notifications`);
      const section = page.getByRole('region', { name: 'Browsermeldingen' });
      await section.waitFor();
      const toggle = section.getByRole('switch', { name: 'Meldingen in deze browser' });
      await toggle.waitFor();
      expect(await toggle.isChecked()).toBe(false);
      await section.getByText('In geen enkele browser aan.').waitFor();
      await expectAccessible(page, 'notification settings with browser notifications');

      // The service worker is served from the root, so its scope is the whole site.
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.register('/sw.js', { scope: '/' })).scope);
      expect(scope).toBe(`${t.url}/`);

      // Without the browser's permission nothing is subscribed, and the member is told why.
      await toggle.click();
      await section
        .getByRole('alert')
        .getByText(/staat meldingen van deze site niet toe/)
        .waitFor();
      expect(await t.sql(`SELECT 1 FROM push_subscriptions WHERE user_id = $1`, [w.member.id])).toEqual([]);

      await section.getByRole('checkbox', { name: 'een reactie in een gesprek dat je volgt' }).uncheck();
      await waitFor(
        async () => {
          const [row] = await t.sql<{ push_kinds: string[] | null }>(`SELECT push_kinds FROM notification_settings WHERE user_id = $1`, [
            w.member.id,
          ]);
          return row?.push_kinds?.length === 2 ? row.push_kinds : null;
        },
        { what: 'the kinds saved' },
      );
      expect(
        (
          await t.sql<{ push_kinds: string[] }>(`SELECT push_kinds FROM notification_settings WHERE user_id = $1`, [w.member.id])
        )[0].push_kinds.sort(),
      ).toEqual(['MENTION', 'REPLY_TO_POST']);
    } finally {
      await context.close();
    }
  });

  it('counts a thread opened inside the client, links its item to the library’s catalogue, and shows reach on the library figures', async () => {
    const { t, w } = s;
    const thread = await createThread(t, w.manager, w.pub.id, { title: 'Lezen over de Dom' });
    const [{ id: itemId }] = await t.sql<{ id: string }>(
      `INSERT INTO collection_items (isbn13, title) VALUES ('9789044630008', 'De Dom van Utrecht') RETURNING id`,
    );
    await t.sql(`INSERT INTO holdings (library_id, item_id) VALUES ($1, $2)`, [w.library.id, itemId]);
    await t.sql(`INSERT INTO thread_items (thread_id, item_id) VALUES ($1, $2)`, [thread.id, itemId]);
    await ok(
      t,
      `mutation($input: UpdateLibraryStyleInput!) { updateLibraryStyle(input: $input) { id } }`,
      { input: { libraryId: w.library.id, catalogueUrlTemplate: 'https://bieb.example/zoek?isbn={isbn}' } },
      w.admin.token,
    );

    const context = await s.browser.newContext({ locale: 'nl-NL', userAgent: BROWSER });
    try {
      const page = await context.newPage();
      await page.goto(`${t.url}/community/${w.pub.slug}`);
      await page.getByRole('link', { name: 'Lezen over de Dom' }).click();
      await page.getByRole('heading', { level: 1, name: 'Lezen over de Dom' }).waitFor();
      const link = page.getByRole('link', { name: 'De Dom van Utrecht in de catalogus van de bibliotheek' });
      await link.waitFor();
      expect(await link.getAttribute('href')).toBe(`/out/catalogue/${itemId}?thread=${thread.id}`);
      const counter = t.app.get(ReachCounter, { strict: false });
      await waitFor(
        async () => {
          await counter.flush();
          const [row] = await t.sql<{ views: number }>(`SELECT views FROM reach_page_views WHERE target_id = $1`, [thread.id]);
          return row?.views === 1 ? row : null;
        },
        { what: 'the view reported by the client' },
      );
      expect(await context.cookies()).toEqual([]);
    } finally {
      await context.close();
    }

    const staff = await s.signedIn(w.manager);
    await staff.goto(`${t.url}/library/${w.library.slug}/figures`);
    await staff.getByRole('heading', { level: 2, name: 'Bereik', exact: true }).waitFor();
    await staff.getByRole('heading', { level: 2, name: 'Bereik per gemeenschap' }).waitFor();
    await staff.setViewportSize({ width: 360, height: 800 });
    await expectAccessible(staff, 'library figures with reach');
  });
});
