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

  @ManyToOne(() => Community, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: Community;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
