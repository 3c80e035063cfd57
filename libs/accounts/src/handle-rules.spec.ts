import { HANDLE, bioHasForbiddenCharacters, normalizeBio, normalizeHandle } from './handle-rules';

describe('handle and bio rules', () => {
  it('reads a handle as typed: trimmed, without its @, lower-case', () => {
    expect(normalizeHandle('  @AnnaB ')).toBe('annab');
    expect(HANDLE.test(normalizeHandle('Zoë'))).toBe(false);
  });

  it('keeps a bio as plain text with \\n line ends and at most one blank line in a row', () => {
    expect(normalizeBio('  Lezer\r\n\r\n\r\n\r\nSchrijver\rUtrecht  ')).toBe('Lezer\n\nSchrijver\nUtrecht');
    expect(normalizeBio('e\u0301')).toBe('é');
  });

  it.each([
    ['a bell', 'a\u0007b', true],
    ['a right-to-left override', 'a\u202eb', true],
    ['a bidi isolate', 'a\u2067b\u2069', true],
    ['a C1 control', 'a\u0085b', true],
    ['tabs and line breaks', 'a\tb\nc', false],
    ['emoji and accents', 'Zoë 🦉', false],
  ])('a bio with %s (refused or not)', (_, bio, refused) => expect(bioHasForbiddenCharacters(bio)).toBe(refused));
});
