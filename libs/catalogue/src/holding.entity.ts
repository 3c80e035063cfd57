import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { Library } from '@waardenet/libraries';
import { CollectionItem } from './collection-item.entity';

/** A library holds an item, under its own record id (MARC 001): what a re-import finds its records by. */
@ObjectType({ description: 'A library that holds a catalogue item.' })
@Entity('holdings')
@Unique('holdings_library_item_key', ['libraryId', 'itemId'])
@Unique('holdings_library_record_key', ['libraryId', 'recordId'])
export class Holding {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'library_id' })
  libraryId!: string;

  @Index('holdings_item_id_idx')
  @Column('uuid', { name: 'item_id' })
  itemId!: string;

  @Field(() => String, { nullable: true, description: "The library's own record id (MARC 001 or the CSV record_id column)." })
  @Column('text', { name: 'record_id', nullable: true })
  recordId!: string | null;

  /** The import run that last wrote this holding: a second record for it in the same file is a duplicate. */
  @Column('uuid', { name: 'import_id', nullable: true })
  importId!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => Library, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'library_id' })
  library?: Library;

  @ManyToOne(() => CollectionItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: CollectionItem;
}
