/**
 * Marks a statement of a background job (pollers, the search indexer): the tests' and benches' SQL
 * counter (test/support/query-counter.ts) leaves it out, as it belongs to no request.
 */
export const BACKGROUND_SQL = '/* background */';
