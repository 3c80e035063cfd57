import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, DIRECT_FIELDS, DirectFields, RequestContext, ViewerDependent } from '@waardenet/core';
import { User } from '@waardenet/accounts';
import { Post } from '@waardenet/threads';
import { Expertise } from './expertise.entity';
import { ExpertiseService } from './expertise.service';
import { ExpertsPolicy } from './experts.policy';

@Resolver(() => User)
export class UserExpertiseResolver {
  constructor(
    private readonly service: ExpertiseService,
    private readonly policy: ExpertsPolicy,
  ) {}

  @ViewerDependent()
  @ResolveField(() => [Expertise], { description: 'Verified expertise for everyone; the user themself and library staff also see claims and revocations.' })
  async expertise(@Parent() user: User, @Ctx() ctx: RequestContext): Promise<Expertise[]> {
    const all = await this.policy.seesAllOf(ctx, user.id);
    return (all ? this.service.allLoader(ctx) : this.service.verifiedLoader(ctx)).load(user.id);
  }
}

@Resolver(() => Post)
export class PostExpertiseResolver {
  constructor(
    private readonly expertise: ExpertiseService,
    @Inject(DIRECT_FIELDS) direct: DirectFields,
  ) {
    // Once per post on every thread page: called straight (see DirectFields).
    direct.add('Post', 'authorExpertise', (post: Post, ctx) => this.authorExpertise(post, ctx));
  }

  @ResolveField(() => [Expertise], { description: "The author's verified expertise, for the expert badge." })
  authorExpertise(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<Expertise[]> {
    return this.expertise.verifiedLoader(ctx).load(post.authorId);
  }
}
