import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { LiveEventsService, communityChannel, threadChannel } from '@waardenet/live/channels';
import { Community } from '@waardenet/communities';
import { Thread } from '@waardenet/threads';
import { LIVE_CURSOR } from './live-cursor';

@Resolver(() => Thread)
export class ThreadCursorResolver {
  constructor(private readonly events: LiveEventsService) {}

  @ResolveField(() => String, {
    description:
      'The live position of this thread as it is read now: subscribe to threadEvents with `after` set to it and nothing that happens in between is missed.',
  })
  async liveCursor(@Parent() thread: Thread): Promise<string> {
    return LIVE_CURSOR.encode([await this.events.head(threadChannel(thread.id))]);
  }
}

@Resolver(() => Community)
export class CommunityCursorResolver {
  constructor(private readonly events: LiveEventsService) {}

  @ResolveField(() => String, {
    description:
      "The live position of this community's thread list as it is read now: subscribe to communityEvents with `after` set to it and nothing in between is missed.",
  })
  async liveCursor(@Parent() community: Community): Promise<string> {
    return LIVE_CURSOR.encode([await this.events.head(communityChannel(community.id))]);
  }
}
