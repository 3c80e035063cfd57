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
    ['a variation selector after a letter', 'Anna\uFE0F de Vries (beheer)'],
    ['a variation selector after a space', 'Anna \uFE0E'],
    ['an ideographic variation selector', 'Anna\u{E0100} de Vries'],
    ['the braille blank', 'Anna de Vries \u2800'],
    ['a Hangul choseong filler', 'Anna \u115F'],
    ['a Hangul jungseong filler', 'Anna \u1160'],
    ['a half-width Hangul filler', 'Anna \uFFA0'],
    ['a combining acute after punctuation', 'Anna de Vries (beheer)\u0301'],
    ['a combining dot below after a space', 'Anna \u0323de Vries'],
    ['combining marks stacked three deep', 'Anna\u0301\u0323\u0301\u0323'],
  ])('refuse %s', (_, name) => expect(reasonOf(name)).toBe('DISPLAY_NAME_INVALID_CHARACTERS'));

  it.each([
    'Jan Jansen',
    'Zoë de Wit',
    "Sinéad O'Brien",
    'José-María Núñez',
    '李小龙',
    'محمد علي',
    'Ана Петровић',
    'Jan ❤️',
    'Jan 1️⃣',
    'नमस्ते क्षि',
    'กี่ ไก่',
    'Trần Thị Ngọc',
  ])('accept %s', (name) => {
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

  it.each([
    ['a variation selector', 'Anna\uFE0F de Vries (beheer)'],
    ['an ideographic variation selector', 'Anna de\u{E0100} Vries (beheer)'],
    ['the braille blank for a space', 'Anna\u2800de Vries (beheer)'],
    ['a Hangul filler for a space', 'Anna\u3164de Vries (beheer)'],
    ['an ideographic space', 'Anna\u3000de Vries (beheer)'],
    ['a combining acute after punctuation', 'Anna de Vries (beheer)\u0301'],
    ['stacked combining marks', 'Anna\u0301\u0323 de Vries (beheer)'],
    ['an accent on a letter', 'Ánna de Vrïes (beheer)'],
  ])("with %s is a look-alike of the staff name 'Anna de Vries (beheer)'", (_, name) => {
    expect(confusable('Anna de Vries (beheer)', name)).toBe(true);
  });

  it('tell different names apart', () => {
    expect(confusable('Jan Jansen', 'Jan Janssen')).toBe(false);
    expect(confusable('Sanne Bakker', 'Sanne Backer')).toBe(false);
    expect(confusable('Anna de Vries (beheer)', 'Anna de Vries')).toBe(false);
  });
});
