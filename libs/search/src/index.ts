export * from './search.module';
export { POST_RANK_WINDOW } from './search-sql';

/** The entities this domain maps (listed in apps/api/src/entities.ts). */
export const SEARCH_ENTITIES: (new () => object)[] = [];
