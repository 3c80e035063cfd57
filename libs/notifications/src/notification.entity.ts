import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@waardenet/accounts';
import { NotificationKind } from './notification-kind';

/**
 * Something that happened for one person. It keeps ids only: what they point at is resolved, and
 * re-checked against the recipient's rights, each time it is read (Notification.thread/post).
 */
@ObjectType({ description: 'A notification for the viewer. thread, post and community are null when the viewer can no longer read them.' })
@Entity('notifications')
@Index('notifications_recipient_idx', ['recipientId', 'createdAt', 'id'])
@Index('notifications_unread_idx', ['recipientId'], { where: 'read_at IS NULL' })
@Index('notifications_recipient_dedupe_key', ['recipientId', 'dedupeKey'], { unique: true })
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'recipient_id' })
  recipientId!: string;

  @Field(() => NotificationKind)
  @Column('text')
  kind!: NotificationKind;

  /** Who caused it (null: the system). */
  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('uuid', { name: 'community_id', nullable: true })
  communityId!: string | null;

  @Column('uuid', { name: 'thread_id', nullable: true })
  threadId!: string | null;

  @Column('uuid', { name: 'post_id', nullable: true })
  postId!: string | null;

  /** The report or expertise it is about, where that is the subject. */
  @Column('uuid', { name: 'subject_id', nullable: true })
  subjectId!: string | null;

  @Field(() => String, { nullable: true, description: 'REPORT_RESOLVED: the outcome (DISMISSED or ACTED).' })
  @Column('text', { nullable: true })
  detail!: string | null;

  /** One notification per cause per person: `post:<id>`, `report:<id>`…; null where a cause may repeat. */
  @Column('text', { name: 'dedupe_key', nullable: true })
  dedupeKey!: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: User;
}
