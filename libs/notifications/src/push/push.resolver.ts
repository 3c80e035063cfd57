import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, AllowSuspended, Ctx, RequestContext } from '@waardenet/core';
import { NotificationKind } from '../notification-kind';
import { NotificationPreferences, PreferencesService } from '../preferences.service';
import { SubscribePushInput } from './push.inputs';
import { PushService } from './push.service';

/** Browser notifications (Web Push): the key to subscribe with, the viewer's subscriptions and the kinds pushed. */
@Resolver()
export class PushResolver {
  constructor(
    private readonly push: PushService,
    private readonly preferences: PreferencesService,
  ) {}

  @Access('public')
  @Query(() => String, {
    nullable: true,
    description:
      "This server's VAPID public key (base64url), the applicationServerKey a browser subscribes with; null when the server sends no browser notifications.",
  })
  vapidPublicKey(): string | null {
    return this.push.publicKey;
  }

  @Access('user')
  @Mutation(() => Boolean, {
    description: 'Turns on browser notifications for this browser: its push subscription, made with vapidPublicKey.',
  })
  subscribePush(@Args('input') input: SubscribePushInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.push.subscribe(ctx, input);
  }

  @Access('user')
  @AllowSuspended()
  @Mutation(() => Int, {
    description:
      'Turns browser notifications off for your browser with this endpoint, or without one for all your browsers; returns how many were on.',
  })
  unsubscribePush(@Ctx() ctx: RequestContext, @Args('endpoint', { nullable: true }) endpoint?: string): Promise<number> {
    return this.push.unsubscribe(ctx, endpoint ?? null);
  }

  @Access('user')
  @AllowSuspended()
  @Mutation(() => NotificationPreferences, {
    description: 'Which kinds reach your browsers as notifications: any of MENTION, REPLY_TO_POST, REPLY_IN_FOLLOWED_THREAD.',
  })
  async setPushKinds(
    @Args('kinds', { type: () => [NotificationKind] }) kinds: NotificationKind[],
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationPreferences> {
    await this.push.setKinds(ctx, kinds);
    return this.preferences.get(ctx);
  }
}
