import { AppError } from '@waardenet/core';
import { assertDisplayNameCharacters, confusable, normalizeDisplayName } from './display-name';

const reasonOf = (name: string) => {
  try {
    assertDisplayNameCharacters(normalizeDisplayName(name));
    return 'OK';
  } catch (e) {
    return (e as AppError).extensions.reason;
  }
};

describe('display names', () => {
  it('are NFKC-normalized, with runs of spaces made one and the ends trimmed', () => {
    expect(normalizeDisplayName('  Ｊａｎ\u00a0\u3000Jansen ')).toBe('Jan Jansen');
    expect(normalizeDisplayName('ﬁlip')).toBe('filip');
  });

  it.each([
    ['a zero-width space', 'Jan\u200bJansen'],
    ['a zero-width joiner', 'Jan\u200dJansen'],
    ['a left-to-right mark', 'Jan\u200eJansen'],
    ['a word joiner', 'Jan\u2060Jansen'],
    ['an invisible plus', 'Jan\u2064Jansen'],
    ['a byte-order mark', '\ufeffJan Jansen'],
    ['a right-to-left override', 'Jan \u202enesnaJ'],
    ['a left-to-right embedding', 'Jan \u202aJansen'],
    ['an isolate', 'Jan \u2066Jansen\u2069'],
    ['a bell', 'Jan\u0007Jansen'],
    ['a newline', 'Jan\nJansen'],
    ['a tab', 'Jan\tJansen'],
    ['a soft hyphen', 'Jan\u00adJansen'],
    ['a Hangul filler', 'Jan \u3164'],
    ['a private-use character', 'Jan \ue000'],
  ])('refuse %s', (_, name) => expect(reasonOf(name)).toBe('DISPLAY_NAME_INVALID_CHARACTERS'));

  it.each(['Jan Jansen', 'Zoë de Wit', "Sinéad O'Brien", 'José-María Núñez', '李小龙', 'محمد علي', 'Ана Петровић', 'Jan ❤️'])('accept %s', (name) => {
    expect(reasonOf(name)).toBe('OK');
  });

  it('find look-alikes: other scripts, case, full-width letters, rn for m, l for I', () => {
    expect(confusable('Jan Jansen', 'J\u0430n J\u0430ns\u0435n')).toBe(true); // Cyrillic а and е
    expect(confusable('Jan Jansen', 'jan  JANSEN')).toBe(true);
    expect(confusable('Jan Jansen', 'Ｊａｎ Ｊａｎｓｅｎ')).toBe(true);
    expect(confusable('Mohamed', 'Moharned')).toBe(true);
    expect(confusable('Emma', 'Ernrna')).toBe(true);
    expect(confusable('Ivo', 'lvo')).toBe(true);
  });

  it('tell different names apart', () => {
    expect(confusable('Jan Jansen', 'Jan Janssen')).toBe(false);
    expect(confusable('Sanne Bakker', 'Sanne Bäkker')).toBe(false);
    expect(confusable('Anna de Vries (beheer)', 'Anna de Vries')).toBe(false);
  });
});
