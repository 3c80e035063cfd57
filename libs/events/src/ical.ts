import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { LibraryEvent } from './event.entity';

export interface CalendarEntry {
  event: LibraryEvent;
  /** The event's page in the web client (absolute). */
  url: string;
  communityName: string;
}

/**
 * An iCalendar (RFC 5545) text for one event or a feed of many, made with ical-generator. Times are
 * written in UTC (calendar apps show them in their own zone, Europe/Amsterdam for our readers); a
 * cancelled event stays in with STATUS:CANCELLED, so calendars that subscribed take it out.
 */
export function calendar(name: string, entries: CalendarEntry[], host: string): string {
  const cal = ical({ name, prodId: { company: 'Waardenet', product: 'events', language: 'NL' }, method: ICalCalendarMethod.PUBLISH });
  for (const { event, url, communityName } of entries) {
    const description = [event.description, event.onlineUrl ? `Online: ${event.onlineUrl}` : null, `${communityName} · ${url}`]
      .filter(Boolean)
      .join('\n\n');
    cal.createEvent({
      id: `${event.id}@${host}`,
      start: new Date(event.startsAt),
      end: new Date(event.endsAt),
      summary: event.cancelledAt ? `[Geannuleerd] ${event.title}` : event.title,
      description,
      location: event.location ?? event.onlineUrl ?? undefined,
      url,
      status: event.cancelledAt ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      stamp: new Date(event.updatedAt),
      lastModified: new Date(event.updatedAt),
      created: new Date(event.createdAt),
    });
  }
  return cal.toString();
}
