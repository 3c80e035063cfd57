import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@waardenet/accounts';

export enum OutboxState {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  /** Not sent: by the time it was due, the recipient could no longer read what it was about. */
  CANCELLED = 'CANCELLED',
}

/**
 * Mail to send, written in the same transaction as the notification it tells of. The worker claims
 * due rows with FOR UPDATE SKIP LOCKED, so api instances never share one; `notification_id` is unique,
 * so a notification is never queued twice. Digest rows (`digest_day` set) go out together, one mail per
 * user and day. A row left SENDING past its lease (`claimed_at`) is retried (see EmailWorker).
 */
@Entity('email_outbox')
@Index('email_outbox_due_idx', ['nextAttemptAt'], { where: `state = 'PENDING'` })
@Index('email_outbox_sending_idx', ['claimedAt'], { where: `state = 'SENDING'` })
@Index('email_outbox_digest_idx', ['recipientId', 'digestDay'], { where: `digest_day IS NOT NULL` })
export class EmailOutbox {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The account it is for; null for a mail to an address with no account (an invitation by email). */
  @Column('uuid', { name: 'recipient_id', nullable: true })
  recipientId!: string | null;

  @Column('text', { name: 'to_address' })
  toAddress!: string;

  @Column('text')
  subject!: string;

  @Column('text')
  text!: string;

  @Column('text', { nullable: true })
  html!: string | null;

  /** Null for an account mail (a password reset link): sent as it is, with no notification to check. */
  @Index('email_outbox_notification_key', { unique: true })
  @Column('uuid', { name: 'notification_id', nullable: true })
  notificationId!: string | null;

  /** The day (UTC) of the digest this row belongs to; null: sent on its own, at once. */
  @Column('date', { name: 'digest_day', nullable: true })
  digestDay!: string | null;

  @Column('text', { default: OutboxState.PENDING })
  state!: OutboxState;

  @Column('integer', { default: 0 })
  attempts!: number;

  @Column('timestamptz', { name: 'next_attempt_at' })
  nextAttemptAt!: Date;

  /** When a worker last claimed it (PENDING → SENDING): the start of its lease. */
  @Column('timestamptz', { name: 'claimed_at', nullable: true })
  claimedAt!: Date | null;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt!: Date | null;

  @Column('text', { name: 'last_error', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: User;
}
