/**
 * A cursor as a forger would write it: the codec's envelope (version byte 1, then the JSON `[list, ...values]`,
 * base64url; see libs/core/src/pagination) around any values, so a test reaches each part's own check.
 */
export function forgedCursor(list: string, values: unknown, version = 1): string {
  const body = Array.isArray(values) ? [list, ...values] : values;
  return Buffer.concat([Buffer.of(version), Buffer.from(JSON.stringify(body))]).toString('base64url');
}
