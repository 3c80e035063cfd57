import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, DIRECT_FIELDS, DirectFields, RequestContext, ViewerDependent } from '@waardenet/core';
import { User } from '@waardenet/accounts';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Post } from '@waardenet/threads';
import { Expertise, ExpertiseState } from './expertise.entity';
import { ExpertiseService } from './expertise.service';
import { ExpertsPolicy } from './experts.policy';

@Resolver(() => User)
export class UserExpertiseResolver {
  constructor(
    private readonly service: ExpertiseService,
    private readonly policy: ExpertsPolicy,
  ) {}

  @ViewerDependent()
  @ResolveField(() => [Expertise], {
    description:
      'Verified expertise for everyone; the user themself also sees their claims, rejections and revocations, and so do the staff of the library each was made at, and platform admins.',
  })
  async expertise(@Parent() user: User, @Ctx() ctx: RequestContext): Promise<Expertise[]> {
    const viewer = ctx.viewer;
    const self = viewer?.id === user.id;
    if (!self && !(await this.policy.isReviewer(ctx))) return this.service.verifiedLoader(ctx).load(user.id);
    const all = await this.service.allLoader(ctx).load(user.id);
    if (self) return all;
    // A reviewer sees what is not verified only where they decide it: staff of another library see the badges alone.
    const shown = await Promise.all(all.map(async (e) => e.state === ExpertiseState.VERIFIED || (await this.policy.decides(ctx, e))));
    return all.filter((_, i) => shown[i]);
  }
}

@Resolver(() => Post)
export class PostExpertiseResolver {
  constructor(
    private readonly expertise: ExpertiseService,
    private readonly db: DataSource,
    @Inject(DIRECT_FIELDS) direct: DirectFields,
  ) {
    // Once per post on every thread page: called straight (see DirectFields).
    direct.add('Post', 'authorExpertise', (post: Post, ctx) => this.authorExpertise(post, ctx));
  }

  @ResolveField(() => [Expertise], {
    description:
      "The author's verified expertise, for the expert badge: only what the library of the post's community verified (a library vouches in its own communities, chapters included), and expertise from before claims named a library.",
  })
  async authorExpertise(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<Expertise[]> {
    const [verified, libraryId] = await Promise.all([
      this.expertise.verifiedLoader(ctx).load(post.authorId),
      this.libraryOf(ctx, post.threadId),
    ]);
    return verified.filter((e) => e.libraryId === null || e.libraryId === libraryId);
  }

  /** The library whose community the thread is in: one statement per request for all posts, whoever asks. */
  private libraryOf(ctx: RequestContext, threadId: string): Promise<string | null> {
    const loader = ctx.cached(
      'expertise.threadLibrary',
      () =>
        new DataLoader<string, string | null>(async (ids) => {
          const rows = await this.db.query<{ id: string; library_id: string }[]>(
            `SELECT t.id, c.library_id FROM threads t JOIN communities c ON c.id = t.community_id WHERE t.id = ANY($1)`,
            [ids],
          );
          const byId = new Map(rows.map((r) => [r.id, r.library_id]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
    return loader.load(threadId);
  }
}
