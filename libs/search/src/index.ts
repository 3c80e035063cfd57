export * from './search.module';

/** The entities this domain maps (listed in apps/api/src/entities.ts). */
export const SEARCH_ENTITIES: (new () => object)[] = [];
