import { Args, Field, Int, Mutation, ObjectType, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Access, AllowSuspended, Connection, Ctx, RequestContext, badInput, requireViewer } from '@waardenet/core';
import { FollowInput, MarkNotificationsReadInput, NotificationPreferenceInput } from './dto/notifications.inputs';
import { FollowsService } from './follows.service';
import { EmailDelivery, Locale } from './notification-kind';
import { Notification } from './notification.entity';
import { NotificationsService } from './notifications.service';
import { NotificationPreferences, PreferencesService } from './preferences.service';

@ObjectType()
export class NotificationConnection extends Connection(Notification) {}

@ObjectType({ description: 'A new notification for the subscriber, with their unread count after it.' })
export class NotificationAdded {
  @Field(() => Notification)
  notification!: Notification;

  @Field(() => Int)
  unreadCount!: number;
}

@Resolver()
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly follows: FollowsService,
    private readonly preferences: PreferencesService,
  ) {}

  @Access('user')
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  notifications(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('unreadOnly', { nullable: true }) unreadOnly?: boolean,
  ) {
    return this.service.page(ctx, first, after, !!unreadOnly);
  }

  @Access('user')
  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadCount(@Ctx() ctx: RequestContext): Promise<number> {
    return this.service.unreadCount(requireViewer(ctx).id);
  }

  @Access('user')
  @Query(() => NotificationPreferences)
  notificationPreferences(@Ctx() ctx: RequestContext): Promise<NotificationPreferences> {
    return this.preferences.get(ctx);
  }

  @Access('user')
  @Mutation(() => Boolean, { description: 'Follow a thread (its replies) or a community (its new threads) that you may read.' })
  follow(@Args('input') input: FollowInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.follows.follow(ctx, input);
  }

  @Access('user')
  @AllowSuspended()
  @Mutation(() => Boolean)
  unfollow(@Args('input') input: FollowInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.follows.unfollow(ctx, input);
  }

  @Access('user')
  @AllowSuspended()
  @Mutation(() => Int, { description: 'Marks the given notifications of yours (or all of them) read; returns how many changed.' })
  markNotificationsRead(@Args('input') input: MarkNotificationsReadInput, @Ctx() ctx: RequestContext): Promise<number> {
    return this.service.markRead(ctx, input);
  }

  // A suspended account may still turn notifications and mail down.
  @Access('user')
  @AllowSuspended()
  @Mutation(() => NotificationPreferences)
  setNotificationPreference(
    @Args('input') input: NotificationPreferenceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationPreferences> {
    return this.preferences.setChannel(ctx, input.kind, input.channel);
  }

  @Access('user')
  @AllowSuspended()
  @Mutation(() => NotificationPreferences, {
    description: 'How your mail arrives (IMMEDIATE or DAILY) and its language (NL or EN): give either or both.',
  })
  setEmailDelivery(
    @Ctx() ctx: RequestContext,
    @Args('delivery', { type: () => EmailDelivery, nullable: true }) delivery?: EmailDelivery,
    @Args('locale', { type: () => Locale, nullable: true }) locale?: Locale,
  ): Promise<NotificationPreferences> {
    return this.preferences.setEmailDelivery(ctx, { delivery, locale });
  }

  /** Served over graphql-ws by NotificationsLive; this method only runs on another transport, and refuses. */
  @Access('user')
  @Subscription(() => NotificationAdded, { description: 'Your new notifications, live (graphql-ws, logged in).' })
  notificationAdded(): never {
    throw badInput('Subscribe over graphql-ws on /graphql.', { reason: 'SUBSCRIBE_OVER_WS' });
  }
}
