import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@waardenet/accounts';

/**
 * A browser's Web Push subscription (the PushSubscription a service worker got from its push service):
 * where to POST and the keys to encrypt for (RFC 8291). One row per endpoint: a browser that signs in
 * as someone else moves its subscription to them. Deleted at unsubscribe, when the push service says the
 * endpoint is gone (404/410), and with the account.
 */
@Entity('push_subscriptions')
export class PushSubscription {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('push_subscriptions_user_idx')
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Index('push_subscriptions_endpoint_key', { unique: true })
  @Column('text')
  endpoint!: string;

  /** The browser's P-256 public key (base64url). */
  @Column('text')
  p256dh!: string;

  /** The browser's 16-byte authentication secret (base64url). */
  @Column('text')
  auth!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
