import type { Locator } from 'playwright-core';
import request from 'supertest';
import { LOGIN, TEST_PASSWORD, registerUser } from '../support/factories';
import { gql } from '../support/gql';
import { TestSmtpServer, startSmtpServer } from '../support/smtp-server';
import type { TestApp } from '../support/test-app';
import { rawSocket } from '../support/ws-client';
import { describeInBrowser, expectAccessible, screenshot } from './browser';
import { browserSuite } from './suite';

const PUBLIC_URL = 'https://waardenet.example';
const NEW_PASSWORD = 'mijn nieuwe geheime zin';
const ME = `{ me { id } }`;
const unauthenticated = async (t: TestApp, token: string) =>
  (await gql(t, ME, {}, token)).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED';

/** Waits until `list` holds exactly `n` items. */
async function itemsAre(list: Locator, n: number): Promise<void> {
  if (n) await list.nth(n - 1).waitFor();
  await list.nth(n).waitFor({ state: 'detached' });
}

describeInBrowser('web client: passwords and sessions', () => {
  let smtp: TestSmtpServer;
  // Filled in before the suite's own beforeAll starts the api (hooks run in the order they are registered).
  const env: Record<string, string> = { EMAIL_POLL_MS: '30', PUBLIC_URL };
  beforeAll(async () => {
    smtp = await startSmtpServer();
    env.SMTP_URL = smtp.url;
  });
  const s = browserSuite({ env });
  afterAll(() => smtp?.close());

  it('a reader who forgot their password asks for a link, gets it by mail, sets a new one and logs in with it', async () => {
    const { t } = s;
    const reader = await registerUser(t, { displayName: 'Vergeetachtige Lezer' });
    const page = await s.visitor();
    await page.goto(`${t.url}/login`);
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }).waitFor();
    await expectAccessible(page, 'forgot password');
    await page.getByLabel('E-mailadres').fill(reader.email);
    await page.getByRole('button', { name: 'Stuur de link' }).click();
    await page.getByRole('status').getByText(`Als er een account is met ${reader.email}`).waitFor();

    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toEqual([reader.email]);
    expect(mail.subject).toBe('Kies een nieuw wachtwoord voor Waardenet');
    const link = /https:\/\/waardenet\.example(\/reset-password\?token=[A-Za-z0-9_-]+)/.exec(mail.body);
    expect(link).not.toBeNull();
    await page.goto(`${t.url}${link![1]}`);
    await page.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen' }).waitFor();
    await expectAccessible(page, 'reset password');
    // A common password is refused with the reason, in words.
    await page.getByLabel('Nieuw wachtwoord').fill('Password123');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Dit wachtwoord staat op de lijst van veelgebruikte wachtwoorden').waitFor();
    await page.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByRole('status').getByText('Je wachtwoord is veranderd').waitFor();
    // The account's earlier session ended with the reset.
    expect(await unauthenticated(t, reader.token)).toBe(true);
    await screenshot(page, 'password-reset-done');

    await page.getByRole('link', { name: 'Naar inloggen' }).click();
    await page.getByLabel('E-mailadres').fill(reader.email);
    await page.getByLabel('Wachtwoord').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).first().waitFor();

    // The link works once.
    await page.goto(`${t.url}${link![1]}`);
    await page.getByLabel('Nieuw wachtwoord').fill('nog een ander wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByRole('alert').getByText('Deze link werkt niet meer').waitFor();
    await page.getByRole('link', { name: 'Vraag een nieuwe link aan' }).waitFor();
  });

  it('a member sees where they are signed in, signs another device out, changes the password, and signs out everywhere', async () => {
    const { t } = s;
    const member = await registerUser(t, { displayName: 'Lid Met Twee Apparaten' });
    // Another device: a laptop signed in with Firefox, its live socket open.
    const laptop = (
      await request(t.url)
        .post('/graphql')
        .set('user-agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0')
        .send({ query: LOGIN, variables: { input: { email: member.email, password: TEST_PASSWORD } } })
    ).body.data.login as { accessToken: string };
    const socket = rawSocket(t.url);
    await socket.init(laptop.accessToken);

    const page = await s.signedIn(member);
    await page.goto(`${t.url}/profile`);
    const sessions = page.getByRole('region', { name: 'Waar je bent ingelogd' });
    await sessions.getByRole('heading', { level: 3, name: /\(dit apparaat\)$/ }).waitFor();
    await itemsAre(sessions.getByRole('listitem'), 3);
    await expectAccessible(page, 'profile: password and sessions');

    await sessions.getByRole('button', { name: /^Afmelden: Firefox op Windows/ }).click();
    expect((await socket.closed).code).toBe(4403);
    await sessions.getByRole('heading', { level: 3, name: 'Firefox op Windows' }).waitFor({ state: 'detached' });
    await itemsAre(sessions.getByRole('listitem'), 2);
    expect(await unauthenticated(t, laptop.accessToken)).toBe(true);

    // A wrong current password is said in words; the right one changes it and signs the other devices out.
    const password = page.getByRole('region', { name: 'Wachtwoord wijzigen' });
    await password.getByLabel('Huidig wachtwoord').fill('niet het goede wachtwoord');
    await password.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
    await password.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await password.getByText('Dit is niet je huidige wachtwoord.').waitFor();
    await password.getByLabel('Huidig wachtwoord').fill(TEST_PASSWORD);
    await password.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await password.getByRole('status').getByText('Je wachtwoord is gewijzigd').waitFor();
    expect(await unauthenticated(t, member.token)).toBe(true);
    await page.reload();
    await itemsAre(sessions.getByRole('listitem'), 1);
    await screenshot(page, 'profile-sessions');

    await sessions.getByRole('button', { name: 'Overal afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.goto(`${t.url}/profile`);
    await page.getByRole('link', { name: 'Log in om je profiel te zien' }).waitFor();
  });
});
