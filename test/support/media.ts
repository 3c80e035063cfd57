import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import request from 'supertest';
import type { TestApp } from './test-app';

export interface UploadFields {
  purpose: string;
  communityId?: string;
  libraryId?: string;
}

/** `POST /api/media` as the web client sends it: the fields, then the file. */
export function upload(t: TestApp, token: string | undefined, fields: UploadFields, file: Buffer, filename = 'foto.jpg') {
  const req = request(t.url).post('/api/media').set('accept-language', 'en');
  if (token) req.set('authorization', `Bearer ${token}`);
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) req.field(name, value);
  return req.attach('file', file, filename);
}

/** `GET /media/<id>` (or a size), with a token or as a visitor; the body as a Buffer. */
export function fetchMedia(t: TestApp, path: string, token?: string) {
  const req = request(t.url)
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  if (token) req.set('authorization', `Bearer ${token}`);
  return req;
}

/** A photo as a phone writes it: EXIF with the camera make and a GPS position (IFD3). */
export function jpegWithGps(width = 1600, height = 1200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#7a9a5a' } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'WaardenetTestCam', Model: 'Molen 1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 22/1 14/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 53/1 22/1' },
    })
    .toBuffer();
}

export function png(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 200, g: 30, b: 30, alpha: 0.5 } } })
    .png()
    .toBuffer();
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/**
 * A decompression bomb: a valid PNG whose header says `size` × `size` pixels (8-bit grey), with the first rows
 * of its (all-zero) image data. Decoded, 30,000 × 30,000 would be 900 MB of pixels.
 */
export function pngBomb(size = 30_000, rows = 64): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc(rows * (size + 1));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A minimal, valid one-page PDF. */
export function pdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** What the media tables hold, to check that a refusal stored nothing. */
export async function mediaCounts(t: TestApp): Promise<{ media: number; blobs: number }> {
  const [row] = await t.sql<{ media: number; blobs: number }>(
    `SELECT (SELECT count(*)::int FROM media) AS media, (SELECT count(*)::int FROM media_blobs) AS blobs`,
  );
  return row;
}
