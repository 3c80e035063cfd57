import { readFileSync } from 'node:fs';
import { LOGIN, TEST_PASSWORD, createPost, createThread, join, registerUser } from '../support/factories';
import { gql } from '../support/gql';
import { describeInBrowser, expectAccessible, screenshot } from './browser';
import { browserSuite } from './suite';

describeInBrowser('web client: download my data, delete my account', () => {
  const s = browserSuite();

  it('a member downloads their data as a JSON file', async () => {
    const { t, w } = s;
    const member = await registerUser(t, { displayName: 'Nieuwsgierig Lid' });
    await join(t, member, w.pub.id);
    const thread = await createThread(t, member, w.pub.id, { title: 'Wat weten jullie over mij?' });
    const page = await s.signedIn(member);
    await page.goto(`${t.url}/profile`);
    const data = page.getByRole('region', { name: 'Je gegevens' });
    await data.getByRole('button', { name: 'Download mijn gegevens' }).waitFor();
    await expectAccessible(page, 'profile: your data');
    const [file] = await Promise.all([page.waitForEvent('download'), data.getByRole('button', { name: 'Download mijn gegevens' }).click()]);
    expect(file.suggestedFilename()).toMatch(/^waardenet-export-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(readFileSync(await file.path(), 'utf8'));
    expect(doc.account).toMatchObject({ id: member.id, email: member.email, display_name: 'Nieuwsgierig Lid' });
    expect(doc['threads.author_id']).toEqual([expect.objectContaining({ id: thread.id, title: 'Wat weten jullie over mij?' })]);
    await data.getByRole('status').getByText('Je gegevens zijn gedownload.').waitFor();
  });

  it('a member deletes their account through the confirmation dialog: a wrong password is said, the right one signs them out for good', async () => {
    const { t, w } = s;
    const member = await registerUser(t, { displayName: 'Vertrekkend Lid' });
    await join(t, member, w.pub.id);
    const thread = await createThread(t, w.manager, w.pub.id);
    await createPost(t, member, thread.id, 'Mijn laatste woord');
    const page = await s.signedIn(member);
    await page.goto(`${t.url}/profile`);
    const section = page.getByRole('region', { name: 'Account verwijderen' });
    await section.getByRole('button', { name: 'Account verwijderen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Je account definitief verwijderen?' });
    await dialog.waitFor();
    await expectAccessible(page, 'delete account dialog');
    await screenshot(page, 'delete-account-dialog');

    // Escape closes it, and nothing happened.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await section.getByRole('button', { name: 'Account verwijderen…' }).click();

    await dialog.getByRole('button', { name: 'Account definitief verwijderen' }).click();
    await dialog.getByText('Vul je wachtwoord in om te bevestigen.').waitFor();
    await dialog.getByLabel('Je wachtwoord').fill('niet mijn wachtwoord');
    await dialog.getByRole('button', { name: 'Account definitief verwijderen' }).click();
    await dialog.getByText('Dit is niet je wachtwoord.').waitFor();
    expect((await t.sql(`SELECT deleted_at FROM users WHERE id = $1`, [member.id]))[0].deleted_at).toBeNull();

    await dialog.getByLabel('Je wachtwoord').fill(TEST_PASSWORD);
    await dialog.getByLabel('Wis ook de tekst van al mijn berichten en hun eerdere versies').check();
    await dialog.getByRole('button', { name: 'Account definitief verwijderen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Je account is verwijderd.').waitFor();
    await page.getByRole('link', { name: 'Inloggen' }).first().waitFor();

    // Gone on the server too: the text erased, signing in refused, the address free.
    expect(await t.sql(`SELECT body FROM posts WHERE author_id = $1`, [member.id])).toEqual([{ body: '' }]);
    expect((await gql(t, LOGIN, { input: { email: member.email, password: TEST_PASSWORD } })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await page.goto(`${t.url}/profile`);
    await page.getByRole('link', { name: 'Log in om je profiel te zien' }).waitFor();
  });
});
