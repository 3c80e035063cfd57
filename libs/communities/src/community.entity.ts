import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
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

@ObjectType({ description: "A themed community (value network) owned by a library." })
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

  @ManyToOne(() => Library, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'library_id' })
  library?: Library;
}
