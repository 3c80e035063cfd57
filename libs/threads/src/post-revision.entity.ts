import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ViewerDependent } from '@waardenet/core';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Post } from './post.entity';

@ObjectType({
  description: "One version of a post body; version 1 is the original. For the post's author and the community's moderators only.",
})
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

  /** Empty once redacted: the text is overwritten in the database, not hidden. */
  @Field({ description: 'The text of this version; empty when it was redacted.' })
  @Column('text')
  body!: string;

  /** Who wrote this version. Not a field: PostRevisionsResolver shows it to the community's moderators only. */
  @Column('uuid', { name: 'editor_id' })
  editorId!: string;

  /**
   * Set by RevisionsService for the viewer: whether they may know who wrote this version (the community's
   * moderators), and whether someone other than the post's author wrote it. Unset means no (fails closed).
   */
  editorVisible?: boolean;
  byOther?: boolean;

  @ViewerDependent()
  @Field(() => ID, {
    name: 'editorId',
    nullable: true,
    description:
      "Who wrote this version: for the community's moderators, and for whoever wrote it; null for everyone else (see editedByModerator).",
  })
  get visibleEditorId(): string | null {
    return this.editorVisible ? this.editorId : null;
  }

  @Field({ description: "This version was written by a moderator, not by the post's author (members see that, not who)." })
  get editedByModerator(): boolean {
    return !!this.byOther;
  }

  @Field(() => Date, {
    nullable: true,
    description: 'When a moderator redacted this version (its text is gone for good); null when it was not.',
  })
  @Column('timestamptz', { name: 'redacted_at', nullable: true })
  redactedAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => Post, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Post;
}
