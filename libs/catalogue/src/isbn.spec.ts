import { normalizeIsbn, withCheckDigit13 } from './isbn';

describe('normalizeIsbn', () => {
  it('converts an ISBN-10 to its ISBN-13 (new check digit)', () => {
    expect(normalizeIsbn('0-306-40615-2')).toEqual({ isbn13: '9780306406157' });
    expect(normalizeIsbn('90-274-3906-0 (gebonden)')).toEqual({ isbn13: '9789027439062' });
  });

  it('accepts an ISBN-10 whose check digit is X', () => {
    expect(normalizeIsbn('0-8044-2957-X')).toEqual({ isbn13: '9780804429573' });
    expect(normalizeIsbn('080442957x')).toEqual({ isbn13: '9780804429573' });
  });

  it('keeps a valid ISBN-13, with or without hyphens and spaces', () => {
    expect(normalizeIsbn('978-0-306-40615-7')).toEqual({ isbn13: '9780306406157' });
    expect(normalizeIsbn(' 978 90 274 3906 2 ')).toEqual({ isbn13: '9789027439062' });
  });

  it('refuses a wrong check digit, ISBN-10 and ISBN-13 alike', () => {
    expect(normalizeIsbn('0-306-40615-3')).toEqual({ error: expect.stringContaining('wrong check digit') });
    expect(normalizeIsbn('9780306406158')).toEqual({ error: expect.stringContaining('wrong check digit') });
  });

  it('refuses what is not an ISBN at all', () => {
    for (const raw of ['', 'onbekend', '12345', '1234567890123', '97803064061']) {
      expect(normalizeIsbn(raw)).toEqual({ error: expect.stringContaining('not an ISBN') });
    }
  });

  it('accepts a valid ISBN outside the published ranges, on its check digit', () => {
    const unassigned = withCheckDigit13('979999999999');
    expect(normalizeIsbn(unassigned)).toEqual({ isbn13: unassigned });
  });
});
