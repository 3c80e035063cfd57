import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Community } from '@waardenet/communities';

export enum WatchedWordAction {
  BLOCK = 'BLOCK',
  REQUIRE_APPROVAL = 'REQUIRE_APPROVAL',
  FLAG = 'FLAG',
}
registerEnumType(WatchedWordAction, {
  name: 'WatchedWordAction',
  description: 'BLOCK refuses the text; REQUIRE_APPROVAL holds it for a moderator; FLAG files an automatic report.',
});

/** A plain phrase (never a pattern) watched in one community, or everywhere (communityId null). */
@ObjectType()
@Entity('watched_words')
@Index('watched_words_community_phrase_key', ['communityId', 'normalized'], { unique: true, where: '"community_id" IS NOT NULL' })
@Index('watched_words_global_phrase_key', ['normalized'], { unique: true, where: '"community_id" IS NULL' })
export class WatchedWord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Null for a platform-wide rule.' })
  @Column('uuid', { name: 'community_id', nullable: true })
  communityId!: string | null;

  @Field({ description: 'As it was entered.' })
  @Column('text')
  phrase!: string;

  /** The phrase's tokens as the matcher sees them, joined by single spaces: what uniqueness is about. */
  @Column('text')
  normalized!: string;

  @Field(() => WatchedWordAction)
  @Column('text')
  action!: WatchedWordAction;

  @Column('uuid', { name: 'created_by_id' })
  createdById!: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => Community, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'community_id' })
  community?: Community;
}
