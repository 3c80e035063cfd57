import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Post } from './post.entity';

@ObjectType({ description: 'One version of a post body; version 1 is the original.' })
@Entity('post_revisions')
@Unique('post_revisions_post_version_key', ['postId', 'version'])
export class PostRevision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'post_id' })
  postId!: string;

  @Field(() => Int)
  @Column('integer')
  version!: number;

  @Field()
  @Column('text')
  body!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'editor_id' })
  editorId!: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => Post, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Post;
}
