import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Community } from '@waardenet/communities';
import { Thread } from '@waardenet/threads';

export enum SyndicationState {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(SyndicationState, {
  name: 'SyndicationState',
  description:
    'PROPOSED by the chapter; ACCEPTED or DECLINED by a national editor; WITHDRAWN by either side (an accepted thread leaves the national feed).',
});

/** A chapter's thread proposed to ("doorplaatsen"), and perhaps shown in, its national community. It stays one thread. */
@ObjectType({ description: "A local thread proposed to, or shown in, a national community's feed; the thread itself stays where it is." })
@Entity('syndications')
// At most one open (proposed or accepted) syndication of a thread into a national community.
@Index('syndications_open_key', ['threadId', 'toCommunityId'], { unique: true, where: `state IN ('PROPOSED', 'ACCEPTED')` })
@Index('syndications_to_state_idx', ['toCommunityId', 'state', 'proposedAt', 'id'])
export class Syndication {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'thread_id' })
  threadId!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'from_community_id' })
  fromCommunityId!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'to_community_id' })
  toCommunityId!: string;

  @Field(() => SyndicationState)
  @Column('text')
  state!: SyndicationState;

  @Column('uuid', { name: 'proposed_by_id' })
  proposedById!: string;

  @Field()
  @Column({ type: 'timestamptz', name: 'proposed_at', precision: 3, default: () => 'now()' })
  proposedAt!: Date;

  @Column('uuid', { name: 'decided_by_id', nullable: true })
  decidedById!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was accepted, declined or withdrawn.' })
  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was declined or withdrawn, if a reason was given.' })
  @Column('text', { nullable: true })
  reason!: string | null;

  @ManyToOne(() => Thread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Thread;

  @ManyToOne(() => Community, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_community_id' })
  fromCommunity?: Community;

  @ManyToOne(() => Community, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_community_id' })
  toCommunity?: Community;
}
