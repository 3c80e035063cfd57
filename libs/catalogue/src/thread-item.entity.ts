import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '@waardenet/accounts';
import { Thread } from '@waardenet/threads';
import { CollectionItem } from './collection-item.entity';

/** A thread is about a catalogue item: who linked it, and when. */
@Entity('thread_items')
@Index('thread_items_item_id_idx', ['itemId'])
export class ThreadItem {
  @PrimaryColumn('uuid', { name: 'thread_id' })
  threadId!: string;

  @PrimaryColumn('uuid', { name: 'item_id' })
  itemId!: string;

  @Column('uuid', { name: 'linked_by_id', nullable: true })
  linkedById!: string | null;

  @CreateDateColumn({ name: 'linked_at', type: 'timestamptz' })
  linkedAt!: Date;

  @ManyToOne(() => Thread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Thread;

  @ManyToOne(() => CollectionItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: CollectionItem;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'linked_by_id' })
  linkedBy?: User;
}
