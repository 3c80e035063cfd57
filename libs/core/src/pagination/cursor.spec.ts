import { AppError } from '../errors/app-error';
import { cursorCodec, cursorPart, pageSize } from './cursor';

const posts = cursorCodec<[Date, string]>('posts', [cursorPart.time, cursorPart.uuid]);
const ID = '00000000-0000-4000-8000-000000000000';
const AT = new Date('2026-01-01T10:00:00.123Z');

/** A version-1 envelope around any JSON, as a forger would write it. */
const envelope = (body: unknown, version = 1) =>
  Buffer.concat([Buffer.of(version), Buffer.from(JSON.stringify(body))]).toString('base64url');

function refusal(run: () => unknown): Record<string, unknown> {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    const err = e as AppError;
    return { code: err.code, message: err.message, reason: err.extensions?.reason };
  }
  throw new Error('not refused');
}

const INVALID = { code: 'BAD_USER_INPUT', reason: 'CURSOR_INVALID', message: 'The cursor is not valid; use a cursor the server gave you.' };

describe('cursorCodec: one typed, versioned keyset cursor', () => {
  it('round-trips typed values through an opaque string with a version byte', () => {
    const c = posts.encode([AT, ID]);
    expect(c).not.toContain(ID);
    expect(Buffer.from(c, 'base64url')[0]).toBe(1);
    expect(posts.decode(c)).toEqual([AT, ID]);
    expect(posts.decode(null)).toBeNull();
    expect(posts.decode(undefined)).toBeNull();
  });

  it('round-trips every part kind', () => {
    const all = cursorCodec<[boolean, number, string, number, string, string, 'A' | 'B']>('all', [
      cursorPart.bool,
      cursorPart.int(),
      cursorPart.bigint,
      cursorPart.float,
      cursorPart.text(10),
      cursorPart.pgTime,
      cursorPart.oneOf(['A', 'B'] as const),
    ]);
    const values: [boolean, number, string, number, string, string, 'A' | 'B'] = [
      true,
      7,
      '900719925474099312',
      0.0607927,
      'Almere',
      '2026-01-01 10:00:00.123456+00',
      'B',
    ];
    expect(all.decode(all.encode(values))).toEqual(values);
  });

  it('builds pages: hasNextPage from the extra row, every edge a cursor of its row', () => {
    const seqs = cursorCodec<[number]>('seqs', [cursorPart.int()]);
    const page = seqs.page([{ n: 1 }, { n: 2 }, { n: 3 }], 2, (r) => [r.n]);
    expect(page.edges.map((e) => e.node.n)).toEqual([1, 2]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(seqs.decode(page.pageInfo.endCursor)).toEqual([2]);
    expect(seqs.page([], 2, (r: { n: number }) => [r.n]).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it.each([
    ['not base64url', '%%%'],
    ['empty', ''],
    ['plain text', 'zomaar-iets'],
    ['no version byte (the JSON array alone)', Buffer.from(JSON.stringify(['posts', AT.toISOString(), ID])).toString('base64url')],
    ['an unknown version', envelope(['posts', AT.toISOString(), ID], 2)],
    ['version byte without JSON', Buffer.of(1, 0x7b).toString('base64url')],
    ['an object, not an array', envelope({ list: 'posts' })],
    ['too few values', envelope(['posts', AT.toISOString()])],
    ['too many values', envelope(['posts', AT.toISOString(), ID, 1])],
    ['a time that is not a time', envelope(['posts', 'geen-tijd', ID])],
    ['an impossible date', envelope(['posts', '2024-02-30T25:00:00.000Z', ID])],
    ['a time without milliseconds', envelope(['posts', '2026-01-01T10:00:00Z', ID])],
    ['a time as a number', envelope(['posts', AT.getTime(), ID])],
    ['an id that is not a uuid', envelope(['posts', AT.toISOString(), "x' OR 1=1 --"])],
    ['an object in place of an id', envelope(['posts', AT.toISOString(), { $gt: '' }])],
    ['far too long', 'A'.repeat(5000)],
  ])('refuses a malformed cursor (%s) with CURSOR_INVALID', (_what, cursor) => {
    expect(refusal(() => posts.decode(cursor))).toEqual(INVALID);
  });

  it("refuses another list's cursor, even with values of the right shape", () => {
    const replies = cursorCodec<[Date, string]>('replies', [cursorPart.time, cursorPart.uuid]);
    expect(refusal(() => posts.decode(replies.encode([AT, ID])))).toEqual(INVALID);
  });

  it.each([
    ['int: a string', cursorPart.int(), '1'],
    ['int: a fraction', cursorPart.int(), 1.5],
    ['int: negative', cursorPart.int(), -1],
    ['int: past PostgreSQL integer', cursorPart.int(), 2_147_483_648],
    ['int: 1e20', cursorPart.int(), 1e20],
    ['bigint: a number', cursorPart.bigint, 12],
    ['bigint: not digits', cursorPart.bigint, '12; DROP'],
    ['bigint: past bigint', cursorPart.bigint, '9'.repeat(19)],
    ['float: a string', cursorPart.float, '0.5'],
    ['bool: a string', cursorPart.bool, 'true'],
    ['text: too long', cursorPart.text(3), 'abcd'],
    ['text: a NUL', cursorPart.text(), 'a\u0000b'],
    ['text: a number', cursorPart.text(), 5],
    ['pgTime: ISO form', cursorPart.pgTime, '2026-01-01T10:00:00.000Z'],
    ['pgTime: 30 February', cursorPart.pgTime, '2026-02-30 10:00:00+00'],
    ['pgTime: hour 25', cursorPart.pgTime, '2026-01-01 25:00:00.5+00'],
    ['oneOf: another word', cursorPart.oneOf(['A']), 'B'],
  ])('each part checks its shape (%s)', (_what, part, raw) => {
    expect(part.decode(raw)).toBeUndefined();
    const codec = cursorCodec<[unknown]>('one', [part]);
    expect(refusal(() => codec.decode(envelope(['one', raw])))).toEqual(INVALID);
  });

  it('reads the unversioned JSON array only where the list asks for it (cursors clients hold)', () => {
    const old = Buffer.from('[42]').toString('base64url');
    const live = cursorCodec<[number]>('live', [cursorPart.int(0, Number.MAX_SAFE_INTEGER)], { acceptUnversioned: true });
    expect(live.decode(old)).toEqual([42]);
    expect(live.decode(live.encode([43]))).toEqual([43]);
    expect(refusal(() => live.decode(Buffer.from('[-1]').toString('base64url')))).toEqual(INVALID);
    expect(refusal(() => live.decode(Buffer.from('["x"]').toString('base64url')))).toEqual(INVALID);
    expect(refusal(() => cursorCodec<[number]>('seqs', [cursorPart.int()]).decode(old))).toEqual(INVALID);
  });

  it('caps the page size at 100', () => {
    expect(pageSize(undefined)).toBe(25);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(101)).toThrow(/between 1 and 100/);
    expect(() => pageSize(0)).toThrow(AppError);
  });
});
