import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { DomainEvent } from '@waardenet/core';
import { ContentChanges, communityTag } from '@waardenet/core/read-cache';
import { DomainEvents } from './domain-events';
import { LiveEventRecord } from './live-event.entity';
import { PUBSUB, PubSubEngine } from './pubsub';

export interface LiveEvent {
  channel: string;
  seq: number;
  type: string;
  communityId: string;
  threadId: string | null;
  postId: string | null;
  userId: string | null;
}

export type LiveEventInput = Omit<LiveEvent, 'seq' | 'channel' | 'threadId' | 'postId' | 'userId'> &
  Partial<Pick<LiveEvent, 'threadId' | 'postId' | 'userId'>>;

export const threadChannel = (threadId: string) => `thread:${threadId}`;
export const communityChannel = (communityId: string) => `community:${communityId}`;
/** Not logged: tells every instance to re-check who may still listen in a community. */
export const accessChannel = (communityId: string) => `access:${communityId}`;
/**
 * Not logged: tells every instance to re-check all of one user's listeners, wherever they listen (a
 * suspension, a change of their library staff role). One channel for all users: such changes are rare,
 * and every instance listens once instead of once per user.
 */
export const USER_ACCESS_CHANNEL = 'access:users';

/** Collects the events of one transaction; they are published only after it commits. */
export class EventBatch {
  readonly events: LiveEvent[] = [];
  constructor(
    /** The transaction's entity manager. */
    readonly em: EntityManager,
    private readonly domainEvents?: DomainEvents,
  ) {}

  /** Lets other domains react to `event` inside this transaction (see DomainEvents). */
  async announce(event: DomainEvent): Promise<void> {
    await this.domainEvents?.dispatch(event, this.em, this);
  }

  async emit(channel: string, event: LiveEventInput): Promise<LiveEvent> {
    // The row lock on the channel counter is held to commit, so numbers commit in order with no gaps.
    const rows: { seq: number }[] = await this.em.query(
      `INSERT INTO live_channels (channel, seq) VALUES ($1, 1)
         ON CONFLICT (channel) DO UPDATE SET seq = live_channels.seq + 1 RETURNING seq`,
      [channel],
    );
    const full: LiveEvent = { channel, seq: rows[0].seq, threadId: null, postId: null, userId: null, ...event };
    await this.em.insert(LiveEventRecord, full);
    this.events.push(full);
    return full;
  }
}

@Injectable()
export class LiveEventsService {
  constructor(
    private readonly db: DataSource,
    @Inject(PUBSUB) private readonly pubsub: PubSubEngine,
    private readonly domainEvents: DomainEvents,
    @Optional() private readonly contentChanges?: ContentChanges,
  ) {}

  /**
   * Runs `work` in a transaction with an event batch; publishes the batch's events after the commit,
   * never before, and never for a rolled-back write.
   */
  async transaction<T>(work: (em: EntityManager, events: EventBatch) => Promise<T>): Promise<T> {
    let batch!: EventBatch;
    const result = await this.db.transaction(async (em) => {
      batch = new EventBatch(em, this.domainEvents);
      return work(em, batch);
    });
    for (const event of batch.events) await this.pubsub.publish(event.channel, JSON.stringify(event));
    return result;
  }

  /** Tells listeners in a community to re-check a user's rights (or everyone's, with userId null). */
  async accessChanged(communityId: string, userId: string | null): Promise<void> {
    // Said after the change committed; some of them (memberships written in SQL: experts, remote followers) no cache watcher sees.
    this.contentChanges?.changed([communityTag(communityId)]);
    await this.pubsub.publish(accessChannel(communityId), JSON.stringify({ communityId, userId }));
  }

  /** Tells listeners everywhere to re-check one user's rights in every community they listen in. */
  async userAccessChanged(userId: string): Promise<void> {
    await this.pubsub.publish(USER_ACCESS_CHANNEL, JSON.stringify({ userId }));
  }

  /** The logged events of a channel after `seq`, oldest first. */
  async since(channel: string, seq: number, limit = 1000): Promise<LiveEvent[]> {
    const rows = await this.db
      .getRepository(LiveEventRecord)
      .createQueryBuilder('e')
      .where('e.channel = :channel AND e.seq > :seq', { channel, seq })
      .orderBy('e.seq', 'ASC')
      .limit(limit)
      .getMany();
    return rows.map(({ createdAt: _createdAt, ...e }) => e);
  }

  /**
   * Whether a reader may resume after `seq`: null when it may, or why not. A cursor is expired when the
   * event after it is gone (the retention job deleted it) or older than the resume window, or when
   * more than `maxEvents` came after it: the reader reloads instead of replaying that much.
   */
  async resumeRefusal(channel: string, seq: number, windowMs: number, maxEvents: number): Promise<'TOO_OLD' | 'TOO_FAR' | null> {
    const [row]: { head: number | null; expired: boolean | null }[] = await this.db.query(
      `SELECT c.seq AS head,
              (SELECT e.created_at < now() - make_interval(secs => $3::double precision / 1000)
                 FROM live_events e WHERE e.channel = $1 AND e.seq = $2 + 1) AS expired
         FROM (SELECT $1::text AS channel) x LEFT JOIN live_channels c ON c.channel = x.channel`,
      [channel, seq, windowMs],
    );
    const head = Number(row?.head ?? 0);
    if (head <= seq) return null;
    if (head - seq > maxEvents) return 'TOO_FAR';
    // No row after the cursor while the channel went on: deleted by the retention job.
    return row.expired === false ? null : 'TOO_OLD';
  }

  /** The newest event number of a channel (0 when none). */
  async head(channel: string): Promise<number> {
    const [row] = await this.db.query<{ seq: number | string }[]>(`SELECT seq FROM live_channels WHERE channel = $1`, [channel]);
    return row ? Number(row.seq) : 0;
  }
}
