import { SearchSeed } from './search-seed';

export interface SearchCase {
  kind: string;
  variables: { q: string; filter?: Record<string, unknown> };
}

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** A title word with two letters swapped: a near miss. */
function typo(word: string): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(word.length / 2);
  return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1);
}

/**
 * A deterministic mix of what people type: common and rare words, two words, phrases, exclusions,
 * "or", near misses of thread titles, and searches narrowed to a community or to one kind.
 */
export function searchMix(random: () => number, n: number, seed: SearchSeed, word: (r: () => number) => string): SearchCase[] {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const kinds: [string, () => SearchCase['variables']][] = [
    ['word', () => ({ q: word(random) })],
    ['two words', () => ({ q: `${word(random)} ${word(random)}` })],
    ['phrase', () => ({ q: `"${word(random)} ${word(random)}"` })],
    ['exclude', () => ({ q: `${word(random)} -${word(random)}` })],
    ['or', () => ({ q: `${word(random)} or ${word(random)}` })],
    ['near miss', () => ({ q: typo(pick(pick(seed.titles).split(' '))) })],
    [
      'in community',
      () => ({ q: word(random), filter: { communityId: pick(seed.communities.filter((c) => c.visibility === 'PUBLIC')).id } }),
    ],
    ['threads only', () => ({ q: word(random), filter: { kind: 'THREAD' } })],
  ];
  return Array.from({ length: n }, (_, i) => {
    const [kind, make] = kinds[i % kinds.length];
    return { kind, variables: make() };
  });
}
