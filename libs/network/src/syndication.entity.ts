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
// …and at most one open syndication of a thread into one remote national community (outgoing, issue 16 ask 5).
@Index('syndications_open_remote_key', ['threadId', 'targetHandle'], {
  unique: true,
  where: `state IN ('PROPOSED', 'ACCEPTED') AND target_handle IS NOT NULL`,
})
// What the federation worker still has to tell the other server.
@Index('syndications_remote_untold_idx', ['proposedAt'], { where: `remote_actor_uri IS NOT NULL AND remote_told IS DISTINCT FROM state` })
export class Syndication {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'thread_id' })
  threadId!: string;

  @Field(() => ID, { nullable: true, description: 'The chapter it comes from; null for a thread syndicated here from another Waardenet.' })
  @Column('uuid', { name: 'from_community_id', nullable: true })
  fromCommunityId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The national community here; null when it is on another Waardenet (see targetHandle).' })
  @Column('uuid', { name: 'to_community_id', nullable: true })
  toCommunityId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Outgoing to another Waardenet: the national community there, as slug@host; null for local and incoming ones.',
  })
  @Column('text', { name: 'target_handle', nullable: true })
  targetHandle!: string | null;

  /** The other server's Group: the national community's (outgoing) or the origin chapter's (incoming). */
  @Column('text', { name: 'remote_actor_uri', nullable: true })
  remoteActorUri!: string | null;

  /** The ActivityPub Offer that carries the proposal (its id is the origin's). */
  @Index('syndications_offer_key', { unique: true })
  @Column('text', { name: 'offer_uri', nullable: true })
  offerUri!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The thread on the other Waardenet: on the national one once accepted (outgoing), or the original (incoming: the link back).',
  })
  @Column('text', { name: 'remote_url', nullable: true })
  remoteUrl!: string | null;

  @Column('text', { name: 'origin_library_name', nullable: true })
  originLibraryName!: string | null;

  @Column('text', { name: 'origin_community_name', nullable: true })
  originCommunityName!: string | null;

  /** The state last told to the other server (null: nothing yet); the federation worker sends what differs. */
  @Column('text', { name: 'remote_told', nullable: true })
  remoteTold!: string | null;

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
