import type { Page } from 'playwright-core';
import { registerUser } from '../support/factories';
import { ok } from '../support/gql';
import { describeInBrowser, expectAccessible, screenshot } from './browser';
import { browserSuite } from './suite';
import { focusedId } from './screen-check';

/** Also checked at a phone's width: the profile is where people fix their name on the go. */
async function accessibleAt360(page: Page, screen: string): Promise<void> {
  const wide = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 780 });
  await expectAccessible(page, `${screen} at 360 px`);
  // Nothing wider than the screen: no sideways scrolling on a phone.
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
  if (wide) await page.setViewportSize(wide);
}

describeInBrowser('web client: the profile (name, bio, language, @handle) and the public profile /u/<handle>', () => {
  const s = browserSuite();

  it('a member changes name and introduction (a staff look-alike is refused in words), then the handle; the old address leads to the new', async () => {
    const { t } = s;
    const user = await registerUser(t, { displayName: 'Roos Profiel' });
    const page = await s.signedIn(user);
    await page.goto(`${t.url}/profile`);
    const section = page.getByRole('region', { name: 'Je profiel' });
    const name = section.getByLabel('Naam', { exact: true });
    await name.waitFor();
    // The notification settings are on the same screen (without the mail's language: the profile's language is that).
    await page.getByLabel('Iemand noemt je (@naam)').waitFor();
    expect(await page.getByRole('group', { name: 'Taal van de e-mail' }).count()).toBe(0);
    await expectAccessible(page, 'profile settings');
    await accessibleAt360(page, 'profile settings');

    // The name of the world's community manager: refused, said in words, nothing saved.
    await name.fill('Bibliothecaris');
    await section.getByRole('button', { name: 'Profiel opslaan' }).click();
    await section.getByText('Deze naam lijkt op die van een medewerker van een bibliotheek.', { exact: false }).waitFor();
    expect(await focusedId(page, 'profile-display-name')).toBe('profile-display-name');
    expect((await t.sql(`SELECT display_name FROM users WHERE id = $1`, [user.id]))[0]).toEqual({ display_name: 'Roos Profiel' });
    await expectAccessible(page, 'profile settings with an error');

    // Too long an introduction is said before anything is sent.
    const bio = section.getByLabel('Over jou');
    await bio.fill('x'.repeat(501));
    await section.getByText('501 van 500 tekens').waitFor();
    await name.fill('Roos van Dam');
    await section.getByRole('button', { name: 'Profiel opslaan' }).click();
    await section.getByText('Je introductie is te lang: hooguit 500 tekens.').waitFor();
    expect(await focusedId(page, 'profile-bio')).toBe('profile-bio');

    await bio.fill('Ik lees graag over de geschiedenis van Utrecht.\nEn ik fiets.');
    await section.getByRole('button', { name: 'Profiel opslaan' }).click();
    await section.getByRole('status').getByText('Je profiel is opgeslagen.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Roos van Dam' }).waitFor();
    expect((await t.sql(`SELECT display_name, bio FROM users WHERE id = $1`, [user.id]))[0]).toEqual({
      display_name: 'Roos van Dam',
      bio: 'Ik lees graag over de geschiedenis van Utrecht.\nEn ik fiets.',
    });

    // A new @handle; the public profile at the old address follows to the new one.
    await section.getByLabel('Naam voor vermeldingen').fill('roosvandam');
    await section.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByTestId('announcer').getByText('Je heet nu @roosvandam.').waitFor();
    expect((await ok(t, `{ me { handle } }`, {}, user.token)).me.handle).toBe('roosvandam');
    // Once a day: a second change is refused in words.
    await section.getByLabel('Naam voor vermeldingen').fill('roosanders');
    await section.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await section.getByText('Je hebt je @naam net veranderd.', { exact: false }).waitFor();
    await screenshot(page, 'profile-settings');

    const visitor = await s.visitor();
    await visitor.goto(`${t.url}/u/roosprofiel`);
    await visitor.getByRole('heading', { level: 1, name: 'Roos van Dam' }).waitFor();
    await visitor.waitForURL(`${t.url}/u/roosvandam`);
    await visitor.getByText('Ik lees graag over de geschiedenis van Utrecht.', { exact: false }).waitFor();
    await visitor.getByText('@roosvandam', { exact: false }).waitFor();
    expect(await visitor.getByText(user.email).count()).toBe(0);
    await visitor.getByText('Nog geen bevestigde expertise.').waitFor();
    await expectAccessible(visitor, 'public profile');
    await accessibleAt360(visitor, 'public profile');
    await screenshot(visitor, 'public-profile');

    await visitor.goto(`${t.url}/u/niemandheetzo`);
    await visitor.getByText('Er is niemand met de naam @niemandheetzo.').waitFor();
  });

  it('choosing English as language switches the client and the mail language at once', async () => {
    const { t } = s;
    const user = await registerUser(t, { displayName: 'Eva Taal' });
    const page = await s.signedIn(user);
    await page.goto(`${t.url}/profile`);
    const section = page.getByRole('region', { name: 'Je profiel' });
    await section.getByLabel('Taal', { exact: true }).selectOption('EN');
    await section.getByRole('button', { name: 'Profiel opslaan' }).click();
    await page.getByRole('region', { name: 'Your profile' }).getByRole('status').getByText('Your profile is saved.').waitFor();
    expect((await ok(t, `{ notificationPreferences { locale } }`, {}, user.token)).notificationPreferences.locale).toBe('EN');
    await expectAccessible(page, 'profile settings in English');
  });
});
