import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { User } from '@waardenet/accounts';
import { Access, Ctx, RequestContext, RequireVerifiedEmail, ViewerDependent } from '@waardenet/core';
import { RateLimit } from '@waardenet/core/rate-limit';
import { BlockInstanceInput, ReplyToRemoteInput, SetCommunityFederationInput, SetRemoteLikeInput } from './dto/federation.inputs';
import { FederationAdminService } from './federation-admin.service';
import { BlockedInstance, RemoteCommunity, RemotePost } from './federation.entities';
import { CommunityFederation } from './federation.types';
import { RemoteCommunitiesService } from './remote-communities.service';

@Resolver()
export class FederationResolver {
  constructor(private readonly admin: FederationAdminService) {}

  @Access('public')
  @Query(() => CommunityFederation, { description: 'Whether a community federates (anyone who may see the community).' })
  communityFederation(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CommunityFederation> {
    return this.admin.status(ctx, communityId);
  }

  @Access('user')
  @Mutation(() => CommunityFederation, {
    description:
      "A community's moderators and its library's staff switch federation on or off (PUBLIC communities only; off by default; audited).",
  })
  setCommunityFederation(@Args('input') input: SetCommunityFederationInput, @Ctx() ctx: RequestContext): Promise<CommunityFederation> {
    return this.admin.setCommunity(ctx, input);
  }

  @Access('platformAdmin')
  @Query(() => [BlockedInstance], { description: 'The servers this one does not federate with (platform admins).' })
  blockedInstances(@Ctx() ctx: RequestContext): Promise<BlockedInstance[]> {
    return this.admin.blocked(ctx);
  }

  @Access('platformAdmin')
  @Mutation(() => BlockedInstance, {
    description: 'Stops federating with a server: nothing is accepted from it or sent to it, and its followers are dropped (audited).',
  })
  blockInstance(@Args('input') input: BlockInstanceInput, @Ctx() ctx: RequestContext): Promise<BlockedInstance> {
    return this.admin.block(ctx, input);
  }

  @Access('platformAdmin')
  @Mutation(() => Boolean, { description: 'Federates with a blocked server again (audited).' })
  unblockInstance(@Args('host') host: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.admin.unblock(ctx, host);
  }
}

@Resolver(() => RemoteCommunity)
export class RemoteCommunityResolver {
  constructor(private readonly remote: RemoteCommunitiesService) {}

  @Access('user')
  @RequireVerifiedEmail()
  @Mutation(() => RemoteCommunity, {
    description: 'Follows a community on another server (handle slug@host), to read it and reply from here.',
  })
  followRemoteCommunity(@Args('handle') handle: string, @Ctx() ctx: RequestContext): Promise<RemoteCommunity> {
    return this.remote.follow(ctx, handle);
  }

  @Access('user')
  @Mutation(() => Boolean)
  unfollowRemoteCommunity(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.remote.unfollow(ctx, id);
  }

  @Access('user')
  @Query(() => [RemoteCommunity], { description: 'The remote communities the viewer follows.' })
  remoteCommunities(@Ctx() ctx: RequestContext): Promise<RemoteCommunity[]> {
    return this.remote.followed(ctx);
  }

  @Access('user')
  @Query(() => RemoteCommunity, { description: 'A remote community members here follow (public content of another server).' })
  remoteCommunity(@Args('id', { type: () => ID }) id: string): Promise<RemoteCommunity> {
    return this.remote.byId(id);
  }

  @ResolveField(() => [RemotePost], { description: 'Its threads as its server announced them, newest first.' })
  threads(
    @Parent() community: RemoteCommunity,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<RemotePost[]> {
    return this.remote.threads(community, first);
  }
}

@Resolver(() => RemotePost)
export class RemotePostResolver {
  constructor(private readonly remote: RemoteCommunitiesService) {}

  @Access('user')
  @Query(() => RemotePost, { description: 'A thread or reply of a remote community.' })
  remotePost(@Args('id', { type: () => ID }) id: string): Promise<RemotePost> {
    return this.remote.post(id);
  }

  @ResolveField(() => Int, { description: 'Likes from people elsewhere, as its community announced them.' })
  likeCount(@Parent() post: RemotePost): Promise<number> {
    return this.remote.likeCount(post);
  }

  @ViewerDependent()
  @ResolveField(() => Boolean, { description: 'Whether the viewer wrote this reply from here (they may edit and delete it).' })
  viewerIsAuthor(@Parent() post: RemotePost, @Ctx() ctx: RequestContext): boolean {
    return !!ctx.viewer && post.localAuthorId === ctx.viewer.id;
  }

  @ViewerDependent()
  @ResolveField(() => Boolean, { description: 'Whether the viewer likes it (a Like sent from here).' })
  viewerLiked(@Parent() post: RemotePost, @Ctx() ctx: RequestContext): Promise<boolean> {
    if (!ctx.viewer) return Promise.resolve(false);
    const viewerId = ctx.viewer.id;
    const loader = ctx.cached('federation.viewerLiked', () => new DataLoader<string, boolean>((ids) => this.remote.likedBy(viewerId, ids)));
    return loader.load(post.id);
  }

  @ResolveField(() => [RemotePost], { description: "A thread's replies, oldest first (empty for a reply)." })
  replies(@Parent() post: RemotePost): Promise<RemotePost[]> {
    return post.inReplyTo ? Promise.resolve([]) : this.remote.replies(post);
  }

  @Access('user')
  @RequireVerifiedEmail()
  @RateLimit('createPost')
  @Mutation(() => RemotePost, {
    description: 'Replies from here to a remote thread or reply: sent to its community, whose moderation decides.',
  })
  replyToRemoteThread(@Args('input') input: ReplyToRemoteInput, @Ctx() ctx: RequestContext): Promise<RemotePost> {
    return this.remote.reply(ctx, input.remotePostId, input.body);
  }

  @Access('user')
  @RequireVerifiedEmail()
  @RateLimit('createPost')
  @Mutation(() => RemotePost, { description: "Edits one's own reply to a remote thread: sent to its community as an Update." })
  editRemoteReply(@Args('input') input: ReplyToRemoteInput, @Ctx() ctx: RequestContext): Promise<RemotePost> {
    return this.remote.editReply(ctx, input.remotePostId, input.body);
  }

  @Access('user')
  @Mutation(() => Boolean, { description: "Deletes one's own reply to a remote thread: sent to its community as a Delete." })
  deleteRemoteReply(@Args('remotePostId', { type: () => ID }) remotePostId: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.remote.deleteReply(ctx, remotePostId);
  }

  @Access('user')
  @RequireVerifiedEmail()
  @RateLimit('reaction')
  @Mutation(() => RemotePost, {
    description: 'Likes (or stops liking) a remote thread or reply: sent to its community as a Like (or its Undo).',
  })
  setRemoteLike(@Args('input') input: SetRemoteLikeInput, @Ctx() ctx: RequestContext): Promise<RemotePost> {
    return this.remote.setLike(ctx, input.remotePostId, input.liked);
  }
}

/** Marks the accounts remote people write as: their handle elsewhere (null for accounts of this server). */
@Resolver(() => User)
export class RemoteUserResolver {
  constructor(private readonly db: DataSource) {}

  @ResolveField(() => String, {
    nullable: true,
    description: 'For a person from another server (ActivityPub) who wrote here: name@host there; null for accounts of this server.',
  })
  remoteHandle(@Parent() user: User, @Ctx() ctx: RequestContext): Promise<string | null> {
    const loader = ctx.cached(
      'federation.remoteHandle',
      () =>
        new DataLoader<string, string | null>(async (ids) => {
          const rows = await this.db.query<{ user_id: string; handle: string }[]>(
            `SELECT user_id, handle FROM federation_remote_actors WHERE user_id = ANY($1)`,
            [ids],
          );
          const byUser = new Map(rows.map((r) => [r.user_id, r.handle]));
          return ids.map((id) => byUser.get(id) ?? null);
        }),
    );
    return loader.load(user.id);
  }
}
