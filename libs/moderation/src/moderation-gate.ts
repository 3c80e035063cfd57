import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError, RequestContext, badInput } from '@waardenet/core';
import { ApprovalMode } from '@waardenet/communities';
import { ContentGate, ContentSubmission, ContentVerdict, FlagTarget } from '@waardenet/threads';
import { Report, ReportReason, ReportTarget } from './report.entity';
import { WatchedWordAction } from './watched-word.entity';
import { WatchedWordRules } from './watched-word-rules';

/** NEW_MEMBERS approval holds members with fewer approved posts in the community than this… */
export const NEW_MEMBER_POSTS = 5;
/** …or who joined it less than this long ago. */
export const NEW_MEMBER_MS = 24 * 3600 * 1000;

/**
 * The moderation rules every new or edited thread and post passes, inside its transaction:
 * watched words (BLOCK refuses, REQUIRE_APPROVAL holds, FLAG reports), then, for new content,
 * slow mode and pre-moderation. Moderators are never held or slowed; BLOCK applies to everyone.
 */
@Injectable()
export class ModerationGate implements ContentGate {
  constructor(private readonly words: WatchedWordRules) {}

  async check(_ctx: RequestContext, em: EntityManager, s: ContentSubmission): Promise<ContentVerdict> {
    const moderator = s.access.canModerate;
    const hits = await this.words.hits(em, s.community.id, s.texts);
    const blocked = hits.find((h) => h.action === WatchedWordAction.BLOCK);
    if (blocked) {
      const where = blocked.communityId ? 'in this community' : 'on this platform';
      throw badInput(`The text contains "${blocked.phrase}", a watched word that is not allowed ${where}.`, {
        reason: 'WATCHED_WORD',
        rule: blocked.phrase,
        watchedWordId: blocked.id,
      });
    }
    if (moderator) return { pending: false, flags: [] };
    if (s.kind === 'create') await this.slowMode(em, s);
    const held =
      hits.some((h) => h.action === WatchedWordAction.REQUIRE_APPROVAL) || (s.kind === 'create' && (await this.heldForApproval(em, s)));
    return { pending: held, flags: hits.filter((h) => h.action === WatchedWordAction.FLAG).map((h) => h.phrase) };
  }

  /** One automatic report (no reporter) per post, however many FLAG words and edits hit it while it is open. */
  async flagged(em: EntityManager, verdict: ContentVerdict, target: FlagTarget): Promise<void> {
    if (!verdict.flags.length) return;
    const [open] = await em.query<unknown[]>(
      `SELECT 1 FROM reports WHERE target_id = $1 AND status = 'OPEN' AND reporter_id IS NULL LIMIT 1`,
      [target.postId],
    );
    if (open) return;
    await em.insert(Report, {
      communityId: target.communityId,
      threadId: target.threadId,
      postId: target.postId,
      targetType: ReportTarget.POST,
      targetId: target.postId,
      reporterId: null,
      reason: ReportReason.OTHER,
      note: `Watched words: ${verdict.flags.map((f) => `"${f}"`).join(', ')}`,
    });
  }

  /** Slow mode: a member waits the community's slowModeSeconds between posts (RATE_LIMITED with retryAfter). */
  private async slowMode(em: EntityManager, s: ContentSubmission): Promise<void> {
    const seconds = s.community.slowModeSeconds;
    if (!seconds) return;
    // One writer per member and community at a time, so two posts sent together cannot both pass.
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`slow-mode:${s.community.id}:${s.authorId}`]);
    const [row] = await em.query<{ ago: number | null }[]>(
      `SELECT extract(epoch FROM clock_timestamp() - max(p.created_at))::float8 AS ago
         FROM posts p JOIN threads t ON t.id = p.thread_id WHERE t.community_id = $1 AND p.author_id = $2`,
      [s.community.id, s.authorId],
    );
    const ago = row?.ago === null || row?.ago === undefined ? null : Number(row.ago);
    if (ago !== null && ago < seconds) {
      const retryAfter = Math.max(1, Math.ceil(seconds - ago));
      throw new AppError('RATE_LIMITED', `This community is in slow mode: you can post again in ${retryAfter} seconds.`, {
        reason: 'SLOW_MODE',
        retryAfter,
      });
    }
  }

  private async heldForApproval(em: EntityManager, s: ContentSubmission): Promise<boolean> {
    const mode = s.community.approval;
    if (mode === ApprovalMode.ALL) return true;
    if (mode !== ApprovalMode.NEW_MEMBERS) return false;
    const joined = s.access.membership?.createdAt;
    if (!joined || Date.now() - joined.getTime() < NEW_MEMBER_MS) return true;
    const [row] = await em.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM posts p JOIN threads t ON t.id = p.thread_id
         WHERE t.community_id = $1 AND p.author_id = $2 AND p.state = 'VISIBLE' LIMIT ${NEW_MEMBER_POSTS}) approved`,
      [s.community.id, s.authorId],
    );
    return row.n < NEW_MEMBER_POSTS;
  }
}
