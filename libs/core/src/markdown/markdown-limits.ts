import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { AppError, badInput } from '../errors/app-error';

/**
 * What one markdown body may ask of the renderer (docs/limits.md, "Markdown"). Without them a 17 KB
 * body of small tables (markdown-it fills every short row up to the header's width, 65,536 cells a
 * table) rendered to 23 MB of HTML in 6 s, and one long reference-link URL used a thousand times
 * ("[x]" three characters each) to 15 MB.
 */
export const MARKDOWN_LIMITS = {
  /**
   * Characters of source: Discourse's longest post (32,000). Every post of a thread page is sent in
   * full, so this and the HTML bound below are what one post can weigh on every reader's page.
   */
  length: 32_000,
  /** Cells of all tables together, empty ones included (rows × header columns). */
  tableCells: 2_000,
  /** Quotes and lists inside one another. */
  depth: 10,
  /** Links, those written as a bare address included. */
  links: 200,
  /**
   * The HTML may be this many times the source plus outputSlack, and never more than outputMax: a
   * 30,000-character article with headings, lists, links and a table renders to under 2× (a 32,000
   * character post stays within 128 KB; 50 of them a page of 6 MB, not 23).
   */
  outputFactor: 4,
  outputSlack: 16_384,
  outputMax: 131_072,
} as const;

export type MarkdownLimitReason =
  'MARKDOWN_TOO_LONG' | 'MARKDOWN_TOO_MANY_TABLE_CELLS' | 'MARKDOWN_TOO_DEEP' | 'MARKDOWN_TOO_MANY_LINKS' | 'MARKDOWN_OUTPUT_TOO_LARGE';

/** The most HTML a body of `sourceLength` characters may render to. */
export const outputLimit = (sourceLength: number) =>
  Math.min(MARKDOWN_LIMITS.outputFactor * sourceLength + MARKDOWN_LIMITS.outputSlack, MARKDOWN_LIMITS.outputMax);

const n = (value: number) => value.toLocaleString('en-US');

export function markdownRefusal(reason: MarkdownLimitReason, limit: number): AppError {
  const messages: Record<MarkdownLimitReason, string> = {
    MARKDOWN_TOO_LONG: `The text is too long: at most ${n(limit)} characters.`,
    MARKDOWN_TOO_MANY_TABLE_CELLS: `The tables are too large: at most ${n(limit)} cells in all (rows × columns, empty cells included).`,
    MARKDOWN_TOO_DEEP: `Quotes and lists are nested too deeply: at most ${n(limit)} levels.`,
    MARKDOWN_TOO_MANY_LINKS: `The text has too many links: at most ${n(limit)}.`,
    MARKDOWN_OUTPUT_TOO_LARGE: `The text would be too large once formatted (over ${n(Math.round(limit / 1024))} KB); use fewer or shorter links and tables.`,
  };
  return badInput(messages[reason], { reason, limit });
}

/** Counters of one parse, carried in markdown-it's `env`. */
export interface LimitTally {
  tableCells: number;
  depth: number;
}

const OPENS = new Set(['blockquote_open', 'bullet_list_open', 'ordered_list_open']);
const CLOSES = new Set(['blockquote_close', 'bullet_list_close', 'ordered_list_close']);

/**
 * Counts table cells and nesting as markdown-it's block parser makes them, and stops the parse at
 * the first cell or level over the limit: a table bomb is refused after a few thousand tokens, not
 * after building (and inline-parsing) hundreds of thousands. Every block rule, nested ones
 * included, makes its tokens through StateBlock.push.
 */
export function limitBlockParser(md: MarkdownIt): void {
  class LimitedState extends md.block.State {
    override push(type: string, tag: string, nesting: Token['nesting']): Token {
      const tally = (this.env as { tally: LimitTally }).tally;
      if ((type === 'th_open' || type === 'td_open') && ++tally.tableCells > MARKDOWN_LIMITS.tableCells) {
        throw markdownRefusal('MARKDOWN_TOO_MANY_TABLE_CELLS', MARKDOWN_LIMITS.tableCells);
      }
      if (OPENS.has(type) && ++tally.depth > MARKDOWN_LIMITS.depth) throw markdownRefusal('MARKDOWN_TOO_DEEP', MARKDOWN_LIMITS.depth);
      if (CLOSES.has(type)) tally.depth--;
      return super.push(type, tag, nesting);
    }
  }
  md.block.State = LimitedState;
}

/**
 * Counts links after the parse (linkify adds its links outside the inline parser) and the bytes
 * that links and images copy into the HTML each time they are used: a reference definition is
 * written once but its URL and title are repeated at every use.
 */
export function checkInlineLimits(tokens: Token[], sourceLength: number): void {
  let links = 0;
  let copied = 0;
  for (const block of tokens) {
    for (const token of block.children ?? []) {
      if (token.type === 'link_open') links++;
      if (token.type !== 'link_open' && token.type !== 'image') continue;
      copied += (token.attrGet('href') ?? token.attrGet('src') ?? '').length + (token.attrGet('title') ?? '').length;
    }
  }
  if (links > MARKDOWN_LIMITS.links) throw markdownRefusal('MARKDOWN_TOO_MANY_LINKS', MARKDOWN_LIMITS.links);
  checkOutput(copied, sourceLength);
}

export function checkOutput(htmlLength: number, sourceLength: number): void {
  const limit = outputLimit(sourceLength);
  if (htmlLength > limit) throw markdownRefusal('MARKDOWN_OUTPUT_TOO_LARGE', limit);
}
