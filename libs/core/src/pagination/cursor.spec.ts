import { AppError } from '../errors/app-error';
import { decodeCursor, encodeCursor, pageSize, toPage } from './cursor';

describe('keyset cursors', () => {
  it('round-trips sort keys through an opaque string', () => {
    const c = encodeCursor([true, '2026-01-01T00:00:00.000Z', 'abc']);
    expect(c).not.toContain('abc');
    expect(decodeCursor(c, 3)).toEqual([true, '2026-01-01T00:00:00.000Z', 'abc']);
  });

  it.each(['%%%', encodeCursor([1]), Buffer.from('{"a":1}').toString('base64url')])('rejects a forged cursor %s', (c) => {
    expect(() => decodeCursor(c, 2)).toThrow(AppError);
  });

  it('caps the page size at 100', () => {
    expect(pageSize(undefined)).toBe(25);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(101)).toThrow(/between 1 and 100/);
    expect(() => pageSize(0)).toThrow(AppError);
  });

  it('reads hasNextPage from the extra row', () => {
    const page = toPage([{ n: 1 }, { n: 2 }, { n: 3 }], 2, (r) => [r.n]);
    expect(page.edges.map((e) => e.node.n)).toEqual([1, 2]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.pageInfo.endCursor, 1)).toEqual([2]);
  });
});
