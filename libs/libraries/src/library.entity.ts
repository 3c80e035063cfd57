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

  @Field(() => String, { nullable: true, description: 'House style: an https URL of the logo.' })
  @Column('text', { name: 'logo_url', nullable: true })
  logoUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'House style: the primary colour, as #RRGGBB.' })
  @Column('text', { name: 'primary_color', nullable: true })
  primaryColor!: string | null;

  @Field(() => String, { nullable: true, description: 'House style: a short welcome text (plain text).' })
  @Column('text', { name: 'welcome_text', nullable: true })
  welcomeText!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The address of one title in the library's own catalogue: an https URL with {isbn} or {recordId} where the title's ISBN or the library's record id goes. Threads link to it (counted in the reach figures).",
  })
  @Column('text', { name: 'catalogue_url_template', nullable: true })
  catalogueUrlTemplate!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
