import { toCsv } from './figures.csv';

describe('toCsv', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","klik")', `"'=HYPERLINK(""http://evil.example"",""klik"")"`],
    ['+31 20 123', "'+31 20 123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('defuses a text cell that a spreadsheet would run as a formula: %j', (text, written) => {
    expect(toCsv([[text]])).toBe(`${written}\r\n`);
  });

  it('leaves ordinary text, numbers (negative ones too) and dates as they are', () => {
    expect(toCsv([['Bibliotheek Utrecht', 12, -3, 0.5, true, new Date('2026-01-05T00:00:00Z'), null]])).toBe(
      'Bibliotheek Utrecht,12,-3,0.5,true,2026-01-05T00:00:00.000Z,\r\n',
    );
    expect(toCsv([['a = b', 'x-y', 'me@example.org']])).toBe('a = b,x-y,me@example.org\r\n');
  });

  it('quotes a cell holding a separator, a quote or a line break', () => {
    expect(toCsv([['Rotterdam, Zuid', 'zei "hoi"', 'twee\nregels', 'a;b']])).toBe(
      '"Rotterdam, Zuid","zei ""hoi""","twee\nregels","a;b"\r\n',
    );
  });
});
