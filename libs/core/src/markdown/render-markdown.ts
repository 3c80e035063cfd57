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

/** An uploaded image as a post shows it (libs/media resolves these before rendering: rendering stays synchronous). */
export interface MarkdownMediaInfo {
  width: number | null;
  height: number | null;
  /** `srcset` of its responsive sizes, e.g. `/media/<id>/320.webp 320w, …`; empty when it has none. */
  srcset: string;
}

/** Uploads a body embeds, by id: given to renderMarkdown so images get their size, lazy loading and srcset. */
export type MarkdownMedia = ReadonlyMap<string, MarkdownMediaInfo>;

export interface RenderOptions {
  media?: MarkdownMedia;
}

/** Only this instance's own uploads are ever shown as images (`/media/<id>`); any other image source is dropped (no tracking pixels). */
export const MEDIA_SRC = /^\/media\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const MEDIA_ATTR = /^\/media\/[0-9a-f-]{36}(\/[0-9]{1,5}\.(webp|jpg|png|gif))?$/;

md.renderer.rules.image = (tokens, idx, _options, env: { media?: MarkdownMedia }) => {
  const token = tokens[idx];
  const src = token.attrGet('src') ?? '';
  const alt = md.utils.escapeHtml(token.children ? md.renderer.renderInlineAsText(token.children, md.options, env) : token.content);
  const id = MEDIA_SRC.exec(src)?.[1];
  if (!id) return '';
  const info = env.media?.get(id);
  const size = info?.width && info.height ? ` width="${info.width}" height="${info.height}"` : '';
  const srcset = info?.srcset ? ` srcset="${md.utils.escapeHtml(info.srcset)}" sizes="(max-width: 760px) 100vw, 720px"` : '';
  return `<img src="${src}" alt="${alt}"${size}${srcset} loading="lazy" decoding="async">`;
};

const ALIGN = { name: 'style', multiple: false, values: ['text-align:left', 'text-align:center', 'text-align:right'] };

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'strong',
    'em',
    's',
    'del',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'img',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    ol: ['start'],
    th: [ALIGN],
    td: [ALIGN],
    img: [
      'src',
      'alt',
      'width',
      'height',
      'srcset',
      'sizes',
      { name: 'loading', multiple: false, values: ['lazy'] },
      { name: 'decoding', multiple: false, values: ['async'] },
    ],
  },
  // An image stays only with a source that is one of our uploads (the renderer writes no other; this is the second lock).
  exclusiveFilter: (frame) => frame.tag === 'img' && !MEDIA_ATTR.test(frame.attribs.src ?? ''),
  // The only styles are markdown-it's column alignments, matched whole: parsing each cell's style
  // with postcss (allowedStyles) cost 40 µs a cell, 80 ms for a table at MARKDOWN_LIMITS.tableCells.
  parseStyleAttributes: false,
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow ugc noopener' }) },
};

const SANITIZE_WITH_REL: sanitizeHtml.IOptions = {
  ...SANITIZE,
  allowedAttributes: { ...SANITIZE.allowedAttributes, a: ['href', 'title', 'rel'] },
};

/**
 * Markdown to sanitized HTML, or BAD_USER_INPUT with `extensions.reason` naming the limit the body
 * exceeds (MARKDOWN_LIMITS). Every limit is checked as early as it can be: length before parsing,
 * table cells and nesting while parsing, links and copied URLs before rendering, the HTML's size
 * before sanitizing (the costliest step) and after.
 */
export function renderMarkdown(source: string, options: RenderOptions = {}): string {
  if (source.length > MARKDOWN_LIMITS.length) throw markdownRefusal('MARKDOWN_TOO_LONG', MARKDOWN_LIMITS.length);
  const env: { tally: LimitTally; media?: MarkdownMedia } = { tally: { tableCells: 0, depth: 0 }, media: options.media };
  const tokens = md.parse(source, env);
  checkInlineLimits(tokens, source.length);
  const raw = md.renderer.render(tokens, md.options, env);
  checkOutput(raw.length, source.length);
  const html = sanitizeHtml(raw, SANITIZE_WITH_REL);
  checkOutput(html.length, source.length);
  return html;
}
