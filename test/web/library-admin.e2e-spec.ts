import type { Page } from 'playwright-core';
import { registerUser } from '../support/factories';
import { waitFor } from '../support/wait';
import { describeInBrowser } from './browser';
import { checkScreen, focusedId } from './screen-check';
import { browserSuite } from './suite';

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
    expect(await focusedId(page, 'library-slug')).toBe('library-slug');
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
    expect(await focusedId(page, 'style-primaryColor')).toBe('style-primaryColor');
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
