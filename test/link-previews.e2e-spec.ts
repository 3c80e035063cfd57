import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { LinkPreviewsService } from '@waardenet/media';
import { World, createPost, createThread, world } from './support/factories';
import { gql, ok } from './support/gql';
import { fetchMedia, jpegWithGps } from './support/media';
import { TestApp, createTestApp } from './support/test-app';
import { waitFor } from './support/wait';
import { connectWs } from './support/ws-client';

const POSTS = `query($id: ID!) { thread(id: $id) { posts(first: 50) { edges { node { id linkPreviews { url title description siteName imageUrl imageWidth imageHeight } } } } } }`;
const EVENTS = `subscription($t: ID!) { threadEvents(threadId: $t) { type post { id linkPreviews { url title imageUrl } } } }`;

interface Card {
  url: string;
  title: string | null;
  description: string | null;
  siteName: string | null;
  imageUrl: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
}

/** The linked web: pages with Open Graph tags, a photo with GPS in its EXIF, a page that is not HTML, one that is gone. */
class LinkedSite {
  server!: Server;
  port = 0;
  hits: string[] = [];
  photo!: Buffer;

  async start(): Promise<void> {
    this.photo = await jpegWithGps(1200, 900);
    this.server = createServer((req, res) => this.answer(req, res));
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
  }

  url(path: string, host = '127.0.0.1'): string {
    return `http://${host}:${this.port}${path}`;
  }

  private answer(req: IncomingMessage, res: ServerResponse): void {
    this.hits.push(req.url ?? '');
    const html = (body: string) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    };
    switch (req.url) {
      case '/molen':
        return html(`<!doctype html><html><head><title>fallback</title>
          <meta property="og:title" content="Molen De Adriaan"><meta property="og:description" content="Een molen aan het Spaarne, sinds 1779.">
          <meta property="og:site_name" content="Molenarchief"><meta property="og:image" content="/molen.jpg"></head><body>…</body></html>`);
      case '/molen.jpg':
        res.writeHead(200, { 'content-type': 'image/jpeg' });
        return void res.end(this.photo);
      case '/agenda':
        return html(`<title>Agenda van de bieb</title><meta name="description" content="Lezingen en leesclubs">`);
      case '/doorsturen':
        res.writeHead(302, { location: 'http://10.0.0.1/admin' });
        return void res.end();
      case '/bestand':
        res.writeHead(200, { 'content-type': 'application/zip' });
        return void res.end(Buffer.alloc(100));
      default:
        res.writeHead(404, { 'content-type': 'text/html' });
        return void res.end('<title>Niet gevonden</title>');
    }
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }
}

describe('Link previews: a card under a post, fetched by the server after the post is written, safely', () => {
  let t: TestApp;
  let w: World;
  let site: LinkedSite;
  let threadId: string;
  const cardsOf = async (postId: string, token?: string): Promise<Card[]> => {
    const data = await ok(t, POSTS, { id: threadId }, token);
    return data.thread.posts.edges.find((e: { node: { id: string } }) => e.node.id === postId)?.node.linkPreviews ?? [];
  };

  beforeAll(async () => {
    site = new LinkedSite();
    await site.start();
    // The test allowlist: the local server is on 127.0.0.1 (refused in production, see the unit tests).
    t = await createTestApp({ LINK_PREVIEW_ALLOW_ADDRESSES: '127.0.0.1' });
    w = await world(t);
    threadId = (await createThread(t, w.member, w.pub.id)).id;
  });
  afterAll(async () => {
    await t.close();
    await site.close();
  });

  it('answers the post at once, then the card appears with title, description and a proxied image, live too', async () => {
    const ws = connectWs(t.url);
    const events = ws.subscribe(EVENTS, { t: threadId });
    try {
      const link = site.url('/molen');
      // Nothing is fetched while the post is written: the answer comes first (the card is not there yet or is).
      const post = await createPost(t, w.member, threadId, `Kijk eens: [de molen](${link}).`);
      const cards = await waitFor(async () => ((await cardsOf(post.id)).length ? await cardsOf(post.id) : null), { what: 'the card' });
      expect(cards).toEqual([
        expect.objectContaining({
          url: link,
          title: 'Molen De Adriaan',
          description: 'Een molen aan het Spaarne, sinds 1779.',
          siteName: 'Molenarchief',
        }),
      ]);
      // Readers' browsers load the image from this server, never from the linked site.
      const imageUrl = cards[0].imageUrl!;
      expect(imageUrl).toMatch(/^\/link-previews\/[0-9a-f-]{36}\.webp\?v=\d+$/);
      expect(imageUrl).not.toContain('127.0.0.1');
      expect(cards[0].imageWidth).toBeLessThanOrEqual(400);
      const image = await fetchMedia(t, imageUrl);
      expect(image.status).toBe(200);
      expect(image.headers['content-type']).toBe('image/webp');
      expect(image.headers['x-content-type-options']).toBe('nosniff');
      const meta = await sharp(image.body as Buffer).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.exif).toBeUndefined(); // the GPS position of the original is gone
      // The thread heard about the card (POST_EDITED with it).
      const edited = await waitFor(
        () => events.received.find((e) => e.threadEvents.type === 'POST_EDITED' && e.threadEvents.post?.linkPreviews?.length),
        { what: 'a live card' },
      );
      expect(edited.threadEvents.post.linkPreviews[0]).toMatchObject({ url: link, title: 'Molen De Adriaan' });
      // A visitor sees the same card.
      expect(await cardsOf(post.id)).toEqual(cards);
    } finally {
      events.unsubscribe();
      await ws.close();
    }
  });

  it('caches: a second post with the same address is not fetched again; a failed address is not asked again either (negative cache)', async () => {
    const before = site.hits.filter((h) => h === '/molen').length;
    const again = await createPost(t, w.member, threadId, `Nog eens ${site.url('/molen')}`);
    expect((await cardsOf(again.id))[0]).toMatchObject({ title: 'Molen De Adriaan' });
    const gone = await createPost(t, w.member, threadId, `Weg: ${site.url('/weg')}`);
    await waitFor(
      async () => (await t.sql(`SELECT status FROM link_previews WHERE url = $1`, [site.url('/weg')]))[0]?.status === 'FAILED',
      { what: 'the failure cached' },
    );
    for (let i = 0; i < 3; i++) expect(await cardsOf(gone.id)).toEqual([]);
    expect(site.hits.filter((h) => h === '/molen').length).toBe(before);
    expect(site.hits.filter((h) => h === '/weg').length).toBe(1);
  });

  it('shows no card for a redirect to a private address, a page that is not HTML, or a name that resolves to a private address', async () => {
    const previews = t.app.get(LinkPreviewsService);
    // A name server under the test's control: `archief.test` is the local server (allowed), `intern.test` a private address.
    previews.resolver = async (hostname) => {
      if (hostname === 'archief.test') return [{ address: '127.0.0.1', family: 4 }];
      if (hostname === 'intern.test') return [{ address: '192.168.1.20', family: 4 }];
      throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    };
    try {
      const byName = await createPost(t, w.member, threadId, `Via een naam: ${site.url('/agenda', 'archief.test')}`);
      await waitFor(async () => (await cardsOf(byName.id))[0]?.title === 'Agenda van de bieb', {
        what: 'the card through the name server',
      });
      const bad = [site.url('/doorsturen'), site.url('/bestand'), site.url('/agenda', 'intern.test')];
      const hitsBefore = site.hits.length;
      const post = await createPost(t, w.member, threadId, bad.join(' en '));
      const rows = await waitFor(
        async () => {
          const found = await t.sql<{ url: string; status: string; failure: string }>(
            `SELECT url, status, failure FROM link_previews WHERE url = ANY($1)`,
            [bad],
          );
          return found.length === 3 ? found : null;
        },
        { what: 'three failures' },
      );
      expect(rows.every((r) => r.status === 'FAILED')).toBe(true);
      expect(rows.find((r) => r.url === bad[0])?.failure).toMatch(/10\.0\.0\.1/);
      expect(rows.find((r) => r.url === bad[1])?.failure).toMatch(/content type/);
      expect(rows.find((r) => r.url === bad[2])?.failure).toMatch(/resolves to 192\.168\.1\.20/);
      expect(await cardsOf(post.id)).toEqual([]);
      // The private name was never connected to (only the redirect and the zip were asked of the local server).
      expect(site.hits.slice(hitsBefore).sort()).toEqual(['/bestand', '/doorsturen']);
    } finally {
      previews.resolver = undefined;
    }
  });

  it('shows no card to whoever may not read the post: a private community stays private', async () => {
    const secret = await createThread(t, w.manager, w.priv.id, { body: `Intern: ${site.url('/agenda')}` });
    const q = `query($id: ID!) { thread(id: $id) { posts(first: 5) { edges { node { linkPreviews { title } } } } } }`;
    const manager = await waitFor(
      async () => {
        const d = await ok(t, q, { id: secret.id }, w.manager.token);
        return d.thread.posts.edges[0].node.linkPreviews.length ? d : null;
      },
      { what: "the manager's card" },
    );
    expect(manager.thread.posts.edges[0].node.linkPreviews[0].title).toBe('Agenda van de bieb');
    for (const token of [undefined, w.outsider.token, w.member.token]) {
      const res = await gql(t, q, { id: secret.id }, token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
      expect(JSON.stringify(res.data ?? null)).not.toContain('Agenda');
    }
  });

  it('shows no card on a deleted post to its readers (its text is gone, so are its cards)', async () => {
    const post = await createPost(t, w.member, threadId, `Even kijken: ${site.url('/agenda')}`);
    await waitFor(async () => (await cardsOf(post.id)).length > 0, { what: 'the card' });
    await ok(t, `mutation($id: ID!) { deletePost(postId: $id) { id } }`, { id: post.id }, w.member.token);
    expect(await cardsOf(post.id)).toEqual([]);
    expect(await cardsOf(post.id, w.outsider.token)).toEqual([]);
  });
});

describe('Link previews without the test allowlist', () => {
  let t: TestApp;
  let site: LinkedSite;
  beforeAll(async () => {
    site = new LinkedSite();
    await site.start();
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
    await site.close();
  });

  it('never fetches a loopback address: the failure is cached and the local server is not asked', async () => {
    const w = await world(t);
    const thread = await createThread(t, w.member, w.pub.id, {
      body: `Lokaal: ${site.url('/molen')} en http://169.254.169.254/latest/meta-data/`,
    });
    await waitFor(async () => (await t.sql(`SELECT 1 FROM link_previews WHERE status = 'FAILED'`)).length === 2, { what: 'two refusals' });
    expect(site.hits).toEqual([]);
    const d = await ok(t, `query($id: ID!) { thread(id: $id) { posts(first: 5) { edges { node { linkPreviews { title } } } } } }`, {
      id: thread.id,
    });
    expect(d.thread.posts.edges[0].node.linkPreviews).toEqual([]);
  });
});
