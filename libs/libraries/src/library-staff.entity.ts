import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Library } from './library.entity';
import { User } from '@waardenet/accounts';

export enum StaffRole {
  COMMUNITY_MANAGER = 'COMMUNITY_MANAGER',
  ADMIN = 'ADMIN',
}
registerEnumType(StaffRole, { name: 'StaffRole' });

@ObjectType({ description: "A user's role at a library." })
@Entity('library_staff')
export class LibraryStaff {
  @PrimaryColumn('uuid', { name: 'library_id' })
  libraryId!: string;

  @Index('library_staff_user_id_idx')
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @Field(() => StaffRole)
  @Column('text')
  role!: StaffRole;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => Library, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'library_id' })
  library?: Library;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
