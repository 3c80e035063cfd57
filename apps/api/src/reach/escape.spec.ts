import { escapeHtml, jsonLdScript, summary } from './escape';

describe('reach escaping', () => {
  it('escapes HTML text and both attribute quotes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('keeps JSON-LD inside its script element whatever the text says, and still the same JSON', () => {
    const data = { name: '</script><script>alert(1)</script> & <!-- x' };
    const block = jsonLdScript(data);
    const inner = /^<script type="application\/ld\+json">([\s\S]*)<\/script>$/.exec(block)![1];
    expect(inner).not.toMatch(/[<>&]/);
    expect(JSON.parse(inner)).toEqual(data);
  });

  it('summarises sanitized HTML as plain text, inline markup without breaking words', () => {
    expect(summary('<p>Wie leest er <strong>mee</strong>?</p><p>Ik &amp; jij</p>')).toBe('Wie leest er mee? Ik & jij');
    expect(summary(`<p>${'woord '.repeat(100)}</p>`, 20)).toHaveLength(20);
  });
});
