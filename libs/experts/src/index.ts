export * from './experts.module';

/** The entities this domain maps (listed in apps/api/src/entities.ts). */
export const EXPERTS_ENTITIES: (new () => object)[] = [];
