import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPost, createThread } from '../support/factories';
import { jpegWithGps } from '../support/media';
import { describeInBrowser, expectAccessible, screenshot, waitForLive } from './browser';
import { browserSuite } from './suite';

describeInBrowser('web client: a link in a post gets a card, live, with the image from this server', () => {
  // The linked site runs on 127.0.0.1: the test allowlist lets the fetcher reach it (refused in production).
  const s = browserSuite({ env: { LINK_PREVIEW_ALLOW_ADDRESSES: '127.0.0.1' } });
  let site: Server;
  let port = 0;
  const siteHits: string[] = [];
  beforeAll(async () => {
    const photo = await jpegWithGps(800, 600);
    site = createServer((req, res) => {
      siteHits.push(req.url ?? '');
      if (req.url === '/molen.jpg') {
        res.writeHead(200, { 'content-type': 'image/jpeg' });
        return void res.end(photo);
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<title>x</title><meta property="og:title" content="Molen De Adriaan"><meta property="og:description" content="Een molen aan het Spaarne, sinds 1779."><meta property="og:site_name" content="Molenarchief"><meta property="og:image" content="/molen.jpg">`,
      );
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
    port = (site.address() as AddressInfo).port;
  });
  afterAll(async () => {
    site.closeAllConnections();
    await new Promise((r) => site.close(r));
  });

  it('a reader sees the card appear under a new reply without a reload; its image is loaded from Waardenet, not from the linked site; accessible at 360 px', async () => {
    const { t, w } = s;
    const thread = await createThread(t, w.member, w.pub.id, { title: 'Molens in Haarlem' });
    const page = await s.visitor();
    await page.setViewportSize({ width: 360, height: 800 });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${t.url}/thread/${thread.id}`);
    await waitForLive(page);

    await createPost(t, w.member, thread.id, `Deze ken je vast: http://127.0.0.1:${port}/molen`);

    const card = page.locator('.link-preview', { hasText: 'Molen De Adriaan' });
    await card.waitFor({ timeout: 15_000 });
    await card.getByText('Een molen aan het Spaarne, sinds 1779.').waitFor();
    expect(await card.getByRole('link', { name: 'Molen De Adriaan' }).getAttribute('href')).toBe(`http://127.0.0.1:${port}/molen`);
    const img = card.locator('img');
    expect(await img.getAttribute('src')).toMatch(/^\/link-previews\/[0-9a-f-]{36}\.webp\?v=\d+$/);
    await page.waitForFunction(
      (el) =>
        (el as unknown as { complete: boolean; naturalWidth: number }).complete &&
        (el as unknown as { naturalWidth: number }).naturalWidth > 0,
      await img.elementHandle(),
    );
    // The browser never contacted the linked site: only the server did (the page and its image, once).
    expect(requested.filter((u) => u.includes(`:${port}/`))).toEqual([]);
    expect(siteHits.sort()).toEqual(['/molen', '/molen.jpg']);
    type Doc = { documentElement: { scrollWidth: number; clientWidth: number } };
    const fits = await page.evaluate(() => {
      const d = (globalThis as unknown as { document: Doc }).document.documentElement;
      return d.scrollWidth <= d.clientWidth;
    });
    expect(fits).toBe(true);
    await expectAccessible(page, 'link-preview-card');
    await screenshot(page, 'link-preview-card');
  });
});
