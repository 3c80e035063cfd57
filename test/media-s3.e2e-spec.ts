import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import sharp from 'sharp';
import { freePort } from '@waardenet/core';
import { MediaPurge } from '@waardenet/media';
import { World, createPost, createThread, world } from './support/factories';
import { ok } from './support/gql';
import { fetchMedia, jpegWithGps, upload } from './support/media';
import { TestApp, createTestApp } from './support/test-app';
import { waitFor } from './support/wait';

const BUCKET = 'waardenet-media';

/** Every object key in s3rver's folder for the bucket (it keeps one `<key>._S3rver_object` file per object). */
function objectKeys(dir: string): string[] {
  const root = join(dir, BUCKET);
  if (!existsSync(root)) return [];
  const walk = (d: string, prefix: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? walk(join(d, e.name), `${prefix}${e.name}/`)
        : e.name.endsWith('._S3rver_object')
          ? [`${prefix}${e.name.replace(/\._S3rver_object$/, '')}`]
          : [],
    );
  return walk(root, '');
}

describe('MEDIA_STORAGE=s3: uploads round-trip through a real S3-compatible server (s3rver on loopback)', () => {
  let s3: S3rver;
  let dir: string;
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wn-s3-'));
    const port = await freePort();
    s3 = new S3rver({ port, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: BUCKET }] });
    await s3.run();
    t = await createTestApp({
      MEDIA_STORAGE: 's3',
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_BUCKET: BUCKET,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: '1',
    });
    w = await world(t);
  });
  afterAll(async () => {
    await t?.close();
    await s3?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores every size in the bucket (nothing in PostgreSQL), serves them back byte for byte, and deletes them with the post', async () => {
    const res = await upload(t, w.member.token, { purpose: 'POST', communityId: w.pub.id }, await jpegWithGps(1400, 1000));
    expect(res.status).toBe(201);
    const id: string = res.body.id;
    const [row] = await t.sql<{ storage: string; variants: { name: string; bytes: number }[] }>(
      `SELECT storage, variants FROM media WHERE id = $1`,
      [id],
    );
    expect(row.storage).toBe('s3');
    expect(await t.sql(`SELECT 1 FROM media_blobs WHERE media_id = $1`, [id])).toEqual([]);
    expect(
      objectKeys(dir)
        .filter((k) => k.startsWith(`media/${id}/`))
        .sort(),
    ).toEqual(row.variants.map((v) => `media/${id}/${v.name}`).sort());

    const thread = await createThread(t, w.member, w.pub.id);
    const post = await createPost(t, w.member, thread.id, `![Een molen aan de rivier](${res.body.url})`);
    const served = await fetchMedia(t, res.body.url);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(Number(served.headers['content-length'])).toBe(row.variants.find((v) => v.name === 'full')?.bytes);
    expect((await sharp(served.body as Buffer).metadata()).width).toBe(1400);
    const webp = await fetchMedia(t, `${res.body.url}/640.webp`);
    expect((await sharp(webp.body as Buffer).metadata()).format).toBe('webp');

    await ok(t, `mutation($id: ID!) { deletePost(postId: $id) { id } }`, { id: post.id }, w.member.token);
    expect((await fetchMedia(t, res.body.url)).status).toBe(404);
    // The trigger queued the objects; the purge deletes them from the bucket within a second (or the next sweep).
    await t.app.get(MediaPurge).sweep();
    await waitFor(() => !objectKeys(dir).some((k) => k.startsWith(`media/${id}/`)), { what: 'the objects to leave the bucket' });
    expect(await t.sql(`SELECT 1 FROM media_purge WHERE media_id = $1`, [id])).toEqual([]);
  });
});
