import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import type { Metadata, Sharp, SharpOptions } from 'sharp';
import { fileTypeFromBuffer } from 'file-type';
import { AppError, MediaConfig, badInput } from '@waardenet/core';
import { MediaVariant } from './media.entity';

/** Types accepted by what their bytes say (file-type), never by name or declared type. */
export const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']);
export const DOCUMENT_TYPES = new Set(['application/pdf']);
/** Bytes file-type needs to recognise any of them. */
export const SNIFF_BYTES = 4100;

/** Widths of the responsive sizes (`srcset`); the largest is also the default rendition's bound. */
export const MEDIA_WIDTHS = [320, 640, 1280, 2048] as const;
export const MAX_EDGE = 2048;
/** A GIF this small (bytes and edge) keeps its animation; a larger one is stored as its first frame. */
export const SMALL_GIF = { bytes: 1024 * 1024, edge: 640 };

export const mediaTypeRefusal = (found?: string) =>
  badInput(`This file is not an image we accept (JPEG, PNG, WebP, AVIF or GIF)${found ? `: its contents are ${found}` : ''}.`, {
    reason: 'MEDIA_TYPE',
  });
export const tooLargeRefusal = (what: string, limit: number) =>
  badInput(`The file is too large: ${what}.`, { reason: 'MEDIA_TOO_LARGE', limit });

/** What the first bytes are, or null when file-type does not know them. */
export async function sniff(head: Buffer): Promise<string | null> {
  const found = await fileTypeFromBuffer(head);
  return found?.mime ?? null;
}

export interface Rendition extends MediaVariant {
  data: Buffer;
}

export interface Processed {
  contentType: string;
  width: number | null;
  height: number | null;
  variants: Rendition[];
  /** Milliseconds spent decoding and encoding (logged; docs/limits.md quotes figures). */
  ms: number;
}

/**
 * At most `concurrency` images in sharp at once (sharp's own thread pool does the work, off the event loop);
 * up to 8 per slot wait their turn, and past that an upload is refused (MEDIA_BUSY) rather than held in memory.
 */
export class ProcessingQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly maxWaiting = 8 * concurrency,
  ) {}

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxWaiting) {
        throw new AppError('RATE_LIMITED', 'Too many images are being processed right now; try again in a minute.', {
          reason: 'MEDIA_BUSY',
          retryAfter: 30,
        });
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await job();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

const FALLBACK_EXT: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif' };

/**
 * Decodes, checks the pixel count from the header before decoding anything (a decompression bomb is
 * refused at once), auto-rotates, drops every piece of metadata (EXIF with GPS, XMP, IPTC; colour is
 * converted to sRGB and the profile dropped) and re-encodes: a `full` rendition of at most 2048 px in the
 * fallback format (PNG when the image has transparency, else JPEG; a small GIF stays an animated GIF),
 * and per width of MEDIA_WIDTHS below the image's own a WebP and a fallback-format size.
 */
export async function processImage(input: Buffer, mime: string, config: Pick<MediaConfig, 'maxPixels'>): Promise<Processed> {
  const started = performance.now();
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw badInput('This image could not be read; it may be damaged.', { reason: 'MEDIA_TYPE' });
  }
  const pixels = (meta.width ?? 0) * (meta.pageHeight ?? meta.height ?? 0);
  if (!meta.width || !meta.height || pixels > config.maxPixels) {
    throw tooLargeRefusal(
      `${meta.width ?? '?'} × ${meta.height ?? '?'} pixels, at most ${(config.maxPixels / 1e6).toFixed(0)} megapixels`,
      config.maxPixels,
    );
  }
  const animated =
    mime === 'image/gif' &&
    (meta.pages ?? 1) > 1 &&
    input.length <= SMALL_GIF.bytes &&
    meta.width <= SMALL_GIF.edge &&
    (meta.pageHeight ?? meta.height) <= SMALL_GIF.edge;
  const options: SharpOptions = { limitInputPixels: config.maxPixels, failOn: 'error', animated, sequentialRead: true };
  try {
    return animated ? await renderAnimated(input, options, started) : await renderStill(input, options, !!meta.hasAlpha, started);
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (/pixel limit/i.test((err as Error).message))
      throw tooLargeRefusal(`more than ${(config.maxPixels / 1e6).toFixed(0)} megapixels`, config.maxPixels);
    throw badInput('This image could not be read; it may be damaged.', { reason: 'MEDIA_TYPE' });
  }
}

async function renderStill(input: Buffer, options: SharpOptions, alpha: boolean, started: number): Promise<Processed> {
  // One decode: rotated, bounded to MAX_EDGE and in sRGB, as raw pixels every rendition is encoded from.
  const { data, info } = await sharp(input, options)
    .autoOrient()
    .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: 'inside', withoutEnlargement: true })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  const fallback = alpha ? 'image/png' : 'image/jpeg';
  const encode = (img: Sharp, type: string) =>
    type === 'image/png'
      ? img.png({ compressionLevel: 9, palette: false })
      : type === 'image/webp'
        ? img.webp({ quality: 80 })
        : img.jpeg({ quality: 82, progressive: true });
  const variants: Rendition[] = [];
  const add = async (name: string, type: string, width: number | null) => {
    let img = sharp(data, raw);
    if (width) img = img.resize({ width });
    const out = await encode(img, type).toBuffer({ resolveWithObject: true });
    variants.push({ name, contentType: type, width: out.info.width, height: out.info.height, bytes: out.data.length, data: out.data });
  };
  await add('full', fallback, null);
  for (const width of MEDIA_WIDTHS) {
    if (width >= info.width) break;
    await add(`${width}.webp`, 'image/webp', width);
    await add(`${width}.${FALLBACK_EXT[fallback]}`, fallback, width);
  }
  await add(`${info.width}.webp`, 'image/webp', null);
  return { contentType: fallback, width: info.width, height: info.height, variants, ms: performance.now() - started };
}

async function renderAnimated(input: Buffer, options: SharpOptions, started: number): Promise<Processed> {
  const gif = await sharp(input, options).gif().toBuffer({ resolveWithObject: true });
  const webp = await sharp(input, options).webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
  const height = gif.info.pageHeight ?? gif.info.height;
  return {
    contentType: 'image/gif',
    width: gif.info.width,
    height,
    variants: [
      { name: 'full', contentType: 'image/gif', width: gif.info.width, height, bytes: gif.data.length, data: gif.data },
      {
        name: `${gif.info.width}.webp`,
        contentType: 'image/webp',
        width: gif.info.width,
        height,
        bytes: webp.data.length,
        data: webp.data,
      },
    ],
    ms: performance.now() - started,
  };
}

/** A PDF is stored as sent (it is only ever served as a download), after checking it ends as a PDF does. */
export function processDocument(input: Buffer): Processed {
  const tail = input.subarray(Math.max(0, input.length - 1024)).toString('latin1');
  if (!tail.includes('%%EOF')) throw badInput('This PDF is incomplete or damaged.', { reason: 'MEDIA_TYPE' });
  return {
    contentType: 'application/pdf',
    width: null,
    height: null,
    variants: [{ name: 'file', contentType: 'application/pdf', width: null, height: null, bytes: input.length, data: input }],
    ms: 0,
  };
}
