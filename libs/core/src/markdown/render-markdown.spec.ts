import { renderMarkdown } from './render-markdown';

describe('renderMarkdown', () => {
  it('renders markdown', () => {
    expect(renderMarkdown('**vet** en _schuin_')).toBe('<p><strong>vet</strong> en <em>schuin</em></p>\n');
  });

  it.each([
    ['<script>alert(1)</script>', /<script/i],
    ['[x](javascript:alert(1))', /javascript:/i],
    ['<img src=x onerror=alert(1)>', /<img/i],
    ['<svg onload=alert(1)>', /<svg/i],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', /href="data:/i],
    ['<a href="https://x" onclick="e()">x</a>', /onclick=/i],
  ])('neutralises %s', (input, bad) => {
    expect(renderMarkdown(input)).not.toMatch(bad);
  });

  it('marks links as user content', () => {
    expect(renderMarkdown('[bieb](https://bibliotheek.nl)')).toContain('rel="nofollow ugc noopener"');
  });
});
