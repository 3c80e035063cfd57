import { renderMarkdown } from './render-markdown';

describe('renderMarkdown', () => {
  it('renders markdown', () => {
    expect(renderMarkdown('**vet** en _schuin_')).toBe('<p><strong>vet</strong> en <em>schuin</em></p>\n');
  });

  // What matters is what a browser would run: a tag, an event attribute or a dangerous URL, not escaped text.
  const DANGEROUS = [/<script/i, /<img/i, /<svg/i, /<iframe/i, /<[^>]*\son\w+\s*=/i, /href="\s*(javascript|data|vbscript):/i];

  it.each([
    '<script>alert(1)</script>',
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '<img src=x onerror=alert(1)>',
    '![x](x" onerror="alert(1))',
    '<svg onload=alert(1)>',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
    '<a href="https://x" onclick="e()">x</a>',
    '<iframe src="https://evil.example"></iframe>',
  ])('neutralises %s', (input) => {
    const html = renderMarkdown(input);
    for (const bad of DANGEROUS) expect(html).not.toMatch(bad);
  });

  it('marks links as user content', () => {
    expect(renderMarkdown('[bieb](https://bibliotheek.nl)')).toContain('rel="nofollow ugc noopener"');
  });
});
