import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Notification } from '../notification.entity';
import { PushSubscription } from './push-subscription.entity';

/**
 * A push to send: one row per notification and subscription, written in the transaction that made the
 * notification (so a rolled-back cause pushes nothing) and sent after the commit by PushWorker. A row
 * lives only until it is sent, dropped (its subject no longer readable, the endpoint gone) or given up
 * on after WEB_PUSH_MAX_ATTEMPTS: nothing of a sent push is kept.
 */
@Entity('push_outbox')
@Unique('push_outbox_subscription_notification_key', ['subscriptionId', 'notificationId'])
@Index('push_outbox_due_idx', ['nextAttemptAt'])
export class PushOutbox {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'subscription_id' })
  subscriptionId!: string;

  @Index('push_outbox_notification_idx')
  @Column('uuid', { name: 'notification_id' })
  notificationId!: string;

  @Column('integer', { default: 0 })
  attempts!: number;

  @Column('timestamptz', { name: 'next_attempt_at', default: () => 'now()' })
  nextAttemptAt!: Date;

  /** When a worker claimed it: another may take it over only after the lease (PUSH_LEASE_MS). */
  @Column('timestamptz', { name: 'claimed_at', nullable: true })
  claimedAt!: Date | null;

  @Column('text', { name: 'last_error', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => PushSubscription, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: PushSubscription;

  @ManyToOne(() => Notification, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notification_id' })
  notification?: Notification;
}
