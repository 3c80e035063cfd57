import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum LibraryKind {
  LOCAL = 'LOCAL',
  NATIONAL = 'NATIONAL',
}
registerEnumType(LibraryKind, { name: 'LibraryKind', description: 'A local library, or the national foundation.' });

@ObjectType({ description: 'A public library, local or national, that hosts communities.' })
@Entity('libraries')
export class Library {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Index('libraries_slug_key', { unique: true })
  @Column('text')
  slug!: string;

  @Field()
  @Column('text')
  name!: string;

  @Field(() => LibraryKind)
  @Column('text')
  kind!: LibraryKind;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
