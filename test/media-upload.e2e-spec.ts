import sharp from 'sharp';
import { MediaPurge } from '@waardenet/media';
import { World, join, registerUser, world } from './support/factories';
import { ok } from './support/gql';
import { fetchMedia, jpegWithGps, mediaCounts, pdf, png, pngBomb, upload } from './support/media';
import { TestApp, createTestApp } from './support/test-app';

const PHP = Buffer.from('<?php system($_GET["cmd"]); ?>\n'.repeat(20));

describe('POST /api/media: what the bytes say is what is accepted, processed off the event loop, stripped of metadata', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp({ MEDIA_MAX_FILE_BYTES: String(3 * 1024 * 1024) });
    w = await world(t);
  });
  afterAll(() => t.close());

  it('needs a signed-in account, and stores nothing without one', async () => {
    const before = await mediaCounts(t);
    const res = await upload(t, undefined, { purpose: 'AVATAR' }, await png());
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await mediaCounts(t)).toEqual(before);
  });

  it('refuses a PHP file named .jpg (and declared image/jpeg) with MEDIA_TYPE within a second, and stores nothing', async () => {
    const before = await mediaCounts(t);
    const started = Date.now();
    const res = await upload(t, w.member.token, { purpose: 'POST', communityId: w.pub.id }, PHP, 'kat.jpg');
    const ms = Date.now() - started;
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MEDIA_TYPE' });
    expect(ms).toBeLessThan(1000);
    expect(await mediaCounts(t)).toEqual(before);
    // In Dutch by default.
    const nl = await upload(t, w.member.token, { purpose: 'POST', communityId: w.pub.id }, PHP, 'kat.jpg').set('accept-language', 'nl');
    expect(nl.body.message).toMatch(/geen afbeelding die we aannemen/);
  });

  it('refuses a 30,000 × 30,000 PNG (a decompression bomb) from its header, within a second: MEDIA_TOO_LARGE, nothing stored', async () => {
    const before = await mediaCounts(t);
    const bomb = pngBomb();
    expect((await sharp(bomb, { limitInputPixels: false }).metadata()).width).toBe(30_000);
    const started = Date.now();
    const res = await upload(t, w.member.token, { purpose: 'POST', communityId: w.pub.id }, bomb, 'plattegrond.png');
    const ms = Date.now() - started;
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MEDIA_TOO_LARGE' });
    expect(ms).toBeLessThan(1000);
    console.warn(`30,000 × 30,000 PNG (${bomb.length} bytes) refused in ${ms} ms`);
    expect(await mediaCounts(t)).toEqual(before);
  });

  it('refuses a file over MEDIA_MAX_FILE_BYTES with MEDIA_TOO_LARGE and stores nothing', async () => {
    const before = await mediaCounts(t);
    const big = Buffer.concat([await png(), Buffer.alloc(3 * 1024 * 1024 + 10)]);
    const res = await upload(t, w.member.token, { purpose: 'POST', communityId: w.pub.id }, big, 'groot.png');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ reason: 'MEDIA_TOO_LARGE' });
    expect(await mediaCounts(t)).toEqual(before);
  });

  it('answers { id, url, width, height, contentType } for a photo, whose GPS position and camera are gone from every served size', async () => {
    const photo = await jpegWithGps(1600, 1200);
    expect((await sharp(photo).metadata()).exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true); // the GPS IFD pointer is there
    const started = Date.now();
    const res = await upload(t, w.member.token, { purpose: 'POST', communityId: w.pub.id }, photo, 'molen.jpg');
    console.warn(`1600 × 1200 JPEG uploaded and processed in ${Date.now() - started} ms`);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      url: `/media/${res.body.id}`,
      width: 1600,
      height: 1200,
      contentType: 'image/jpeg',
    });
    const [row] = await t.sql<{ variants: { name: string }[] }>(`SELECT variants FROM media WHERE id = $1`, [res.body.id]);
    const names = row.variants.map((v) => v.name);
    expect(names).toEqual(
      expect.arrayContaining(['full', '320.webp', '320.jpg', '640.webp', '640.jpg', '1280.webp', '1280.jpg', '1600.webp']),
    );
    for (const name of names) {
      const path = name === 'full' ? res.body.url : `${res.body.url}/${name}`;
      const served = await fetchMedia(t, path, w.member.token);
      expect(served.status).toBe(200);
      const body = served.body as Buffer;
      expect(body.includes(Buffer.from('WaardenetTestCam'))).toBe(false);
      const meta = await sharp(body).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
    }
    const full = await fetchMedia(t, res.body.url, w.member.token);
    expect(full.headers['content-type']).toBe('image/jpeg');
    expect(full.headers['x-content-type-options']).toBe('nosniff');
    expect(full.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    // Not yet in a post: its uploader's alone.
    expect(full.headers['cache-control']).toMatch(/^private/);
    expect((await fetchMedia(t, res.body.url)).status).toBe(404);
    expect((await fetchMedia(t, res.body.url, w.outsider.token)).status).toBe(404);
  });

  it('turns a photo the right way up (EXIF orientation) before dropping the orientation', async () => {
    const sideways = await sharp({ create: { width: 300, height: 100, channels: 3, background: '#000' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const res = await upload(t, w.member.token, { purpose: 'POST', communityId: w.pub.id }, sideways);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ width: 100, height: 300 });
  });

  it('keeps transparency as PNG, and refuses a PDF from a member while the library staff may upload one, served as a download', async () => {
    const transparent = await upload(t, w.member.token, { purpose: 'POST', communityId: w.pub.id }, await png(), 'logo.png');
    expect(transparent.body).toMatchObject({ contentType: 'image/png', width: 64, height: 48 });

    const before = await mediaCounts(t);
    const refused = await upload(t, w.member.token, { purpose: 'POST', communityId: w.pub.id }, pdf(), 'programma.pdf');
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ reason: 'MEDIA_TYPE' });
    expect(await mediaCounts(t)).toEqual(before);

    const doc = await upload(t, w.manager.token, { purpose: 'POST', communityId: w.pub.id }, pdf(), 'programma.pdf');
    expect(doc.status).toBe(201);
    expect(doc.body).toMatchObject({ contentType: 'application/pdf', width: null, height: null });
    const served = await fetchMedia(t, doc.body.url, w.manager.token);
    expect(served.headers['content-type']).toBe('application/pdf');
    expect(served.headers['content-disposition']).toMatch(/^attachment; filename="waardenet-[0-9a-f]{8}\.pdf"$/);
  });

  it('refuses a purpose it does not know, a community the uploader may not post in, a logo or banner from a non-admin, a banned member and a suspended account; nothing stored', async () => {
    const before = await mediaCounts(t);
    const image = await png();
    expect((await upload(t, w.member.token, { purpose: 'WALLPAPER' }, image)).body).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
    });
    expect((await upload(t, w.member.token, { purpose: 'POST' }, image)).body).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
    });
    expect((await upload(t, w.outsider.token, { purpose: 'POST', communityId: w.pub.id }, image)).body).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_A_MEMBER',
    });
    expect((await upload(t, w.outsider.token, { purpose: 'POST', communityId: w.priv.id }, image)).status).toBe(404);
    expect((await upload(t, w.member.token, { purpose: 'LIBRARY_LOGO', libraryId: w.library.id }, image)).body).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await upload(t, w.member.token, { purpose: 'COMMUNITY_BANNER', communityId: w.pub.id }, image)).body).toMatchObject({
      code: 'FORBIDDEN',
    });
    // A member banned from the community, and a suspended account (not even an avatar).
    const banned = await registerUser(t);
    await join(t, banned, w.pub.id);
    await t.sql(`UPDATE memberships SET state = 'BANNED', state_before_ban = 'ACTIVE' WHERE user_id = $1`, [banned.id]);
    expect((await upload(t, banned.token, { purpose: 'POST', communityId: w.pub.id }, image)).body).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'COMMUNITY_BANNED',
    });
    const suspended = await registerUser(t);
    await t.sql(`UPDATE users SET suspended_at = now() WHERE id = $1`, [suspended.id]);
    expect((await upload(t, suspended.token, { purpose: 'AVATAR' }, image)).body).toMatchObject({ code: 'FORBIDDEN' });
    expect(await mediaCounts(t)).toEqual(before);
  });

  it('sets an avatar (User.avatarUrl, public), a library logo (Library.logoUrl) and a community banner (Community.bannerUrl); a new one replaces the old', async () => {
    const first = await upload(t, w.member.token, { purpose: 'AVATAR' }, await png(200, 200));
    const second = await upload(t, w.member.token, { purpose: 'AVATAR' }, await png(300, 300));
    expect(second.status).toBe(201);
    const me = await ok(t, `query { me { avatarUrl } }`, {}, w.member.token);
    expect(me.me.avatarUrl).toBe(second.body.url);
    expect((await fetchMedia(t, first.body.url)).status).toBe(404);
    const avatar = await fetchMedia(t, second.body.url);
    expect(avatar.status).toBe(200);
    expect(avatar.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(avatar.headers.etag).toBeTruthy();
    expect((await fetchMedia(t, second.body.url).set('if-none-match', avatar.headers.etag)).status).toBe(304);

    const logo = await upload(t, w.admin.token, { purpose: 'LIBRARY_LOGO', libraryId: w.library.id }, await png(400, 100));
    expect(logo.status).toBe(201);
    const lib = await ok(t, `query($slug: String!) { library(slug: $slug) { logoUrl } }`, {
      slug: (await t.sql<{ slug: string }>(`SELECT slug FROM libraries WHERE id = $1`, [w.library.id]))[0].slug,
    });
    expect(lib.library.logoUrl).toBe(logo.body.url);

    const banner = await upload(t, w.manager.token, { purpose: 'COMMUNITY_BANNER', communityId: w.priv.id }, await jpegWithGps(1200, 300));
    expect(banner.status).toBe(201);
    const community = await ok(t, `query($slug: String!) { community(slug: $slug) { bannerUrl } }`, { slug: w.priv.slug }, w.manager.token);
    expect(community.community.bannerUrl).toBe(banner.body.url);
    // A private community's banner: for those who may see the community.
    expect((await fetchMedia(t, banner.body.url)).status).toBe(404);
    expect((await fetchMedia(t, banner.body.url, w.manager.token)).headers['cache-control']).toMatch(/^private/);
  });

  it('counts uploads per account per day, lower for new accounts (MEDIA_QUOTA_DAY), and sweeps uploads never used after MEDIA_ORPHAN_HOURS', async () => {
    const q = await createTestApp({ MEDIA_DAILY_UPLOADS_NEW_USER: '2', MEDIA_DAILY_UPLOADS: '3' });
    try {
      const fresh = await registerUser(q);
      for (let i = 0; i < 2; i++) expect((await upload(q, fresh.token, { purpose: 'AVATAR' }, await png())).status).toBe(201);
      const before = await mediaCounts(q);
      const refused = await upload(q, fresh.token, { purpose: 'AVATAR' }, await png());
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({ code: 'RATE_LIMITED', reason: 'MEDIA_QUOTA_DAY', limit: 2 });
      expect(await mediaCounts(q)).toEqual(before);
      // A day older, the account has the normal quota (3): one more.
      await q.sql(`UPDATE users SET created_at = now() - interval '2 days' WHERE id = $1`, [fresh.id]);
      expect((await upload(q, fresh.token, { purpose: 'AVATAR' }, await png())).status).toBe(201);
      expect((await upload(q, fresh.token, { purpose: 'AVATAR' }, await png())).body).toMatchObject({
        reason: 'MEDIA_QUOTA_DAY',
        limit: 3,
      });
    } finally {
      await q.close();
    }

    const orphan = await upload(t, w.member.token, { purpose: 'POST', communityId: w.pub.id }, await png());
    const recent = await upload(t, w.member.token, { purpose: 'POST', communityId: w.pub.id }, await png());
    await t.sql(`UPDATE media SET created_at = now() - interval '25 hours' WHERE id = $1`, [orphan.body.id]);
    const swept = await t.app.get(MediaPurge).sweep();
    expect(swept?.orphans).toBeGreaterThanOrEqual(1);
    expect(await t.sql(`SELECT id FROM media WHERE id = $1`, [orphan.body.id])).toEqual([]);
    expect(await t.sql(`SELECT media_id FROM media_blobs WHERE media_id = $1`, [orphan.body.id])).toEqual([]);
    expect(await t.sql(`SELECT id FROM media WHERE id = $1`, [recent.body.id])).toHaveLength(1);
  });
});
