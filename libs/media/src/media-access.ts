import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestContext, notFound } from '@waardenet/core';
import { CommunitiesPolicy, CommunitiesService, Visibility } from '@waardenet/communities';
import { Media, MediaPurpose } from './media.entity';

export interface ReadableMedia {
  media: Media;
  /** Anyone may fetch it: shared caches may keep it (long Cache-Control public); otherwise `private`. */
  public: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who may fetch an upload, answered from where it is used, failing closed: avatars and library logos are
 * public; a banner follows its community (a PRIVATE community's only for those who may see it); a post image
 * is public only in a PUBLIC community on a visible, undeleted post of a visible thread; otherwise only for
 * those who may read that community (its moderators and uploader for a post not visible to readers), and an
 * image not yet in a post for its uploader alone. Everyone else gets NOT_FOUND, as if it did not exist.
 */
@Injectable()
export class MediaAccess {
  constructor(
    private readonly db: DataSource,
    private readonly communities: CommunitiesService,
    private readonly policy: CommunitiesPolicy,
  ) {}

  async readable(ctx: RequestContext, id: string): Promise<ReadableMedia> {
    if (!UUID.test(id)) throw notFound('That file', { reason: 'MEDIA_NOT_FOUND' });
    const [row]: (Media & {
      post_state: string | null;
      post_deleted: boolean | null;
      thread_state: string | null;
      thread_community_id: string | null;
    })[] = await this.db.query(
      `SELECT m.id, m.owner_id AS "ownerId", m.purpose, m.community_id AS "communityId", m.post_id AS "postId", m.content_type AS "contentType",
              m.width, m.height, m.storage, m.variants, m.created_at AS "createdAt",
              p.state AS post_state, p.deleted_at IS NOT NULL AS post_deleted, t.state AS thread_state, t.community_id AS thread_community_id
         FROM media m LEFT JOIN posts p ON p.id = m.post_id LEFT JOIN threads t ON t.id = p.thread_id
        WHERE m.id = $1`,
      [id],
    );
    if (!row) throw notFound('That file', { reason: 'MEDIA_NOT_FOUND' });
    const media = row as Media;
    const viewerId = ctx.viewer?.id;
    if (media.purpose === MediaPurpose.AVATAR || media.purpose === MediaPurpose.LIBRARY_LOGO) return { media, public: true };
    // A post image follows its post's thread, wherever that thread is now (a thread moved into a private community takes its images along).
    const communityId = media.postId ? row.thread_community_id : media.communityId;
    const community = communityId ? await this.communities.loader(ctx).load(communityId) : null;
    if (!community) throw notFound('That file', { reason: 'MEDIA_NOT_FOUND' });
    if (media.purpose === MediaPurpose.COMMUNITY_BANNER) {
      if (community.visibility !== Visibility.PRIVATE) return { media, public: true };
      if ((await this.policy.access(ctx, community)).canSee) return { media, public: false };
      throw notFound('That file', { reason: 'MEDIA_NOT_FOUND' });
    }
    if (!media.postId) {
      if (viewerId && viewerId === media.ownerId) return { media, public: false };
      throw notFound('That file', { reason: 'MEDIA_NOT_FOUND' });
    }
    const shown = row.post_state === 'VISIBLE' && !row.post_deleted && row.thread_state === 'VISIBLE';
    if (shown && community.visibility === Visibility.PUBLIC) return { media, public: true };
    if (!viewerId) throw notFound('That file', { reason: 'MEDIA_NOT_FOUND' });
    const access = await this.policy.access(ctx, community);
    if (shown ? access.canRead : access.canModerate || viewerId === media.ownerId) return { media, public: false };
    throw notFound('That file', { reason: 'MEDIA_NOT_FOUND' });
  }
}
