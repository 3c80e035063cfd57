import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

/** What a mailed address link proves: that the account's own address is read (VERIFY), or a new one (CHANGE). */
export type EmailTokenPurpose = 'VERIFY' | 'CHANGE';

/**
 * A link mailed to an address, stored only as the SHA-256 of its token (as password reset links are):
 * it proves that `email` reaches the account's owner, once (`usedAt`) and until `expiresAt`.
 */
@Entity('email_tokens')
export class EmailToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('email_tokens_user_id_idx')
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('text')
  purpose!: EmailTokenPurpose;

  /** The address the link was mailed to: verified (or switched to) when the link is used. */
  @Column('text')
  email!: string;

  @Index('email_tokens_hash_key', { unique: true })
  @Column('text', { name: 'token_hash' })
  tokenHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt!: Date | null;
}
