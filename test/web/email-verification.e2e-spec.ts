import { TestUser, addStaff, createCommunity, createLibrary, registerUser } from '../support/factories';
import { ok } from '../support/gql';
import { mailbox } from '../support/mail-links';
import { TestSmtpServer, startSmtpServer } from '../support/smtp-server';
import { TEST_ADMIN_EMAIL, TEST_PASSWORD, TestApp } from '../support/test-app';
import { describeInBrowser, expectAccessible, screenshot } from './browser';
import { browserSuite } from './suite';

const PUBLIC_URL = 'https://waardenet.example';
const linkPath = (body: string, path: string) => new RegExp(`https://waardenet\\.example(/${path}\\?token=[A-Za-z0-9_-]+)`).exec(body)?.[1];

describeInBrowser('web client: email verification and email change', () => {
  let smtp: TestSmtpServer;
  let mail: ReturnType<typeof mailbox>;
  // Filled in before the suite's own beforeAll starts the api (hooks run in the order they are registered).
  const env: Record<string, string> = { EMAIL_POLL_MS: '30', PUBLIC_URL, WAARDENET_EMAIL_VERIFICATION: 'on' };
  beforeAll(async () => {
    smtp = await startSmtpServer();
    env.SMTP_URL = smtp.url;
    mail = mailbox(smtp);
  });

  /** Every account here verifies the way a person does: with the link from the real mail. */
  async function verified(t: TestApp, over: { email?: string; displayName?: string } = {}): Promise<TestUser> {
    const user = await registerUser(t, over);
    await ok(t, `mutation($token: String!) { verifyEmail(token: $token) }`, { token: await mail.token(user.email, 'verify-email') });
    return user;
  }

  const s = browserSuite({
    env,
    setUp: async (t) => {
      const admin = await verified(t, { email: TEST_ADMIN_EMAIL });
      const library = await createLibrary(t, admin);
      const manager = await verified(t, { displayName: 'Bibliothecaris' });
      await addStaff(t, admin, library.id, manager, 'COMMUNITY_MANAGER');
      return { community: await createCommunity(t, manager, library.id, 'PUBLIC') };
    },
  });
  afterAll(() => smtp?.close());

  it('a new reader registers, is asked to confirm, cannot join yet, gets the link again by mail, confirms it and then joins', async () => {
    const { t, w } = s;
    const email = `nieuwe-lezer-${process.pid}@test.waardenet.nl`;
    const page = await s.visitor();
    await page.goto(`${t.url}/register`);
    await page.getByLabel('Naam').fill('Nieuwe Lezer');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Account maken' }).click();
    const banner = page.locator('.verify-banner');
    await banner.getByText('Bevestig je e-mailadres met de link in de mail').waitFor();
    const first = await mail.next(email);
    expect(first.subject).toBe('Bevestig je e-mailadres voor Waardenet');
    await expectAccessible(page, 'verify banner');
    await screenshot(page, 'verify-banner');

    // Joining waits for the confirmation, and says why.
    await page.goto(`${t.url}/community/${w.community.slug}`);
    await page.getByRole('button', { name: 'Lid worden' }).click();
    await page.getByRole('alert').getByText('Bevestig eerst je e-mailadres').waitFor();
    expect(await t.sql(`SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1`, [email])).toHaveLength(0);

    // "Stuur opnieuw" mails a fresh link; that one is opened.
    await banner.getByRole('button', { name: 'Stuur opnieuw' }).click();
    await banner.getByRole('status').getByText('We hebben een nieuwe link gestuurd').waitFor();
    const again = await mail.next(email);
    const link = linkPath(again.body, 'verify-email');
    expect(link).toBeDefined();
    expect(link).not.toBe(linkPath(first.body, 'verify-email'));
    await page.goto(`${t.url}${link}`);
    await page.getByRole('heading', { level: 1, name: 'E-mailadres bevestigen' }).waitFor();
    await page.getByRole('status').getByText('Je e-mailadres is bevestigd').waitFor();
    await banner.waitFor({ state: 'detached' });
    await expectAccessible(page, 'email verified');
    await screenshot(page, 'email-verified');

    await page.goto(`${t.url}/community/${w.community.slug}`);
    await page.getByRole('button', { name: 'Lid worden' }).click();
    await page.getByText('Je bent lid.').waitFor();
    expect(await t.sql(`SELECT m.state FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1`, [email])).toEqual([
      { state: 'ACTIVE' },
    ]);

    // The link works once.
    await page.goto(`${t.url}${link}`);
    await page.getByRole('alert').getByText('Deze link werkt niet').waitFor();
  });

  it('a member changes their address in the profile: a link to the new address, then signed in with it', async () => {
    const { t } = s;
    const member = await verified(t, { displayName: 'Verhuizende Lezer' });
    const to = `verhuisd-${process.pid}@test.waardenet.nl`;
    const page = await s.signedIn(member);
    await page.goto(`${t.url}/profile`);
    const change = page.getByRole('region', { name: 'E-mailadres wijzigen' });
    await change.getByLabel('Nieuw e-mailadres').fill(to);
    await change.getByLabel('Je wachtwoord').fill('niet mijn wachtwoord');
    await change.getByRole('button', { name: 'Stuur de bevestiging' }).click();
    await change.getByText('Dit is niet je wachtwoord.').waitFor();
    await change.getByLabel('Je wachtwoord').fill(TEST_PASSWORD);
    await change.getByRole('button', { name: 'Stuur de bevestiging' }).click();
    await change.getByRole('status').getByText(`We hebben een link gestuurd naar ${to}`).waitFor();
    await expectAccessible(page, 'profile: email change');

    const notice = await mail.next(member.email);
    expect(notice.body).toContain(to);
    const link = linkPath((await mail.next(to)).body, 'confirm-email');
    await page.goto(`${t.url}${link}`);
    await page.getByRole('heading', { level: 1, name: 'Nieuw e-mailadres bevestigen' }).waitFor();
    await page.getByRole('status').getByText('Je account gebruikt nu dit nieuwe e-mailadres').waitFor();
    await expectAccessible(page, 'email change confirmed');
    expect((await mail.next(member.email)).subject).toBe('Het e-mailadres van je Waardenet-account is veranderd');

    await page.goto(`${t.url}${link}`);
    await page.getByRole('alert').getByText('Deze link werkt niet').waitFor();
    const other = await s.visitor();
    await s.logIn(other, { email: to });
    await other.getByRole('button', { name: 'Uitloggen' }).first().waitFor();
  });
});
