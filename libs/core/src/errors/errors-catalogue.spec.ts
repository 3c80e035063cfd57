import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { AppError, badInput, forbidden } from './app-error';
import { formatError } from './format-error';
import { languageOf, localize } from './localize';
import { GENERIC_REASONS, REASONS } from './reasons';

const ROOT = join(__dirname, '../../../..');

/** The rows of docs/errors.md's table: reason → code, Dutch and English message. */
function documented(): Map<string, { code: string; nl: string; en: string }> {
  const rows = new Map<string, { code: string; nl: string; en: string }>();
  for (const line of readFileSync(join(ROOT, 'docs/errors.md'), 'utf8').split('\n')) {
    const row = /^\| `([A-Z0-9_]+)` \|/.exec(line);
    if (!row) continue;
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((c) => c.trim().replace(/\\\|/g, '|'));
    rows.set(row[1], { code: cells[1], nl: cells[3], en: cells[4] });
  }
  return rows;
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(name) && !/\.spec\.ts$/.test(name)) out.push(path);
  }
  return out;
}

describe('the error reason catalogue', () => {
  it('docs/errors.md lists every reason of the catalogue with its code and messages, and nothing else', () => {
    const docs = documented();
    expect([...docs.keys()].sort()).toEqual(Object.keys(REASONS).sort());
    for (const [reason, entry] of Object.entries(REASONS)) expect({ reason, ...docs.get(reason) }).toEqual({ reason, ...entry });
  });

  it("every reason: '…' written in libs/ and apps/ is in the catalogue", () => {
    const unknown: string[] = [];
    let seen = 0;
    for (const file of [...sourceFiles(join(ROOT, 'libs')), ...sourceFiles(join(ROOT, 'apps'))]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\breason: '([A-Z][A-Z0-9_]*)'/g)) {
        seen++;
        if (!(m[1] in REASONS)) unknown.push(`${m[1]} (${file.slice(ROOT.length + 1)})`);
      }
    }
    expect(seen).toBeGreaterThan(50);
    expect(unknown).toEqual([]);
  });

  it('holds the reasons the issue names, each with its code', () => {
    const named = {
      THREAD_LOCKED: 'FORBIDDEN',
      COMMUNITY_BANNED: 'FORBIDDEN',
      SLOW_MODE: 'RATE_LIMITED',
      WATCHED_WORD: 'BAD_USER_INPUT',
      RATE_LIMITED_POSTS: 'RATE_LIMITED',
      EMAIL_NOT_VERIFIED: 'FORBIDDEN',
      NOT_A_MEMBER: 'FORBIDDEN',
      CURSOR_INVALID: 'BAD_USER_INPUT',
    };
    for (const [reason, code] of Object.entries(named)) expect(REASONS[reason as keyof typeof REASONS].code).toBe(code);
    for (const [code, reason] of Object.entries(GENERIC_REASONS)) expect(REASONS[reason as keyof typeof REASONS].code).toBe(code);
  });

  it('uses only placeholders the localizer fills, the same ones in both languages', () => {
    const known = new Set(['detail', 'field', 'wait', 'per', 'kb', 'limit', 'max', 'min', 'rule', 'param', 'cost', 'slug']);
    const names = (text: string) => [...text.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1]);
    for (const [reason, entry] of Object.entries(REASONS)) {
      for (const name of [...names(entry.nl), ...names(entry.en)])
        expect(`${reason}: ${known.has(name) ? 'known' : name}`).toBe(`${reason}: known`);
      // Dutch never repeats the English sentence a refusal was thrown with.
      expect(`${reason}: ${names(entry.nl).includes('detail') && reason !== 'INVALID_QUERY'}`).toBe(`${reason}: false`);
    }
  });
});

describe('localize and languageOf', () => {
  it('picks nl or en from Accept-Language by q-value, Dutch when neither is named', () => {
    expect(languageOf(undefined)).toBe('nl');
    expect(languageOf('')).toBe('nl');
    expect(languageOf('en')).toBe('en');
    expect(languageOf('en-GB,en;q=0.9')).toBe('en');
    expect(languageOf('de-DE,en;q=0.5,nl;q=0.8')).toBe('nl');
    expect(languageOf('fr, en;q=0.3')).toBe('en');
    expect(languageOf('fr')).toBe('nl');
    expect(languageOf('en;q=0, nl')).toBe('nl');
  });

  it('fills the parameters in each language', () => {
    const ext = { retryAfter: 90, limit: 1, windowSeconds: 60 };
    expect(localize('RATE_LIMITED_NEW_ACCOUNT_THREADS', 'en', ext, '')).toBe(
      'New accounts may write 1 thread per minute on their first day. Try again in 2 minutes.',
    );
    expect(localize('RATE_LIMITED_THREADS', 'nl', { retryAfter: 1, limit: 2, windowSeconds: 30 }, '')).toBe(
      'Je schrijft te snel discussies (hoogstens 2 discussies per 30 seconden). Probeer het over 1 seconde opnieuw.',
    );
    expect(localize('MARKDOWN_TOO_LONG', 'nl', { limit: 50_000 }, '')).toBe('De tekst is te lang: hoogstens 50.000 tekens.');
    expect(localize('MARKDOWN_TOO_LONG', 'en', { limit: 50_000 }, '')).toBe('The text is too long: at most 50,000 characters.');
    expect(localize('FORBIDDEN', 'en', {}, 'Only the author may do this.')).toBe('Only the author may do this.');
    expect(localize('FORBIDDEN', 'nl', {}, 'Only the author may do this.')).toBe('Je mag dit niet doen.');
  });

  it('throws on a reason that is not in the catalogue (no falling back to the thrown English)', () => {
    expect(() => localize('NO_SUCH_REASON', 'en', {}, 'x')).toThrow(/NO_SUCH_REASON is not in the catalogue/);
  });
});

describe('formatError', () => {
  const format = (error: unknown, lang: 'nl' | 'en' = 'nl') => {
    const unexpected: unknown[] = [];
    const wrapped = new GraphQLError('raw', { originalError: error as Error });
    return { out: formatError(wrapped.toJSON(), wrapped, (e) => unexpected.push(e), lang), unexpected };
  };

  it('gives every AppError a reason and the message in the asked language', () => {
    expect(format(forbidden('This thread is locked; no new replies are accepted.', { reason: 'THREAD_LOCKED' })).out).toMatchObject({
      message: 'Deze discussie is gesloten: er kunnen geen nieuwe reacties bij.',
      extensions: { code: 'FORBIDDEN', reason: 'THREAD_LOCKED' },
    });
    expect(format(forbidden('Nope.'), 'en').out).toMatchObject({
      message: 'Nope.',
      extensions: { code: 'FORBIDDEN', reason: 'FORBIDDEN' },
    });
    expect(format(badInput('title: too long', { fields: { title: ['too long'] } }), 'en').out.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: { title: ['too long'] },
    });
  });

  it("maps PostgreSQL's 22P02, 22007 and 22008 to BAD_USER_INPUT INVALID_VALUE, as the live socket does (one mapper)", () => {
    for (const code of ['22P02', '22007', '22008']) {
      const { out, unexpected } = format(Object.assign(new Error('pg'), { code }), 'en');
      expect(out).toMatchObject({
        message: 'An id or value in the request is not valid.',
        extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' },
      });
      expect(unexpected).toEqual([]);
    }
  });

  it('reports a reason missing from the catalogue and answers with its code as reason', () => {
    const { out, unexpected } = format(new AppError('CONFLICT', 'Taken.', { reason: 'NOT_IN_THE_CATALOGUE' }), 'en');
    expect(out).toMatchObject({ message: 'Taken.', extensions: { code: 'CONFLICT', reason: 'CONFLICT' } });
    expect(unexpected).toHaveLength(1);
  });
});
