import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { RequestContext } from '@waardenet/core';
import { ReactionCount, ReactionKind } from './reaction.entity';

/** The per-post reaction counts as one SQL expression (a JSON array, kinds in order), for statements that list posts `p`. */
export const REACTION_COUNTS_SQL = `coalesce((SELECT json_agg(json_build_object('kind', k.kind, 'count', k.n) ORDER BY k.kind)
  FROM (SELECT r.kind, count(*)::int AS n FROM reactions r WHERE r.post_id = p.id GROUP BY r.kind) k), '[]'::json)`;

/**
 * Reaction counts per post, one query for a whole page; the request's one loader (PostsService.page
 * primes it from its own statement, so a thread page needs no second one).
 */
export function reactionCountsLoader(ctx: RequestContext, db: DataSource): DataLoader<string, ReactionCount[]> {
  return ctx.cached(
    'reactions.counts',
    () =>
      new DataLoader<string, ReactionCount[]>(async (ids) => {
        const rows: { post_id: string; kind: ReactionKind; n: string }[] = await db.query(
          `SELECT post_id, kind, count(*) AS n FROM reactions WHERE post_id = ANY($1) GROUP BY post_id, kind ORDER BY kind`,
          [[...ids]],
        );
        const byPost = new Map<string, ReactionCount[]>();
        for (const r of rows) {
          const list = byPost.get(r.post_id) ?? [];
          list.push({ kind: r.kind, count: Number(r.n) });
          byPost.set(r.post_id, list);
        }
        return ids.map((id) => byPost.get(id) ?? []);
      }),
  );
}

/** The viewer's own reactions of one post `p` as one SQL expression (a JSON array of kinds, in order); `$viewer` is the parameter holding the viewer's id. */
export const viewerReactionsSql = (viewer: string) =>
  `coalesce((SELECT json_agg(r.kind ORDER BY r.kind) FROM reactions r WHERE r.post_id = p.id AND r.user_id = ${viewer}), '[]'::json)`;

/**
 * The viewer's own reactions per post, one query for a whole page; the request's one loader (PostsService.page
 * primes it from its own statement for a signed-in viewer, so a thread page needs no second one).
 */
export function viewerReactionsLoader(ctx: RequestContext, db: DataSource): DataLoader<string, ReactionKind[]> {
  return ctx.cached(
    'reactions.viewer',
    () =>
      new DataLoader<string, ReactionKind[]>(async (ids) => {
        if (!ctx.viewer) return ids.map(() => []);
        const rows: { post_id: string; kind: ReactionKind }[] = await db.query(
          `SELECT post_id, kind FROM reactions WHERE user_id = $1 AND post_id = ANY($2) ORDER BY kind`,
          [ctx.viewer.id, [...ids]],
        );
        const byPost = new Map<string, ReactionKind[]>();
        for (const r of rows) byPost.set(r.post_id, [...(byPost.get(r.post_id) ?? []), r.kind]);
        return ids.map((id) => byPost.get(id) ?? []);
      }),
  );
}
