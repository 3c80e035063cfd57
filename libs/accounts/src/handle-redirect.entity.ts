import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from './user.entity';

/**
 * A handle its account gave up: until `expiresAt` a lookup or an @mention of it still reaches that account,
 * and no one else may take it (HANDLE_REDIRECT_DAYS). Expired rows mean nothing; they only wait to be cleaned.
 */
@Entity('handle_redirects')
export class HandleRedirect {
  @PrimaryColumn('text')
  handle!: string;

  @Index('handle_redirects_user_id_idx')
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;
}
