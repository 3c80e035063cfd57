import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Community } from './community.entity';
import { User } from '@waardenet/accounts';

export enum MemberRole {
  MEMBER = 'MEMBER',
  EXPERT = 'EXPERT',
  MODERATOR = 'MODERATOR',
  OWNER = 'OWNER',
}
registerEnumType(MemberRole, { name: 'MemberRole' });

export enum MembershipState {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  BANNED = 'BANNED',
}
registerEnumType(MembershipState, { name: 'MembershipState' });

@ObjectType({ description: "A user's place in a community." })
@Entity('memberships')
@Unique('memberships_community_user_key', ['communityId', 'userId'])
@Index('memberships_community_state_idx', ['communityId', 'state', 'createdAt'])
export class Membership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'community_id' })
  communityId!: string;

  @Field(() => ID)
  @Index('memberships_user_id_idx')
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Field(() => MemberRole)
  @Column('text')
  role!: MemberRole;

  @Field(() => MembershipState)
  @Column('text')
  state!: MembershipState;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: 'Why the member is banned (BANNED only).' })
  @Column('text', { name: 'ban_reason', nullable: true })
  banReason!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the ban ends by itself; null means until it is lifted (BANNED only).' })
  @Column('timestamptz', { name: 'banned_until', nullable: true })
  bannedUntil!: Date | null;

  /** The state the membership returns to when the ban ends; null when the user was not a member (the row then goes). */
  @Column('text', { name: 'state_before_ban', nullable: true })
  stateBeforeBan!: MembershipState | null;

  @ManyToOne(() => Community, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: Community;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}

/** Whether a ban is in force at `at`: a ban past its `bannedUntil` has ended by itself. */
export function isBanned(m: Pick<Membership, 'state' | 'bannedUntil'> | null | undefined, at = new Date()): boolean {
  return m?.state === MembershipState.BANNED && (!m.bannedUntil || m.bannedUntil > at);
}

/**
 * The membership as it stands now: a ban that ran out counts as the state before it (or as no
 * membership, when the ban was of a non-member). No job lifts bans; rights are computed from this.
 */
export function effectiveMembership(m: Membership | null | undefined, at = new Date()): Membership | null {
  if (!m) return null;
  if (m.state !== MembershipState.BANNED || isBanned(m, at)) return m;
  if (!m.stateBeforeBan) return null;
  return Object.assign(Object.create(Membership.prototype) as Membership, m, {
    state: m.stateBeforeBan,
    banReason: null,
    bannedUntil: null,
    stateBeforeBan: null,
  });
}
