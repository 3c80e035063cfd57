import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { AppError, ModAction, ModTarget, RequestContext, appendAudit, forbidden, notFound, requireViewer } from '@waardenet/core';
import { CommunitiesPolicy, CommunityAccess } from '@waardenet/communities';
import { RedactRevisionInput } from './dto/thread.inputs';
import { Post } from './post.entity';
import { PostRevision } from './post-revision.entity';
import { PostsService } from './posts.service';
import { ThreadsPolicy } from './threads.policy';
import { ThreadsService } from './threads.service';

export interface RevisionFacts {
  count: number;
  byModerator: boolean;
}

/**
 * A post's edit history. The versions are for the post's author and the community's moderators (the
 * library's staff and platform admins among them) while they see the post's text; everyone else sees
 * only that it was edited (Post.editedAt, revisionCount, editedByModerator). Who wrote a version is for
 * moderators only: a member sees "edited by a moderator", never which one. A moderator may redact an
 * old version: its text is overwritten in the database, the redaction logged.
 */
@Injectable()
export class RevisionsService {
  constructor(
    private readonly db: DataSource,
    private readonly posts: PostsService,
    private readonly threads: ThreadsService,
    private readonly policy: ThreadsPolicy,
    private readonly communityPolicy: CommunitiesPolicy,
  ) {}

  mayRead(ctx: RequestContext, access: CommunityAccess, post: Post): boolean {
    return !!post.textVisible && (access.canModerate || (!!ctx.viewer && post.authorId === ctx.viewer.id));
  }

  /** Post.revisions: the versions, or [] for a viewer who may not read them. */
  async forField(ctx: RequestContext, post: Post): Promise<PostRevision[]> {
    if (!post.textVisible || !ctx.viewer) return [];
    const access = await this.policy.readableOrNull(ctx, await this.threads.loader(ctx).load(post.threadId));
    if (!access || !this.mayRead(ctx, access, post)) return [];
    return this.annotate(ctx, access, post, await this.loader(ctx).load(post.id));
  }

  /** postRevisions(postId): like the field, but a viewer who may read the post and not its history is told so. */
  async forQuery(ctx: RequestContext, postId: string): Promise<PostRevision[]> {
    const { post, access } = await this.posts.readablePost(ctx, postId);
    if (!this.mayRead(ctx, access, post)) {
      throw new AppError('FORBIDDEN', "A post's edit history is for its author and the community's moderators.", {
        reason: 'REVISIONS_PRIVATE',
      });
    }
    return this.annotate(ctx, access, post, await this.loader(ctx).load(post.id));
  }

  /**
   * Overwrites an old version's text for good (a member pasted their address, then edited it out). The
   * current version is refused: it is the post's text, which is edited, not redacted. Logged with the reason.
   */
  async redact(ctx: RequestContext, input: RedactRevisionInput): Promise<PostRevision> {
    const found = await this.db.getRepository(PostRevision).findOneBy({ id: input.revisionId });
    if (!found) throw notFound('That revision', { reason: 'REVISION_NOT_FOUND' });
    const { post, access } = await this.posts.readablePost(ctx, found.postId).catch((e: unknown) => {
      throw e instanceof AppError && e.code === 'NOT_FOUND' ? notFound('That revision', { reason: 'REVISION_NOT_FOUND' }) : e;
    });
    if (!access.canModerate) throw forbidden("Only this community's moderators may redact a revision.", { reason: 'ONLY_MODERATORS' });
    await this.communityPolicy.requireMayActOn(ctx, access.community, post.authorId);
    const revision = await this.db.transaction(async (em) => {
      const locked = await em.findOne(PostRevision, { where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
      if (!locked) throw notFound('That revision', { reason: 'REVISION_NOT_FOUND' });
      if (locked.redactedAt) throw new AppError('CONFLICT', 'This revision was already redacted.', { reason: 'REVISION_REDACTED' });
      const [{ max }] = await em.query<{ max: number | null }[]>(`SELECT max(version)::int AS max FROM post_revisions WHERE post_id = $1`, [
        post.id,
      ]);
      if (locked.version === max) {
        throw new AppError('CONFLICT', "This is the post's current text: edit the post first, then redact this version.", {
          reason: 'REVISION_IS_CURRENT',
        });
      }
      await em.query(`UPDATE post_revisions SET body = '', redacted_at = now() WHERE id = $1`, [locked.id]);
      await appendAudit(em, {
        actorId: requireViewer(ctx).id,
        action: ModAction.REDACT_REVISION,
        targetType: ModTarget.REVISION,
        targetId: locked.id,
        communityId: access.community.id,
        reason: input.reason,
        details: `post ${post.id}, version ${locked.version}`,
      });
      return em.findOneByOrFail(PostRevision, { id: locked.id });
    });
    return this.annotate(ctx, access, post, [revision])[0];
  }

  /** revisionCount and editedByModerator of a page of posts, in one statement. */
  factsLoader(ctx: RequestContext): DataLoader<string, RevisionFacts> {
    return ctx.cached(
      'posts.revisionFacts',
      () =>
        new DataLoader<string, RevisionFacts>(async (ids) => {
          const rows: { post_id: string; n: number; by_other: boolean }[] = await ctx.reader(this.db).query(
            `SELECT r.post_id, count(*)::int AS n, bool_or(r.editor_id <> p.author_id) AS by_other
           FROM post_revisions r JOIN posts p ON p.id = r.post_id WHERE r.post_id = ANY($1) GROUP BY r.post_id`,
            [[...ids]],
          );
          const byPost = new Map(rows.map((r) => [r.post_id, { count: r.n, byModerator: r.by_other }]));
          return ids.map((id) => byPost.get(id) ?? { count: 0, byModerator: false });
        }),
    );
  }

  /** Who wrote a version: moderators see it; anyone else only their own versions (a moderator's edit shows as editedByModerator). */
  private annotate(ctx: RequestContext, access: CommunityAccess, post: Post, revisions: PostRevision[]): PostRevision[] {
    for (const r of revisions) {
      r.editorVisible = access.canModerate || r.editorId === ctx.viewer?.id;
      r.byOther = r.editorId !== post.authorId;
    }
    return revisions;
  }

  /** Every revision per post, oldest first, one query for a whole page. */
  private loader(ctx: RequestContext): DataLoader<string, PostRevision[]> {
    return ctx.cached(
      'posts.revisions',
      () =>
        new DataLoader<string, PostRevision[]>(async (ids) => {
          const rows = await this.db
            .getRepository(PostRevision)
            .find({ where: { postId: In([...ids]) }, order: { postId: 'ASC', version: 'ASC' } });
          const byPost = new Map<string, PostRevision[]>();
          for (const r of rows) {
            const list = byPost.get(r.postId);
            if (list) list.push(r);
            else byPost.set(r.postId, [r]);
          }
          return ids.map((id) => byPost.get(id) ?? []);
        }),
    );
  }
}
