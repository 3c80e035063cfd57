import { Inject, Injectable } from '@nestjs/common';
import MarkdownIt from 'markdown-it';
import { DataSource, EntityManager } from 'typeorm';
import { MarkdownMedia, MarkdownMediaInfo, badInput, forbidden } from '@waardenet/core';
import type { EmbedTarget, MediaEmbeds } from '@waardenet/threads';
import { MediaVariant } from './media.entity';
import { MediaPurge } from './media-purge';

/** Uploads one post may embed. */
export const MEDIA_PER_POST = 20;

const ID = /^\/media\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/[^/]*)?$/i;
// Parsed the way the renderer parses (no HTML, linkify), to find images and links as it will see them.
const md = new MarkdownIt({ html: false, linkify: true });

export interface EmbedRef {
  id: string;
  image: boolean;
  alt: string;
}

/** The uploads a body refers to: images with their alt text, and links (a PDF offered as a download). */
export function mediaRefs(body: string): EmbedRef[] {
  if (!body.includes('/media/')) return [];
  const refs: EmbedRef[] = [];
  for (const block of md.parse(body, {})) {
    for (const token of block.children ?? []) {
      if (token.type === 'image') {
        const id = ID.exec(token.attrGet('src') ?? '')?.[1];
        if (id)
          refs.push({
            id: id.toLowerCase(),
            image: true,
            alt: token.children ? md.renderer.renderInlineAsText(token.children, md.options, {}) : token.content,
          });
      } else if (token.type === 'link_open') {
        const id = ID.exec(token.attrGet('href') ?? '')?.[1];
        if (id) refs.push({ id: id.toLowerCase(), image: false, alt: '' });
      }
    }
  }
  return refs;
}

/** The srcset of an image's WebP sizes, smallest first. */
export function srcsetOf(id: string, variants: MediaVariant[]): string {
  return variants
    .flatMap((v) => (v.contentType === 'image/webp' && v.width ? [{ name: v.name, width: v.width }] : []))
    .sort((a, b) => a.width - b.width)
    .map((v) => `/media/${id}/${v.name} ${v.width}w`)
    .join(', ');
}

/** MEDIA_EMBEDS for the threads domain: checks, resolves and records the uploads a post embeds. */
@Injectable()
export class MediaEmbedsService implements MediaEmbeds {
  constructor(
    private readonly db: DataSource,
    @Inject(MediaPurge) private readonly purge: MediaPurge,
  ) {}

  async prepare(body: string, target: EmbedTarget): Promise<MarkdownMedia> {
    const refs = mediaRefs(body);
    if (!refs.length) return new Map();
    const missingAlt = refs.find((r) => r.image && !r.alt.trim());
    if (missingAlt) {
      throw badInput(
        'Every image needs a description (alt text) for readers who cannot see it: write it between the square brackets, ![like this](…).',
        {
          reason: 'MEDIA_ALT_REQUIRED',
          fields: { body: ['an image has no alt text'] },
        },
      );
    }
    const ids = [...new Set(refs.map((r) => r.id))];
    if (ids.length > MEDIA_PER_POST)
      throw badInput(`A post may show at most ${MEDIA_PER_POST} uploads.`, { reason: 'MEDIA_TOO_MANY', limit: MEDIA_PER_POST });
    const rows: { id: string; width: number | null; height: number | null; variants: MediaVariant[] }[] = await this.db.query(
      `SELECT id, width, height, variants FROM media
        WHERE id = ANY($1) AND purpose = 'POST' AND owner_id = $2 AND community_id = $3 AND (post_id IS NULL OR post_id = $4)`,
      [ids, target.authorId, target.communityId, target.postId ?? null],
    );
    if (rows.length !== ids.length) {
      throw forbidden(
        'A post can only show files its author uploaded for this community and did not use in another post; upload the file again here.',
        {
          reason: 'MEDIA_NOT_YOURS',
        },
      );
    }
    return new Map<string, MarkdownMediaInfo>(
      rows.map((r) => [r.id, { width: r.width, height: r.height, srcset: srcsetOf(r.id, r.variants) }]),
    );
  }

  async attach(em: EntityManager, postId: string, media: MarkdownMedia, edited = false): Promise<void> {
    if (edited) {
      // Taken out of the post by this edit: gone, with its bytes (earlier versions show it no more).
      const [, removed]: [unknown[], number] = await em.query(`DELETE FROM media WHERE post_id = $1 AND NOT (id = ANY($2))`, [
        postId,
        [...media.keys()],
      ]);
      if (removed) this.purge.soon();
    }
    if (!media.size) return;
    // Checked again under the write: an upload another post took in the meantime fails this one (rolled back).
    const [, affected]: [unknown[], number] = await em.query(
      `UPDATE media SET post_id = $1 WHERE id = ANY($2) AND (post_id IS NULL OR post_id = $1)`,
      [postId, [...media.keys()]],
    );
    if (affected !== media.size)
      throw forbidden('One of the files is already used in another post; upload it again here.', { reason: 'MEDIA_NOT_YOURS' });
  }

  async removeForPosts(em: EntityManager, postIds: string[]): Promise<void> {
    const [, affected]: [unknown[], number] = await em.query(`DELETE FROM media WHERE post_id = ANY($1)`, [postIds]);
    if (affected) this.purge.soon();
  }
}
