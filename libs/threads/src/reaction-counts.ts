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
