import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, DIRECT_FIELDS, DirectFields, RequestContext, ViewerDependent, entityLoader, hydrate } from '@waardenet/core';
import { User } from '@waardenet/accounts';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Post, PostsService, ThreadsService } from '@waardenet/threads';
import { Library } from '@waardenet/libraries';
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
    threads: ThreadsService,
    posts: PostsService,
  ) {
    // Once per post on every thread page: called straight (see DirectFields).
    direct.add('Post', 'authorExpertise', (post: Post, ctx) => this.authorExpertise(post, ctx));
    // Every author's verified expertise (and the libraries that verified it) comes with the page of posts.
    posts.addAuthorColumn({
      sql: `SELECT coalesce(json_agg(json_build_object('e', row_to_json(e), 'l', row_to_json(l)) ORDER BY e.topic_key, e.id), '[]'::json)
        FROM expertise e LEFT JOIN libraries l ON l.id = e.library_id WHERE e.user_id = u.id AND e.state = 'VERIFIED'`,
      prime: (ctx, authorId, value) =>
        this.primeVerified(ctx, authorId, value as { e: Record<string, unknown>; l: Record<string, unknown> | null }[]),
    });
    // The library of the thread's community comes with the thread: no statement of its own.
    threads.addColumn({
      sql: 'c.library_id',
      prime: (ctx, threadId, libraryId) => void this.threadLibrary(ctx).prime(threadId, libraryId as string | null),
    });
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
  /** What expertise.verifiedLoader would have read for the author, and the libraries its badges name. */
  private primeVerified(
    ctx: RequestContext,
    authorId: string,
    rows: { e: Record<string, unknown>; l: Record<string, unknown> | null }[],
  ): void {
    const verified = this.expertise.verifiedLoader(ctx);
    verified.prime(
      authorId,
      hydrate<Expertise>(
        this.db.getMetadata(Expertise),
        rows.map((r) => r.e),
      ),
    );
    const libraries = entityLoader(ctx, this.db, Library);
    for (const library of hydrate<Library>(
      this.db.getMetadata(Library),
      rows.flatMap((r) => (r.l ? [r.l] : [])),
    ))
      libraries.prime(library.id, library);
  }

  private libraryOf(ctx: RequestContext, threadId: string): Promise<string | null> {
    return this.threadLibrary(ctx).load(threadId);
  }

  private threadLibrary(ctx: RequestContext): DataLoader<string, string | null> {
    return ctx.cached(
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
  }
}
