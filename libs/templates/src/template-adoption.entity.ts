import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Community } from '@waardenet/communities';
import { Library } from '@waardenet/libraries';
import { CommunityTemplate } from './community-template.entity';

/** A library adopted a template or campaign: into its chapter of the template's national community. Once per library. */
@Entity('template_adoptions')
@Index('template_adoptions_template_library_key', ['templateId', 'libraryId'], { unique: true })
export class TemplateAdoption {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'template_id' })
  templateId!: string;

  @Column('uuid', { name: 'library_id' })
  libraryId!: string;

  @Index('template_adoptions_community_idx')
  @Column('uuid', { name: 'community_id' })
  communityId!: string;

  @Column('uuid', { name: 'adopted_by_id' })
  adoptedById!: string;

  @CreateDateColumn({ name: 'adopted_at', type: 'timestamptz' })
  adoptedAt!: Date;

  @ManyToOne(() => CommunityTemplate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'template_id' })
  template?: CommunityTemplate;

  @ManyToOne(() => Library, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'library_id' })
  library?: Library;

  @ManyToOne(() => Community, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: Community;
}
