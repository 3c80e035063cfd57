import { EntityManager } from 'typeorm';
import { RequestContext } from '@waardenet/core';
import { Community, CommunityAccess } from '@waardenet/communities';

/** A thread or post about to be written, as the moderation rules see it. */
export interface ContentSubmission {
  community: Community;
  /** The writer's rights in the community (moderators are never held for approval, nor slowed down). */
  access: CommunityAccess;
  authorId: string;
  /** What the watched words are matched against: a thread's title and body, or a post's body. */
  texts: string[];
  /** A new thread or post (approval and slow mode apply too), or an edit (watched words only). */
  kind: 'create' | 'edit';
}

export interface ContentVerdict {
  /** Held for a moderator's approval (created, or put back, PENDING). */
  pending: boolean;
  /** The FLAG watched words that matched: each files an automatic report once the write is in. */
  flags: string[];
}

export interface FlagTarget {
  communityId: string;
  threadId: string;
  postId: string;
}

/**
 * The moderation rules a write passes through, inside the write's own transaction. The threads
 * domain asks; the moderation module answers (it provides CONTENT_GATE). Without it everything passes.
 */
export interface ContentGate {
  /** Before anything is written: throws BAD_USER_INPUT for a blocked word and RATE_LIMITED in slow mode. */
  check(ctx: RequestContext, em: EntityManager, submission: ContentSubmission): Promise<ContentVerdict>;
  /** After the write, in the same transaction: files the automatic reports of FLAG words. */
  flagged(em: EntityManager, verdict: ContentVerdict, target: FlagTarget): Promise<void>;
}

export const CONTENT_GATE = Symbol('CONTENT_GATE');

export const OPEN_GATE: ContentGate = {
  check: async () => ({ pending: false, flags: [] }),
  flagged: async () => undefined,
};
