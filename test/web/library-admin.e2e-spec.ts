import { mkdirSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import type { Page } from 'playwright-core';
import { registerUser } from '../support/factories';
import { waitFor } from '../support/wait';
import { describeInBrowser, expectAccessible } from './browser';
import { browserSuite } from './suite';

/** Where the lead's note finds the screenshots of the new screens (PNG, 360 and 1280 px wide). */
const SHOTS = process.env.WN_SCREENSHOTS_DIR ?? joinPath(__dirname, '../../test-results/web/screens');

/** Axe at 1100 and 360 px, nothing sticking out sideways at 360 px, and a screenshot at 360 and 1280 (as in community-admin). */
async function checkScreen(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const fits = async () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
    if (!(await waitFor(fits, { timeout: 3000, what: 'the layout at the new width' }).catch(() => false))) {
      const wide = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth;
        return [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > limit + 1)
          .slice(0, 5)
          .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)} px)`);
      });
      throw new Error(`${name} does not fit in ${width} px: ${wide.join(', ')}`);
    }
    if (width === 360) await expectAccessible(page, `${name} at 360 px`);
    await page.screenshot({ path: joinPath(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1100, height: 900 });
}

const said = (page: Page, text: string) => page.getByRole('status').getByText(text).waitFor();
const previewBorder = (page: Page) => page.getByTestId('style-preview').evaluate((e) => getComputedStyle(e).borderTopColor);

describeInBrowser('web client: a library’s management (issue 18 ask 1)', () => {
  const s = browserSuite();

  it('a platform admin creates a library, adds a staff member, changes a role and the house style with a live preview', async () => {
    const { t, w } = s;
    const page = await s.signedIn(w.admin);
    const [existing] = await t.sql<{ slug: string }>(`SELECT slug FROM libraries WHERE id = $1`, [w.library.id]);
    await page.goto(`${t.url}/library/${existing.slug}`);
    await page.getByRole('link', { name: 'Nieuwe bibliotheek aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe bibliotheek' }).waitFor();

    // A bad address is refused at its field, and nothing is created.
    await page.getByLabel('Naam', { exact: true }).fill('Bibliotheek Zuidrand');
    await page.getByLabel('Adres (slug)').fill('Zuid Rand!');
    await page.getByRole('button', { name: 'Bibliotheek aanmaken' }).click();
    await page.getByText('Gebruik alleen kleine letters, cijfers en streepjes.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('library-slug');
    expect(await t.sql(`SELECT id FROM libraries WHERE name = 'Bibliotheek Zuidrand'`)).toEqual([]);
    await checkScreen(page, 'library-create');

    await page.getByLabel('Adres (slug)').fill('bibliotheek-zuidrand');
    await page.getByRole('button', { name: 'Bibliotheek aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Medewerkers van Bibliotheek Zuidrand' }).waitFor();
    const [library] = await t.sql<{ id: string; kind: string }>(`SELECT id, kind FROM libraries WHERE slug = 'bibliotheek-zuidrand'`);
    expect(library.kind).toBe('LOCAL');

    // A staff member by @handle; an unknown handle is said at its field.
    const newcomer = await registerUser(t, { displayName: 'Medewerker Mila' });
    const [{ handle }] = await t.sql<{ handle: string }>(`SELECT handle FROM users WHERE id = $1`, [newcomer.id]);
    await page.getByLabel('Gebruikersnaam (@naam)').fill('@bestaat-niet-xyz');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Er is geen account met deze gebruikersnaam.').waitFor();
    await page.getByLabel('Gebruikersnaam (@naam)').fill(`@${handle}`);
    await page.getByLabel('Rol', { exact: true }).selectOption('COMMUNITY_MANAGER');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await said(page, 'Medewerker Mila is toegevoegd als Gemeenschapsmanager.');
    const roles = () =>
      t.sql<{ role: string }>(`SELECT role FROM library_staff WHERE library_id = $1 AND user_id = $2`, [library.id, newcomer.id]);
    expect(await roles()).toEqual([{ role: 'COMMUNITY_MANAGER' }]);

    // The role changes in the list.
    await page.getByLabel('Rol van Medewerker Mila').selectOption('ADMIN');
    await said(page, 'Medewerker Mila is nu Beheerder.');
    expect(await roles()).toEqual([{ role: 'ADMIN' }]);
    await checkScreen(page, 'library-staff');

    // Removing asks first; cancelling keeps them.
    await page.getByRole('button', { name: 'Medewerker Mila verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Medewerker Mila als medewerker verwijderen?' });
    await dialog.waitFor();
    await checkScreen(page, 'library-staff-remove-confirm');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    expect(await roles()).toEqual([{ role: 'ADMIN' }]);
    await dialog.waitFor({ state: 'detached' });
    // Confirmed, they are gone.
    await page.getByRole('button', { name: 'Medewerker Mila verwijderen' }).click();
    await dialog.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await said(page, 'Medewerker Mila is geen medewerker meer.');
    expect(await roles()).toEqual([]);

    // The house style: the preview follows the fields before anything is saved.
    await page.goto(`${t.url}/library/bibliotheek-zuidrand`);
    await page.getByRole('link', { name: 'Huisstijl' }).click();
    await page.getByRole('heading', { level: 1, name: 'Huisstijl van Bibliotheek Zuidrand' }).waitFor();
    const before = await previewBorder(page);
    await page.getByLabel('Hoofdkleur').fill('#7a1f3d');
    await waitFor(async () => (await previewBorder(page)) === 'rgb(122, 31, 61)', { what: 'the preview in the new colour' });
    expect(before).not.toBe('rgb(122, 31, 61)');
    await page.getByLabel('Welkomsttekst').fill('Welkom in Zuidrand!');
    await page.getByTestId('style-preview').getByText('Welkom in Zuidrand!').waitFor();
    expect(await t.sql(`SELECT primary_color, welcome_text FROM libraries WHERE id = $1`, [library.id])).toEqual([
      { primary_color: null, welcome_text: null },
    ]);
    // A colour not written as #RRGGBB is refused at its field.
    await page.getByLabel('Hoofdkleur').fill('rood');
    await page.getByRole('button', { name: 'Huisstijl opslaan' }).click();
    await page.getByText('Schrijf de kleur als # gevolgd door zes tekens 0-9 of a-f.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('style-primaryColor');
    await page.getByLabel('Hoofdkleur').fill('#7a1f3d');
    // Edited, the field's error goes.
    await page.getByText('Schrijf de kleur als # gevolgd door zes tekens 0-9 of a-f.').waitFor({ state: 'detached' });
    await checkScreen(page, 'library-style');
    await page.getByRole('button', { name: 'Huisstijl opslaan' }).click();
    await said(page, 'De huisstijl is opgeslagen.');
    expect(await t.sql(`SELECT primary_color, welcome_text FROM libraries WHERE id = $1`, [library.id])).toEqual([
      { primary_color: '#7a1f3d', welcome_text: 'Welkom in Zuidrand!' },
    ]);
    await page.goto(`${t.url}/library/bibliotheek-zuidrand`);
    await page.getByText('Welkom in Zuidrand!').waitFor();
  });

  it('a member of the library’s community is not offered its management links', async () => {
    const { t, w } = s;
    const [existing] = await t.sql<{ slug: string }>(`SELECT slug FROM libraries WHERE id = $1`, [w.library.id]);
    const page = await s.signedIn(w.member);
    await page.goto(`${t.url}/library/${existing.slug}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Medewerkers en rollen' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Nieuwe bibliotheek aanmaken' }).count()).toBe(0);
  });
});
