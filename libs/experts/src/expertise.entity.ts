import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@waardenet/accounts';
import { Library } from '@waardenet/libraries';

export enum ExpertiseState {
  CLAIMED = 'CLAIMED',
  VERIFIED = 'VERIFIED',
  REVOKED = 'REVOKED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ExpertiseState, {
  name: 'ExpertiseState',
  description:
    'CLAIMED by the user, awaiting a library; VERIFIED by a library (the badge); REVOKED by that library (kept for the record); ' +
    'REJECTED: a claim a library turned down, with a reason; WITHDRAWN by the user themself (no longer shown).',
});

/** How many unverified claims one user may have open at a time: claims are reviewed by people. */
export const MAX_OPEN_CLAIMS = 20;

/**
 * After a library rejects a claim, the same topic may be claimed again (a fresh review, perhaps by
 * another library, perhaps with better evidence), but not before this many days: a rejected claim
 * sent straight back would only fill the reviewers' queue.
 */
export const RECLAIM_AFTER_REJECTION_DAYS = 7;

/** A topic a user knows about, claimed by them and verified, rejected or revoked by a library's staff, or withdrawn by them. */
@ObjectType({ description: "A user's expertise on a topic; VERIFIED ones carry the library's badge." })
@Entity('expertise')
// One live claim per topic and user; a revoked, rejected or withdrawn one may be claimed again.
@Index('expertise_user_topic_key', ['userId', 'topicKey'], { unique: true, where: `state IN ('CLAIMED', 'VERIFIED')` })
@Index('expertise_claimed_idx', ['createdAt', 'id'], { where: `state = 'CLAIMED'` })
// A library's open claims, oldest first (expertiseClaims for its staff).
@Index('expertise_claimed_library_idx', ['libraryId', 'createdAt', 'id'], { where: `state = 'CLAIMED'` })
@Index('expertise_library_verified_idx', ['libraryId', 'userId'], { where: `state = 'VERIFIED'` })
export class Expertise {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Index('expertise_user_id_idx')
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Field()
  @Column('text')
  topic!: string;

  /** The topic as compared for duplicates: trimmed, lower case, single spaces. */
  @Column('text', { name: 'topic_key' })
  topicKey!: string;

  /** What the user offers as proof; shown only to them, library staff and platform admins (see ExpertiseResolver). */
  @Column('text')
  evidence!: string;

  @Field(() => ExpertiseState)
  @Column('text', { default: ExpertiseState.CLAIMED })
  state!: ExpertiseState;

  /**
   * The library the claim was made at (the claimant picks it): only its staff and platform admins see the
   * claim and decide it, and it becomes the library that verified, rejected or revoked it. Null only for
   * claims from before claimants chose a library (platform admins decide those).
   */
  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'library_id', nullable: true })
  libraryId!: string | null;

  @Column('uuid', { name: 'verified_by_id', nullable: true })
  verifiedById!: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'verified_at', nullable: true })
  verifiedAt!: Date | null;

  @Column('uuid', { name: 'revoked_by_id', nullable: true })
  revokedById!: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @Column('text', { name: 'revoke_reason', nullable: true })
  revokeReason!: string | null;

  @Column('uuid', { name: 'rejected_by_id', nullable: true })
  rejectedById!: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'rejected_at', nullable: true })
  rejectedAt!: Date | null;

  /** Why the claim was rejected; shown only to the claimant, library staff and platform admins (see ExpertiseResolver). */
  @Column('text', { name: 'reject_reason', nullable: true })
  rejectReason!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the user withdrew it.' })
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @ManyToOne(() => Library, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'library_id' })
  library?: Library;
}

/** The form a topic is compared in: "  Lokale  Geschiedenis " and "lokale geschiedenis" are one topic. */
export function topicKey(topic: string): string {
  return topic.trim().replace(/\s+/g, ' ').toLowerCase();
}
