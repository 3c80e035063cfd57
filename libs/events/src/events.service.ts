import { Injectable, Optional } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import {
  ModAction,
  ModTarget,
  RequestContext,
  appendAudit,
  badInput,
  bindNamed,
  entityLoader,
  conflict,
  forbidden,
  hydrate,
  isUuid,
  notFound,
  requireViewer,
} from '@waardenet/core';
import { ContentChanges, communityTag } from '@waardenet/core/read-cache';
import { EventBatch, LiveEventsService } from '@waardenet/live/channels';
import { CommunitiesPolicy, CommunitiesService, Community } from '@waardenet/communities';
import { NotificationDraft, NotificationKind, NotificationWriter, RecipientAccess } from '@waardenet/notifications';
import { CancelEventInput, CreateEventInput, RsvpInput, UpdateEventInput } from './dto/events.inputs';
import { RsvpStatus } from './event-rsvp.entity';
import { LibraryEvent } from './event.entity';

const DAY_MS = 86_400_000;
/** The longest an event may last (a festival week). */
const MAX_LENGTH_MS = 7 * DAY_MS;
/** How many events a list gives at most. */
const MAX_LIST = 100;

export interface EventCounts {
  going: number;
  waitlisted: number;
}

export interface EventListOptions {
  /** Past events (ended), latest first, instead of the coming ones, soonest first. */
  past?: boolean | null;
  first?: number | null;
}

/** What the viewer may do with an event, worked out from its community's rules. */
export interface EventAccess {
  event: LibraryEvent;
  community: Community;
  canManage: boolean;
  banned: boolean;
}

const notFoundEvent = () => notFound('That event', { reason: 'EVENT_NOT_FOUND' });

/**
 * Library events: made, changed and cancelled by a community's moderators and its library's staff
 * (audited), answered by anyone who may read the community. An event follows its community's rule for
 * threads (CommunitiesPolicy canRead): in a PRIVATE or RESTRICTED community only its members (and its
 * moderators) ever see it, and anyone else is told it does not exist.
 */
@Injectable()
export class EventsService {
  constructor(
    private readonly db: DataSource,
    private readonly communities: CommunitiesService,
    private readonly policy: CommunitiesPolicy,
    private readonly live: LiveEventsService,
    private readonly writer: NotificationWriter,
    private readonly recipients: RecipientAccess,
    @Optional() private readonly changes?: ContentChanges,
  ) {}

  loader(ctx: RequestContext): DataLoader<string, LibraryEvent | null> {
    return entityLoader(ctx, this.db, LibraryEvent);
  }

  /** The event with the viewer's rights, or null when it is missing or its community's threads are not theirs to read. */
  async accessOrNull(ctx: RequestContext, event: LibraryEvent | null): Promise<EventAccess | null> {
    if (!event) return null;
    const community = await this.communities.loader(ctx).load(event.communityId);
    if (!community) return null;
    const access = await this.policy.access(ctx, community);
    if (!access.canRead) return null;
    return { event, community, canManage: access.canModerate, banned: access.banned };
  }

  /** The event, if the viewer may read its community's threads; NOT_FOUND (EVENT_NOT_FOUND) otherwise, missing or not. */
  async byId(ctx: RequestContext, id: string): Promise<EventAccess> {
    const access = await this.accessOrNull(ctx, isUuid(id) ? await this.loader(ctx).load(id) : null);
    if (!access) throw notFoundEvent();
    return access;
  }

  async create(ctx: RequestContext, input: CreateEventInput): Promise<LibraryEvent> {
    const viewer = requireViewer(ctx);
    const community = await this.communities.byId(ctx, input.communityId);
    await this.policy.requireModerator(ctx, community);
    const fields = {
      title: input.title,
      description: input.description ?? '',
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      location: input.location ?? null,
      onlineUrl: input.onlineUrl ?? null,
      capacity: input.capacity ?? null,
    };
    this.check(fields, true);
    const event = await this.db.transaction(async (em) => {
      const saved = await em.save(em.create(LibraryEvent, { ...fields, communityId: community.id, createdById: viewer.id }));
      await appendAudit(em, {
        actorId: viewer.id,
        action: ModAction.CREATE_EVENT,
        targetType: ModTarget.EVENT,
        targetId: saved.id,
        communityId: community.id,
        details: saved.title,
      });
      return saved;
    });
    this.changed(community.id);
    return event;
  }

  async update(ctx: RequestContext, input: UpdateEventInput): Promise<LibraryEvent> {
    const viewer = requireViewer(ctx);
    const { event, community } = await this.requireManager(ctx, input.eventId);
    const { eventId: _eventId, ...given } = input;
    const changes = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Partial<LibraryEvent>;
    if (!Object.keys(changes).length)
      throw badInput('Give at least one field to change.', { reason: 'INVALID_INPUT', fields: { eventId: ['nothing to change'] } });
    const next = { ...event, ...changes };
    this.check(next, changes.startsAt !== undefined);
    const updated = await this.db.transaction(async (em) => {
      const [locked] = await em.query<{ cancelled_at: Date | null }[]>(`SELECT cancelled_at FROM library_events WHERE id = $1 FOR UPDATE`, [
        event.id,
      ]);
      if (!locked || locked.cancelled_at) throw conflict('This event was cancelled; it cannot be changed.', { reason: 'EVENT_CANCELLED' });
      // A new start time earns a new reminder.
      const moved = changes.startsAt !== undefined && new Date(changes.startsAt).getTime() !== new Date(event.startsAt).getTime();
      await em.update(LibraryEvent, { id: event.id }, { ...changes, ...(moved ? { reminderSentAt: null } : {}) });
      // More places: the waiting list moves up.
      await this.promote(em, event.id);
      await appendAudit(em, {
        actorId: viewer.id,
        action: ModAction.UPDATE_EVENT,
        targetType: ModTarget.EVENT,
        targetId: event.id,
        communityId: community.id,
        details: Object.keys(changes).sort().join(', '),
      });
      return em.findOneByOrFail(LibraryEvent, { id: event.id });
    });
    this.loader(ctx).clear(event.id);
    this.changed(community.id);
    return updated;
  }

  /** Cancels the event (kept, shown as cancelled): everyone who said they would come, or waits for a place, is told. */
  async cancel(ctx: RequestContext, input: CancelEventInput): Promise<LibraryEvent> {
    const viewer = requireViewer(ctx);
    const { event, community } = await this.requireManager(ctx, input.eventId);
    const cancelled = await this.live.transaction(async (em, batch) => {
      const [row] = await em.query<[{ id: string }[], number]>(
        `UPDATE library_events SET cancelled_at = now(), cancel_reason = $2, updated_at = now() WHERE id = $1 AND cancelled_at IS NULL RETURNING id`,
        [event.id, input.reason],
      );
      if (!row.length) throw conflict('This event was cancelled already.', { reason: 'EVENT_CANCELLED' });
      await appendAudit(em, {
        actorId: viewer.id,
        action: ModAction.CANCEL_EVENT,
        targetType: ModTarget.EVENT,
        targetId: event.id,
        communityId: community.id,
        reason: input.reason,
        details: event.title,
      });
      const rows = await em.query<{ user_id: string }[]>(`SELECT user_id FROM event_rsvps WHERE event_id = $1`, [event.id]);
      await this.notify(
        em,
        batch,
        community,
        rows.map((r) => r.user_id).filter((id) => id !== viewer.id),
        NotificationKind.EVENT_CANCELLED,
        event.id,
        viewer.id,
        `event-cancelled:${event.id}`,
      );
      return em.findOneByOrFail(LibraryEvent, { id: event.id });
    });
    this.loader(ctx).clear(event.id);
    this.changed(community.id);
    return cancelled;
  }

  /**
   * The viewer's answer. GOING takes a place, or a place on the waiting list when the event is full
   * (an answer already GOING or WAITLISTED stays as it is); NOT_GOING gives a place up, and the first
   * on the waiting list moves up. Banned members, cancelled and ended events refuse.
   */
  async rsvp(ctx: RequestContext, input: RsvpInput): Promise<EventAccess> {
    const viewer = requireViewer(ctx);
    const access = await this.byId(ctx, input.eventId);
    if (access.banned) throw forbidden('You are banned from this community.', { reason: 'COMMUNITY_BANNED' });
    if (input.status === RsvpStatus.WAITLISTED)
      throw badInput('Answer GOING or NOT_GOING; the waiting list is where GOING puts you when the event is full.', {
        reason: 'INVALID_INPUT',
        fields: { status: ['must be GOING or NOT_GOING'] },
      });
    await this.db.transaction(async (em) => {
      // The event's row lock orders answers: two people never take its last place both.
      const [locked] = await em.query<{ capacity: number | null; cancelled_at: Date | null; ended: boolean }[]>(
        `SELECT capacity, cancelled_at, ends_at < now() AS ended FROM library_events WHERE id = $1 FOR UPDATE`,
        [access.event.id],
      );
      if (!locked) throw notFoundEvent();
      if (locked.cancelled_at) throw conflict('This event was cancelled.', { reason: 'EVENT_CANCELLED' });
      if (locked.ended) throw conflict('This event is over.', { reason: 'EVENT_OVER' });
      if (input.status === RsvpStatus.NOT_GOING) {
        await em.query(`DELETE FROM event_rsvps WHERE event_id = $1 AND user_id = $2`, [access.event.id, viewer.id]);
        await this.promote(em, access.event.id);
        return;
      }
      const [{ going }] = await em.query<{ going: number }[]>(
        `SELECT count(*)::int AS going FROM event_rsvps WHERE event_id = $1 AND status = 'GOING'`,
        [access.event.id],
      );
      const status = locked.capacity !== null && going >= locked.capacity ? RsvpStatus.WAITLISTED : RsvpStatus.GOING;
      await em.query(`INSERT INTO event_rsvps (event_id, user_id, status) VALUES ($1, $2, $3) ON CONFLICT (event_id, user_id) DO NOTHING`, [
        access.event.id,
        viewer.id,
        status,
      ]);
    });
    this.countsLoader(ctx).clear(access.event.id);
    this.viewerLoader(ctx).clear(access.event.id);
    this.changed(access.community.id);
    return access;
  }

  /** Fills free places from the waiting list, first come first served (under the event's row lock). */
  private async promote(em: EntityManager, eventId: string): Promise<void> {
    const [row] = await em.query<{ free: number | null }[]>(
      `SELECT e.capacity - (SELECT count(*)::int FROM event_rsvps g WHERE g.event_id = e.id AND g.status = 'GOING') AS free
         FROM library_events e WHERE e.id = $1`,
      [eventId],
    );
    if (!row || (row.free !== null && row.free <= 0)) return;
    await em.query(
      `UPDATE event_rsvps SET status = 'GOING' WHERE event_id = $1 AND user_id IN (
         SELECT user_id FROM event_rsvps WHERE event_id = $1 AND status = 'WAITLISTED' ORDER BY created_at, user_id LIMIT $2)`,
      [eventId, row.free],
    );
  }

  /** Coming events of a community (or past ones), for whoever may read its threads; empty for anyone else. */
  async forCommunity(ctx: RequestContext, community: Community, options: EventListOptions = {}): Promise<LibraryEvent[]> {
    if (!(await this.policy.access(ctx, community)).canRead) return [];
    const rows = await this.db.query<Record<string, unknown>[]>(
      `SELECT * FROM library_events WHERE community_id = $1 AND ${options.past ? 'ends_at < now() ORDER BY starts_at DESC, id DESC' : 'ends_at >= now() ORDER BY starts_at, id'} LIMIT $2`,
      [community.id, this.limit(options.first)],
    );
    return hydrate<LibraryEvent>(this.db.getMetadata(LibraryEvent), rows);
  }

  /** Coming events (or past ones) in a library's communities whose threads the viewer may read: the same rule as search. */
  async forLibrary(ctx: RequestContext, libraryId: string, options: EventListOptions = {}): Promise<LibraryEvent[]> {
    const rule = this.policy.readableSql(ctx, 'c');
    const params: unknown[] = [libraryId, this.limit(options.first)];
    const rows = await this.db.query<Record<string, unknown>[]>(
      `SELECT e.* FROM library_events e JOIN communities c ON c.id = e.community_id
        WHERE c.library_id = $1 AND ${bindNamed(rule.sql, rule.params, params)}
          AND ${options.past ? 'e.ends_at < now() ORDER BY e.starts_at DESC, e.id DESC' : 'e.ends_at >= now() ORDER BY e.starts_at, e.id'} LIMIT $2`,
      params,
    );
    return hydrate<LibraryEvent>(this.db.getMetadata(LibraryEvent), rows);
  }

  /** Places taken and waiting, per event (one statement per request). */
  countsLoader(ctx: RequestContext): DataLoader<string, EventCounts> {
    return ctx.cached(
      'events.counts',
      () =>
        new DataLoader<string, EventCounts>(async (ids) => {
          const rows = await this.db.query<{ event_id: string; going: number; waitlisted: number }[]>(
            `SELECT event_id, count(*) FILTER (WHERE status = 'GOING')::int AS going, count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted
           FROM event_rsvps WHERE event_id = ANY($1) GROUP BY event_id`,
            [ids],
          );
          const byId = new Map(rows.map((r) => [r.event_id, { going: r.going, waitlisted: r.waitlisted }]));
          return ids.map((id) => byId.get(id) ?? { going: 0, waitlisted: 0 });
        }),
    );
  }

  /** The viewer's own answers, per event. */
  viewerLoader(ctx: RequestContext): DataLoader<string, RsvpStatus | null> {
    return ctx.cached(
      'events.viewerRsvp',
      () =>
        new DataLoader<string, RsvpStatus | null>(async (ids) => {
          const viewer = ctx.viewer;
          if (!viewer) return ids.map(() => null);
          const rows = await this.db.query<{ event_id: string; status: RsvpStatus }[]>(
            `SELECT event_id, status FROM event_rsvps WHERE event_id = ANY($1) AND user_id = $2`,
            [ids, viewer.id],
          );
          const byId = new Map(rows.map((r) => [r.event_id, r.status]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }

  /** Who comes and who waits, in order: for the community's moderators only (the caller checks). */
  async attendees(eventId: string): Promise<{ userId: string; status: RsvpStatus }[]> {
    const rows = await this.db.query<{ user_id: string; status: RsvpStatus }[]>(
      `SELECT user_id, status FROM event_rsvps WHERE event_id = $1 ORDER BY status, created_at, user_id`,
      [eventId],
    );
    return rows.map((r) => ({ userId: r.user_id, status: r.status }));
  }

  /**
   * Notifies the given people about an event, inside the transaction of the cause: only those who may read
   * the community's threads now (a member who left a private community is told nothing).
   */
  async notify(
    em: EntityManager,
    batch: EventBatch,
    community: Community,
    userIds: string[],
    kind: NotificationKind,
    eventId: string,
    actorId: string | null,
    /** One notification per cause: a reminder per start time (a moved event is reminded again), one cancellation. */
    dedupeKey: string,
  ): Promise<void> {
    if (!userIds.length) return;
    const contexts = await this.recipients.contexts(userIds, em, community);
    const drafts: NotificationDraft[] = [];
    for (const id of userIds) {
      const ctx = contexts.get(id);
      if (!ctx || !(await this.policy.access(ctx, community)).canRead) continue;
      drafts.push({
        recipientId: id,
        kind,
        actorId,
        communityId: community.id,
        threadId: null,
        postId: null,
        subjectId: eventId,
        detail: null,
        dedupeKey,
      });
    }
    await this.writer.write(em, batch, drafts);
  }

  private async requireManager(ctx: RequestContext, eventId: string): Promise<EventAccess> {
    requireViewer(ctx);
    const access = await this.byId(ctx, eventId);
    await this.policy.requireModerator(ctx, access.community);
    return access;
  }

  private check(e: Pick<LibraryEvent, 'startsAt' | 'endsAt' | 'location' | 'onlineUrl'>, startChanged: boolean): void {
    const starts = new Date(e.startsAt).getTime();
    const ends = new Date(e.endsAt).getTime();
    if (startChanged && starts < Date.now())
      throw badInput('startsAt: must be in the future', { reason: 'EVENT_IN_PAST', fields: { startsAt: ['must be in the future'] } });
    if (ends <= starts)
      throw badInput('endsAt: must be after startsAt', { reason: 'INVALID_INPUT', fields: { endsAt: ['must be after startsAt'] } });
    if (ends - starts > MAX_LENGTH_MS)
      throw badInput('endsAt: at most 7 days after startsAt', {
        reason: 'INVALID_INPUT',
        fields: { endsAt: ['at most 7 days after startsAt'] },
      });
    if (!e.location && !e.onlineUrl)
      throw badInput('Give a location, an online link or both.', {
        reason: 'EVENT_PLACE_REQUIRED',
        fields: { location: ['give a location or an online link'] },
      });
  }

  private limit(first?: number | null): number {
    return Math.max(1, Math.min(first ?? 20, MAX_LIST));
  }

  /** The community's pages, feeds and cached answers show its events: forget them (here and on other instances). */
  private changed(communityId: string): void {
    this.changes?.changed([communityTag(communityId)]);
  }
}
