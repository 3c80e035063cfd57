import { badInput, bindNamed } from '@waardenet/core';

/** A search as the user typed it, normalised, with what the SQL needs to know about its form. */
export interface ParsedQuery {
  text: string;
  /** Uses websearch operators (quotes, -word, or): names are then matched with the same stemmed query only. */
  hasOperators: boolean;
  /** Worth a near-miss (pg_trgm) match on titles and names. */
  fuzzy: boolean;
}

export const MAX_QUERY_LENGTH = 200;

/** An ISBN as people write it (hyphens, spaces) becomes the bare digits the catalogue indexes. */
function normaliseIsbn(text: string): string {
  const compact = text.replace(/[\s-]/g, '');
  return /^(\d{9}[\dXx]|\d{13})$/.test(compact) ? compact.toUpperCase() : text;
}

export function parseQuery(raw: string): ParsedQuery {
  const text = normaliseIsbn(raw.trim().replace(/\s+/g, ' '));
  if (!text) throw badInput('Type something to search for.', { reason: 'SEARCH_EMPTY' });
  if (text.length > MAX_QUERY_LENGTH)
    throw badInput(`A search may be at most ${MAX_QUERY_LENGTH} characters long.`, { reason: 'SEARCH_TOO_LONG' });
  const hasOperators = /"|(^|\s)-\S|(^|\s)or(\s|$)/i.test(text);
  return { text, hasOperators, fuzzy: !hasOperators && text.length >= 3 };
}

/** The tsqueries of one search, as tsquery text (worked out once, so each statement plans with constants). */
export interface CompiledQuery {
  /** For running text: dutch, stemmed twice (see dutch_query in the Search migration). */
  text: string;
  /** For titles and names: also the unstemmed (simple) query, unless the query has operators (a negation must stay exact). */
  name: string;
  /** The same as prefixes, for ts_headline, which parses the text with the plain dutch configuration. */
  textHeadline: string;
  nameHeadline: string;
}

export const COMPILE_SQL = `SELECT dutch_query($1)::text AS text, dutch_query($1, true)::text AS text_headline,
  (dutch_query($1) || websearch_to_tsquery('simple', $1))::text AS name,
  (dutch_query($1, true) || websearch_to_tsquery('simple', $1))::text AS name_headline`;

export function compiled(q: ParsedQuery, row: { text: string; text_headline: string; name: string; name_headline: string }): CompiledQuery {
  return q.hasOperators
    ? { text: row.text, name: row.text, textHeadline: row.text_headline, nameHeadline: row.text_headline }
    : { text: row.text, name: row.name, textHeadline: row.text_headline, nameHeadline: row.name_headline };
}

/** Numbered SQL parameters, added as the query is built. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** A parameter added on first use: a parameter no statement uses has no type, which PostgreSQL refuses. */
  lazy(value: unknown): () => string {
    let placeholder: string | undefined;
    return () => (placeholder ??= this.add(value));
  }

  /** Rewrites `:name` placeholders (as the policies write them) into numbered ones. */
  inline(sql: string, named: Record<string, unknown>): string {
    return bindNamed(sql, named, this.values);
  }
}

const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';

/** ts_headline options: private-use marks, turned into <mark> after the text is escaped. */
export const HEADLINE_OPTIONS = `StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Markdown source as the plain text a reader sees, for snippets: links and images keep their text, block
 * markers (headings, quotes, list bullets) and emphasis, code and strike-through marks go. In SQL, so the
 * headline is made from what is shown.
 */
export const markdownAsText = (sqlExpr: string) =>
  `regexp_replace(regexp_replace(regexp_replace(${sqlExpr}, '!?\\[([^\\]]*)\\]\\([^)]*\\)', '\\1', 'g'), '^[ \\t]{0,3}(#{1,6}|>|[-*+]|[0-9]+[.)])[ \\t]+', '', 'gn'), '\\*{1,3}|\`+|~~|(^|[^[:alnum:]])_{1,3}|_{1,3}([^[:alnum:]]|$)', '\\1\\2', 'g')`;

/** The text a headline is made from, with any mark characters of its own removed. */
export const headlineSource = (sqlExpr: string) => `translate(${sqlExpr}, '${MARK_OPEN}${MARK_CLOSE}', '')`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** An escaped snippet in which only the matched words are marked up. */
export function snippetHtml(headline: string): string {
  return headline
    .replace(/[&<>"']/g, (c) => ESCAPES[c])
    .split(MARK_OPEN)
    .join('<mark>')
    .split(MARK_CLOSE)
    .join('</mark>');
}
