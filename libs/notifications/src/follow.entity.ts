import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { User } from '@waardenet/accounts';
import { FollowTarget } from './notification-kind';

/** A user follows a thread (replies) or a community (new threads). Authors follow their own threads. */
@Entity('follows')
@Unique('follows_user_target_key', ['userId', 'targetType', 'targetId'])
@Index('follows_target_idx', ['targetType', 'targetId'])
export class Follow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('text', { name: 'target_type' })
  targetType!: FollowTarget;

  /** A thread or community id (no foreign key on the polymorphic target: a follow of a deleted target is simply never used). */
  @Column('uuid', { name: 'target_id' })
  targetId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
