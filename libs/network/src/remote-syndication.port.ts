import { EntityManager } from 'typeorm';
import { EventBatch, communityChannel, threadChannel } from '@waardenet/live/channels';

/**
 * Syndication between two Waardenet instances (issue 16 ask 5) needs ActivityPub, which libs/federation
 * speaks: it provides this port (a global provider), so the network domain keeps one api for local and
 * remote syndication without importing federation. Without federation, remote targets are refused.
 */
export const REMOTE_SYNDICATION = Symbol('REMOTE_SYNDICATION');

export interface RemoteSyndicationTarget {
  /** The national community's Group on the other server. */
  actorUri: string;
  /** slug@host, lower case. */
  handle: string;
}

export interface RemoteSyndicationPort {
  /** Whether a community here federates now (PUBLIC and switched on by its staff). */
  communityFederates(communityId: string): Promise<boolean>;
  /** Finds the community slug@host on another server (WebFinger, then its Group); refuses with a specific reason. */
  resolveTarget(handle: string): Promise<RemoteSyndicationTarget>;
}

/**
 * The national side: the mirror of a remote thread shows (VISIBLE, once accepted) or is taken out
 * (REMOVED: declined, withdrawn by either side, removed on its server), opening post and thread together.
 * Raw SQL that changes what visitors see: the live events it emits invalidate the read cache (ContentChanges).
 */
export async function setMirrorState(
  em: EntityManager,
  events: EventBatch,
  threadId: string,
  communityId: string,
  state: 'VISIBLE' | 'REMOVED',
): Promise<void> {
  const [rows] = await em.query<[{ id: string }[], number]>(
    `UPDATE posts SET state = $2 WHERE thread_id = $1 AND seq = 1 AND state <> $2 RETURNING id`,
    [threadId, state],
  );
  await em.query(`UPDATE threads SET state = $2 WHERE id = $1`, [threadId, state]);
  const postId = rows[0]?.id;
  if (postId)
    await events.emit(threadChannel(threadId), {
      type: state === 'VISIBLE' ? 'POST_ADDED' : 'POST_REMOVED',
      communityId,
      threadId,
      postId,
    });
  await events.emit(communityChannel(communityId), {
    type: state === 'VISIBLE' ? 'THREAD_ADDED' : 'THREAD_UPDATED',
    communityId,
    threadId,
  });
}
