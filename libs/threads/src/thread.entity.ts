import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Community } from '@waardenet/communities';
import { User } from '@waardenet/accounts';
import { PostState } from './post-state';

export enum ThreadKind {
  DISCUSSION = 'DISCUSSION',
  QUESTION = 'QUESTION',
}
registerEnumType(ThreadKind, { name: 'ThreadKind' });

@ObjectType({ description: 'A discussion or question in a community; its first post is the opening post.' })
@Entity('threads')
@Index('threads_community_activity_idx', ['communityId', 'pinned', 'lastActivityAt', 'id'])
export class Thread {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'community_id' })
  communityId!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @Field()
  @Column('text')
  title!: string;

  @Field(() => ThreadKind)
  @Column('text')
  kind!: ThreadKind;

  @Field(() => PostState, {
    description:
      "The opening post's state: a thread that is not VISIBLE is listed only to moderators (and, PENDING or HIDDEN, to its author).",
  })
  @Column('text', { default: PostState.VISIBLE })
  state!: PostState;

  @Field()
  @Column('boolean', { default: false })
  pinned!: boolean;

  @Field()
  @Column('boolean', { default: false })
  locked!: boolean;

  @Field(() => Int, { description: 'Replies after the opening post that readers can see.' })
  @Column('integer', { name: 'reply_count', default: 0 })
  replyCount!: number;

  /** The last post sequence number handed out: posts are numbered 1, 2, 3… in order of arrival. */
  @Column('integer', { name: 'post_seq', default: 0 })
  postSeq!: number;

  @Field()
  @Column({ type: 'timestamptz', name: 'last_activity_at', precision: 3, default: () => 'now()' })
  lastActivityAt!: Date;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => Community, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: Community;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: User;
}
