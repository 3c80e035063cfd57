import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum ModAction {
  HIDE_POST = 'HIDE_POST',
  RESTORE_POST = 'RESTORE_POST',
  REMOVE_POST = 'REMOVE_POST',
  APPROVE_POST = 'APPROVE_POST',
  REJECT_POST = 'REJECT_POST',
  LOCK_THREAD = 'LOCK_THREAD',
  UNLOCK_THREAD = 'UNLOCK_THREAD',
  PIN_THREAD = 'PIN_THREAD',
  UNPIN_THREAD = 'UNPIN_THREAD',
  MOVE_THREAD = 'MOVE_THREAD',
  BAN_MEMBER = 'BAN_MEMBER',
  UNBAN_MEMBER = 'UNBAN_MEMBER',
  SUSPEND_USER = 'SUSPEND_USER',
  UNSUSPEND_USER = 'UNSUSPEND_USER',
  RESOLVE_REPORT = 'RESOLVE_REPORT',
  UPDATE_SETTINGS = 'UPDATE_SETTINGS',
  ADD_WATCHED_WORD = 'ADD_WATCHED_WORD',
  REMOVE_WATCHED_WORD = 'REMOVE_WATCHED_WORD',
  SET_MEMBER_ROLE = 'SET_MEMBER_ROLE',
}
registerEnumType(ModAction, { name: 'ModAction' });

export enum ModTarget {
  POST = 'POST',
  THREAD = 'THREAD',
  USER = 'USER',
  REPORT = 'REPORT',
  COMMUNITY = 'COMMUNITY',
  WATCHED_WORD = 'WATCHED_WORD',
}
registerEnumType(ModTarget, { name: 'ModTarget' });

/**
 * One line of the moderation log. Append-only: the migration puts a trigger on the table that refuses
 * every UPDATE, DELETE and TRUNCATE, so not even a bug or a hand-typed statement can rewrite history.
 * It has no foreign keys for the same reason (a cascade would have to delete lines).
 */
@ObjectType({ description: 'A moderation log line, with who did it: for moderators.' })
@Entity('moderation_actions')
@Index('moderation_actions_community_idx', ['communityId', 'id'])
export class ModerationLogEntry {
  /** A bigint: the order lines were written in, and the keyset of the log's pages. */
  @Field(() => ID)
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  /** Null when the system acted (a post hidden by the report threshold). */
  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Field(() => ModAction)
  @Column('text')
  action!: ModAction;

  @Field(() => ModTarget)
  @Column('text', { name: 'target_type' })
  targetType!: ModTarget;

  @Field(() => ID)
  @Column('uuid', { name: 'target_id' })
  targetId!: string;

  @Field(() => ID, { nullable: true, description: 'Null for platform-wide actions (suspensions, global watched words).' })
  @Column('uuid', { name: 'community_id', nullable: true })
  communityId!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'What changed, written by the server (settings before → after, a move’s target, a report’s outcome).' })
  @Column('text', { nullable: true })
  details!: string | null;

  @Field(() => Date, { nullable: true, description: 'When a ban or suspension ends by itself.' })
  @Column('timestamptz', { name: 'expires_at', nullable: true })
  expiresAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The same line for the public log: no actor. */
@ObjectType({ description: 'A line of a community’s public moderation log: what was done and why, not by whom.' })
export class PublicModerationLogEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => ModAction)
  action!: ModAction;

  @Field(() => ModTarget)
  targetType!: ModTarget;

  @Field(() => ID)
  targetId!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  details!: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field()
  createdAt!: Date;
}
