import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The preview of one web address, fetched by the server (LinkPreviewFetcher) and shared by every post that links
 * it: a cache with a time to live, failures included (negative caching: a page that cannot be previewed is not
 * asked again before LINK_PREVIEW_FAILED_TTL_MINUTES). The image is a small WebP made from the page's image by the
 * media pipeline (type sniffed, pixel limit, metadata dropped), served from `/link-previews/<id>.webp` so readers'
 * browsers never contact the linked site. Rows expired for a day are deleted.
 */
@Entity('link_previews')
@Index('link_previews_expires_idx', ['expiresAt'])
@Index('link_previews_url_key', ['url'], { unique: true })
export class LinkPreview {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The address as it appears in posts (normalised: no fragment). */
  @Column('text')
  url!: string;

  /** `OK` (a preview) or `FAILED` (refused or unreadable: nothing is shown). */
  @Column('text')
  status!: 'OK' | 'FAILED';

  @Column('text', { nullable: true })
  title!: string | null;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('text', { name: 'site_name', nullable: true })
  siteName!: string | null;

  /** Why a fetch failed (logs and operators only, never shown). */
  @Column('text', { nullable: true })
  failure!: string | null;

  @Column('integer', { name: 'image_width', nullable: true })
  imageWidth!: number | null;

  @Column('integer', { name: 'image_height', nullable: true })
  imageHeight!: number | null;

  @Column('bytea', { nullable: true, select: false })
  image!: Buffer | null;

  @Column({ type: 'timestamptz', name: 'fetched_at', precision: 3, default: () => 'now()' })
  fetchedAt!: Date;

  @Column({ type: 'timestamptz', name: 'expires_at', precision: 3 })
  expiresAt!: Date;
}
