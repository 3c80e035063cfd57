import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Community } from '@waardenet/communities';
import { Library } from '@waardenet/libraries';

/** A local library's community that is a chapter of a national theme community (one per library and national community). */
@Entity('chapters')
@Index('chapters_national_library_key', ['nationalCommunityId', 'libraryId'], { unique: true })
export class Chapter {
  @PrimaryColumn('uuid', { name: 'community_id' })
  communityId!: string;

  @Column('uuid', { name: 'national_community_id' })
  nationalCommunityId!: string;

  /** The chapter's library (also the chapter community's library), kept here for the uniqueness rule. */
  @Column('uuid', { name: 'library_id' })
  libraryId!: string;

  @Column('uuid', { name: 'created_by_id' })
  createdById!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => Community, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: Community;

  @ManyToOne(() => Community, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'national_community_id' })
  nationalCommunity?: Community;

  @ManyToOne(() => Library, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'library_id' })
  library?: Library;
}
