import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Access, badInput } from '@waardenet/core';
import { CommunityEvent, ThreadEvent } from './live-event.types';

/**
 * Declares the subscriptions in the schema. They are served over graphql-ws on /graphql by the
 * LiveHub (see live-server.ts), which checks access, replays from `after` and fans events out;
 * these methods only run if a transport without that hub were used, and refuse.
 */
@Resolver()
export class LiveResolver {
  @Access('public')
  @Subscription(() => ThreadEvent, {
    description: 'Replies, edits, removals and reactions in a thread, live; `after` replays what was missed.',
  })
  threadEvents(@Args('threadId', { type: () => ID }) _threadId: string, @Args('after', { nullable: true }) _after?: string): never {
    throw badInput('Subscribe over graphql-ws on /graphql.', { reason: 'SUBSCRIBE_OVER_WS' });
  }

  @Access('public')
  @Subscription(() => CommunityEvent, { description: 'New and updated threads in a community, live; `after` replays what was missed.' })
  communityEvents(
    @Args('communityId', { type: () => ID }) _communityId: string,
    @Args('after', { nullable: true }) _after?: string,
  ): never {
    throw badInput('Subscribe over graphql-ws on /graphql.', { reason: 'SUBSCRIBE_OVER_WS' });
  }
}
