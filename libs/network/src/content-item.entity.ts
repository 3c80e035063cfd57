import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Library } from '@waardenet/libraries';

/** Reusable content in the content database: kept by a library's staff, published into communities as threads. */
@ObjectType({
  description: 'Reusable content (the content database): national items, and local ones a library keeps for itself or shares nationally.',
})
@Entity('content_items')
@Index('content_items_owner_idx', ['ownerLibraryId', 'createdAt', 'id'])
@Index('content_items_created_idx', ['createdAt', 'id'])
export class ContentItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column('text')
  title!: string;

  @Field({ description: 'Markdown source.' })
  @Column('text')
  body!: string;

  @Field({ description: 'Sanitized HTML rendered on the server.' })
  @Column('text', { name: 'body_html' })
  bodyHtml!: string;

  @Field(() => [String], { description: 'Lower-case tags.' })
  @Column('text', { array: true, default: () => "'{}'" })
  tags!: string[];

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  campaign!: string | null;

  @Field(() => String, { nullable: true, description: 'Under what terms it may be reused, e.g. "CC BY 4.0".' })
  @Column('text', { nullable: true })
  licence!: string | null;

  @Field(() => String, { nullable: true, description: 'First day it may be published (YYYY-MM-DD), if limited.' })
  @Column('date', { name: 'valid_from', nullable: true })
  validFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day it may be published (YYYY-MM-DD), if limited.' })
  @Column('date', { name: 'valid_until', nullable: true })
  validUntil!: string | null;

  @Field(() => ID)
  @Column('uuid', { name: 'owner_library_id' })
  ownerLibraryId!: string;

  @Field({ description: "A local library's item that staff of every library may browse and publish (national items always are)." })
  @Column('boolean', { name: 'shared_nationally', default: false })
  sharedNationally!: boolean;

  @Column('uuid', { name: 'created_by_id' })
  createdById!: string;

  @Field()
  @Column('boolean', { default: false })
  archived!: boolean;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => Library, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_library_id' })
  ownerLibrary?: Library;
}
