import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Library } from '@waardenet/libraries';

/**
 * What the onboarding checklist keeps of a library that its facts do not show: steps its staff marked done
 * (invitations sent by email, which leave no membership until accepted) and when the checklist was completed.
 */
@Entity('library_onboarding')
export class LibraryOnboarding {
  @PrimaryColumn('uuid', { name: 'library_id' })
  libraryId!: string;

  @Column('text', { name: 'marked_steps', array: true, default: () => "'{}'" })
  markedSteps!: string[];

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @OneToOne(() => Library, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'library_id' })
  library?: Library;
}
