/** Control characters, zero-width and bidirectional marks: spaces in a card's text. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** What a page says about itself, for its preview card. */
export interface PageMeta {
  title: string | null;
  description: string | null;
  siteName: string | null;
  /** Absolute http(s) address of the page's image (og:image, twitter:image), not yet fetched. */
  image: string | null;
}

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 400;

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  laquo: '«',
  raquo: '»',
  euro: '€',
  copy: '©',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** Plain, single-line, bounded text: no control characters, whitespace collapsed, cut at `max` characters. */
export function clean(text: string | undefined | null, max: number): string | null {
  if (!text) return null;
  const plain = decodeEntities(text).replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  if (!plain) return null;
  return plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain;
}

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g)) {
    const name = m[1].toLowerCase();
    if (!(name in attrs)) attrs[name] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return attrs;
}

/**
 * Reads Open Graph (`og:title`, `og:description`, `og:image`, `og:site_name`), Twitter cards, `<title>` and
 * `<meta name="description">` from the start of an HTML page (the fetcher stops reading at LINK_PREVIEW_MAX_BYTES;
 * scripts, styles and comments are skipped). Open Graph first, then Twitter, then the plain tags. Never executes
 * or keeps any markup: the card shows text only.
 */
export function pageMeta(html: string, pageUrl: string): PageMeta {
  const text = html.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ').replace(/<(script|style|noscript|template)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ');
  const meta = new Map<string, string>();
  for (const m of text.matchAll(/<meta\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi)) {
    const a = attributes(m[0]);
    const key = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase().trim();
    if (key && a.content !== undefined && !meta.has(key)) meta.set(key, a.content);
  }
  const title = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(text)?.[1];
  const first = (...keys: string[]) => keys.map((k) => meta.get(k)).find((v) => v && v.trim());
  const image = first('og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src');
  let imageUrl: string | null = null;
  if (image) {
    try {
      const resolved = new URL(decodeEntities(image.trim()), pageUrl);
      if (resolved.protocol === 'https:' || resolved.protocol === 'http:') imageUrl = resolved.href;
    } catch {
      imageUrl = null;
    }
  }
  return {
    title: clean(first('og:title', 'twitter:title') ?? title, TITLE_MAX),
    description: clean(first('og:description', 'twitter:description', 'description'), DESCRIPTION_MAX),
    siteName: clean(first('og:site_name', 'application-name'), 100),
    image: imageUrl,
  };
}

/** The charset of a page: from its content type, else a `<meta charset>` early in it, else UTF-8. */
export function decodePage(body: Buffer, contentType: string): string {
  const declared =
    /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(body.subarray(0, 2048).toString('latin1'))?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}
