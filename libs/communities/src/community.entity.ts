import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Library } from '@waardenet/libraries';

export enum Visibility {
  PUBLIC = 'PUBLIC',
  RESTRICTED = 'RESTRICTED',
  PRIVATE = 'PRIVATE',
}
registerEnumType(Visibility, {
  name: 'Visibility',
  description: 'PUBLIC: anyone reads. RESTRICTED: anyone sees the description, members read. PRIVATE: invisible to non-members.',
});

export enum ApprovalMode {
  OFF = 'OFF',
  NEW_MEMBERS = 'NEW_MEMBERS',
  ALL = 'ALL',
}
registerEnumType(ApprovalMode, {
  name: 'ApprovalMode',
  description:
    'Pre-moderation: OFF; NEW_MEMBERS (fewer than 5 approved posts here, or joined less than 24 hours ago); ALL. Moderators are never held.',
});

export const DEFAULT_REPORT_THRESHOLD = 3;

@ObjectType({ description: 'A themed community (value network) owned by a library.' })
@Entity('communities')
@Index('communities_library_id_idx', ['libraryId', 'name'])
export class Community {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'library_id' })
  libraryId!: string;

  @Field()
  @Index('communities_slug_key', { unique: true })
  @Column('text')
  slug!: string;

  @Field()
  @Column('text')
  name!: string;

  @Field()
  @Column('text')
  description!: string;

  @Field()
  @Index('communities_theme_idx')
  @Column('text')
  theme!: string;

  @Field(() => Visibility)
  @Column('text')
  visibility!: Visibility;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Which new posts wait for a moderator's approval. */
  @Column('text', { default: ApprovalMode.OFF })
  approval!: ApprovalMode;

  /** Distinct members' reports that hide a post until a moderator reviews it. */
  @Column('integer', { name: 'report_threshold', default: DEFAULT_REPORT_THRESHOLD })
  reportThreshold!: number;

  @Field(() => Int, { description: 'Seconds a member must wait between two posts here (0: no slow mode); moderators are exempt.' })
  @Column('integer', { name: 'slow_mode_seconds', default: 0 })
  slowModeSeconds!: number;

  @Field({ description: 'Whether anyone who may read the community may read its moderation log (without moderator names).' })
  @Column('boolean', { name: 'public_mod_log', default: false })
  publicModLog!: boolean;

  @ManyToOne(() => Library, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'library_id' })
  library?: Library;
}
