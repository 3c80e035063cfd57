/// <reference lib="dom" />
// Page functions (page.evaluate, waitForFunction) run in the browser.
import sharp from 'sharp';
import { createPost, createThread, join, world } from '../support/factories';
import { upload } from '../support/media';
import { TestApp } from '../support/test-app';
import { describeInBrowser, expectAccessible, screenshot, waitForLive } from './browser';
import { browserSuite } from './suite';

async function setUp(t: TestApp) {
  const w = await world(t);
  const thread = await createThread(t, w.manager, w.pub.id, { title: 'Foto’s van de molen', body: 'Wie heeft er een?' });
  await join(t, w.member, w.pub.id).catch(() => undefined);
  return { ...w, threadId: thread.id };
}

const photo = (colour: string) =>
  sharp({ create: { width: 900, height: 600, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();

describeInBrowser('web client: images in replies, community banners and library logos', () => {
  const s = browserSuite({ setUp });

  it('a member picks a photo, must describe it, sees the upload progress, posts it; a reader sees it arrive live; it opens larger from the keyboard', async () => {
    // A visitor reading the thread meanwhile.
    const reader = await s.visitor();
    await reader.goto(`${s.t.url}/thread/${s.w.threadId}`);
    await reader.getByRole('heading', { level: 1, name: 'Foto’s van de molen' }).waitFor();
    await waitForLive(reader);
    const page = await s.signedIn(s.w.member);
    await page.goto(`${s.t.url}/thread/${s.w.threadId}`);
    await page.getByRole('heading', { level: 1, name: 'Foto’s van de molen' }).waitFor();
    await page.getByRole('button', { name: 'Afbeelding toevoegen' }).waitFor();
    await page.locator('#reply-body-image').setInputFiles({ name: 'molen.jpg', mimeType: 'image/jpeg', buffer: await photo('#4a7a3a') });
    const alt = page.getByLabel('Beschrijving (alt-tekst, verplicht)');
    await alt.waitFor();
    await page.getByText('Geüpload').waitFor();
    await expectAccessible(page, 'image attach panel');
    await page.getByRole('button', { name: 'Invoegen' }).click();
    await page.getByText('Beschrijf de afbeelding voordat je haar invoegt.').waitFor();
    await alt.fill('De molen De Hoop in de lente');
    await page.getByRole('button', { name: 'Invoegen' }).click();
    const body = page.getByLabel('Je reactie');
    await page.waitForFunction(() =>
      /!\[De molen De Hoop in de lente\]\(\/media\/[0-9a-f-]{36}\)/.test(
        (document.getElementById('reply-body') as HTMLTextAreaElement).value,
      ),
    );
    await body.press('End');
    await body.type(' Mooi, toch?');
    await page.getByRole('button', { name: 'Reactie plaatsen' }).click();
    const open = page.getByRole('button', { name: 'Vergroot afbeelding: De molen De Hoop in de lente' });
    await open.waitFor();
    // Live, without reloading, and loaded (a public community's image needs no token).
    const seen = reader.getByRole('button', { name: 'Vergroot afbeelding: De molen De Hoop in de lente' }).locator('img');
    await seen.waitFor();
    await seen.scrollIntoViewIfNeeded();
    await reader.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('.post-body img')].some((i) => i.complete && i.naturalWidth > 0),
    );
    const img = open.locator('img');
    expect(await img.getAttribute('loading')).toBe('lazy');
    expect(await img.getAttribute('width')).toBe('900');
    await expectAccessible(page, 'thread with an image');
    await screenshot(page, 'thread-with-image');
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'De molen De Hoop in de lente' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('a pasted image gets the same panel (alt text required before it goes in)', async () => {
    const page = await s.signedIn(s.w.member);
    await page.goto(`${s.t.url}/thread/${s.w.threadId}`);
    await page.getByRole('button', { name: 'Afbeelding toevoegen' }).waitFor();
    const bytes = [...(await photo('#aa3322'))];
    await page.evaluate((data) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], 'plak.jpg', { type: 'image/jpeg' }));
      document
        .getElementById('reply-body')
        ?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, bytes);
    await page.getByLabel('Beschrijving (alt-tekst, verplicht)').fill('Een rode vlek');
    await page.getByText('Geüpload').waitFor();
    await page.getByRole('button', { name: 'Invoegen' }).click();
    await page.waitForFunction(() =>
      (document.getElementById('reply-body') as HTMLTextAreaElement).value.includes('![Een rode vlek](/media/'),
    );
  });

  it('a community manager sets the banner in the settings, a library admin the logo; both show at once and on the pages', async () => {
    const page = await s.signedIn(s.w.manager);
    await page.goto(`${s.t.url}/community/${s.w.pub.slug}/manage?tab=settings`);
    const banner = page.getByLabel('Banner van de gemeenschap');
    await banner.waitFor();
    await banner.setInputFiles({
      name: 'banner.jpg',
      mimeType: 'image/jpeg',
      buffer: await sharp({ create: { width: 1600, height: 400, channels: 3, background: '#225588' } })
        .jpeg()
        .toBuffer(),
    });
    await page.getByText('De afbeelding is opgeslagen en in gebruik.').first().waitFor({ state: 'attached' });
    await page.locator('img.house-style-preview[src^="/media/"]').waitFor();
    await expectAccessible(page, 'community settings with a banner');
    await page.goto(`${s.t.url}/community/${s.w.pub.slug}`);
    await page.locator('img.community-banner[src^="/media/"]').waitFor();

    const admin = await s.signedIn(s.w.admin);
    await admin.goto(`${s.t.url}/library/${s.w.library.slug}`);
    const logo = admin.getByLabel('Logo van de bibliotheek');
    await logo.waitFor();
    await logo.setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: await sharp({ create: { width: 300, height: 120, channels: 4, background: { r: 0, g: 80, b: 160, alpha: 1 } } })
        .png()
        .toBuffer(),
    });
    await admin.locator('img.library-logo[src^="/media/"]').waitFor();
    await expectAccessible(admin, 'library page with its logo');
  });

  it("shows a private community's image to its member (fetched with the token), while the address alone answers 404", async () => {
    const thread = await createThread(s.t, s.w.manager, s.w.priv.id, { title: 'Uit het archief' });
    const media = await upload(s.t, s.w.manager.token, { purpose: 'POST', communityId: s.w.priv.id }, await photo('#996633'));
    await createPost(s.t, s.w.manager, thread.id, `![Een oude foto van de Dorpsstraat](${media.body.url})`);
    const page = await s.signedIn(s.w.manager);
    await page.goto(`${s.t.url}/thread/${thread.id}`);
    const img = page.getByRole('button', { name: 'Vergroot afbeelding: Een oude foto van de Dorpsstraat' }).locator('img');
    await img.waitFor();
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const el = document.querySelector<HTMLImageElement>('.post-body img');
      return !!el && el.src.startsWith('blob:') && el.complete && el.naturalWidth > 0;
    });
    const visitor = await s.visitor();
    const res = await visitor.goto(`${s.t.url}${media.body.url}`);
    expect(res?.status()).toBe(404);
  });
});
