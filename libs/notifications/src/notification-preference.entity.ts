import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '@waardenet/accounts';
import { EmailDelivery, Locale, NotificationChannel, NotificationKind } from './notification-kind';

/** A user's choice for one kind; no row means the default (DEFAULT_CHANNEL). */
@Entity('notification_preferences')
export class NotificationPreference {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @PrimaryColumn('text')
  kind!: NotificationKind;

  @Column('text')
  channel!: NotificationChannel;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}

/** Per-user mail settings; no row means IMMEDIATE, in Dutch. Its row lock also serialises the sending of that user's digest. */
@Entity('notification_settings')
export class NotificationSettings {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @Column('text', { name: 'email_delivery', default: EmailDelivery.IMMEDIATE })
  emailDelivery!: EmailDelivery;

  /** The language mail is written in (see mail-composer). */
  @Column('text', { default: Locale.NL })
  locale!: Locale;

  /** The kinds pushed to the user's browsers (PushService.PUSH_KINDS); null: all of them. */
  @Column('text', { name: 'push_kinds', array: true, nullable: true })
  pushKinds!: NotificationKind[] | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
