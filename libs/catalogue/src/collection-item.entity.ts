import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A catalogue record, shared by every library that holds it: one row per ISBN-13, or, without an
 * ISBN, one per library record id (see Holding). Threads link to it, so it gathers the knowledge added around it.
 */
@ObjectType('CollectionItem', { description: 'A catalogue record (a book or other title) held by one or more libraries.' })
@Entity('collection_items')
@Index('collection_items_title_idx', ['title', 'id'])
// Hand-written in the migration (an expression index TypeORM cannot describe): full-text over title and creators.
@Index('collection_items_search_idx', { synchronize: false })
export class CollectionItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => String, { nullable: true, description: 'The ISBN-13 (ISBN-10s are converted on import); null for records without an ISBN.' })
  @Index('collection_items_isbn13_key', { unique: true })
  @Column('text', { nullable: true })
  isbn13!: string | null;

  @Field()
  @Column('text')
  title!: string;

  @Field(() => [String], { description: 'Authors and other contributors (MARC 100 and 700).' })
  @Column('text', { array: true, default: () => "'{}'" })
  creators!: string[];

  @Field(() => [String], { description: 'Subject headings (MARC 650).' })
  @Column('text', { array: true, default: () => "'{}'" })
  subjects!: string[];

  @Field(() => [String], { description: 'Other standard identifiers (MARC 024: EAN, ISMN, …).' })
  @Column('text', { array: true, default: () => "'{}'" })
  identifiers!: string[];

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  edition!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  publisher!: string | null;

  @Field(() => Int, { nullable: true })
  @Column('integer', { nullable: true })
  year!: number | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
