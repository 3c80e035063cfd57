/**
 * The server promises HTML-escaped text whose only markup is <mark>. That is checked here rather than
 * trusted: every other "<" or ">" is escaped, so nothing but <mark> can ever become an element.
 */
export function markOnly(html: string): string {
  return html
    .split(/(<\/?mark>)/)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('');
}

export function Snippet({ html }: { html: string }) {
  return <p class="snippet" dangerouslySetInnerHTML={{ __html: markOnly(html) }} />;
}
