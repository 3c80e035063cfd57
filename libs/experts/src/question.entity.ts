import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { Post, Thread } from '@waardenet/threads';

/**
 * What a QUESTION thread adds to a thread: its accepted answer and its timings. One row per question,
 * written when the thread is created (QuestionsService listens to thread.created).
 */
@Entity('questions')
// unansweredQuestions: oldest unanswered first.
@Index('questions_unanswered_idx', ['askedAt', 'threadId'], { where: 'first_reply_at IS NULL' })
export class Question {
  @PrimaryColumn('uuid', { name: 'thread_id' })
  threadId!: string;

  /** The thread's creation time, copied so the unanswered list is one index scan; milliseconds, as its cursors carry. */
  @Column({ type: 'timestamptz', name: 'asked_at', precision: 3 })
  askedAt!: Date;

  /** The first time a reply by someone other than the asker became visible. */
  @Column('timestamptz', { name: 'first_reply_at', nullable: true })
  firstReplyAt!: Date | null;

  @Column('uuid', { name: 'accepted_post_id', nullable: true })
  acceptedPostId!: string | null;

  /** When the question first got its current run of accepted answers: changing the answer keeps it, unaccepting clears it. */
  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt!: Date | null;

  @Column('uuid', { name: 'accepted_by_id', nullable: true })
  acceptedById!: string | null;

  @OneToOne(() => Thread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Thread;

  @ManyToOne(() => Post, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'accepted_post_id' })
  acceptedPost?: Post;
}
