/**
 * Watched-word matching without regular expressions from users (so no ReDoS): text and phrases are
 * normalised the same way (NFKD, diacritics stripped, lower-cased), cut into tokens of letters and
 * digits, and a phrase matches where its token sequence occurs as whole tokens, in order, side by side.
 * Time is linear in the text's tokens times the few phrases that share a first token.
 */

const MARKS = /\p{M}+/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

export const MAX_PHRASE_TOKENS = 10;

export function normalizeText(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

export function tokenize(text: string): string[] {
  return normalizeText(text).split(SEPARATORS).filter(Boolean);
}

/** The form a phrase is stored and compared in: its tokens joined by single spaces ('' when it has none). */
export function normalizePhrase(phrase: string): string {
  return tokenize(phrase).join(' ');
}

export interface PhraseRule<T> {
  phrase: string;
  rule: T;
}

export class PhraseMatcher<T> {
  private readonly byFirstToken = new Map<string, { tokens: string[]; rule: T }[]>();

  constructor(rules: PhraseRule<T>[]) {
    for (const { phrase, rule } of rules) {
      const tokens = tokenize(phrase);
      if (!tokens.length) continue;
      const list = this.byFirstToken.get(tokens[0]) ?? [];
      list.push({ tokens, rule });
      this.byFirstToken.set(tokens[0], list);
    }
  }

  get empty(): boolean {
    return this.byFirstToken.size === 0;
  }

  /** Every rule whose phrase occurs in any of the texts, each once, in the order the rules were given. */
  match(...texts: string[]): T[] {
    const found = new Set<T>();
    if (this.empty) return [];
    for (const text of texts) {
      const tokens = tokenize(text);
      for (let i = 0; i < tokens.length; i++) {
        for (const candidate of this.byFirstToken.get(tokens[i]) ?? []) {
          if (found.has(candidate.rule)) continue;
          if (candidate.tokens.every((t, k) => tokens[i + k] === t)) found.add(candidate.rule);
        }
      }
    }
    return [...found];
  }
}
