/** The domain events threads announce (see DomainEventMap in @waardenet/core). */

/** A reply was written. `pending`: held for approval, so readers do not see it yet. */
export interface PostCreated {
  type: 'post.created';
  postId: string;
  threadId: string;
  communityId: string;
  authorId: string;
  replyToId: string | null;
  pending: boolean;
}

/** A thread was started (with its opening post). `pending`: held for approval. */
export interface ThreadCreated {
  type: 'thread.created';
  threadId: string;
  postId: string;
  communityId: string;
  authorId: string;
  pending: boolean;
  itemIds: string[];
}

/** A post held for approval (a reply, or a thread's opening post) that a moderator approved: readers see it from now on. */
export interface PostApproved {
  type: 'post.approved';
  postId: string;
  threadId: string;
  communityId: string;
  authorId: string;
  replyToId: string | null;
  opening: boolean;
}

/**
 * A thread was taken down: its opening post hidden or removed by a moderator (or hidden by the report
 * threshold: byUserId null), or deleted by its author or a moderator. Restoring it later does not undo what others did here.
 */
export interface ThreadTakenDown {
  type: 'thread.taken_down';
  threadId: string;
  communityId: string;
  how: 'HIDDEN' | 'REMOVED' | 'DELETED';
  byUserId: string | null;
}

export type ThreadsEvent = PostCreated | ThreadCreated | PostApproved | ThreadTakenDown;

declare module '@waardenet/core/events/domain-events' {
  interface DomainEventMap {
    'post.created': PostCreated;
    'thread.created': ThreadCreated;
    'post.approved': PostApproved;
    'thread.taken_down': ThreadTakenDown;
  }
}
