import { EntityManager } from 'typeorm';
import { MarkdownMedia } from '@waardenet/core';

/** Whose post a body is for: its media must be uploads of this author for this community. */
export interface EmbedTarget {
  communityId: string;
  authorId: string;
  /** The post being edited: uploads already in it stay allowed. */
  postId?: string;
}

/**
 * The uploads a post body embeds (`![alt](/media/<id>)`, `[doc](/media/<id>)`), as the media domain checks
 * and records them. The threads domain asks; libs/media answers (it provides MEDIA_EMBEDS, globally, as
 * moderation provides CONTENT_GATE). Without it bodies render with no image sizes and nothing is checked.
 */
export interface MediaEmbeds {
  /**
   * Before anything is written: refuses an image without alt text (MEDIA_ALT_REQUIRED) and an upload that is
   * not the author's for this community (MEDIA_NOT_YOURS); resolves what renderMarkdown needs of each.
   */
  prepare(body: string, target: EmbedTarget): Promise<MarkdownMedia>;
  /**
   * In the write's transaction: the uploads are now used by this post (no longer orphans). `edited`: the body
   * replaced an earlier one, and uploads the post no longer shows are deleted (the author took the photo out).
   */
  attach(em: EntityManager, postId: string, media: MarkdownMedia, edited?: boolean): Promise<void>;
  /** In the removal's transaction: a post deleted or removed takes its uploads (and their bytes) with it. */
  removeForPosts(em: EntityManager, postIds: string[]): Promise<void>;
}

export const MEDIA_EMBEDS = Symbol('MEDIA_EMBEDS');

export const NO_MEDIA: MediaEmbeds = {
  prepare: async () => new Map(),
  attach: async () => undefined,
  removeForPosts: async () => undefined,
};
