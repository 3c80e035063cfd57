import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../user.entity';

/**
 * An account's authenticator app (two-step verification, TOTP). While `enabledAt` is null the secret
 * is pending: set up but not yet confirmed with a code, and login does not ask for one. The secret is
 * stored encrypted (SecretBox in core's security) and is never returned once enabled.
 */
@Entity('user_totp')
export class UserTotp {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** AES-256-GCM: iv, tag and ciphertext, base64url, joined by dots. */
  @Column('text', { name: 'secret_encrypted' })
  secretEncrypted!: string;

  @Column('timestamptz', { name: 'enabled_at', nullable: true })
  enabledAt!: Date | null;

  /** The time step of the last code accepted: a code of that step or an earlier one is refused (replay). */
  @Column('bigint', { name: 'last_time_step', nullable: true })
  lastTimeStep!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A single-use recovery code, stored only as its SHA-256: shown once, when two-step verification is enabled. */
@Entity('totp_recovery_codes')
export class TotpRecoveryCode {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('totp_recovery_codes_user_id_idx')
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('text', { name: 'code_hash' })
  codeHash!: string;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt!: Date | null;
}
