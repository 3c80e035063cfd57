import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestContext, hydrate, logger } from '@waardenet/core';
import { LiveEventsService } from '@waardenet/live/channels';
import { CommunitiesService } from '@waardenet/communities';
import { NotificationKind } from '@waardenet/notifications';
import { LibraryEvent } from './event.entity';
import { EventsService } from './events.service';

/** How far ahead a reminder goes out: a day before the event starts. */
export const REMINDER_AHEAD_MS = 86_400_000;
/** How often the worker looks (a reminder may go out up to this much later than a day before). */
const POLL_MS = 60_000;
/** Events reminded per round (each in its own transaction). */
const BATCH = 50;

/** The time the worker goes by; tests give a clock of their own (EVENT_CLOCK) and move it. */
export const EVENT_CLOCK = Symbol('EVENT_CLOCK');
export interface EventClock {
  now(): Date;
}

/**
 * Sends each event's reminder, a day before it starts, to everyone who answered GOING and may still read
 * the community (through the notifications domain: in-app, live, and by mail when they chose so). Every
 * instance polls each minute; an event is claimed with FOR UPDATE SKIP LOCKED and marked in the same
 * transaction as its notifications, so it is reminded once, whichever instance gets it. Cancelled events and
 * those already started are skipped. `runDue(now)` is the whole job: the timer calls it with the clock's time.
 */
@Injectable()
export class EventReminders implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly db: DataSource,
    private readonly live: LiveEventsService,
    private readonly events: EventsService,
    private readonly communities: CommunitiesService,
    @Optional() @Inject(EVENT_CLOCK) private readonly clock?: EventClock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), POLL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One round now (the timer's); resolves with the number of events reminded. */
  tick(): Promise<number> {
    this.running ??= this.runDue(this.clock?.now() ?? new Date())
      .catch((err: unknown) => {
        logger.error({ err }, 'event reminders not sent');
        return 0;
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }

  /** Reminds every event that starts within a day of `now` and was not reminded yet; the number reminded. */
  async runDue(now: Date): Promise<number> {
    let done = 0;
    for (;;) {
      const reminded = await this.live.transaction(async (em, batch) => {
        const rows = await em.query<Record<string, unknown>[]>(
          `SELECT * FROM library_events
            WHERE reminder_sent_at IS NULL AND cancelled_at IS NULL AND starts_at > $1 AND starts_at <= $2
            ORDER BY starts_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
          [now, new Date(now.getTime() + REMINDER_AHEAD_MS)],
        );
        const due = hydrate<LibraryEvent>(this.db.getMetadata(LibraryEvent), rows);
        for (const event of due) {
          await em.query(`UPDATE library_events SET reminder_sent_at = $2 WHERE id = $1`, [event.id, now]);
          const sys = RequestContext.system();
          sys.manager = em;
          const community = await this.communities.loader(sys).load(event.communityId);
          if (!community) continue;
          const going = await em.query<{ user_id: string }[]>(`SELECT user_id FROM event_rsvps WHERE event_id = $1 AND status = 'GOING'`, [
            event.id,
          ]);
          await this.events.notify(
            em,
            batch,
            community,
            going.map((r) => r.user_id),
            NotificationKind.EVENT_REMINDER,
            event.id,
            null,
            `event-reminder:${event.id}:${new Date(event.startsAt).toISOString()}`,
          );
        }
        return due.length;
      });
      done += reminded;
      if (reminded < BATCH) return done;
    }
  }
}
