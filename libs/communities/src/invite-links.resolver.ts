import { Args, Field, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Access, Ctx, RequestContext, RequireVerifiedEmail } from '@waardenet/core';
import { Visibility } from './community.entity';
import { CreateInviteLinkInput } from './dto/invite-link.inputs';
import { InviteLink } from './invite-link.entity';
import { InviteLinksService } from './invite-links.service';
import { Membership } from './membership.entity';

@ObjectType({
  description: 'A new invitation link: the token is shown only now (the server keeps its hash); the link is <site>/invite/<token>.',
})
export class CreatedInviteLink {
  @Field(() => InviteLink)
  link!: InviteLink;

  @Field()
  token!: string;
}

@ObjectType({
  description: "Where an invitation link leads, for whoever holds it: the community's name, and whether the link still works.",
})
export class InviteLinkPreview {
  @Field()
  communityName!: string;

  @Field()
  communitySlug!: string;

  @Field(() => Visibility)
  visibility!: Visibility;

  @Field()
  expiresAt!: Date;

  @Field({ description: 'False once it expired or reached its use limit.' })
  usable!: boolean;
}

@Resolver(() => InviteLink)
export class InviteLinksResolver {
  constructor(private readonly links: InviteLinksService) {}

  @Access('user')
  @Mutation(() => CreatedInviteLink, {
    description: "Makes an invitation link (1 to 30 days, optionally a use limit); the community's moderators only. Logged.",
  })
  createInviteLink(@Args('input') input: CreateInviteLinkInput, @Ctx() ctx: RequestContext): Promise<CreatedInviteLink> {
    return this.links.create(ctx, input);
  }

  @Access('user')
  @Query(() => [InviteLink], { description: "A community's invitation links that still work, newest first; its moderators only." })
  inviteLinks(@Args('communityId', { type: () => ID }) communityId: string, @Ctx() ctx: RequestContext): Promise<InviteLink[]> {
    return this.links.open(ctx, communityId);
  }

  @Access('user')
  @Mutation(() => Boolean, {
    description: "Stops an invitation link from working; the community's moderators only (INVITE_LINK_INVALID when unknown). Logged.",
  })
  revokeInviteLink(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.links.revoke(ctx, id);
  }

  @Access('public')
  @Query(() => InviteLinkPreview, {
    nullable: true,
    description: 'Where an invitation link leads (anyone holding the token); null for a revoked or unknown link.',
  })
  async inviteLinkPreview(@Args('token') token: string): Promise<InviteLinkPreview | null> {
    const view = await this.links.preview(token);
    if (!view) return null;
    const { link, community } = view;
    const usable = link.expiresAt.getTime() > Date.now() && (link.maxUses === null || link.uses < link.maxUses);
    return {
      communityName: community.name,
      communitySlug: community.slug,
      visibility: community.visibility,
      expiresAt: link.expiresAt,
      usable,
    };
  }

  @Access('user')
  @RequireVerifiedEmail()
  @Mutation(() => Membership, {
    description:
      'Joins the community of an invitation link, ACTIVE at once (reasons INVITE_LINK_INVALID, INVITE_LINK_EXPIRED, INVITE_LINK_USED_UP, COMMUNITY_BANNED).',
  })
  acceptInviteLink(@Args('token') token: string, @Ctx() ctx: RequestContext): Promise<Membership> {
    return this.links.accept(ctx, token);
  }
}
