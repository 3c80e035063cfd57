import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Community } from '@waardenet/communities';
import { Library } from '@waardenet/libraries';
import { Thread } from '@waardenet/threads';
import { ContentItem } from './content-item.entity';

/** One use of a content item: the thread it became, where and by whom. The item's usage counts these. */
@Entity('content_publications')
@Index('content_publications_item_idx', ['contentItemId', 'libraryId'])
export class ContentPublication {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'content_item_id' })
  contentItemId!: string;

  @Index('content_publications_thread_key', { unique: true })
  @Column('uuid', { name: 'thread_id' })
  threadId!: string;

  @Column('uuid', { name: 'community_id' })
  communityId!: string;

  /** The library of the community it was published in. */
  @Column('uuid', { name: 'library_id' })
  libraryId!: string;

  @Column('uuid', { name: 'published_by_id' })
  publishedById!: string;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;

  @ManyToOne(() => ContentItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'content_item_id' })
  contentItem?: ContentItem;

  @ManyToOne(() => Thread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Thread;

  @ManyToOne(() => Community, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: Community;

  @ManyToOne(() => Library, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'library_id' })
  library?: Library;
}
