import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@waardenet/accounts';
import { Library } from '@waardenet/libraries';
import { Community } from './community.entity';

/**
 * An invitation sent to an email address: to a community (as a member) or to a library's staff (with a role). The
 * mail carries a link with a token, of which only the SHA-256 is kept; whoever opens it signed in (after logging in
 * or creating an account) accepts it, once, within 14 days. The address is kept only to word the mail again if
 * needed; whether it belongs to an account is never told to the inviter.
 */
@Entity('email_invitations')
@Check('email_invitations_one_target', `(community_id IS NULL) <> (library_id IS NULL)`)
@Index('email_invitations_invited_by_idx', ['invitedById', 'createdAt'])
export class EmailInvitation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('email_invitations_token_hash_key', { unique: true })
  @Column('text', { name: 'token_hash' })
  tokenHash!: string;

  /** Lower-cased. */
  @Column('text')
  email!: string;

  @Column('uuid', { name: 'community_id', nullable: true })
  communityId!: string | null;

  @Column('uuid', { name: 'library_id', nullable: true })
  libraryId!: string | null;

  /** For a staff invitation: StaffRole (ADMIN, COMMUNITY_MANAGER). */
  @Column('text', { name: 'staff_role', nullable: true })
  staffRole!: string | null;

  @Column('uuid', { name: 'invited_by_id' })
  invitedById!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt!: Date | null;

  @Column('uuid', { name: 'accepted_by_id', nullable: true })
  acceptedById!: string | null;

  @ManyToOne(() => Community, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: Community;

  @ManyToOne(() => Library, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'library_id' })
  library?: Library;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: User;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'accepted_by_id' })
  acceptedBy?: User;
}
