import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { LimitTally, MARKDOWN_LIMITS, checkInlineLimits, checkOutput, limitBlockParser, markdownRefusal } from './markdown-limits';

// Raw HTML in the source is escaped by markdown-it; sanitize-html then allowlists the output,
// so a bug in either one alone does not open an XSS hole. markdown-it silently drops what lies
// deeper than maxNesting, so it sits well above MARKDOWN_LIMITS.depth (a list takes two levels, a
// table four): a body within the limits is never cut, and one beyond them is refused first.
// (@types/markdown-it does not list maxNesting, hence the options object.)
const OPTIONS = { html: false, linkify: true, breaks: true, maxNesting: 4 * MARKDOWN_LIMITS.depth };
const md = new MarkdownIt(OPTIONS);
limitBlockParser(md);

const ALIGN = { name: 'style', multiple: false, values: ['text-align:left', 'text-align:center', 'text-align:right'] };

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'hr', 'strong', 'em', 's', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'title'], ol: ['start'], th: [ALIGN], td: [ALIGN] },
  // The only styles are markdown-it's column alignments, matched whole: parsing each cell's style
  // with postcss (allowedStyles) cost 40 µs a cell, 80 ms for a table at MARKDOWN_LIMITS.tableCells.
  parseStyleAttributes: false,
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow ugc noopener' }) },
};

const SANITIZE_WITH_REL: sanitizeHtml.IOptions = { ...SANITIZE, allowedAttributes: { ...SANITIZE.allowedAttributes, a: ['href', 'title', 'rel'] } };

/**
 * Markdown to sanitized HTML, or BAD_USER_INPUT with `extensions.reason` naming the limit the body
 * exceeds (MARKDOWN_LIMITS). Every limit is checked as early as it can be: length before parsing,
 * table cells and nesting while parsing, links and copied URLs before rendering, the HTML's size
 * before sanitizing (the costliest step) and after.
 */
export function renderMarkdown(source: string): string {
  if (source.length > MARKDOWN_LIMITS.length) throw markdownRefusal('MARKDOWN_TOO_LONG', MARKDOWN_LIMITS.length);
  const env: { tally: LimitTally } = { tally: { tableCells: 0, depth: 0 } };
  const tokens = md.parse(source, env);
  checkInlineLimits(tokens, source.length);
  const raw = md.renderer.render(tokens, md.options, env);
  checkOutput(raw.length, source.length);
  const html = sanitizeHtml(raw, SANITIZE_WITH_REL);
  checkOutput(html.length, source.length);
  return html;
}
