import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { User } from '@waardenet/accounts';
import { Community } from '@waardenet/communities';

/**
 * A library event (a reading club, a lecture with an expert), held in one community: whoever may read the
 * community's threads may see it and answer whether they come (capacity and a waiting list). Made, changed
 * and cancelled by the community's moderators and the library's staff (audited). Times are instants (UTC in
 * the database); the clients show them in Europe/Amsterdam.
 */
@ObjectType('LibraryEvent', {
  description:
    "A library event in a community: a reading club, a lecture. Seen only by whoever may read the community's threads (PRIVATE and RESTRICTED: its members).",
})
@Entity('library_events')
@Index('library_events_community_starts_idx', ['communityId', 'startsAt'])
@Index('library_events_reminder_idx', ['startsAt'], { where: 'reminder_sent_at IS NULL AND cancelled_at IS NULL' })
export class LibraryEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'community_id' })
  communityId!: string;

  @Field()
  @Column('text')
  title!: string;

  @Field({ description: 'Plain text.' })
  @Column('text', { default: '' })
  description!: string;

  @Field()
  @Column('timestamptz', { name: 'starts_at' })
  startsAt!: Date;

  @Field()
  @Column('timestamptz', { name: 'ends_at' })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Where it is held (an address, a room); null for an event only online.' })
  @Column('text', { nullable: true })
  location!: string | null;

  @Field(() => String, { nullable: true, description: 'An https link to join online.' })
  @Column('text', { name: 'online_url', nullable: true })
  onlineUrl!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many may come; null: no limit. Whoever answers GOING when it is full is put on the waiting list.',
  })
  @Column('int', { nullable: true })
  capacity!: number | null;

  @Field(() => Date, { nullable: true, description: 'Set when the event was cancelled; it stays listed as cancelled.' })
  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'cancel_reason', nullable: true })
  cancelReason!: string | null;

  @Column('uuid', { name: 'created_by_id', nullable: true })
  createdById!: string | null;

  /** When the reminders of a day before went out (EventReminders); null: not yet. */
  @Column('timestamptz', { name: 'reminder_sent_at', nullable: true })
  reminderSentAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  @ManyToOne(() => Community, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: Community;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User;
}
