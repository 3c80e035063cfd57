import { generate } from '@otplib/totp';
import { OTP_PLUGINS } from '@waardenet/accounts';
import { TEST_PASSWORD, registerUser } from '../support/factories';
import { describeInBrowser, download, expectAccessible, logInAs, screenshot } from './browser';
import { browserSuite } from './suite';

describeInBrowser('web client: two-step verification', () => {
  const s = browserSuite();

  it('a member sets it up with the QR code, keeps the recovery codes, signs in with one elsewhere, and turns it off with the password', async () => {
    const { t } = s;
    const member = await registerUser(t, { displayName: 'Voorzichtig Lid' });
    const page = await s.visitor();
    await logInAs(page, t.url, member.email, TEST_PASSWORD);
    await page.goto(`${t.url}/profile`);
    const section = page.getByRole('region', { name: 'Tweestapsverificatie' });
    await section.getByRole('button', { name: 'Tweestapsverificatie instellen' }).click();
    await section.getByRole('img', { name: 'QR-code om Waardenet aan je authenticator-app toe te voegen' }).waitFor();
    const uri = await section.locator('.totp-uri').textContent();
    expect(uri).toMatch(/^otpauth:\/\/totp\/Waardenet:/);
    const secret = (await section.locator('.totp-secret').textContent())!;
    expect(uri).toContain(`secret=${secret}`);
    await expectAccessible(page, 'two-step verification set-up');
    await screenshot(page, 'totp-setup');

    // A wrong code is said as such; the app's code turns it on.
    await section.getByLabel('Code uit de app').fill('000000');
    await section.getByRole('button', { name: 'Bevestigen en aanzetten' }).click();
    await section.getByText('Deze code klopt niet.').waitFor();
    await section.getByLabel('Code uit de app').fill(await generate({ ...OTP_PLUGINS, secret }));
    await section.getByRole('button', { name: 'Bevestigen en aanzetten' }).click();
    await section.getByRole('heading', { name: 'Je herstelcodes' }).waitFor();
    const codes = await section.locator('.recovery-codes code').allTextContents();
    expect(codes).toHaveLength(10);
    const file = await download(page, 'Download als tekstbestand');
    expect(file).toContain(member.email);
    for (const code of codes) expect(file).toContain(code);
    await expectAccessible(page, 'recovery codes');
    await section.getByRole('button', { name: 'Ik heb ze bewaard' }).click();
    await section.getByText('Tweestapsverificatie staat aan. Je hebt nog 10 ongebruikte herstelcodes.').waitFor();
    // Shown once: after a reload only the count remains.
    await page.reload();
    await section.getByText('Je hebt nog 10 ongebruikte herstelcodes.').waitFor();
    expect(await page.getByText(codes[0]).count()).toBe(0);

    // Another device: the password alone is not enough; the login screen asks for the code.
    const other = await s.visitor();
    await other.goto(`${t.url}/login`);
    await other.getByLabel('E-mailadres').fill(member.email);
    await other.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await other.getByRole('button', { name: 'Inloggen' }).click();
    const codeField = other.getByLabel('Code uit je app of herstelcode');
    await codeField.waitFor();
    await expectAccessible(other, 'login asks for the code');
    await codeField.fill('000000');
    await other.getByRole('button', { name: 'Inloggen' }).click();
    await other.getByText('Deze code klopt niet of is al gebruikt.').waitFor();
    await codeField.fill(codes[0]);
    await other.getByRole('button', { name: 'Inloggen' }).click();
    await other.getByRole('button', { name: 'Uitloggen' }).first().waitFor();

    // Turned off only with the password.
    await page.reload();
    await section.getByText('Je hebt nog 9 ongebruikte herstelcodes.').waitFor();
    await section.getByLabel('Je wachtwoord').fill('niet mijn wachtwoord');
    await section.getByRole('button', { name: 'Uitzetten' }).click();
    await section.getByText('Dit is niet je wachtwoord.').waitFor();
    await expectAccessible(page, 'turn two-step verification off');
    await section.getByLabel('Je wachtwoord').fill(TEST_PASSWORD);
    await section.getByRole('button', { name: 'Uitzetten' }).click();
    await section.getByRole('button', { name: 'Tweestapsverificatie instellen' }).waitFor();
    expect(await t.sql(`SELECT 1 FROM user_totp WHERE user_id = $1`, [member.id])).toEqual([]);
  });
});
