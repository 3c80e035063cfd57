import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'A person with an account.' })
@Entity('users')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Exposed only to the user themself and platform admins (see AccountsResolver). */
  @Index('users_email_key', { unique: true })
  @Column('text')
  email!: string;

  @Field()
  @Column('text', { name: 'display_name' })
  displayName!: string;

  /** Unique, for @mentions: lower-case ascii letters and digits (given at registration, see libs/notifications). */
  @Field(() => String, { nullable: true, description: 'Unique name for @mentions: lower-case letters and digits.' })
  @Index('users_handle_key', { unique: true })
  @Column('text', { nullable: true })
  handle!: string | null;

  /** When the handle was last changed by its owner (null: never, the one given at registration): one change a day. */
  @Column('timestamptz', { name: 'handle_changed_at', nullable: true })
  handleChangedAt!: Date | null;

  @Field({ description: 'A short introduction in plain text (at most 500 characters); empty when none was written.' })
  @Column('text', { default: '' })
  bio!: string;

  @Column('text', { name: 'password_hash' })
  passwordHash!: string;

  /** When the owner proved they read `email` (the link in a mail); null until then. Exposed as `emailVerified` to the user themself and platform admins. */
  @Column('timestamptz', { name: 'email_verified_at', nullable: true })
  emailVerifiedAt!: Date | null;

  @Field()
  @Column('boolean', { name: 'is_platform_admin', default: false })
  isPlatformAdmin!: boolean;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Set while a platform admin has suspended the account (see ModerationModule); null otherwise. */
  @Column('timestamptz', { name: 'suspended_at', nullable: true })
  suspendedAt!: Date | null;

  /** When the suspension ends by itself; null means until it is lifted. */
  @Column('timestamptz', { name: 'suspended_until', nullable: true })
  suspendedUntil!: Date | null;

  @Column('text', { name: 'suspension_reason', nullable: true })
  suspensionReason!: string | null;

  /** Set when the owner deleted the account: the row stays, emptied, so posts and audit lines keep pointing at it (docs/privacy.md). */
  @Column('timestamptz', { name: 'deleted_at', nullable: true })
  deletedAt!: Date | null;

  /** Whether a suspension is in force at `at`: one that ran out has ended, no job needed. */
  isSuspended(at = new Date()): boolean {
    return !!this.suspendedAt && (!this.suspendedUntil || this.suspendedUntil > at);
  }
}

@ObjectType({ description: 'A suspension of an account: shown to the user themself and platform admins.' })
export class Suspension {
  @Field()
  reason!: string;

  @Field()
  since!: Date;

  @Field(() => Date, { nullable: true, description: 'When it ends by itself; null means until it is lifted.' })
  until!: Date | null;
}
