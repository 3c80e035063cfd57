import { seedDemoIfEmpty } from '../../apps/api/src/demo/seed-demo';
import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-content';
import { describeInBrowser, logInAs } from './browser';
import { checkScreen } from './screen-check';
import { browserSuite } from './suite';

/** The demo as `npm start` seeds it (issue 18 ask 9), walked in the browser: what a first visitor and the demo reader see. */
describeInBrowser('web client: the demo presents well', () => {
  const s = browserSuite({
    setUp: async (t) => {
      expect(await seedDemoIfEmpty(t.databaseUrl)).toBe(true);
      return {};
    },
  });

  it("the library's page shows its communities, coming events and experts; the national community lists its chapters", async () => {
    const page = await s.visitor();
    await page.goto(`${s.t.url}/library/bibliotheek-utrecht`);
    await page.getByRole('heading', { level: 2, name: 'Experts van deze bibliotheek' }).waitFor();
    await page.getByRole('link', { name: 'Lezing: Utrecht rond 1900, met Dr. Sanne Bakker' }).waitFor();
    await page.getByText('expert: Utrechtse geschiedenis').waitFor();
    await page.getByRole('link', { name: 'Utrechtse geschiedenis', exact: true }).first().waitFor();
    await checkScreen(page, 'demo-library');

    await page.goto(`${s.t.url}/community/klimaat-en-duurzaamheid`);
    await page.getByRole('heading', { level: 2, name: 'Lokale afdelingen' }).waitFor();
    await page.getByRole('link', { name: 'Klimaat & duurzaamheid – Bibliotheek Utrecht' }).waitFor();
    await checkScreen(page, 'demo-national-community');
  }, 120_000);

  it("an item page: ISBN, the library's own catalogue, and starting a conversation about it", async () => {
    const page = await s.visitor();
    await logInAs(page, s.t.url, 'lezer@waardenet.demo', DEMO_PASSWORD);
    const [item] = await s.t.sql<{ id: string }>(`SELECT id FROM collection_items WHERE isbn13 = '9789045047317'`);
    await page.goto(`${s.t.url}/item/${item.id}`);
    await page.getByRole('heading', { level: 1, name: 'De klimaatcrisis in 100 vragen' }).waitFor();
    await page.getByText('9789045047317').waitFor();
    const catalogue = page.getByRole('link', { name: 'Bekijk in de catalogus van Bibliotheek Utrecht' });
    expect(await catalogue.getAttribute('href')).toBe('https://catalogus.bibliotheek-utrecht.example/titel/UTR-9789045047317');
    await page.getByRole('button', { name: 'Gesprek beginnen' }).waitFor();
    await checkScreen(page, 'demo-item');

    // Search snippets read as text: the post's **bold** shows no asterisks.
    await page.goto(`${s.t.url}/search?q=smederij`);
    const hit = page.locator('mark', { hasText: 'smederij' }).first();
    await hit.waitFor();
    expect(await page.locator('main').innerText()).not.toContain('**');
  }, 120_000);
});
