import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@waardenet/accounts';
import { Community } from '@waardenet/communities';
import { Library } from '@waardenet/libraries';
import { Post } from '@waardenet/threads';

/** What an upload is for (the `purpose` field of `POST /api/media`): decides who may upload it and who may see it. */
export enum MediaPurpose {
  POST = 'POST',
  AVATAR = 'AVATAR',
  LIBRARY_LOGO = 'LIBRARY_LOGO',
  COMMUNITY_BANNER = 'COMMUNITY_BANNER',
}

export const MEDIA_PURPOSES = Object.values(MediaPurpose) as string[];

/** One stored rendition of an upload: `full` in the fallback format, `<width>.webp` and `<width>.<ext>` sizes, or `file` (a PDF as sent). */
export interface MediaVariant {
  name: string;
  contentType: string;
  width: number | null;
  height: number | null;
  bytes: number;
}

/**
 * An uploaded image or document. Its bytes live in the storage engine (MEDIA_STORAGE) under `<id>/<variant>`;
 * the row says who uploaded it, for what, and where it is used. Deleting the row deletes the bytes (media_blobs
 * cascades; an S3 object is queued in media_purge by a trigger), so every path that deletes rows (a post
 * removed, an account deleted, an orphan swept) removes the files too.
 */
@Entity('media')
@Index('media_owner_created_idx', ['ownerId', 'createdAt'])
@Index('media_post_idx', ['postId'])
@Index('media_library_idx', ['libraryId'])
export class Media {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'owner_id' })
  ownerId!: string;

  @Column('text')
  purpose!: MediaPurpose;

  /** Post images and banners: the community they belong to (its visibility decides who may fetch them). */
  @Column('uuid', { name: 'community_id', nullable: true })
  communityId!: string | null;

  /** The library whose quota the bytes count against (a community's library, or the logo's library). */
  @Column('uuid', { name: 'library_id', nullable: true })
  libraryId!: string | null;

  /** The post it is used in; null until then (an orphan, swept after MEDIA_ORPHAN_HOURS). */
  @Column('uuid', { name: 'post_id', nullable: true })
  postId!: string | null;

  /** The content type of the default rendition (`GET /media/<id>`). */
  @Column('text', { name: 'content_type' })
  contentType!: string;

  @Column('integer', { nullable: true })
  width!: number | null;

  @Column('integer', { nullable: true })
  height!: number | null;

  /** Bytes stored, all renditions together (quotas count these). */
  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  bytes!: number;

  /** The bytes as sent (the daily upload quota counts these). */
  @Column('bigint', {
    name: 'upload_bytes',
    transformer: { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  uploadBytes!: number;

  /** `postgres` or `s3`: where the renditions are (uploads kept in PostgreSQL are still served after a switch to s3; the other way they are not). */
  @Column('text')
  storage!: string;

  @Column('jsonb')
  variants!: MediaVariant[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: User;

  @ManyToOne(() => Community, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: Community;

  @ManyToOne(() => Library, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'library_id' })
  library?: Library;

  @ManyToOne(() => Post, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Post;
}

/** The PostgreSQL storage engine's bytes: one row per rendition, deleted with its media row. */
@Entity('media_blobs')
export class MediaBlob {
  @PrimaryColumn('uuid', { name: 'media_id' })
  mediaId!: string;

  @PrimaryColumn('text')
  name!: string;

  @Column('bytea')
  data!: Buffer;

  @ManyToOne(() => Media, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'media_id' })
  media?: Media;
}

export const MEDIA_ENTITIES = [Media, MediaBlob];
