import { Inject } from '@nestjs/common';
import { Args, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, Access, AppConfig, Ctx, RequestContext, ViewerDependent, isUuid, present } from '@waardenet/core';
import { AccountsService, User } from '@waardenet/accounts';
import { CommunitiesService, Community } from '@waardenet/communities';
import { Library } from '@waardenet/libraries';
import { Notification } from '@waardenet/notifications';
import { CancelEventInput, CreateEventInput, RsvpInput, UpdateEventInput } from './dto/events.inputs';
import { RsvpStatus } from './event-rsvp.entity';
import { LibraryEvent } from './event.entity';
import { EventsService } from './events.service';
import { calendar } from './ical';

@ObjectType({ description: "Someone's answer to an event: for the community's moderators." })
export class EventAttendee {
  @Field(() => User)
  user!: User;

  @Field(() => RsvpStatus)
  status!: RsvpStatus;
}

/** The web client's page of an event. */
export const eventPath = (id: string) => `/event/${encodeURIComponent(id)}`;

@Resolver(() => LibraryEvent)
export class EventsResolver {
  constructor(
    private readonly events: EventsService,
    private readonly accounts: AccountsService,
    private readonly communities: CommunitiesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Access('public')
  @Query(() => LibraryEvent, {
    nullable: true,
    description: "An event, for whoever may read its community's threads; null for anyone else (missing and not-yours-to-see read alike).",
  })
  async libraryEvent(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<LibraryEvent | null> {
    return (await this.events.accessOrNull(ctx, isUuid(id) ? await this.events.loader(ctx).load(id) : null))?.event ?? null;
  }

  @Access('user')
  @Mutation(() => LibraryEvent, {
    description: "Plans an event in a community: its moderators and the library's staff. Logged (CREATE_EVENT).",
  })
  createEvent(@Args('input') input: CreateEventInput, @Ctx() ctx: RequestContext): Promise<LibraryEvent> {
    return this.events.create(ctx, input);
  }

  @Access('user')
  @Mutation(() => LibraryEvent, {
    description:
      "Changes an event that is not cancelled: its community's moderators and the library's staff. More places move the waiting list up; a new start time sends a new reminder. Logged (UPDATE_EVENT).",
  })
  updateEvent(@Args('input') input: UpdateEventInput, @Ctx() ctx: RequestContext): Promise<LibraryEvent> {
    return this.events.update(ctx, input);
  }

  @Access('user')
  @Mutation(() => LibraryEvent, {
    description:
      "Cancels an event (it stays listed as cancelled): its community's moderators and the library's staff. Everyone who answered GOING or waits is notified (EVENT_CANCELLED). Logged (CANCEL_EVENT).",
  })
  cancelEvent(@Args('input') input: CancelEventInput, @Ctx() ctx: RequestContext): Promise<LibraryEvent> {
    return this.events.cancel(ctx, input);
  }

  @Access('user')
  @Mutation(() => LibraryEvent, {
    description:
      'Your answer to an event you may read: GOING (WAITLISTED when it is full) or NOT_GOING (your place goes to the first on the waiting list). Not for banned members, cancelled or ended events.',
  })
  async rsvpEvent(@Args('input') input: RsvpInput, @Ctx() ctx: RequestContext): Promise<LibraryEvent> {
    return (await this.events.rsvp(ctx, input)).event;
  }

  @ResolveField(() => Community)
  async community(@Parent() e: LibraryEvent, @Ctx() ctx: RequestContext): Promise<Community> {
    // An event is only reached through a gated parent (libraryEvent, the lists, Notification.event), which checked access.
    return present(await this.communities.loader(ctx).load(e.communityId), 'the community of an event');
  }

  @ResolveField(() => Int, { description: 'How many answered GOING.' })
  async goingCount(@Parent() e: LibraryEvent, @Ctx() ctx: RequestContext): Promise<number> {
    return (await this.events.countsLoader(ctx).load(e.id)).going;
  }

  @ResolveField(() => Int, { description: 'How many wait for a place.' })
  async waitlistCount(@Parent() e: LibraryEvent, @Ctx() ctx: RequestContext): Promise<number> {
    return (await this.events.countsLoader(ctx).load(e.id)).waitlisted;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Places still free; null without a capacity.' })
  async placesLeft(@Parent() e: LibraryEvent, @Ctx() ctx: RequestContext): Promise<number | null> {
    if (e.capacity === null) return null;
    return Math.max(0, e.capacity - (await this.events.countsLoader(ctx).load(e.id)).going);
  }

  @ViewerDependent()
  @ResolveField(() => RsvpStatus, { nullable: true, description: "The viewer's answer; null when they gave none (or are not signed in)." })
  viewerRsvp(@Parent() e: LibraryEvent, @Ctx() ctx: RequestContext): Promise<RsvpStatus | null> {
    return this.events.viewerLoader(ctx).load(e.id);
  }

  @ViewerDependent()
  @ResolveField(() => Boolean, {
    description: "Whether the viewer may change and cancel it (the community's moderators, the library's staff).",
  })
  async viewerCanManage(@Parent() e: LibraryEvent, @Ctx() ctx: RequestContext): Promise<boolean> {
    return !!ctx.viewer && (await this.events.byId(ctx, e.id)).canManage;
  }

  @ViewerDependent()
  @ResolveField(() => [EventAttendee], {
    nullable: true,
    description: "Who comes and who waits (GOING first, then the waiting list in order): the community's moderators only; null for others.",
  })
  async attendees(@Parent() e: LibraryEvent, @Ctx() ctx: RequestContext): Promise<EventAttendee[] | null> {
    if (!ctx.viewer || !(await this.events.byId(ctx, e.id)).canManage) return null;
    const rows = await this.events.attendees(e.id);
    const users = await this.accounts.loader(ctx).loadMany(rows.map((r) => r.userId));
    return rows.flatMap((r, i) => {
      const user = users[i];
      return user && !(user instanceof Error) ? [{ user, status: r.status }] : [];
    });
  }

  @ResolveField(() => String, {
    description:
      'The event as an iCalendar (.ics) text, for whoever may read it (members of a private community download it from here; public events also at /event/<id>.ics).',
  })
  async ics(@Parent() e: LibraryEvent, @Ctx() ctx: RequestContext): Promise<string> {
    const community = await this.community(e, ctx);
    const url = `${this.config.email.publicUrl}${eventPath(e.id)}`;
    return calendar(e.title, [{ event: e, url, communityName: community.name }], new URL(this.config.email.publicUrl).host);
  }
}

/** A community's events on the Community type. */
@Resolver(() => Community)
export class CommunityEventsResolver {
  constructor(private readonly service: EventsService) {}

  @ViewerDependent()
  @ResolveField(() => [LibraryEvent], {
    description:
      "The community's coming events (soonest first; with past: true, ended ones, latest first), cancelled ones included; empty for whoever may not read its threads.",
  })
  events(
    @Parent() community: Community,
    @Ctx() ctx: RequestContext,
    @Args('past', { type: () => Boolean, nullable: true }) past?: boolean,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<LibraryEvent[]> {
    return this.service.forCommunity(ctx, community, { past, first });
  }
}

/** A library's events, over the communities the viewer may read. */
@Resolver(() => Library)
export class LibraryEventsResolver {
  constructor(private readonly service: EventsService) {}

  @ViewerDependent()
  @ResolveField(() => [LibraryEvent], {
    description:
      "Coming events (with past: true, ended ones) in the library's communities whose threads the viewer may read, soonest first.",
  })
  events(
    @Parent() library: Library,
    @Ctx() ctx: RequestContext,
    @Args('past', { type: () => Boolean, nullable: true }) past?: boolean,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<LibraryEvent[]> {
    return this.service.forLibrary(ctx, library.id, { past, first });
  }
}

/** The event a notification is about (EVENT_REMINDER, EVENT_CANCELLED), re-checked on every read. */
@Resolver(() => Notification)
export class NotificationEventResolver {
  constructor(private readonly events: EventsService) {}

  @ViewerDependent()
  @ResolveField(() => LibraryEvent, { nullable: true, description: 'The event it is about; null when the viewer may no longer read it.' })
  async event(@Parent() n: Notification, @Ctx() ctx: RequestContext): Promise<LibraryEvent | null> {
    if (!n.kind.startsWith('EVENT_') || !n.subjectId) return null;
    return (await this.events.accessOrNull(ctx, await this.events.loader(ctx).load(n.subjectId)))?.event ?? null;
  }
}
