export * from './catalogue.module';

/** The entities this domain maps (listed in apps/api/src/entities.ts). */
export const CATALOGUE_ENTITIES: (new () => object)[] = [];
