import { AppError } from '../errors/app-error';
import { MARKDOWN_LIMITS, outputLimit } from './markdown-limits';
import { renderMarkdown } from './render-markdown';

/** The refusal renderMarkdown throws for `source`, or a failure naming what it rendered instead. */
function refusalOf(source: string): AppError {
  let html: string;
  try {
    html = renderMarkdown(source);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return error;
  }
  throw new Error(`expected a refusal, got ${html.length} characters of HTML from ${source.length} of markdown`);
}

/** A table of `cols` columns whose `rows` rows are a lone `|`: markdown-it fills each to the header's width. */
const emptyTable = (cols: number, rows: number, align = ':-:') =>
  `|${'a|'.repeat(cols)}\n|${`${align}|`.repeat(cols)}\n${'|\n'.repeat(rows)}\n`;
const nestedQuotes = (levels: number) => `${'> '.repeat(levels)}quote`;
const nestedList = (levels: number) => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- item`).join('\n');
/** One long URL defined once and used `uses` times: each use costs 3 characters and copies the URL. */
const referenceBomb = (urlLength: number, uses: number, use = '[x]') => `[x]: https://e.nl/${'a'.repeat(urlLength)}\n\n${use.repeat(uses)}`;

describe('markdown limits: the bombs found in issue #13', () => {
  it('refuses a 17 KB body of small tables (rendered 23 MB of HTML before) for its table cells', () => {
    const bomb = emptyTable(148, 442).repeat(10);
    expect(bomb.length).toBeLessThan(18_000);
    const refusal = refusalOf(bomb);
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.extensions).toEqual({ reason: 'MARKDOWN_TOO_MANY_TABLE_CELLS', limit: 2_000 });
    expect(refusal.message).toBe('The tables are too large: at most 2,000 cells in all (rows × columns, empty cells included).');
  });

  it('refuses one long reference URL used a thousand times (rendered 15 MB before) for its links', () => {
    expect(refusalOf(referenceBomb(9_000, 3_000)).extensions.reason).toBe('MARKDOWN_TOO_MANY_LINKS');
  });

  it('refuses a long URL copied into many links within the link limit for the size of its HTML', () => {
    const source = referenceBomb(20_000, 200);
    const refusal = refusalOf(source);
    expect(refusal.extensions).toEqual({ reason: 'MARKDOWN_OUTPUT_TOO_LARGE', limit: outputLimit(source.length) });
    expect(refusal.message).toMatch(/^The text would be too large once formatted \(over \d+ KB\)/);
  });

  it('counts the URLs of images too, although the sanitizer drops the images afterwards', () => {
    expect(refusalOf(referenceBomb(12_000, 2_000, '![][x]')).extensions.reason).toBe('MARKDOWN_OUTPUT_TOO_LARGE');
  });
});

/** A 30,000-character article as a reading guide would be: headings, paragraphs with links, lists, a table. */
function longArticle(): string {
  const parts: string[] = [];
  for (let i = 1; parts.join('\n\n').length < 30_000; i++) {
    parts.push(`## Hoofdstuk ${i}: "De ontdekking"`);
    parts.push(
      `In dit hoofdstuk lezen we over **de reis** van de hoofdpersoon, met _aantekeningen_ uit [de bibliotheek](https://bieb.nl/boek/${i}) en een citaat: "zo was het".`,
    );
    parts.push(
      ['- eerste vraag voor de leesgroep', '- tweede vraag, over de personages', '  1. wie vertelt het verhaal?', '  2. waarom nu?'].join(
        '\n',
      ),
    );
    parts.push(
      `| Boek | Schrijver | Jaar |\n| --- | --- | ---: |\n| [Titel ${i}](https://bieb.nl/${i}) | Schrijver ${i} | ${1950 + i} |\n| Deel twee | Iemand anders | 2001 |`,
    );
    parts.push('> "Een goed boek is een vriend." — uit de leesclub');
  }
  return parts.join('\n\n').slice(0, 30_000);
}

describe('markdown limits: a legitimate long post', () => {
  it('renders a 30,000-character article with headings, lists, links, quotes and tables within the bounds', () => {
    const source = longArticle();
    expect(source.length).toBe(30_000);
    const html = renderMarkdown(source);
    expect(html).toContain('<h2>');
    expect(html).toContain('<table>');
    expect(html.length).toBeLessThanOrEqual(outputLimit(source.length));
  });
});

describe('markdown limits: each limit, at and just over it', () => {
  it('length: 32,000 characters', () => {
    expect(renderMarkdown('a'.repeat(MARKDOWN_LIMITS.length))).toHaveLength(MARKDOWN_LIMITS.length + 8);
    const refusal = refusalOf('a'.repeat(MARKDOWN_LIMITS.length + 1));
    expect(refusal.extensions).toEqual({ reason: 'MARKDOWN_TOO_LONG', limit: 32_000 });
    expect(refusal.message).toBe('The text is too long: at most 32,000 characters.');
  });

  it('table cells: 2,000 in all tables together, header cells and filled-in empty cells included', () => {
    // 20 columns × (1 header row + 99 rows) = 2,000 cells.
    // Filled in, 2,000 cells render; as empty rows (300 characters) their HTML is over the output bound as well.
    const filled = `|${'a|'.repeat(20)}\n|${'-|'.repeat(20)}\n${`|${'x|'.repeat(20)}\n`.repeat(99)}`;
    expect((renderMarkdown(filled).match(/<td>/g) ?? []).length).toBe(1_980);
    expect(refusalOf(emptyTable(20, 99, '-')).extensions.reason).toBe('MARKDOWN_OUTPUT_TOO_LARGE');
    expect(refusalOf(emptyTable(20, 100, '-')).extensions.reason).toBe('MARKDOWN_TOO_MANY_TABLE_CELLS');
    expect(refusalOf(emptyTable(20, 50, '-') + emptyTable(20, 50, '-')).extensions.reason).toBe('MARKDOWN_TOO_MANY_TABLE_CELLS');
    // The same 2,000 cells centred carry a style each: 72 KB of HTML from 323 characters.
    expect(refusalOf(emptyTable(20, 99)).extensions.reason).toBe('MARKDOWN_OUTPUT_TOO_LARGE');
  });

  it.each([
    ['quotes', nestedQuotes],
    ['lists', nestedList],
    ['quotes in lists', (levels: number) => nestedList(levels / 2) + `\n${'  '.repeat(levels / 2)}${'> '.repeat(levels / 2)}quote`],
  ])('depth: %s nested 10 levels are shown, 12 are refused', (_, nest) => {
    const html = renderMarkdown(nest(10));
    expect((html.match(/<(blockquote|ul)>/g) ?? []).length).toBe(10);
    const refusal = refusalOf(nest(12));
    expect(refusal.extensions).toEqual({ reason: 'MARKDOWN_TOO_DEEP', limit: 10 });
    expect(refusal.message).toBe('Quotes and lists are nested too deeply: at most 10 levels.');
  });

  it('depth: a thousand ">" (beyond markdown-it\'s own nesting cut-off) are refused, not silently cut', () => {
    expect(refusalOf('>'.repeat(1_000)).extensions.reason).toBe('MARKDOWN_TOO_DEEP');
  });

  it('depth: many quotes one after the other are not nested', () => {
    expect(renderMarkdown('> one\n\nbetween\n\n'.repeat(50))).toContain('<blockquote>');
  });

  it('links: 200, bare addresses included', () => {
    expect(renderMarkdown('[boek](https://bieb.nl) '.repeat(200))).toContain('href="https://bieb.nl"');
    expect(refusalOf('[boek](https://bieb.nl) '.repeat(201)).extensions).toEqual({ reason: 'MARKDOWN_TOO_MANY_LINKS', limit: 200 });
    expect(refusalOf('bieb.nl '.repeat(201)).extensions.reason).toBe('MARKDOWN_TOO_MANY_LINKS');
    expect(refusalOf('[boek](https://bieb.nl) bieb.nl '.repeat(101)).extensions.reason).toBe('MARKDOWN_TOO_MANY_LINKS');
  });

  it('leaves ordinary posts alone: a reading list with a table, quotes, lists and links', () => {
    const post = [
      '> Wat lezen jullie deze zomer?',
      '',
      '| titel | auteur | jaar |',
      '| :-- | :-- | --: |',
      ...Array.from({ length: 40 }, (_, i) => `| [Boek ${i}](https://bieb.nl/${i}) | Schrijver ${i} | ${1950 + i} |`),
      '',
      '- eerst *dit*',
      '  - dan **dat**',
      '    > en een citaat',
    ].join('\n');
    const html = renderMarkdown(post);
    expect((html.match(/<td/g) ?? []).length).toBe(120);
    expect(html).toContain('<blockquote>');
  });
});
