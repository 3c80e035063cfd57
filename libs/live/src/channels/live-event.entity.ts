import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The durable log behind live updates: every event a reader may need to catch up on, numbered 1, 2, 3…
 * per channel (`thread:<id>`, `community:<id>`). Numbers are handed out under a row lock in the writer's
 * transaction, so they commit in order and a rolled-back write leaves no event.
 */
@Entity('live_events')
export class LiveEventRecord {
  @PrimaryColumn('text')
  channel!: string;

  @PrimaryColumn('integer')
  seq!: number;

  @Column('text')
  type!: string;

  @Column('uuid', { name: 'community_id' })
  communityId!: string;

  @Column('uuid', { name: 'thread_id', nullable: true })
  threadId!: string | null;

  @Column('uuid', { name: 'post_id', nullable: true })
  postId!: string | null;

  /** Who the event concerns when it is about access (a ban, a removal), or null. */
  @Column('uuid', { name: 'user_id', nullable: true })
  userId!: string | null;

  /** Indexed for the retention job, which deletes by age (LiveEventsRetention). */
  @Index('live_events_created_at_idx')
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The per-channel counter that numbers events. */
@Entity('live_channels')
export class LiveChannel {
  @PrimaryColumn('text')
  channel!: string;

  @Column('integer')
  seq!: number;
}
