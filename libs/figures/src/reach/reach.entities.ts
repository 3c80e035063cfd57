import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The public pages counted: server-rendered or opened in the web client (POST /api/view). */
export type ReachPage = 'thread' | 'community' | 'library' | 'item';

/**
 * Views of public pages, one row per UTC day and page: a count, nothing about who viewed (no address, no
 * cookie, no account, no browser). A thread or community page counts for its community and library; a
 * library page for the library; an item page nationally only (library and community null).
 */
@Entity('reach_page_views')
@Index('reach_page_views_library_idx', ['libraryId', 'day'])
@Index('reach_page_views_community_idx', ['communityId', 'day'])
export class ReachPageViews {
  @PrimaryColumn('date')
  day!: string;

  @PrimaryColumn('text')
  page!: ReachPage;

  @PrimaryColumn('uuid', { name: 'target_id' })
  targetId!: string;

  @Column('uuid', { name: 'library_id', nullable: true })
  libraryId!: string | null;

  @Column('uuid', { name: 'community_id', nullable: true })
  communityId!: string | null;

  @Column('integer', { default: 0 })
  views!: number;
}

/** Clicks from a thread to its library's catalogue (/out/catalogue/<item>?thread=<id>), per UTC day, thread and item. */
@Entity('reach_catalogue_clicks')
@Index('reach_catalogue_clicks_library_idx', ['libraryId', 'day'])
@Index('reach_catalogue_clicks_community_idx', ['communityId', 'day'])
export class ReachCatalogueClicks {
  @PrimaryColumn('date')
  day!: string;

  @PrimaryColumn('uuid', { name: 'thread_id' })
  threadId!: string;

  @PrimaryColumn('uuid', { name: 'item_id' })
  itemId!: string;

  @Column('uuid', { name: 'library_id' })
  libraryId!: string;

  @Column('uuid', { name: 'community_id' })
  communityId!: string;

  @Column('integer', { default: 0 })
  clicks!: number;
}
