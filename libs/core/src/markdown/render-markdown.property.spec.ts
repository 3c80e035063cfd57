import fc from 'fast-check';
import { AppError } from '../errors/app-error';
import { renderMarkdown } from './render-markdown';

/** Output may be at most this multiple of the input plus SLACK, and never over MAX, for every input (docs/limits.md). */
const FACTOR = 4;
const SLACK = 16_384;
const MAX = 131_072;
/**
 * A generous per-render budget: inputs here are at most a few KB, which render in well under a
 * millisecond to a few; a bomb took seconds. What is timed is this process's CPU time, not the
 * clock, so other processes on a busy machine do not count; a render over budget is timed twice
 * more and the fastest counts, so one garbage collection does not fail the suite, a slow input does.
 */
const BUDGET_MS = 50;

const REASONS = [
  'MARKDOWN_TOO_LONG',
  'MARKDOWN_TOO_MANY_TABLE_CELLS',
  'MARKDOWN_TOO_DEEP',
  'MARKDOWN_TOO_MANY_LINKS',
  'MARKDOWN_OUTPUT_TOO_LARGE',
];

const FRAGMENTS = [
  '|',
  '|a',
  ' | ',
  '-',
  '-|',
  ':-:|',
  '---',
  '\n',
  '\n\n',
  '>',
  '> ',
  '*',
  '**',
  '_',
  '~~',
  '[',
  ']',
  '](',
  ')',
  '](https://e.nl/',
  '`',
  '```',
  '\\',
  '  ',
  '- ',
  '1. ',
  '# ',
  '![',
  '<',
  '&',
  '"',
  'a',
  'bieb.nl ',
  'https://e.nl/x ',
  '[x]',
  '[x]: https://e.nl/',
];

/** A fragment, or a long run of one (where parsers go quadratic or expand). */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FRAGMENTS), fc.integer({ min: 2, max: 400 })).map(([f, n]) => f.repeat(n)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

/** Structures that expand: a table with rows short of its header, a long reference used over and over. */
const structure = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 400 }), fc.constantFrom('-', ':-:'), fc.constantFrom('|', '|a|', ''))
    .map(([cols, rows, align, row]) => `|${'a|'.repeat(cols)}\n|${`${align}|`.repeat(cols)}\n${`${row}\n`.repeat(rows)}`),
  fc
    .tuple(fc.integer({ min: 1, max: 3_000 }), fc.integer({ min: 1, max: 600 }), fc.constantFrom('[x]', '![][x]', '[a][x]'))
    .map(([url, uses, use]) => `[x]: https://e.nl/${'u'.repeat(url)} "t"\n\n${use.repeat(uses)}`),
);

const markdown = fc
  .array(fc.oneof({ weight: 5, arbitrary: piece }, { weight: 1, arbitrary: structure }), { maxLength: 40 })
  .map((parts) => parts.join(''));

function render(source: string): { html?: string; refusal?: AppError; ms: number } {
  const started = process.cpuUsage();
  const ms = () => {
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  try {
    const html = renderMarkdown(source);
    return { html, ms: ms() };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { refusal: error, ms: ms() };
  }
}

describe('renderMarkdown on random markdown', () => {
  // The budget is for a warm server: the first renders compile markdown-it's and sanitize-html's code.
  beforeAll(() => fc.sample(markdown, { numRuns: 100, seed: 13 }).forEach(render));

  it(`renders at most ${FACTOR}× its input + ${SLACK} characters (at most ${MAX}), within ${BUDGET_MS} ms, or refuses with a limit's reason`, () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const first = render(source);
        if (first.refusal) {
          expect(first.refusal.code).toBe('BAD_USER_INPUT');
          expect(REASONS).toContain(first.refusal.extensions.reason);
        } else {
          expect(first.html!.length).toBeLessThanOrEqual(Math.min(FACTOR * source.length + SLACK, MAX));
        }
        const ms = first.ms <= BUDGET_MS ? first.ms : Math.min(first.ms, render(source).ms, render(source).ms);
        expect(ms).toBeLessThanOrEqual(BUDGET_MS);
      }),
      { numRuns: 300 },
    );
  });
});
