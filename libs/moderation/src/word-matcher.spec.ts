import { PhraseMatcher, normalizePhrase, tokenize } from './word-matcher';

const matcher = (...phrases: string[]) => new PhraseMatcher(phrases.map((phrase) => ({ phrase, rule: phrase })));

describe('watched-word matching', () => {
  it('tokenises on anything that is not a letter or digit, lower-cased, without diacritics', () => {
    expect(tokenize('Café-crème, s’il vous plaît!  2e keer_ok')).toEqual(['cafe', 'creme', 's', 'il', 'vous', 'plait', '2e', 'keer', 'ok']);
    expect(tokenize('  ...  ')).toEqual([]);
  });

  it('normalises compatibility forms (ligatures, full-width letters) like their plain letters', () => {
    expect(tokenize('ﬁets ＳＰＡＭ')).toEqual(['fiets', 'spam']);
    expect(normalizePhrase('  Gratis   GELD! ')).toBe('gratis geld');
  });

  it('matches case- and accent-insensitively', () => {
    expect(matcher('creme').match('Heerlijke CRÈME brûlée')).toEqual(['creme']);
    expect(matcher('crème brûlée').match('creme brulee')).toEqual(['crème brûlée']);
  });

  it('matches whole words only, not parts of words', () => {
    const m = matcher('ass');
    expect(m.match('a class assignment')).toEqual([]);
    expect(m.match('what an ass.')).toEqual(['ass']);
    expect(matcher('spam').match('spammer spamming antispam')).toEqual([]);
  });

  it('matches a phrase as its token sequence, whatever the punctuation or spacing between its words', () => {
    const m = matcher('gratis geld');
    expect(m.match('Nu GRATIS—geld verdienen')).toEqual(['gratis geld']);
    expect(m.match('gratis\n\ngeld')).toEqual(['gratis geld']);
    expect(m.match('geld gratis')).toEqual([]);
    expect(m.match('gratis veel geld')).toEqual([]);
    expect(m.match('gratis')).toEqual([]);
  });

  it('finds every matching rule once, across several texts (a title and a body)', () => {
    const m = matcher('casino', 'gratis geld', 'loterij');
    expect(m.match('Casino!', 'casino en gratis geld, gratis geld')).toEqual(['casino', 'gratis geld']);
  });

  it('treats regex metacharacters in a phrase as plain text (no patterns, no ReDoS)', () => {
    const m = matcher('(a+)+$', '.*');
    expect(m.match('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')).toEqual([]);
    expect(m.match('a')).toEqual(['(a+)+$']);
    // A phrase of only punctuation has no tokens and never matches.
    expect(m.match('.* anything')).toEqual([]);
  });

  it('stays fast on a long text with many near-misses', () => {
    const m = matcher(...Array.from({ length: 200 }, (_, i) => `woord${i} x y z`));
    const text = Array.from({ length: 10_000 }, (_, i) => `woord${i % 200} x y`).join(' ');
    const started = Date.now();
    expect(m.match(text)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('matches digits and non-Latin letters too', () => {
    expect(matcher('06 12345678').match('bel 06-12345678')).toEqual(['06 12345678']);
    expect(matcher('привет').match('Привет, мир')).toEqual(['привет']);
  });
});
