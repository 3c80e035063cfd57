/** Text for HTML element content and attribute values (both quote kinds escaped). */
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const ENTITY_TEXT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** XML text and attributes (Atom, sitemaps): the same five entities, which XML knows too except &#39; (a numeric reference, fine). */
export const escapeXml = escapeHtml;

/**
 * JSON-LD for a <script type="application/ld+json"> block: `<`, `>` and `&` as \u escapes, so no text a
 * person wrote can close the script element (`</script>`) or open a comment; the JSON still parses the same.
 */
export function jsonLdScript(data: unknown): string {
  const json = JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="application/ld+json">${json}</script>`;
}

/** A plain-text summary of some sanitized HTML, for meta descriptions: tags dropped, entities kept as they are decoded by the reader. */
export function summary(html: string, max = 200): string {
  const text = html
    .replace(/<\/?(a|b|i|s|em|strong|code|span|del|mark|sub|sup)\b[^>]*>/g, '') // inline: no word break
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (whole, e: string) => ENTITY_TEXT[e] ?? whole)
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
