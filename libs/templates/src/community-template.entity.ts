import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Community } from '@waardenet/communities';

export enum TemplateKind {
  /** A way to start a community of a national theme, at any time. */
  TEMPLATE = 'TEMPLATE',
  /** A template for a period (startsOn–endsOn), with a house-style banner. */
  CAMPAIGN = 'CAMPAIGN',
}
registerEnumType(TemplateKind, { name: 'TemplateKind' });

@ObjectType({ description: 'An opening thread a community started from a template gets.' })
export class StarterThread {
  @Field()
  title!: string;

  @Field({ description: 'Markdown source.' })
  body!: string;
}

/**
 * A national community template or campaign: published by the national foundation's staff for one of
 * its (national) theme communities; a local library adopts it as a chapter of that theme community.
 */
@ObjectType()
@Entity('community_templates')
@Index('community_templates_published_idx', ['publishedAt', 'id'])
export class CommunityTemplate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => TemplateKind)
  @Column('text')
  kind!: TemplateKind;

  @Field()
  @Column('text')
  name!: string;

  @Field(() => ID, { description: 'The national theme community a library opens its chapter of.' })
  @Column('uuid', { name: 'national_community_id' })
  nationalCommunityId!: string;

  @Field({ description: "The theme: the national theme community's." })
  @Column('text')
  theme!: string;

  @Field({ description: 'The description a community started from it gets (markdown).' })
  @Column('text')
  description!: string;

  @Field(() => [StarterThread])
  @Column('jsonb', { name: 'starter_threads' })
  starterThreads!: StarterThread[];

  @Field(() => [String], { description: 'Phrases whose posts wait for a moderator in a community started from it.' })
  @Column('text', { name: 'watched_words', array: true, default: () => "'{}'" })
  watchedWords!: string[];

  @Field(() => String, { nullable: true, description: 'A campaign’s first day (YYYY-MM-DD).' })
  @Column('date', { name: 'starts_on', nullable: true })
  startsOn!: string | null;

  @Field(() => String, { nullable: true, description: 'A campaign’s last day (YYYY-MM-DD, inclusive).' })
  @Column('date', { name: 'ends_on', nullable: true })
  endsOn!: string | null;

  @Field(() => String, { nullable: true, description: 'A campaign’s banner text, shown in the communities that adopted it while it runs.' })
  @Column('text', { name: 'banner_text', nullable: true })
  bannerText!: string | null;

  @Field(() => String, { nullable: true, description: 'The banner’s colour (#rrggbb).' })
  @Column('text', { name: 'banner_color', nullable: true })
  bannerColor!: string | null;

  @Column('uuid', { name: 'published_by_id' })
  publishedById!: string;

  @Field()
  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;

  @ManyToOne(() => Community, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'national_community_id' })
  nationalCommunity?: Community;
}
