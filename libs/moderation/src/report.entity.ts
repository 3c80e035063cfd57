import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Post, Thread } from '@waardenet/threads';

export enum ReportReason {
  SPAM = 'SPAM',
  ABUSE = 'ABUSE',
  OFF_TOPIC = 'OFF_TOPIC',
  PERSONAL_DATA = 'PERSONAL_DATA',
  OTHER = 'OTHER',
}
registerEnumType(ReportReason, { name: 'ReportReason' });

export enum ReportStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}
registerEnumType(ReportStatus, { name: 'ReportStatus' });

export enum ReportOutcome {
  DISMISSED = 'DISMISSED',
  ACTED = 'ACTED',
}
registerEnumType(ReportOutcome, {
  name: 'ReportOutcome',
  description: 'DISMISSED: nothing wrong (a post the reports hid comes back). ACTED: a moderator dealt with it.',
});

export enum ReportAction {
  HIDE = 'HIDE',
  REMOVE = 'REMOVE',
}
registerEnumType(ReportAction, {
  name: 'ReportAction',
  description: 'What resolving a report as ACTED does to the reported post (or the opening post of a reported thread).',
});

export enum ReportTarget {
  POST = 'POST',
  THREAD = 'THREAD',
}
registerEnumType(ReportTarget, { name: 'ReportTarget' });

/**
 * A member's report of a post or a thread, or an automatic one (a FLAG watched word; no reporter).
 * One per person per item: the unique key (reporter, target) makes a repeat a CONFLICT.
 */
@ObjectType({ description: 'A report of a post or thread, for the community’s moderators.' })
@Entity('reports')
@Unique('reports_reporter_target_key', ['reporterId', 'targetType', 'targetId'])
@Index('reports_community_status_idx', ['communityId', 'status', 'createdAt', 'id'])
@Index('reports_target_idx', ['targetId', 'status'])
@Check(
  'reports_target_check',
  `("target_type" = 'POST' AND "post_id" = "target_id") OR ("target_type" = 'THREAD' AND "post_id" IS NULL AND "thread_id" = "target_id")`,
)
export class Report {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'community_id' })
  communityId!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'thread_id' })
  threadId!: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'post_id', nullable: true })
  postId!: string | null;

  @Field(() => ReportTarget)
  @Column('text', { name: 'target_type' })
  targetType!: ReportTarget;

  /** The post's id, or the thread's: what "once per person per item" is about. */
  @Column('uuid', { name: 'target_id' })
  targetId!: string;

  /** Null for an automatic report (a FLAG watched word). */
  @Column('uuid', { name: 'reporter_id', nullable: true })
  reporterId!: string | null;

  @Field(() => ReportReason)
  @Column('text')
  reason!: ReportReason;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note!: string | null;

  @Field(() => ReportStatus)
  @Column('text', { default: ReportStatus.OPEN })
  status!: ReportStatus;

  @Field(() => ReportOutcome, { nullable: true })
  @Column('text', { nullable: true })
  outcome!: ReportOutcome | null;

  @Field(() => ReportAction, { nullable: true })
  @Column('text', { nullable: true })
  action!: ReportAction | null;

  @Column('uuid', { name: 'resolved_by_id', nullable: true })
  resolvedById!: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'resolved_at', nullable: true })
  resolvedAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @ManyToOne(() => Thread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Thread;

  @ManyToOne(() => Post, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'post_id' })
  post?: Post;
}
