import { registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '@waardenet/accounts';
import { LibraryEvent } from './event.entity';

export enum RsvpStatus {
  GOING = 'GOING',
  /** Answered GOING when the event was full: moves up, oldest first, when a place comes free. */
  WAITLISTED = 'WAITLISTED',
  NOT_GOING = 'NOT_GOING',
}
registerEnumType(RsvpStatus, {
  name: 'RsvpStatus',
  description: 'An answer to an event: GOING, WAITLISTED (it was full; you move up when a place comes free), NOT_GOING.',
});

/** One person's answer to one event. NOT_GOING keeps no row: saying so deletes the answer. */
@Entity('event_rsvps')
@Index('event_rsvps_user_idx', ['userId'])
export class EventRsvp {
  @PrimaryColumn('uuid', { name: 'event_id' })
  eventId!: string;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  /** GOING or WAITLISTED. */
  @Column('text')
  status!: RsvpStatus;

  /** When the person answered GOING: the waiting list's order. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @ManyToOne(() => LibraryEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: LibraryEvent;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
