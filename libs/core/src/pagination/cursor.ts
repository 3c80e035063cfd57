import { AppError, badInput } from '../errors/app-error';
import { CursorPart } from './cursor-parts';

export * from './cursor-parts';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/** The refusal of every cursor the server did not give out (or gave out for another list). */
export const cursorInvalid = (): AppError =>
  badInput('The cursor is not valid; use a cursor the server gave you.', { reason: 'CURSOR_INVALID' });

/** Byte 0 of a cursor: the envelope's version. A new envelope (say, signed) takes the next number. */
const CURSOR_VERSION = 1;
const VERSION_CHAR = String.fromCharCode(CURSOR_VERSION);
/** Longer than any cursor the server writes: refused before decoding. */
const MAX_CURSOR_LENGTH = 4096;

type Values<V extends unknown[]> = { [K in keyof V]: CursorPart<V[K]> };

export interface CursorCodec<V extends unknown[]> {
  readonly list: string;
  encode(values: V): string;
  /** The values of a cursor this codec wrote, or null for none; anything else is CURSOR_INVALID. */
  decode(cursor: string | null | undefined): V | null;
  /** A page from rows fetched with `limit + 1`, each edge's cursor from `keyOf(row)`. */
  page<T>(rows: T[], limit: number, keyOf: (row: T) => V): Page<T>;
}

/**
 * The one keyset cursor of every list: base64url of a version byte and the JSON `[list, ...values]`, each value
 * checked by its typed part. Not signed: a cursor only says where a page starts, every query applies the viewer's
 * rights itself, so a forged but well-formed cursor shows nothing a made-up position could not.
 * `acceptUnversioned` also reads the JSON array alone (the envelope before version 1), for cursors clients keep.
 */
export function cursorCodec<V extends unknown[]>(
  list: string,
  parts: Values<V>,
  options: { acceptUnversioned?: boolean } = {},
): CursorCodec<V> {
  const ps = parts as unknown as CursorPart<unknown>[];
  const codec: CursorCodec<V> = {
    list,
    encode: (values) => {
      // The version byte as a one-byte character in front of the JSON: one buffer, no concatenation.
      return Buffer.from(VERSION_CHAR + JSON.stringify([list, ...ps.map((p, i) => p.encode(values[i]))])).toString('base64url');
    },
    decode: (cursor) => {
      if (cursor === null || cursor === undefined) return null;
      if (typeof cursor !== 'string' || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw cursorInvalid();
      const bytes = Buffer.from(cursor, 'base64url');
      let raw: unknown[];
      if (bytes[0] === CURSOR_VERSION) {
        const body = parseArray(bytes.subarray(1));
        if (!body || body[0] !== list) throw cursorInvalid();
        raw = body.slice(1);
      } else if (options.acceptUnversioned && bytes[0] === 0x5b /* [ */) {
        raw = parseArray(bytes) ?? [];
      } else {
        throw cursorInvalid();
      }
      if (raw.length !== ps.length) throw cursorInvalid();
      const values = ps.map((p, i) => p.decode(raw[i]));
      if (values.some((v) => v === undefined)) throw cursorInvalid();
      return values as V;
    },
    page: (rows, limit, keyOf) => {
      const nodes = rows.slice(0, limit);
      const edges = nodes.map((node) => ({ cursor: codec.encode(keyOf(node)), node }));
      return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
    },
  };
  return codec;
}

function parseArray(bytes: Buffer): unknown[] | null {
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}.`, { reason: 'FIRST_OUT_OF_RANGE' });
  }
  return first;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
