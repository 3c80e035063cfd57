import { SearchKind } from './dto/search.inputs';
import { ParsedQuery, SqlParams } from './search-query';

/** What every per-kind query may use: the query's parameters and the viewer's communities. */
export interface SearchScope {
  q: ParsedQuery;
  params: SqlParams;
  /** Parameter holding the query as typed (for trigram near misses). */
  text: () => string;
  /** Parameters holding the compiled tsqueries (see CompiledQuery). */
  tsText: () => string;
  tsName: () => string;
  itemId?: string;
  communityId?: string;
  libraryId?: string;
}

const dutchQuery = (s: SearchScope) => `${s.tsText()}::tsquery`;
const nameQuery = (s: SearchScope) => `${s.tsName()}::tsquery`;

/** A kind that cannot match under the filter (a community has no items; an item has no communities). */
const NO_HITS = `SELECT NULL::text AS kind, NULL::uuid AS id, NULL::float8 AS rank WHERE FALSE`;

/**
 * Posts ranked per search: the newest this many that match. Ranking reads every candidate's vector
 * from the heap, so a common word in a large forum (4% of a million posts) would cost ~175 ms to rank
 * in full; rare words (fewer matches than the window) are still ranked in full. Titles, names and items
 * are always ranked in full (they are few and short).
 */
export const POST_RANK_WINDOW = 300;

/** Threads of one catalogue item, when the search is narrowed to it. */
const itemThreads = (s: SearchScope, column: string) =>
  s.itemId ? `AND ${column} IN (SELECT ti.thread_id FROM thread_items ti WHERE ti.item_id = ${s.params.add(s.itemId)})` : '';

/** Each kind's hits as (kind, id, rank); ranks are comparable across kinds (ts_rank normalised to 0..1). */
export const KIND_SQL: Record<SearchKind, (s: SearchScope) => string> = {
  [SearchKind.THREAD]: (s) => {
    const tq = nameQuery(s);
    const near = s.q.fuzzy ? `OR ${s.text()} <% st.title` : '';
    const nearRank = s.q.fuzzy ? `word_similarity(${s.text()}, st.title) * 0.5` : '0';
    return `SELECT 'THREAD'::text AS kind, st.thread_id AS id, GREATEST(ts_rank(st.tsv, ${tq}, 32), ${nearRank})::float8 AS rank
      FROM search_threads st
      WHERE st.visible AND st.community_id IN (SELECT id FROM readable) AND (st.tsv @@ ${tq} ${near}) ${itemThreads(s, 'st.thread_id')}`;
  },
  [SearchKind.POST]: (s) => {
    const pq = dutchQuery(s);
    return `SELECT 'POST'::text AS kind, w.post_id AS id, ts_rank(w.tsv, ${pq}, 32)::float8 AS rank
      FROM (SELECT sp.post_id, sp.tsv FROM search_posts sp
        WHERE sp.visible AND sp.community_id IN (SELECT id FROM readable) AND sp.tsv @@ ${pq} ${itemThreads(s, 'sp.thread_id')}
        ORDER BY sp.created_at DESC LIMIT ${POST_RANK_WINDOW}) w`;
  },
  [SearchKind.COMMUNITY]: (s) => {
    if (s.itemId) return NO_HITS;
    const cq = nameQuery(s);
    const near = s.q.fuzzy ? `OR ${s.text()} <% sc.name` : '';
    const nearRank = s.q.fuzzy ? `word_similarity(${s.text()}, sc.name) * 0.5` : '0';
    return `SELECT 'COMMUNITY'::text AS kind, sc.community_id AS id, GREATEST(ts_rank(sc.tsv, ${cq}, 32), ${nearRank})::float8 AS rank
      FROM search_communities sc
      WHERE sc.community_id IN (SELECT id FROM seeable) AND (sc.tsv @@ ${cq} ${near})`;
  },
  [SearchKind.ITEM]: (s) => {
    // Items are public; narrowed to a library, those it holds. Narrowed to a community or an item, none.
    if (s.itemId || s.communityId) return NO_HITS;
    const iq = nameQuery(s);
    const near = s.q.fuzzy ? `OR ${s.text()} <% si.title` : '';
    const nearRank = s.q.fuzzy ? `word_similarity(${s.text()}, si.title) * 0.5` : '0';
    const held = s.libraryId
      ? `AND si.item_id IN (SELECT h.item_id FROM holdings h WHERE h.library_id = ${s.params.add(s.libraryId)})`
      : '';
    return `SELECT 'ITEM'::text AS kind, si.item_id AS id, GREATEST(ts_rank(si.tsv, ${iq}, 32), ${nearRank})::float8 AS rank
      FROM search_items si WHERE (si.tsv @@ ${iq} ${near}) ${held}`;
  },
};
