import type { Page } from 'playwright-core';
import { randomBytes } from 'node:crypto';
import { TestUser, addStaff, createLibrary, registerAdmin, registerUser } from '../support/factories';
import { ok } from '../support/gql';
import { TestOidcProvider, startOidcProvider } from '../support/oidc-provider';
import type { TestApp } from '../support/test-app';
import { describeInBrowser, expectAccessible, screenshot } from './browser';
import { browserSuite } from './suite';

const CONFIGURE = `mutation($input: ConfigureLibrarySsoInput!) { configureLibrarySso(input: $input) { enabled } }`;
const unique = () => randomBytes(4).toString('hex');

interface SsoWorld {
  provider: TestOidcProvider;
  library: { id: string; slug: string; name: string };
  libAdmin: TestUser;
}

describeInBrowser('web client: signing in with the library (OpenID Connect)', () => {
  const slug = `sso-${unique()}`;
  const s = browserSuite<SsoWorld>({
    setUp: async (t: TestApp) => {
      const provider = await startOidcProvider([`${t.config.email.publicUrl}/auth/sso/${slug}/callback`]);
      const admin = await registerAdmin(t);
      const library = await createLibrary(t, admin, { slug });
      const libAdmin = await registerUser(t, { displayName: `Beheerder ${unique()}` });
      await addStaff(t, admin, library.id, libAdmin, 'ADMIN');
      await ok(
        t,
        CONFIGURE,
        {
          input: {
            librarySlug: slug,
            issuer: provider.issuer,
            clientId: provider.clientId,
            clientSecret: provider.clientSecret,
            label: 'Bibliotheekpas',
            enabled: true,
          },
        },
        libAdmin.token,
      );
      return { provider, library, libAdmin };
    },
  });
  afterAll(async () => {
    await s.w.provider.close();
  });

  /**
   * A visitor whose browser knows the api by its configured public address (the provider sends the browser back
   * there): requests to it are carried to the test server's real port.
   */
  async function visitorAtPublicUrl(): Promise<{ page: Page; base: string }> {
    const page = await s.visitor();
    const base = s.t.config.email.publicUrl;
    // Fetched here and handed back as the public address's answer (redirects included, for the browser to follow).
    await page.context().route(
      (url) => url.href.startsWith(`${base}/`),
      async (route) => {
        try {
          await route.fulfill({ response: await route.fetch({ url: route.request().url().replace(base, s.t.url), maxRedirects: 0 }) });
        } catch {
          // The test ended and its context closed with requests still in flight (the client's background refresh).
          await route.abort().catch(() => undefined);
        }
      },
    );
    return { page, base };
  }

  it('a member picks "Inloggen met Bibliotheekpas" on the login screen, signs in at the library and comes back signed in', async () => {
    const { page, base } = await visitorAtPublicUrl();
    s.w.provider.signInAs({ sub: `sub-${unique()}`, email: `pas-${unique()}@bieb.example`, email_verified: true, name: 'Pashouder Petra' });
    await page.goto(`${base}/login`);
    const section = page.getByRole('region', { name: 'Inloggen via je bibliotheek' });
    const link = section.getByRole('link', { name: `Inloggen met Bibliotheekpas (${s.w.library.name})` });
    await link.waitFor();
    await expectAccessible(page, 'login with the library option');
    await screenshot(page, 'sso-login-screen');
    await link.click();
    await page.getByRole('button', { name: 'Uitloggen' }).first().waitFor();
    // The ticket left the address at once.
    expect(page.url()).not.toContain('ticket');
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByText('Pashouder Petra').first().waitFor();
  });

  it('a refusal at the library comes back to the login screen in words', async () => {
    const { page, base } = await visitorAtPublicUrl();
    s.w.provider.signInAs('deny');
    await page.goto(`${base}/library/${slug}`);
    await page.getByRole('link', { name: 'Inloggen met Bibliotheekpas' }).click();
    await page.getByRole('alert').filter({ hasText: 'Het inloggen bij je bibliotheek is afgebroken of geweigerd.' }).waitFor();
    expect(new URL(page.url()).searchParams.get('sso_error')).toBe('SSO_DENIED');
    await expectAccessible(page, 'login after a refused single sign-on');
  });

  it("the library's admin sets it up in the library's staff tools: the secret is never shown, changes are saved", async () => {
    const page = await s.signedIn(s.w.libAdmin);
    await page.goto(`${s.t.url}/library/${slug}`);
    await page.getByRole('link', { name: 'Inloggen via de bibliotheek' }).click();
    await page.getByRole('heading', { name: `Inloggen via ${s.w.library.name}` }).waitFor();
    expect(await page.getByLabel('Adres van de inlogdienst (issuer)').inputValue()).toBe(s.w.provider.issuer);
    const secret = page.getByLabel('Clientgeheim');
    expect(await secret.inputValue()).toBe('');
    expect(await page.content()).not.toContain(s.w.provider.clientSecret);
    await page.getByText(`${s.t.config.email.publicUrl}/auth/sso/${slug}/callback`).waitFor();
    await expectAccessible(page, 'single sign-on settings');
    // A wrong issuer is said at the field.
    await page.getByLabel('Adres van de inlogdienst (issuer)').fill('http://login.bieb.example');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Vul een https://-adres in, zonder ? of #.').waitFor();
    await page.getByLabel('Adres van de inlogdienst (issuer)').fill(s.w.provider.issuer);
    await page.getByLabel('Tekst op de knop').fill('Mijn Bieb');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De instellingen voor inloggen via de bibliotheek zijn opgeslagen.' }).waitFor();
    await page.setViewportSize({ width: 360, height: 800 });
    await expectAccessible(page, 'single sign-on settings at 360 px');
    await screenshot(page, 'sso-settings');
    const [row] = await s.t.sql<{ label: string }>(
      `SELECT label FROM library_sso s JOIN libraries l ON l.id = s.library_id WHERE l.slug = $1`,
      [slug],
    );
    expect(row.label).toBe('Mijn Bieb');
    // The password field was left empty: the stored secret stays (signing in still works).
    const { page: visitor, base } = await visitorAtPublicUrl();
    s.w.provider.signInAs({ sub: `sub-${unique()}`, email: `bieb-${unique()}@bieb.example`, email_verified: true, name: 'Lezer Lotte' });
    await visitor.goto(`${base}/login`);
    await visitor.getByRole('link', { name: `Inloggen met Mijn Bieb (${s.w.library.name})` }).click();
    await visitor.getByRole('button', { name: 'Uitloggen' }).first().waitFor();
  });
});
