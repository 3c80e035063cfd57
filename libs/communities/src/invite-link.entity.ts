import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@waardenet/accounts';
import { Community } from './community.entity';

/**
 * A link that lets whoever follows it (signed in) join a community as if invited: ACTIVE at once, even in a
 * PRIVATE or RESTRICTED one. Only the SHA-256 of its token is kept; the token is shown once, when made.
 * It ends at `expiresAt`, after `maxUses` joins, or when a moderator revokes it. A ban still refuses.
 */
@ObjectType({
  description: 'An invitation link of a community: for its moderators (the token itself is shown only once, by createInviteLink).',
})
@Entity('community_invite_links')
@Index('community_invite_links_community_idx', ['communityId', 'createdAt'])
export class InviteLink {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'community_id' })
  communityId!: string;

  @Index('community_invite_links_token_hash_key', { unique: true })
  @Column('text', { name: 'token_hash' })
  tokenHash!: string;

  @Column('uuid', { name: 'created_by_id' })
  createdById!: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Field()
  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Field(() => Int, { nullable: true, description: 'How many people may join with it; null: no limit until it expires.' })
  @Column('int', { name: 'max_uses', nullable: true })
  maxUses!: number | null;

  @Field(() => Int, { description: 'How many joined with it so far.' })
  @Column('int', { default: 0 })
  uses!: number;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @ManyToOne(() => Community, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: Community;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User;
}
