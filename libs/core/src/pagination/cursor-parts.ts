import { isUuid } from '../validation/path-params';

/**
 * The typed parts of a keyset cursor. Each part writes its value into the cursor's JSON and reads it back,
 * answering `undefined` for anything of the wrong shape: a forged value must be refused before it reaches SQL
 * (where a bad uuid or timestamp would be a failing cast, not a refusal).
 */
export interface CursorPart<T> {
  readonly kind: string;
  encode(value: T): string | number | boolean;
  decode(raw: unknown): T | undefined;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** PostgreSQL's text form of a timestamptz (microseconds kept), e.g. `2026-01-01 10:00:00.123456+00`. */
const PG_TIMESTAMPTZ = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;
const INT4_MAX = 2_147_483_647;

export const cursorPart = {
  /** An instant, carried as Date.toISOString writes it (milliseconds); an impossible date is refused. */
  time: {
    kind: 'time',
    encode: (value: Date) => value.toISOString(),
    decode: (raw: unknown) => {
      if (typeof raw !== 'string' || !ISO_INSTANT.test(raw)) return undefined;
      const at = new Date(raw);
      return !Number.isNaN(at.getTime()) && at.toISOString() === raw ? at : undefined;
    },
  } satisfies CursorPart<Date>,

  /** A timestamptz in PostgreSQL's own text form, for lists whose order needs the microseconds. */
  pgTime: {
    kind: 'pgTime',
    encode: (value: string) => value,
    decode: (raw: unknown) => (typeof raw === 'string' && isRealTime(PG_TIMESTAMPTZ.exec(raw)) ? raw : undefined),
  } satisfies CursorPart<string>,

  uuid: {
    kind: 'uuid',
    encode: (value: string) => value,
    decode: (raw: unknown) => (isUuid(raw) ? raw : undefined),
  } satisfies CursorPart<string>,

  /** A whole number in [min, max]; by default PostgreSQL's integer range from 0. */
  int: (min = 0, max = INT4_MAX): CursorPart<number> => ({
    kind: 'int',
    encode: (value) => value,
    decode: (raw) => (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= min && raw <= max ? raw : undefined),
  }),

  /** A bigint id, carried as a decimal string (JSON numbers lose precision past 2^53). */
  bigint: {
    kind: 'bigint',
    encode: (value: string) => value,
    decode: (raw: unknown) => (typeof raw === 'string' && /^\d{1,18}$/.test(raw) ? raw : undefined),
  } satisfies CursorPart<string>,

  /** A finite number (a search rank). */
  float: {
    kind: 'float',
    encode: (value: number) => value,
    decode: (raw: unknown) => (typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined),
  } satisfies CursorPart<number>,

  bool: {
    kind: 'bool',
    encode: (value: boolean) => value,
    decode: (raw: unknown) => (typeof raw === 'boolean' ? raw : undefined),
  } satisfies CursorPart<boolean>,

  /** Free text (a name), at most `maxLength` characters and no NUL (PostgreSQL refuses it in text). */
  text: (maxLength = 1000): CursorPart<string> => ({
    kind: 'text',
    encode: (value) => value,
    decode: (raw) => (typeof raw === 'string' && raw.length <= maxLength && !raw.includes('\u0000') ? raw : undefined),
  }),

  /** One of a fixed set of words (an enum value). */
  oneOf: <T extends string>(values: readonly T[]): CursorPart<T> => {
    const allowed = new Set<string>(values);
    return {
      kind: 'oneOf',
      encode: (value) => value,
      decode: (raw) => (typeof raw === 'string' && allowed.has(raw) ? (raw as T) : undefined),
    };
  },
};

/** A date and time that exist (no 30 February, no hour 25): PostgreSQL would refuse them as an error, not a refusal. */
function isRealTime(m: RegExpExecArray | null): boolean {
  if (!m) return false;
  const [y, mo, d, h, mi, sec] = m.slice(1, 7).map(Number);
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi, sec));
  return (
    at.getUTCFullYear() === y &&
    at.getUTCMonth() === mo - 1 &&
    at.getUTCDate() === d &&
    at.getUTCHours() === h &&
    at.getUTCMinutes() === mi &&
    at.getUTCSeconds() === sec
  );
}
