import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Ctx, RequestContext } from '@waardenet/core';
import { AddWatchedWordInput } from './dto/moderation.inputs';
import { WatchedWord } from './watched-word.entity';
import { WatchedWordsService } from './watched-words.service';

@Resolver(() => WatchedWord)
export class WatchedWordsResolver {
  constructor(private readonly words: WatchedWordsService) {}

  @Access('user')
  @Mutation(() => WatchedWord, {
    description: "A community's moderators add its rules; platform admins add platform-wide ones (no communityId).",
  })
  addWatchedWord(@Args('input') input: AddWatchedWordInput, @Ctx() ctx: RequestContext): Promise<WatchedWord> {
    return this.words.add(ctx, input);
  }

  @Access('user')
  @Mutation(() => Boolean)
  removeWatchedWord(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.words.remove(ctx, id);
  }

  @Access('user')
  @Query(() => [WatchedWord], {
    description:
      'The rules that apply in a community (its own and the platform-wide ones), for its moderators; without communityId the platform-wide ones, for platform admins.',
  })
  watchedWords(
    @Ctx() ctx: RequestContext,
    @Args('communityId', { type: () => ID, nullable: true }) communityId?: string,
  ): Promise<WatchedWord[]> {
    return this.words.list(ctx, communityId);
  }
}
