import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ModAction, ModTarget } from '@waardenet/core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// The actions and targets live in @waardenet/core (audit-log.ts): domains below moderation write lines too.
export { ModAction, ModTarget };

/**
 * One line of the moderation log. Append-only: the migration puts a trigger on the table that refuses
 * every UPDATE, DELETE and TRUNCATE, so not even a bug or a hand-typed statement can rewrite history.
 * It has no foreign keys for the same reason (a cascade would have to delete lines).
 */
@ObjectType({ description: 'A moderation log line, with who did it: for moderators.' })
@Entity('moderation_actions')
@Index('moderation_actions_community_idx', ['communityId', 'id'])
@Index('moderation_actions_library_idx', ['libraryId', 'id'])
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

  @Field(() => ID, { nullable: true, description: 'Set for library-level actions (staff changes, house style, catalogue imports).' })
  @Column('uuid', { name: 'library_id', nullable: true })
  libraryId!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What changed, written by the server (settings before → after, a move’s target, a report’s outcome).',
  })
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
