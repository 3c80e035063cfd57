import type { Page } from 'playwright-core';
import { waitFor } from '../support/wait';
import { describeInBrowser, expectAccessible, screenshot } from './browser';
import { browserSuite } from './suite';

/** Axe finds nothing serious, and nothing runs off the right edge at 360 px. */
async function checkScreen(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await page.setViewportSize({ width: 360, height: 900 });
  await waitFor(async () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), {
    timeout: 3000,
    what: `${name} fits in 360 px`,
  });
  await expectAccessible(page, `${name} at 360 px`);
  await screenshot(page, name);
  await page.setViewportSize({ width: 1100, height: 900 });
}

const announced = (page: Page, text: string) => page.getByTestId('announcer').getByText(text).waitFor();

describeInBrowser('web client: the instance blocklist (issue 16 ask 4)', () => {
  const s = browserSuite();

  it('a platform admin blocks a server (a wrong host name is refused at its field) and unblocks it; members see no blocklist', async () => {
    const page = await s.signedIn(s.w.admin);
    await page.goto(`${s.t.url}/remote`);
    await page.getByRole('heading', { name: 'Geblokkeerde servers (platformbeheer)' }).waitFor();
    await page.getByText('Er zijn geen geblokkeerde servers.').waitFor();
    await page.getByLabel('Servernaam').fill('geen host!');
    await page.getByLabel('Reden', { exact: true }).fill('Stuurt spam');
    await page.getByRole('button', { name: 'Blokkeren' }).click();
    await page.locator('#block-host-error').waitFor();
    expect(await s.t.sql(`SELECT * FROM federation_blocked_instances`)).toEqual([]);
    await page.getByLabel('Servernaam').fill('spam.example');
    await page.getByRole('button', { name: 'Blokkeren' }).click();
    await announced(page, 'spam.example is geblokkeerd.');
    await page.getByRole('listitem').filter({ hasText: 'spam.example — Stuurt spam' }).waitFor();
    expect(await s.t.sql(`SELECT host, reason FROM federation_blocked_instances`)).toEqual([
      { host: 'spam.example', reason: 'Stuurt spam' },
    ]);
    await checkScreen(page, 'instance-blocklist');
    await page.getByRole('button', { name: 'Deblokkeren spam.example' }).click();
    await announced(page, 'spam.example is niet meer geblokkeerd.');
    expect(await s.t.sql(`SELECT * FROM federation_blocked_instances`)).toEqual([]);

    const member = await s.signedIn(s.w.member);
    await member.goto(`${s.t.url}/remote`);
    await member.getByRole('heading', { name: 'Gemeenschappen op andere servers', level: 1 }).waitFor();
    await member.getByText('Je volgt nog geen gemeenschappen op andere servers.').waitFor();
    expect(await member.getByRole('heading', { name: 'Geblokkeerde servers (platformbeheer)' }).count()).toBe(0);
  });
});
