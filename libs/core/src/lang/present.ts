/**
 * `value`, asserting that it is there: throws an Error naming `what` (a bug, never a user's mistake) when it
 * is null or undefined. For what the code knows exists but the types cannot see (a Map filled just before, a
 * group of a regular expression that matched); where a value may really be missing, handle that instead.
 */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}
