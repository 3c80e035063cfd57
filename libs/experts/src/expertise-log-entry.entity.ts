import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum ExpertiseAction {
  VERIFIED = 'VERIFIED',
  REVOKED = 'REVOKED',
  /** A claim the library turned down, with a reason. */
  REJECTED = 'REJECTED',
  /** Expertise this library verified, withdrawn by the expert themself (the actor is the expert). */
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ExpertiseAction, { name: 'ExpertiseAction' });

/**
 * One line of a library's expertise log. Append-only like the moderation log: the migration puts a
 * trigger on the table that refuses UPDATE, DELETE and TRUNCATE, and it has no foreign keys (a cascade
 * would have to delete lines). The topic is copied so the line still reads right if the claim changes.
 */
@ObjectType({
  description:
    "A verification, rejection or revocation of expertise by a library's staff, or an expert withdrawing expertise the library verified.",
})
@Entity('expertise_log')
@Index('expertise_log_library_idx', ['libraryId', 'id'])
export class ExpertiseLogEntry {
  /** A bigint: the order lines were written in, and the keyset of the log's pages. */
  @Field(() => ID)
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'expertise_id' })
  expertiseId!: string;

  /** The expert. */
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'library_id' })
  libraryId!: string;

  /** The staff member or platform admin who acted (the expert themself for WITHDRAWN). */
  @Column('uuid', { name: 'actor_id' })
  actorId!: string;

  @Field(() => ExpertiseAction)
  @Column('text')
  action!: ExpertiseAction;

  @Field()
  @Column('text')
  topic!: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'What followed, written by the server (memberships changed from EXPERT to MEMBER).' })
  @Column('text', { nullable: true })
  details!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
