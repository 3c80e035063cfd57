import { EventRsvp } from './event-rsvp.entity';
import { LibraryEvent } from './event.entity';

export * from './events.module';
export * from './event.entity';
export * from './event-rsvp.entity';
export * from './events.service';
export * from './event-reminders';
export { calendar } from './ical';
export type { CalendarEntry } from './ical';
export { eventPath } from './events.resolver';

/** The entities this domain maps (listed in apps/api/src/entities.ts). */
export const EVENTS_ENTITIES: (new () => object)[] = [LibraryEvent, EventRsvp];
