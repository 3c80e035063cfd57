import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Thread } from './thread.entity';
import { User } from '@waardenet/accounts';

import { PostState } from './post-state';

export { PostState };

@ObjectType({ description: 'A post in a thread. Deleted posts keep their text for moderators only.' })
@Entity('posts')
@Unique('posts_thread_seq_key', ['threadId', 'seq'])
@Index('posts_pending_idx', ['createdAt', 'id'], { where: `state = 'PENDING'` })
// Covering indexes for the figures (FigureIndexes migration): index-only scans instead of reading whole posts.
@Index('posts_thread_facts_idx', { synchronize: false })
@Index('posts_recent_facts_idx', { synchronize: false })
export class Post {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'thread_id' })
  threadId!: string;

  @Field(() => ID)
  @Index('posts_author_id_idx')
  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @Field(() => Int, { description: 'Position in the thread: 1 is the opening post.' })
  @Column('integer')
  seq!: number;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'reply_to_id', nullable: true })
  replyToId!: string | null;

  @Column('text')
  body!: string;

  @Column('text', { name: 'body_html' })
  bodyHtml!: string;

  /**
   * Set by the service that hands the post out, from the threads policy: whether this viewer may see
   * its text. Unset means no: a path that forgets to decide shows nothing (fails closed).
   */
  textVisible?: boolean;

  @Field(() => String, { name: 'body', nullable: true, description: 'Markdown source; null when the viewer may not see the text.' })
  get visibleBody(): string | null {
    return this.textVisible ? this.body : null;
  }

  @Field(() => String, {
    name: 'bodyHtml',
    nullable: true,
    description: 'Sanitized HTML rendered on the server; null when the viewer may not see the text.',
  })
  get visibleBodyHtml(): string | null {
    return this.textVisible ? this.bodyHtml : null;
  }

  @Field({ name: 'isDeleted' })
  get isDeleted(): boolean {
    return this.deletedAt !== null;
  }

  @Field(() => PostState)
  @Column('text', { default: PostState.VISIBLE })
  state!: PostState;

  @Column('timestamptz', { name: 'deleted_at', nullable: true })
  deletedAt!: Date | null;

  @Column('uuid', { name: 'deleted_by_id', nullable: true })
  deletedById!: string | null;

  /** The last moderation of this post: when, by whom (null: the system, e.g. the report threshold) and why. */
  @Column('timestamptz', { name: 'moderated_at', nullable: true })
  moderatedAt!: Date | null;

  @Column('uuid', { name: 'moderated_by_id', nullable: true })
  moderatedById!: string | null;

  @Column('text', { name: 'moderation_reason', nullable: true })
  moderationReason!: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'edited_at', nullable: true })
  editedAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => Thread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Thread;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: User;

  @ManyToOne(() => Post, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'reply_to_id' })
  replyTo?: Post;
}
